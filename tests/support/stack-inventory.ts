import type { Stack } from "@pulumi/pulumi/automation";
import { connect, unpack, type Message, type WireClients } from "../emulator/support/wire-client";

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

export const byName = (a: NamedResource, b: NamedResource) => a.name.localeCompare(b.name);

/** The type prefix of the provider plugin's resources (`visionai:index:Cluster`). */
export const PLUGIN_TYPE_PREFIX = "visionai:index:";

/**
 * The Vision AI resources in the stack's state, as recorded by the providers: the dynamic resources, or
 * those of another type prefix such as the plugin's.
 */
export async function stateResources(
  stack: Stack,
  typePrefix = VISIONAI_TYPE_PREFIX,
): Promise<NamedResource[]> {
  const deployment = (await stack.exportStack()).deployment as {
    resources?: { type: string; outputs?: { name?: string } }[];
  };
  return (deployment.resources ?? [])
    .filter((resource) => resource.type.startsWith(typePrefix))
    .map((resource) => ({
      kind: resource.type.slice(typePrefix.length),
      name: resource.outputs!.name!,
    }))
    .sort(byName);
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
