import type * as pulumi from "@pulumi/pulumi";
import { DEFAULT_POLLING_SETTINGS, formatName } from "../client";
import { fieldsWhere, forcesReplacement, resourceNameOf, storageOf, type KindTable } from "../kinds";
import type { OperationTimeouts } from "../kinds";
import { createdForThisResource, keepCreationIdentity, markerMissing, withCreationMarker } from "./adoption";
import { checkFailures } from "./check-failures";
import { Code, ResourceInitError, hasCode, messageOf } from "./errors";
import { changedFields } from "./field-diff";
import { inputSchema } from "./input-schema";
import { bodyOf, outputsOf } from "./resource-state";
import { SERVICE_CALLS, type ClientResource, type ServiceCalls } from "./service-calls";
import { streamsClient } from "./service-client";
import { isUnknown, unknownFields } from "./unknowns";

/**
 * Default operation time limits. Creation waits as long as the client does by default, because the first
 * stream in a project waits for the cluster's data plane, which takes about 30 minutes on the real service.
 */
export const DEFAULT_TIMEOUTS_SECONDS: Required<OperationTimeouts> = {
  createSeconds: DEFAULT_POLLING_SETTINGS.totalTimeoutMillis / 1000,
  updateSeconds: 20 * 60,
  deleteSeconds: 20 * 60,
};

type Inputs = Record<string, unknown> & { timeouts?: OperationTimeouts; adoptExisting?: boolean };

function timeoutMillis(inputs: Inputs, which: keyof OperationTimeouts): number {
  return (inputs.timeouts?.[which] ?? DEFAULT_TIMEOUTS_SECONDS[which]) * 1000;
}

/**
 * Engine-reserved keys such as `__provider` travel with every request, and `name` is computed by `check`
 * itself; validation must see neither.
 */
function withoutReservedKeys(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !key.startsWith("__") && key !== "name"));
}

/** What one kind's provider needs, worked out once from its table. */
interface KindPlan {
  table: KindTable;
  calls: ServiceCalls;
  schema: ReturnType<typeof inputSchema>;
  nameFields: string[];
  replaceFields: string[];
  updateFields: string[];
  providerFields: string[];
  annotationHolders: string[];
}

function planFor(table: KindTable): KindPlan {
  return {
    table,
    calls: SERVICE_CALLS[table.kind],
    schema: inputSchema(table),
    nameFields: fieldsWhere(table, (spec) => spec.lifecycle === "name"),
    replaceFields: fieldsWhere(table, forcesReplacement),
    updateFields: fieldsWhere(table, (spec) => spec.lifecycle === "update"),
    providerFields: fieldsWhere(table, (spec) => spec.lifecycle === "provider"),
    annotationHolders: fieldsWhere(
      table,
      (spec, field) => storageOf(spec) === "annotation" || field === "annotations",
    ),
  };
}

/**
 * The update mask for the changed fields. Fields kept in annotations all travel in the one wire field
 * `annotations`, so when any of them changed the mask names them all: the client then sends the whole map
 * from the program's values instead of reading the resource first to keep the others.
 */
function updateMaskFor(plan: KindPlan, changed: string[]): string[] {
  if (!changed.some((field) => plan.annotationHolders.includes(field))) return changed;
  return [...new Set([...changed, ...plan.annotationHolders])];
}

/** The parent the create request names: the parent field, or a cluster's location. */
function parentOf(table: KindTable, inputs: Inputs): string {
  if (table.parentField) return String(inputs[table.parentField]);
  return formatName("location", { project: String(inputs.project), location: String(inputs.location) });
}

/**
 * Builds the dynamic provider for one kind from its table. Its guarantees, method by method:
 * - `check` reports every invalid argument at once and never throws; values still unknown in a preview
 *   are accepted as they are.
 * - `diff` asks for replacement only for fields that form the name or cannot be changed in place (see the
 *   kind table); everything else is updated in place.
 * - `create` either returns the new resource, or throws; when the service created the resource but the
 *   operation then failed, the thrown error carries its id so the engine keeps it in state.
 * - `update` sends exactly the changed fields in `update_mask`, and makes no call when only provider
 *   settings (timeouts, adoptExisting) changed; on a resource without the creation marker (created before
 *   it existed) the mask adds `annotations`, which carries the marker.
 * - `read` returns no id when the resource is gone, so `pulumi refresh` drops it from state.
 * - `delete` waits for the deletion to finish; a resource already gone counts as deleted.
 */
