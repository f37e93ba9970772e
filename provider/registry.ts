import type * as pulumi from "@pulumi/pulumi";
import { channelSpec } from "./channel";
import { clusterSpec } from "./cluster";
import { eventSpec } from "./event";
import { kindProvider } from "./resource-provider";
import { seriesSpec } from "./series";
import { configure } from "./settings";
import { streamSpec } from "./stream";

/** Every resource kind the package manages, by the type name used in its Pulumi type token. */
const providers = {
  Cluster: kindProvider(clusterSpec),
  Stream: kindProvider(streamSpec),
  Event: kindProvider(eventSpec),
  Series: kindProvider(seriesSpec),
  Channel: kindProvider(channelSpec),
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
