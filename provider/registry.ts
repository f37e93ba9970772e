import type * as pulumi from "@pulumi/pulumi";
import { KINDS, type KindName } from "../kinds";
import { kindProvider } from "./resource-provider";
import { configure } from "./service-client";

export type { KindName };

/** Every resource kind the package manages, by the type name used in its Pulumi type token. */
export const KIND_NAMES = Object.keys(KINDS) as KindName[];

const providers = new Map<KindName, ReturnType<typeof kindProvider>>();

/** The dynamic provider for one kind, with `configure` reading the stack's `visionai:*` settings. */
export function providerFor(kind: KindName): pulumi.dynamic.ResourceProvider {
  const table = KINDS[kind];
  if (!table) {
    throw new Error(`unknown Vision AI resource kind "${kind}"; known kinds: ${KIND_NAMES.join(", ")}`);
  }
  let provider = providers.get(kind);
  if (!provider) {
    provider = kindProvider(table);
    providers.set(kind, provider);
  }
  return {
    ...provider,
    configure: async (request: pulumi.dynamic.ConfigureRequest) => configure(request.config),
  };
}
