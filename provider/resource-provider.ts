import type * as pulumi from "@pulumi/pulumi";
import { checkFailures } from "./check-failures";
import { Code, ResourceInitError, hasCode, messageOf } from "./errors";
import { changedFields } from "./field-diff";
import type { CommonInputs, CommonOutputs, KindSpec, OperationTimeouts } from "./kind-spec";
import { streamsClient } from "./settings";
import { isUnknown, unknownFields } from "./unknowns";

/**
 * Default operation time limits. Creation is generous because the first stream in a project waits for the
 * cluster's data plane, which takes about 30 minutes on the real service.
 */
export const DEFAULT_TIMEOUTS_SECONDS: Required<OperationTimeouts> = {
  createSeconds: 45 * 60,
  updateSeconds: 20 * 60,
  deleteSeconds: 20 * 60,
};

/** Inputs that steer the provider itself and never reach the service. */
const PROVIDER_ONLY_FIELDS = ["adoptExisting", "timeouts"] as const;

function timeoutMillis(inputs: CommonInputs, which: keyof OperationTimeouts): number {
  return (inputs.timeouts?.[which] ?? DEFAULT_TIMEOUTS_SECONDS[which]) * 1000;
}

/**
 * Engine-reserved keys such as `__provider` travel with every request, and `name` is computed by `check`
 * itself; validation must see neither.
 */
function withoutReservedKeys(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !key.startsWith("__") && key !== "name"));
}

/**
 * Builds the dynamic provider for one kind. Its guarantees, method by method:
 * - `check` reports every invalid argument at once and never throws; values still unknown in a preview
 *   are accepted as they are.
 * - `diff` asks for replacement only when the resource name would change (project, location or ID);
 *   everything else is updated in place.
 * - `create` either returns the new resource, or throws; when the service created the resource but the
 *   operation then failed, the thrown error carries its id so the engine keeps it in state.
 * - `update` sends exactly the changed fields in `update_mask`, and makes no call when only provider
 *   settings (timeouts, adoptExisting) changed.
 * - `read` returns no id when the resource is gone, so `pulumi refresh` drops it from state.
 * - `delete` waits for the deletion to finish; a resource already gone counts as deleted.
 */
export function kindProvider<Inputs extends CommonInputs, Outputs extends Inputs & CommonOutputs, Resource>(
  spec: KindSpec<Inputs, Outputs, Resource>,
): Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> {
  return {
    async check(_olds, news) {
      const candidate = withoutReservedKeys(news);
      const unknown = unknownFields(candidate);
      const parsed = spec.schema.safeParse(candidate, { reportInput: true });
      if (parsed.success) {
        const inputs = { ...parsed.data } as Record<string, unknown>;
        for (const field of unknown) inputs[field] = candidate[field];
        // The name is fully determined by the inputs. Recording it among them keeps it known in a preview
        // of an update, so dependants (a series naming this stream) do not show as changing when they
        // are not.
        if (!spec.replaceOnChange.some((field) => unknown.has(field)))
          inputs.name = spec.resourceName(parsed.data);
        return { inputs };
      }
      const issues = parsed.error.issues.filter((issue) => !unknown.has(String(issue.path[0])));
      if (issues.length === 0) return { inputs: candidate };
      return { inputs: candidate, failures: checkFailures(spec.kind, issues) };
    },

    async diff(_id, olds: Outputs, news: Inputs) {
      const unknown = unknownFields(news as unknown as Record<string, unknown>);
      const changed = new Set(changedFields(olds, news, spec.replaceOnChange));
      const replaces = spec.replaceOnChange.filter((field) => unknown.has(field) || changed.has(field));
      const updates = [
        ...changedFields(olds, news, spec.updatable),
        ...spec.updatable.filter((field) => isUnknown(news[field])),
      ];
      const settingsChanged = changedFields(olds, news, PROVIDER_ONLY_FIELDS);
      return {
        changes: replaces.length > 0 || updates.length > 0 || settingsChanged.length > 0,
        replaces,
      };
    },

    async create(inputs: Inputs) {
      const client = streamsClient();
      const name = spec.resourceName(inputs);
      try {
        const resource = await spec.create(client, inputs, timeoutMillis(inputs, "createSeconds"));
        return { id: name, outs: spec.toOutputs(inputs, resource) };
      } catch (error) {
        if (hasCode(error, Code.ALREADY_EXISTS)) {
          if (inputs.adoptExisting) return adopt(spec, inputs, name);
          throw new Error(`${messageOf(error)}\n${alreadyExistsHint(spec)}`, { cause: error });
        }
        throw await errorKeepingWhatExists(spec, inputs, name, error);
      }
    },

    async read(id: string, props?: Outputs) {
      if (!spec.get) return { id, props };
      try {
        const resource = await spec.get(streamsClient(), id);
        return { id, props: spec.toOutputs(props as Outputs, resource) };
      } catch (error) {
        if (hasCode(error, Code.NOT_FOUND)) return {};
        throw error;
      }
    },

    async update(id: string, olds: Outputs, news: Inputs) {
      const updateMask = changedFields(olds, news, spec.updatable);
      if (updateMask.length === 0 || !spec.update) {
        return { outs: { ...olds, ...news } };
      }
      try {
        const resource = await spec.update(
          streamsClient(),
          news,
          updateMask,
          timeoutMillis(news, "updateSeconds"),
        );
        return { outs: spec.toOutputs(news, resource) };
      } catch (error) {
        throw await errorKeepingWhatExists(spec, news, id, error);
      }
    },

    async delete(id: string, props: Outputs) {
      try {
        await spec.delete(streamsClient(), id, timeoutMillis(props, "deleteSeconds"));
      } catch (error) {
        if (!hasCode(error, Code.NOT_FOUND)) throw error;
      }
    },
  };
}

