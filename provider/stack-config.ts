import type { StreamsServiceClientOptions } from "../client";
import type { SdkDefault } from "../kinds";

/** The config namespace of the provider's settings: `visionai:<key>` in stack config. */
export const CONFIG_NAMESPACE = "visionai";

type ClientSetting = keyof Pick<
  StreamsServiceClientOptions,
  "emulatorHost" | "apiEndpoint" | "quotaProjectId"
>;

/**
 * The provider's configuration keys: stack config `visionai:<key>`, or an explicit provider resource's
 * arguments. The TypeScript classes, the plugin and the plugin's schema all read this one table; keys that
 * steer the client name the client option they set.
 */
export const PROVIDER_CONFIG = {
  project: {
    doc: "Google Cloud project for clusters that do not name one. When unset, clusters fall back to stack config `gcp:project`.",
  },
  location: {
    doc: "Region (e.g. `us-central1`) for clusters that do not name one. When unset, clusters fall back to stack config `gcp:region`.",
  },
  emulatorHost: {
    doc: "`host:port` of a Vision AI emulator: plaintext gRPC, no credentials. Defaults to the `VISIONAI_EMULATOR_HOST` environment variable.",
    clientOption: "emulatorHost",
  },
  apiEndpoint: {
    doc: "Another StreamsService endpoint than `visionai.googleapis.com`.",
    clientOption: "apiEndpoint",
  },
  quotaProjectId: { doc: "The project billed for quota.", clientOption: "quotaProjectId" },
} as const satisfies Record<string, { doc: string; clientOption?: ClientSetting }>;

export type ProviderConfigKey = keyof typeof PROVIDER_CONFIG;

/** Reads one stack config value by its full key (`visionai:project`, `gcp:region`); undefined when unset. */
export type StackConfigReader = (key: string) => string | undefined;

/**
 * Client options from the stack's `visionai:*` config, so a stack can pin its target in
 * Pulumi.<stack>.yaml (reviewable in a pull request). Unset keys fall through to the client's own
 * defaults: VISIONAI_EMULATOR_HOST, then visionai.googleapis.com with Application Default Credentials.
 */
export function clientOptionsFromConfig(get: StackConfigReader): StreamsServiceClientOptions {
  const options: StreamsServiceClientOptions = {};
  for (const [key, spec] of Object.entries(PROVIDER_CONFIG)) {
    if (!("clientOption" in spec)) continue;
    const value = get(`${CONFIG_NAMESPACE}:${key}`);
    if (value) options[spec.clientOption] = value;
  }
  return options;
}

/**
 * Where a cluster's project and location come from when the program leaves them out, first set key first:
 * the provider's own settings, then the Google provider's `gcp:project` and `gcp:region` that most Google
 * stacks already set. Both front ends apply defaults through this table (sdk/defaults.ts in the program,
 * provider/plugin/kind-inputs.ts in the plugin).
 */
export const STACK_DEFAULTS = {
  stackProject: [`${CONFIG_NAMESPACE}:project`, "gcp:project"],
  stackLocation: [`${CONFIG_NAMESPACE}:location`, "gcp:region"],
} as const satisfies Record<Exclude<SdkDefault, "resourceName">, readonly string[]>;

export type StackDefault = keyof typeof STACK_DEFAULTS;

/** The first of the default's keys that the stack sets, or undefined when it sets none of them. */
export function stackDefault(which: StackDefault, get: StackConfigReader): string | undefined {
  for (const key of STACK_DEFAULTS[which]) {
    const value = get(key);
    if (value) return value;
  }
  return undefined;
}