export function kindProvider(table: KindTable): Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> {
  const plan = planFor(table);
  const { calls } = plan;
  return {
    async check(_olds, news) {
      const candidate = withoutReservedKeys(news);
      const unknown = unknownFields(candidate);
      const parsed = plan.schema.safeParse(candidate, { reportInput: true });
      if (parsed.success) {
        const inputs = { ...parsed.data };
        for (const field of unknown) inputs[field] = candidate[field];
        // The name is fully determined by the name fields. Recording it among the inputs keeps it known in a
        // preview of an update, so dependants (a series naming this stream) do not show as changing.
        if (!plan.nameFields.some((field) => unknown.has(field))) {
          inputs.name = resourceNameOf(table, parsed.data);
        }
        keepCreationIdentity(news, inputs);
        return { inputs };
      }
      const issues = parsed.error.issues.filter((issue) => !unknown.has(String(issue.path[0])));
      if (issues.length === 0) return { inputs: candidate };
      return { inputs: candidate, failures: checkFailures(table.kind, issues) };
    },

    async diff(_id, olds: Inputs, news: Inputs) {
      const unknown = unknownFields(news);
      const changed = new Set(changedFields(olds, news, plan.replaceFields));
      const replaces = plan.replaceFields.filter((field) => unknown.has(field) || changed.has(field));
      const updates = [
        ...changedFields(olds, news, plan.updateFields),
        ...plan.updateFields.filter((field) => isUnknown(news[field])),
      ];
      const settingsChanged = changedFields(olds, news, plan.providerFields);
      return {
        changes: replaces.length > 0 || updates.length > 0 || settingsChanged.length > 0,
        replaces,
      };
    },

    async create(inputs: Inputs) {
      const name = resourceNameOf(table, inputs);
      try {
        const resource = await calls.create(
          streamsClient(),
          parentOf(table, inputs),
          String(inputs[table.idField]),
          withCreationMarker(bodyOf(table, inputs), inputs),
          timeoutMillis(inputs, "createSeconds"),
        );
        return { id: name, outs: outputsOf(table, inputs, resource) };
      } catch (error) {
        if (hasCode(error, Code.ALREADY_EXISTS)) {
          if (inputs.adoptExisting) return adopt(plan, inputs, name);
          const ours = await createdForThisResource(calls, streamsClient(), inputs, name).catch(
            () => undefined,
          );
          if (ours) return adopt(plan, inputs, name, ours);
          throw new Error(`${messageOf(error)}\n${alreadyExistsHint(table)}`, { cause: error });
        }
        throw await errorKeepingWhatExists(plan, inputs, name, error);
      }
    },

    async read(id: string, props?: Inputs) {
      if (!calls.get) return { id, props };
      try {
        const resource = await calls.get(streamsClient(), id);
        return { id, props: outputsOf(table, props, resource) };
      } catch (error) {
        if (hasCode(error, Code.NOT_FOUND)) return {};
        throw error;
      }
    },

    async update(id: string, olds: Inputs, news: Inputs) {
      const changed = changedFields(olds, news, plan.updateFields);
      if (changed.length === 0 || !calls.update) {
        return { outs: { ...olds, ...news } };
      }
      // A resource a release before the creation marker created gets the marker with its next update.
      const withMarker = markerMissing(olds, news) ? [...changed, ...plan.annotationHolders] : changed;
      try {
        return { outs: await sendUpdate(plan, news, id, withMarker) };
      } catch (error) {
        throw await errorKeepingWhatExists(plan, news, id, error);
      }
    },

    async delete(id: string, props: Inputs) {
      if (!calls.delete) return;
      try {
        await calls.delete(streamsClient(), id, timeoutMillis(props, "deleteSeconds"));
      } catch (error) {
        if (!hasCode(error, Code.NOT_FOUND)) throw error;
      }
    },
  };
}

async function sendUpdate(plan: KindPlan, inputs: Inputs, name: string, changed: string[]) {
  const resource = await plan.calls.update!(
    streamsClient(),
    { ...withCreationMarker(bodyOf(plan.table, inputs), inputs), name },
    updateMaskFor(plan, changed),
    timeoutMillis(inputs, "updateSeconds"),
  );
  return outputsOf(plan.table, inputs, resource);
}

/**
 * Takes over an existing resource (`found`, if already read) and brings its updatable fields to the
 * program's values.
 */
async function adopt(plan: KindPlan, inputs: Inputs, name: string, found?: ClientResource) {
  const { table, calls } = plan;
  if (!calls.get) {
    throw new Error(
      `${name} already exists, and a ${table.kind} cannot be adopted: the Vision AI v1 API cannot read it back. ` +
        "Choose another ID.",
    );
  }
  const existing = outputsOf(table, inputs, found ?? (await calls.get(streamsClient(), name)));
  const changed = changedFields(existing, inputs, plan.updateFields);
  if (changed.length === 0 || !calls.update) return { id: name, outs: existing };
  try {
    return { id: name, outs: await sendUpdate(plan, inputs, name, changed) };
  } catch (error) {
    throw await errorKeepingWhatExists(plan, inputs, name, error);
  }
}

/**
 * After a failed create or update, looks the resource up: if it exists, the error carries its id and its
 * actual state so the engine records it (nothing is lost, the next run converges); otherwise the plain
 * error is returned.
 */
async function errorKeepingWhatExists(
  plan: KindPlan,
  inputs: Inputs,
  name: string,
  error: unknown,
): Promise<Error> {
  const plain = error instanceof Error ? error : new Error(String(error));
  if (!plan.calls.get) return plain;
  try {
    const resource = await plan.calls.get(streamsClient(), name);
    return new ResourceInitError(name, outputsOf(plan.table, inputs, resource), [messageOf(error)]);
  } catch {
    return plain;
  }
}

function alreadyExistsHint(table: KindTable): string {
  if (!table.readable) {
    return (
      `The Vision AI v1 API cannot update or delete a ${table.kind}, so its name cannot be reused while the ` +
      "old one exists: give it a new ID (it is removed with its stream, event or cluster)."
    );
  }
  return `To manage the existing ${table.kind} with this program, set \`adoptExisting: true\` on the resource; otherwise choose another ID.`;
}
