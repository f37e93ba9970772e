import type * as provider from "@pulumi/pulumi/provider";
import { CREATED_FOR_INPUT, creationIdentity } from "../../kinds";
import { providerFor } from "../registry";
import { importInputs, withDefaults } from "./kind-inputs";
import { invoke } from "./lookups";
import { resourceOfUrn } from "./resource-urn";
import { keepingSecrets, revealed, secretProperties } from "./secret-values";

type Props = Record<string, unknown>;

/**
 * The visionai provider plugin: the dynamic providers' core (`providerFor`, the same
 * check/diff/create/read/update/delete) served to every Pulumi language. What it adds is only what a
 * real provider has to do itself: find the kind from the URN, apply defaults that the TypeScript classes
 * apply program-side (the ID from the resource name, project and location from provider config),
 * reveal and re-mark secrets, and return import inputs.
 */
export function pluginProvider(version: string, schema: string): provider.Provider {
  const core = (urn: string) => {
    const { stack, project, kind, name } = resourceOfUrn(urn);
    return {
      kind,
      name,
      identity: creationIdentity(project, stack, kind, name),
      provider: providerFor(kind),
    };
  };
  return {
    version,
    schema,

    async check(urn, olds: Props, news: Props) {
      const { kind, name, identity, provider } = core(urn);
      // The creation marker, as the TypeScript classes send it, so a killed run recovers here too.
      const inputs = { ...withDefaults(kind, name, revealed(news) as Props), [CREATED_FOR_INPUT]: identity };
      return provider.check!(revealed(olds), inputs);
    },

    async diff(id, urn, olds: Props, news: Props) {
      return core(urn).provider.diff!(id, revealed(olds), revealed(news));
    },

    async create(urn, inputs: Props) {
      const result = await core(urn).provider.create(revealed(inputs));
      return { id: result.id, outs: keepingSecrets(result.outs, secretProperties(inputs)) };
    },

    async read(id, urn, props?: Props) {
      const { kind, provider } = core(urn);
      const importing = !props || Object.keys(props).length === 0;
      if (importing) return importInputs(kind, id);
      const result = await provider.read!(id, revealed(props));
      return { ...result, props: result.props && keepingSecrets(result.props, secretProperties(props)) };
    },

    async update(id, urn, olds: Props, news: Props) {
      const result = await core(urn).provider.update!(id, revealed(olds), revealed(news));
      return { outs: keepingSecrets(result.outs, secretProperties(news)) };
    },

    async delete(id, urn, props: Props) {
      await core(urn).provider.delete!(id, revealed(props));
    },

    invoke,
  };
}