/** Takes over an existing resource and brings its updatable fields to the program's values. */
async function adopt<Inputs extends CommonInputs, Outputs extends Inputs & CommonOutputs, Resource>(
  spec: KindSpec<Inputs, Outputs, Resource>,
  inputs: Inputs,
  name: string,
) {
  const client = streamsClient();
  if (!spec.get) {
    throw new Error(
      `${name} already exists, and a ${spec.kind} cannot be adopted: the Vision AI v1 API cannot read it back. ` +
        "Choose another ID.",
    );
  }
  const existing = spec.toOutputs(inputs, await spec.get(client, name));
  const updateMask = changedFields(existing, inputs, spec.updatable);
  if (updateMask.length === 0 || !spec.update) return { id: name, outs: existing };
  try {
    const resource = await spec.update(client, inputs, updateMask, timeoutMillis(inputs, "updateSeconds"));
    return { id: name, outs: spec.toOutputs(inputs, resource) };
  } catch (error) {
    throw await errorKeepingWhatExists(spec, inputs, name, error);
  }
}

/**
 * After a failed create or update, looks the resource up: if it exists, the error carries its id and its
 * actual state so the engine records it (nothing is lost, the next run converges); otherwise the plain
 * error is returned.
 */
async function errorKeepingWhatExists<
  Inputs extends CommonInputs,
  Outputs extends Inputs & CommonOutputs,
  Resource,
>(spec: KindSpec<Inputs, Outputs, Resource>, inputs: Inputs, name: string, error: unknown): Promise<Error> {
  if (!spec.get) return error instanceof Error ? error : new Error(String(error));
  try {
    const resource = await spec.get(streamsClient(), name);
    return new ResourceInitError(name, spec.toOutputs(inputs, resource), [messageOf(error)]);
  } catch {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function alreadyExistsHint(spec: { kind: string; get?: unknown }): string {
  if (!spec.get) {
    return (
      `The Vision AI v1 API cannot update or delete a ${spec.kind}, so its name cannot be reused while the ` +
      "old one exists: give it a new ID (it is removed with its stream, event or cluster)."
    );
  }
  return `To manage the existing ${spec.kind} with this program, set \`adoptExisting: true\` on the resource; otherwise choose another ID.`;
}
