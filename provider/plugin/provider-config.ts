import { configure } from "../service-client";
import { CONFIG_NAMESPACE, PROVIDER_CONFIG, type ProviderConfigKey } from "../stack-config";

/**
 * The provider's settings as the engine's `Configure` call carries them, keyed `visionai:config:<key>` (the
 * engine's wire form of `visionai:<key>`). The default provider gets the stack's `visionai:*` config; an
 * explicit `pulumi:providers:visionai` resource gets its own arguments, so one program can target two
 * projects.
 */
export type ProviderConfigVariables = Record<string, string>;

/** Settings by their short name (`project`). */
let settings: Partial<Record<ProviderConfigKey, string>> = {};

/** Takes the variables of the engine's `Configure` call: client options now, defaults for `check` later. */
export function configureProvider(variables: ProviderConfigVariables): void {
  settings = Object.fromEntries(
    Object.entries(variables)
      .map(([key, value]) => [shortKey(key), value] as const)
      .filter(([key]) => key in PROVIDER_CONFIG),
  );
  const get = (key: string) => providerSetting(shortKey(key) as ProviderConfigKey);
  configure({
    get,
    require: (key) => {
      const value = get(key);
      if (!value) throw new Error(`provider configuration \`${key}\` is required`);
      return value;
    },
  });
}

/** A provider setting, or undefined when it is unset or empty. */
export function providerSetting(key: ProviderConfigKey): string | undefined {
  return settings[key] || undefined;
}

/** `project` from `visionai:config:project` or `visionai:project`. */
function shortKey(key: string): string {
  return key.replace(new RegExp(`^${CONFIG_NAMESPACE}:(config:)?`), "");
}
