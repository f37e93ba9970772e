import type * as pulumi from "@pulumi/pulumi";
import { KINDS, type OperationTimeouts } from "../../kinds";
import { CREATED_FOR_INPUT, creationIdentity } from "../../kinds/creation-marker";
import { ResourceInitError } from "../errors";
import { providerFor } from "../registry";
import { Cancellation, OperationCancelled } from "./cancellation";
import { detailedDiff, type PropertyChange } from "./detailed-diff";
import { importInputs, stackDefaultHint, withDefaults } from "./kind-inputs";
import { invoke } from "./lookups";
import { resourceOfUrn } from "./resource-urn";
import { keepingSecrets, revealed, secretProperties } from "./secret-values";

type Props = Record<string, unknown>;

/** What the plugin answers for a diff: the core's verdict, and each changed property named for display. */
export interface PluginDiff {
  changes: boolean;
  replaces: string[];
  deleteBeforeReplace: boolean;
  detailedDiff: Record<string, PropertyChange>;
}

/**
 * The visionai provider plugin: the dynamic providers' core (`providerFor`, the same
 * check/diff/create/read/update/delete) served to every Pulumi language by provider-service.ts. What it adds
 * is only what a real provider has to do itself: find the kind from the URN, apply the defaults that the
 * TypeScript classes apply program-side (the ID from the resource name, project and location from stack
 * config), reveal and re-mark secrets, return import inputs, a detailed diff, honour the `customTimeouts`
 * resource option (`timeoutSeconds`, 0 when unset), and stop waiting when the engine cancels.
 */
export function pluginProvider() {
  const cancellation = new Cancellation();
  const core = (urn: string) => {
    const { stack, project, kind, name } = resourceOfUrn(urn);
    return {
      stack,
      kind,
      name,
      identity: creationIdentity(project, stack, kind, name),
      provider: providerFor(kind),
    };
  };
  return {
    async check(urn: string, olds: Props, news: Props): Promise<pulumi.dynamic.CheckResult> {
      const { stack, kind, name, identity, provider } = core(urn);
      // The creation marker, as the TypeScript classes send it, so a killed run recovers here too.
      const inputs: Props = {
        ...withDefaults(kind, name, stack, revealed(news) as Props),
        [CREATED_FOR_INPUT]: identity,
      };
      const result = await provider.check!(revealed(olds), inputs);
      const failures = result.failures?.map((failure) => {
        const missing = inputs[failure.property] === undefined;
        const hint = missing ? stackDefaultHint(kind, failure.property, stack) : undefined;
        return hint ? { ...failure, reason: `${failure.reason}: ${hint}` } : failure;
      });
      return { ...result, failures };
    },

    async diff(id: string, urn: string, olds: Props, news: Props): Promise<PluginDiff> {
      const { kind, provider } = core(urn);
      const [plainOlds, plainNews] = [revealed(olds) as Props, revealed(news) as Props];
      const result = await provider.diff!(id, plainOlds, plainNews);
      const replaces = result.replaces ?? [];
      return {
        changes: result.changes ?? true,
        replaces,
        deleteBeforeReplace: result.deleteBeforeReplace ?? false,
        detailedDiff: detailedDiff(KINDS[kind], plainOlds, plainNews, replaces),
      };
    },

    async create(urn: string, inputs: Props, timeoutSeconds: number) {
      const { provider } = core(urn);
      const plain = revealed(inputs) as Props;
      try {
        const work = provider.create(withOperationTimeout(plain, "createSeconds", timeoutSeconds));
        const result = await cancellation.unlessCancelled(work);
        return { id: result.id, outs: keepingSecrets(asGiven(result.outs, plain), secretProperties(inputs)) };
      } catch (error) {
        if (error instanceof OperationCancelled) throw await createCancelled(urn, plain);
        throw keepingGivenTimeouts(error, plain);
      }
    },

    async read(id: string, urn: string, props?: Props) {
      const { kind, provider } = core(urn);
      const importing = !props || Object.keys(props).length === 0;
      if (importing) return importInputs(kind, id);
      const result = await provider.read!(id, revealed(props));
      return { ...result, props: result.props && keepingSecrets(result.props, secretProperties(props)) };
    },

    async update(id: string, urn: string, olds: Props, news: Props, timeoutSeconds: number) {
      const { kind, provider } = core(urn);
      const plain = revealed(news) as Props;
      try {
        const work = provider.update!(
          id,
          revealed(olds),
          withOperationTimeout(plain, "updateSeconds", timeoutSeconds),
        );
        const result = await cancellation.unlessCancelled(work);
        return { outs: keepingSecrets(asGiven(result.outs ?? {}, plain), secretProperties(news)) };
      } catch (error) {
        if (error instanceof OperationCancelled) throw stoppedWaiting(kind, id, "update");
        throw keepingGivenTimeouts(error, plain);
      }
    },

    async delete(id: string, urn: string, props: Props, timeoutSeconds: number) {
      const { kind, provider } = core(urn);
      const plain = withOperationTimeout(revealed(props) as Props, "deleteSeconds", timeoutSeconds);
      try {
        await cancellation.unlessCancelled(provider.delete!(id, plain));
      } catch (error) {
        if (error instanceof OperationCancelled) throw stoppedWaiting(kind, id, "deletion");
        throw error;
      }
    },

    invoke,

    cancel: () => cancellation.cancel(),
  };

  /**
   * A create the engine cancelled. If the resource exists already, the error carries it so the engine
   * records it; otherwise the operation may still create it after this run, and the next `pulumi up` takes
   * it over through its creation marker instead of failing with ALREADY_EXISTS.
   */
  async function createCancelled(urn: string, inputs: Props): Promise<Error> {
    const { kind, provider } = core(urn);
    const name = String(inputs.name);
    const message = stoppedWaiting(kind, name, "creation").message;
    const found = await provider.read!(name, inputs).catch(() => ({ id: undefined, props: undefined }));
    if (!found.id) return new Error(message);
    return new ResourceInitError(found.id, asGiven(found.props as Props, inputs), [message]);
  }
}

function stoppedWaiting(kind: string, name: string, what: string): Error {
  return new Error(
    `the update was cancelled: stopped waiting for the ${kind} ${name}'s ${what}, which may still finish on ` +
      "the server; the next `pulumi up` picks up where it left off",
  );
}

/**
 * The inputs with `customTimeouts`' limit for one operation in place of the resource's `timeouts` (the core
 * bounds each operation's wait by `timeouts`); unchanged when the resource option is not set.
 */
function withOperationTimeout(inputs: Props, which: keyof OperationTimeouts, seconds: number): Props {
  if (!(seconds > 0)) return inputs;
  return { ...inputs, timeouts: { ...(inputs.timeouts as OperationTimeouts | undefined), [which]: seconds } };
}

/** Outputs with the program's own `timeouts`, not the `customTimeouts` limit used for this one operation. */
function asGiven(outs: Props, inputs: Props): Props {
  const given = { ...outs };
  delete given.timeouts;
  return inputs.timeouts === undefined ? given : { ...given, timeouts: inputs.timeouts };
}

function keepingGivenTimeouts(error: unknown, inputs: Props): unknown {
  if (!(error instanceof ResourceInitError)) return error;
  return new ResourceInitError(error.id, asGiven(error.properties as Props, inputs), error.reasons);
}

export type PluginProvider = ReturnType<typeof pluginProvider>;
