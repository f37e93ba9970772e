import type { Stack } from "@pulumi/pulumi/automation";
import {
  KINDS,
  RESERVED_ANNOTATION_PREFIX,
  annotationKeyFor,
  resourceNameOf,
  storageOf,
  wireNameOf,
  type KindName,
} from "../../kinds";
import { connect, unpack, type Message, type WireClients } from "../emulator/support/wire-client";
import type { ScenarioChecks } from "./scenario-checks";

/**
 * What a stack's state says it manages, what an emulator holds, and which changes the emulator really
 * applied: the three views a reliability test compares after every Pulumi command.
 */

const VISIONAI_TYPE_PREFIX = "pulumi-nodejs:dynamic/visionai:";

/** One resource: its kind (Cluster, Stream, Event, Series, Channel) and full name. */
export interface NamedResource {
  kind: string;
  name: string;
}

/** A resource as the stack's state records it: its kind, name and outputs. */
export interface StateResource extends NamedResource {
  outputs: Record<string, unknown>;
}

export const byName = (a: NamedResource, b: NamedResource) => a.name.localeCompare(b.name);

/** The type prefix of the provider plugin's resources (`visionai:index:Cluster`). */
export const PLUGIN_TYPE_PREFIX = "visionai:index:";

/**
 * The Vision AI resources in the stack's state, with the outputs the providers recorded: the dynamic
 * resources, or those of another type prefix such as the plugin's.
 */
export async function stateEntries(
  stack: Stack,
  typePrefix = VISIONAI_TYPE_PREFIX,
): Promise<StateResource[]> {
  const deployment = (await stack.exportStack()).deployment as {
    resources?: { type: string; outputs?: Record<string, unknown> }[];
  };
  return (deployment.resources ?? [])
    .filter((resource) => resource.type.startsWith(typePrefix))
    .map((resource) => ({
      kind: resource.type.slice(typePrefix.length),
      name: resource.outputs!.name as string,
      outputs: resource.outputs!,
    }))
    .sort(byName);
}

/** The Vision AI resources in the stack's state (of the dynamic resources, or another type prefix), by kind and name. */
export async function stateResources(
  stack: Stack,
  typePrefix = VISIONAI_TYPE_PREFIX,
): Promise<NamedResource[]> {
  return (await stateEntries(stack, typePrefix)).map(({ kind, name }) => ({ kind, name }));
}

/** Every resource of any type in the stack's state, the stack itself and the providers included. */
export async function allStateResources(stack: Stack): Promise<string[]> {
  const deployment = (await stack.exportStack()).deployment as { resources?: { urn: string }[] };
  return (deployment.resources ?? []).map((resource) => resource.urn);
}

/** How the v1 Get RPC of each readable kind is called; a channel has none. */
const GET_RPC: Partial<Record<KindName, string>> = {
  Cluster: "GetCluster",
  Stream: "GetStream",
  Event: "GetEvent",
  Series: "GetSeries",
};

/**
 * The state form of every field of `wire` (a v1 message read from the emulator), field by field of the
 * kind table: each field read through its own field type, annotation-held fields from their reserved key,
 * the user's annotations without the reserved keys, and the name fields parsed from the resource's name.
 * Provider settings are left out: they are never sent.
 */
function stateFormOf(kind: KindName, wire: Message): Record<string, unknown> {
  const table = KINDS[kind];
  const annotations = (wire.annotations ?? {}) as Record<string, string>;
  const fields: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(table.fields)) {
    const storage = storageOf(spec);
    if (storage === "none") continue;
    const raw =
      storage === "annotation"
        ? annotations[annotationKeyFor(field)]
        : field === "annotations"
          ? Object.fromEntries(
              Object.entries(annotations).filter(([key]) => !key.startsWith(RESERVED_ANNOTATION_PREFIX)),
            )
          : wire[wireNameOf(field)];
    fields[field] = spec.type.toState(spec.type.fromWire(raw));
  }
  return fields;
}

/** The fields of `outputs` that a v1 message holds, in the same form as `stateFormOf`. */
function recordedFormOf(kind: KindName, outputs: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(KINDS[kind].fields)) {
    if (storageOf(spec) !== "none") fields[field] = outputs[field];
  }
  return fields;
}

