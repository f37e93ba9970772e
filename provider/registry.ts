import type * as pulumi from "@pulumi/pulumi";
import { clusterSpec } from "./cluster";
import { kindProvider } from "./resource-provider";
import { configure } from "./settings";

/** Every resource kind the package manages, by the type name used in its Pulumi type token. */
const providers = {
  Cluster: kindProvider(clusterSpec),
};

export type KindName = keyof typeof providers;

export const KIND_NAMES = Object.keys(providers) as KindName[];

/** The dynamic provider for one kind, with `configure` reading the stack's `visionai:*` settings. */
export function providerFor(kind: KindName): pulumi.dynamic.ResourceProvider {
  const provider = providers[kind];
  if (!provider) {
    throw new Error(`unknown Vision AI resource kind "${kind}"; known kinds: ${KIND_NAMES.join(", ")}`);
  }
  return {
    ...provider,
    configure: async (request: pulumi.dynamic.ConfigureRequest) => configure(request.config),
  };
}
