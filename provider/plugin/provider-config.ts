import type * as pulumi from "@pulumi/pulumi";
import { configure } from "../service-client";
import type { ProviderConfigVariables } from "./configure-request";

/**
 * The provider's configuration, as the schema declares it. The default provider gets the stack's
 * `visionai:*` config; an explicit `pulumi:providers:visionai` resource gets its own arguments (the engine
 * hands both over as `visionai:<key>` variables), so one program can target two projects.
 */
export const PROVIDER_CONFIG = {
  project: "Google Cloud project for clusters that do not name one.",
  location: "Region (e.g. `us-central1`) for clusters that do not name one.",
  emulatorHost:
    "`host:port` of a Vision AI emulator: plaintext gRPC, no credentials. Defaults to the `VISIONAI_EMULATOR_HOST` environment variable.",
  apiEndpoint: "Another StreamsService endpoint than `visionai.googleapis.com`.",
  quotaProjectId: "The project billed for quota.",
} as const;

export type ProviderConfigKey = keyof typeof PROVIDER_CONFIG;

/** Settings by their short name (`project`); the engine sends `visionai:config:project` or `visionai:project`. */
let settings: Record<string, string> = {};

/** Takes the variables of the engine's `Configure` call: client options now, defaults for `check` later. */
export function configureProvider(variables: ProviderConfigVariables): void {
  settings = Object.fromEntries(
    Object.entries(variables).map(([key, value]) => [key.replace(/^visionai:(config:)?/, ""), value]),
  );
  const config: pulumi.dynamic.Config = {
    get: (key) => settings[key.replace(/^visionai:/, "")] || undefined,
    require: (key) => {
      const value = config.get(key);
      if (!value) throw new Error(`provider configuration \`${key}\` is required`);
      return value;
    },
  };
  configure(config);
}

/** A provider setting, or undefined when it is unset or empty. */
export function providerSetting(key: ProviderConfigKey): string | undefined {
  return settings[key] || undefined;
}
