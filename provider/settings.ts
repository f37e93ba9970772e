import type * as pulumi from "@pulumi/pulumi";
import { StreamsServiceClient, type StreamsServiceClientOptions } from "../client";

/**
 * Where the provider sends its calls, from stack config first and the environment second, so a stack can
 * pin its target in Pulumi.<stack>.yaml (reviewable in a pull request) while local runs keep using
 * VISIONAI_EMULATOR_HOST as with the other Google emulators.
 */
export interface ProviderSettings {
  emulatorHost?: string;
  apiEndpoint?: string;
  quotaProjectId?: string;
}

let settings: ProviderSettings = {};
let client: StreamsServiceClient | undefined;

/** Reads the `visionai:*` stack config the engine hands to `configure`. Called once per provider process. */
export function configure(config: pulumi.dynamic.Config): void {
  settings = {
    emulatorHost: config.get("visionai:emulatorHost") || process.env.VISIONAI_EMULATOR_HOST || undefined,
    apiEndpoint: config.get("visionai:apiEndpoint") || undefined,
    quotaProjectId: config.get("visionai:quotaProjectId") || undefined,
  };
  client = undefined;
}

/** One client per provider process: it holds the gRPC channel every resource of the stack shares. */
export function streamsClient(): StreamsServiceClient {
  if (!client) {
    const options: StreamsServiceClientOptions = {};
    const emulatorHost = settings.emulatorHost ?? process.env.VISIONAI_EMULATOR_HOST;
    if (emulatorHost) options.emulatorHost = emulatorHost;
    if (settings.apiEndpoint) options.apiEndpoint = settings.apiEndpoint;
    if (settings.quotaProjectId) options.quotaProjectId = settings.quotaProjectId;
    client = new StreamsServiceClient(options);
  }
  return client;
}