/** A connection to an emulator in another process, for inspecting it between commands. */
export class EmulatorInspector {
  private readonly wire: WireClients;

  constructor(address: string) {
    this.wire = connect(address);
  }

  control(method: string, request: Message = {}): Promise<Message> {
    return this.wire.control(method, request);
  }

  /**
   * Every resource the emulator holds, read by listing every kind with the StreamsService List RPCs
   * (clusters of every location found, then each cluster's streams, events and series) plus channels,
   * which v1 cannot list, from the control surface. Throws if the two views disagree.
   */
  async resources(): Promise<NamedResource[]> {
    const stored = ((await this.control("ListResources")).resources as NamedResource[])
      .map(({ kind, name }) => ({ kind, name }))
      .sort(byName);
    const locations = new Set(
      stored
        .filter((resource) => resource.kind === "Cluster")
        .map((resource) => resource.name.split("/clusters/")[0]!),
    );
    const listed: NamedResource[] = [];
    for (const location of locations) {
      for (const cluster of await this.listAll("ListClusters", location, "clusters")) {
        listed.push({ kind: "Cluster", name: cluster });
        for (const [method, field, kind] of [
          ["ListStreams", "streams", "Stream"],
          ["ListEvents", "events", "Event"],
          ["ListSeries", "series", "Series"],
        ] as const) {
          for (const name of await this.listAll(method, cluster, field)) listed.push({ kind, name });
        }
      }
    }
    const listable = stored.filter((resource) => resource.kind !== "Channel");
    const describe = (resources: NamedResource[]) => resources.map((resource) => resource.name).join(", ");
    if (describe(listed.sort(byName)) !== describe(listable)) {
      throw new Error(`the List RPCs show [${describe(listed)}] but the store holds [${describe(listable)}]`);
    }
    return stored;
  }

  /**
   * Where the emulator's values differ from the state's outputs: for every resource of a kind v1 can read
   * (Get), every field its kind table places on the wire or in annotations, compared in state form; an
   * empty list when every value matches. Channels, which v1 cannot read, are left to `resources()`.
   */
  async valueDifferences(state: readonly StateResource[]): Promise<string[]> {
    const differences: string[] = [];
    for (const resource of state) {
      const kind = resource.kind as KindName;
      if (!GET_RPC[kind]) continue;
      const wire = await this.read(kind, resource.name);
      const held = stateFormOf(kind, wire);
      const recorded = recordedFormOf(kind, resource.outputs);
      for (const field of Object.keys(held)) {
        if (JSON.stringify(held[field]) !== JSON.stringify(recorded[field])) {
          differences.push(
            `${resource.name} \`${field}\`: state ${JSON.stringify(recorded[field])}, emulator ${JSON.stringify(held[field])}`,
          );
        }
      }
      if (resourceNameOf(KINDS[kind], resource.outputs) !== wire.name) {
        differences.push(
          `${resource.name}: the name fields in state form ${resourceNameOf(KINDS[kind], resource.outputs)}`,
        );
      }
    }
    return differences;
  }

  /** The v1 message of a resource of a kind v1 can read, as the Get RPC returns it. */
  read(kind: KindName, name: string): Promise<Message> {
    const getRpc = GET_RPC[kind];
    if (!getRpc) throw new Error(`Vision AI v1 has no call that reads a ${kind}`);
    return this.wire.streams(getRpc, { name });
  }

  private async listAll(method: string, parent: string, field: string): Promise<string[]> {
    const names: string[] = [];
    let pageToken = "";
    do {
      const page = await this.wire.streams(method, { parent, page_size: 1000, page_token: pageToken });
      names.push(...(page[field] as Message[]).map((resource) => resource.name as string));
      pageToken = page.next_page_token;
    } while (pageToken);
    return names;
  }

  /**
   * The changes the emulator applied since the audit log was last cleared, one entry per operation a
   * mutating call started (whether its response arrived or a fault of phase AFTER replaced it), as
   * "verb target" strings such as "create projects/p/locations/l/clusters/c". A change applied twice
   * shows twice.
   */
  async appliedChanges(): Promise<string[]> {
    const entries = (await this.control("ListAuditLog")).entries as Message[];
    const operations = new Set(
      entries
        .filter((entry) => MUTATING_RPC.test(entry.method) && entry.operation !== "")
        .map((entry) => entry.operation as string),
    );
    const changes: string[] = [];
    for (const name of operations) {
      const operation = await this.wire.operations("GetOperation", { name });
      const metadata = unpack(operation.metadata, "google.cloud.visionai.v1.OperationMetadata");
      changes.push(`${metadata.verb} ${metadata.target}`);
    }
    return changes.sort();
  }

