import type * as pulumi from "@pulumi/pulumi";
import { formatName, type CallOptions, type Operation } from "../client";
import { fieldsWhere, forcesReplacement, resourceNameOf, storageOf, type KindTable } from "../kinds";
import type { OperationTimeouts } from "../kinds";
import { createdForThisResource, keepCreationIdentity, markerMissing, withCreationMarker } from "./adoption";
import { checkFailures } from "./check-failures";
import { Code, ResourceInitError, hasCode, messageOf } from "./errors";
import { changedFields } from "./field-diff";
import { inputSchema } from "./input-schema";
import { bodyOf, outputsOf, type ClientResource } from "./resource-state";
import { streamsClient } from "./service-client";
import { isUnknown, unknownFields } from "./unknowns";

type Inputs = Record<string, unknown> & { timeouts?: OperationTimeouts; adoptExisting?: boolean };

/** The program's time limit for one operation, else the kind's default (kind tables, `timeoutDefaults`). */
function timeoutMillis(table: KindTable, inputs: Inputs, which: keyof OperationTimeouts): number {
  return (inputs.timeouts?.[which] ?? table.timeoutDefaults[which]) * 1000;
}

/**
 * Starts a call and waits for its operation's outcome within `totalTimeoutMillis`, the resource's timeout.
 * Waiting for a quota to admit the call is bounded by that timeout too, not by the client's per-call
 * budget: under a per-minute quota a large stack's later calls wait long, and that is not a failure.
 */
async function outcome<T>(
  start: (options: CallOptions) => Promise<Operation<T>>,
  totalTimeoutMillis: number,
): Promise<T> {
  const operation = await start({ retry: { quotaTimeoutMillis: totalTimeoutMillis } });
  return operation.result({ totalTimeoutMillis });
}

/** The client's calls for the table's kind; the table's capabilities say which of them v1 has. */
function callsOf(table: KindTable) {
  return streamsClient().callsFor(table.kind);
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
  const { capabilities } = table;
  return {
    async check(_olds, news) {
      const candidate = withoutReservedKeys(news);
      const unknown = unknownFields(candidate);
      const parsed = plan.schema().safeParse(candidate, { reportInput: true });
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
        const resource = await outcome(
          (options) =>
            callsOf(table).create(
              parentOf(table, inputs),
              String(inputs[table.idField]),
              withCreationMarker(bodyOf(table, inputs), inputs),
              undefined,
              options,
            ),
          timeoutMillis(table, inputs, "createSeconds"),
        );
        return { id: name, outs: outputsOf(table, inputs, resource as ClientResource) };
      } catch (error) {
        if (hasCode(error, Code.ALREADY_EXISTS)) {
          if (inputs.adoptExisting) return adopt(plan, inputs, name);
          const ours = await createdForThisResource(table, callsOf(table), inputs, name).catch(
            () => undefined,
          );
          if (ours) return adopt(plan, inputs, name, ours);
          throw new Error(`${messageOf(error)}\n${alreadyExistsHint(table)}`, { cause: error });
        }
        throw await errorKeepingWhatExists(plan, inputs, name, error);
      }
    },

    async read(id: string, props?: Inputs) {
      if (!capabilities.readable) return { id, props };
      try {
        const resource = await readResource(table, id);
        return { id, props: outputsOf(table, props, resource) };
      } catch (error) {
        if (hasCode(error, Code.NOT_FOUND)) return {};
        throw error;
      }
    },

    async update(id: string, olds: Inputs, news: Inputs) {
      const changed = changedFields(olds, news, plan.updateFields);
      if (changed.length === 0 || !capabilities.updatable) {
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
      if (!capabilities.deletable) return;
      try {
        await outcome(
          (options) => callsOf(table).delete(id, undefined, options),
          timeoutMillis(table, props, "deleteSeconds"),
        );
      } catch (error) {
        if (!hasCode(error, Code.NOT_FOUND)) throw error;
      }
    },
  };
}

/** The resource `name` as the service holds it (kinds whose capabilities say `readable`). */
async function readResource(table: KindTable, name: string): Promise<ClientResource> {
  return (await callsOf(table).get(name)) as ClientResource;
}

async function sendUpdate(plan: KindPlan, inputs: Inputs, name: string, changed: string[]) {
  const resource = await outcome(
    (options) =>
      callsOf(plan.table).update(
        { ...withCreationMarker(bodyOf(plan.table, inputs), inputs), name },
        updateMaskFor(plan, changed),
        undefined,
        options,
      ),
    timeoutMillis(plan.table, inputs, "updateSeconds"),
  );
  return outputsOf(plan.table, inputs, resource as ClientResource);
}

/**
 * Takes over an existing resource (`found`, if already read) and brings its updatable fields to the
 * program's values.
 */
async function adopt(plan: KindPlan, inputs: Inputs, name: string, found?: ClientResource) {
  const { table } = plan;
  if (!table.capabilities.importable) {
    throw new Error(
      `${name} already exists, and a ${table.kind} cannot be adopted: the Vision AI v1 API cannot read it back. ` +
        "Choose another ID.",
    );
  }
  const existing = outputsOf(table, inputs, found ?? (await readResource(table, name)));
  const changed = changedFields(existing, inputs, plan.updateFields);
  if (changed.length === 0 || !table.capabilities.updatable) return { id: name, outs: existing };
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
  if (!plan.table.capabilities.readable) return plain;
  try {
    const resource = await readResource(plan.table, name);
    return new ResourceInitError(name, outputsOf(plan.table, inputs, resource), [messageOf(error)]);
  } catch {
    return plain;
  }
}

function alreadyExistsHint(table: KindTable): string {
  if (!table.capabilities.importable) {
    return (
      `The Vision AI v1 API cannot update or delete a ${table.kind}, so its name cannot be reused while the ` +
      "old one exists: give it a new ID (it is removed with its stream, event or cluster)."
    );
  }
  return `To manage the existing ${table.kind} with this program, set \`adoptExisting: true\` on the resource; otherwise choose another ID.`;
}