  /**
   * The update masks the emulator received since the audit log was last cleared, per resource: every
   * distinct mask of its Update calls (retries included), each mask's paths sorted.
   */
  async updateMasks(): Promise<Map<string, string[][]>> {
    const entries = (await this.control("ListAuditLog")).entries as Message[];
    const masks = new Map<string, string[][]>();
    for (const entry of entries.filter((candidate) => /^Update/.test(candidate.method))) {
      const mask = [...(entry.update_mask_paths as string[])].sort();
      const seen = masks.get(entry.resource) ?? [];
      if (!seen.some((known) => known.join() === mask.join())) seen.push(mask);
      masks.set(entry.resource, seen);
    }
    return masks;
  }

  /**
   * The targets of every operation of `verb` ("create", "update", "delete") the emulator has started in
   * `location`, one per operation, sorted. Operations are durable: this survives a crash of an emulator
   * with a data dir, where the audit log does not.
   */
  async operationTargets(location: string, verb: string): Promise<string[]> {
    const targets: string[] = [];
    let pageToken = "";
    do {
      const page = await this.wire.operations("ListOperations", {
        name: location,
        filter: `verb = "${verb}"`,
        page_size: 1000,
        page_token: pageToken,
      });
      for (const operation of page.operations as Message[]) {
        targets.push(
          unpack(operation.metadata, "google.cloud.visionai.v1.OperationMetadata").target as string,
        );
      }
      pageToken = page.next_page_token;
    } while (pageToken);
    return targets.sort();
  }

  /** Calls and injected faults since the audit log was last cleared. */
  async callCounts(): Promise<{ calls: number; faultsBefore: number; faultsAfter: number }> {
    const entries = (await this.control("ListAuditLog")).entries as Message[];
    return {
      calls: entries.length,
      faultsBefore: entries.filter((entry) => entry.fault_phase === "BEFORE").length,
      faultsAfter: entries.filter((entry) => entry.fault_phase === "AFTER").length,
    };
  }

  close(): void {
    this.wire.close();
  }
}

const MUTATING_RPC = /^(Create|Update|Delete)(Cluster|Stream|Event|Series)$|^MaterializeChannel$/;

/** The change a command is meant to make to each resource, in the form `appliedChanges` reports. */
export function intendedChanges(verb: "create" | "update" | "delete", resources: NamedResource[]): string[] {
  return resources
    .map(
      (resource) =>
        `${verb === "create" && resource.kind === "Channel" ? "materialize" : verb} ${resource.name}`,
    )
    .sort();
}

/**
 * The update mask an in-place update from `before` to `after` (a resource's recorded outputs) must send,
 * by the kind table: each changed `update` field under its wire name, and `annotations` for every field
 * kept in annotations (they travel together), sorted.
 */
export function expectedUpdateMask(
  kind: KindName,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  const paths = new Set<string>();
  for (const [field, spec] of Object.entries(KINDS[kind].fields)) {
    if (spec.lifecycle !== "update") continue;
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
    paths.add(storageOf(spec) === "annotation" ? "annotations" : wireNameOf(field));
  }
  return [...paths].sort();
}

/**
 * The inventory check every scenario ends with: the emulator holds exactly the resources in `state`, and
 * every field of each one it can read back equals the state's outputs (channels, which v1 cannot read,
 * by name).
 */
export async function checkEmulatorHoldsState(
  checks: ScenarioChecks,
  inspector: EmulatorInspector,
  state: readonly StateResource[],
): Promise<void> {
  checks.equal(
    await inspector.resources(),
    state.map(({ kind, name }) => ({ kind, name })),
    "the emulator holds exactly the resources in the state",
  );
  checks.equal(
    await inspector.valueDifferences(state),
    [],
    "every field of every resource in the emulator equals the state's outputs (channels, which v1 cannot read, by name)",
  );
}
