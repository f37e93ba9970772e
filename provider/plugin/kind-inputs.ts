import { NAME_PATTERNS, parseName } from "../../client";
import { KINDS, isInput, type KindName, type KindTable, type SdkDefault } from "../../kinds";
import { providerFor } from "../registry";
import {
  CONFIG_NAMESPACE,
  STACK_DEFAULTS,
  stackDefault,
  type ProviderConfigKey,
  type StackConfigReader,
  type StackDefault,
} from "../stack-config";
import { providerSetting } from "./provider-config";
import { stackFileSetting } from "./stack-file-config";

type Props = Record<string, unknown>;

/**
 * Inputs with the defaults the TypeScript classes apply in the program: the resource ID is the Pulumi
 * resource name, and a cluster's project and location come from stack config in provider/stack-config.ts's
 * order.
 */
export function withDefaults(kind: KindName, resourceName: string, stack: string, inputs: Props): Props {
  const defaultOf = (sdkDefault: SdkDefault) =>
    sdkDefault === "resourceName" ? resourceName : stackDefault(sdkDefault, pluginConfig(stack));
  const table: KindTable = KINDS[kind];
  const given = Object.entries(inputs).filter(([, value]) => value !== undefined);
  const defaults = Object.entries(table.fields)
    .filter(([field, spec]) => spec.sdkDefault && inputs[field] === undefined)
    .map(([field, spec]) => [field, defaultOf(spec.sdkDefault as SdkDefault)])
    .filter(([, value]) => value !== undefined);
  return Object.fromEntries([...defaults, ...given]);
}

/**
 * Stack config as the plugin sees it: its own `visionai:*` settings from `Configure` (an explicit
 * provider's arguments take their place), other namespaces from the stack's files.
 */
function pluginConfig(stack: string): StackConfigReader {
  return (key) => {
    const [namespace, name] = key.split(":");
    if (namespace === CONFIG_NAMESPACE) return providerSetting(name as ProviderConfigKey);
    return stackFileSetting(stack, key).value;
  };
}

/**
 * How to give a field that a stack default fills in, for a check failure when no key was set: the keys in
 * order, and why the plugin saw none of the ones outside its own namespace.
 */
export function stackDefaultHint(kind: KindName, field: string, stack: string): string | undefined {
  const table: KindTable = KINDS[kind];
  const sdkDefault = table.fields[field]?.sdkDefault;
  if (!sdkDefault || !(sdkDefault in STACK_DEFAULTS)) return undefined;
  const [own, ...others] = STACK_DEFAULTS[sdkDefault as StackDefault];
  const unseen = others.map((key) => stackFileSetting(stack, key).reason).join("; ");
  return (
    `set \`${field}\` on the ${kind}, or set \`${own}\` in the stack's config ` +
    `(\`pulumi config set ${own} <value>\`; an explicit provider takes its \`${own.split(":")[1]}\` argument). ` +
    `The plugin also falls back to ${others.map((key) => `\`${key}\``).join(", ")} when the stack's settings file sets it ` +
    `in plain text, but ${unseen}.`
  );
}

/**
 * Reads an existing resource by its full name for `pulumi import`: its outputs, and the inputs a program
 * would give to describe it (empty values left out, as a person would write it).
 */
export async function importInputs(
  kind: KindName,
  name: string,
): Promise<{ id: string; props: Props; inputs: Props }> {
  const table: KindTable = KINDS[kind];
  if (!table.readable) {
    throw new Error(
      `a ${kind} cannot be imported: the Vision AI v1 API has no call that reads an existing ${kind.toLowerCase()}. ` +
        `Declare a new ${kind} with another \`${table.idField}\` instead.`,
    );
  }
  const { nameKind } = table;
  try {
    parseName(nameKind, name);
  } catch {
    throw new Error(
      `cannot import "${name}": the ID of a ${kind} to import is its full name, ${NAME_PATTERNS[nameKind]}`,
    );
  }
  const result = await providerFor(kind).read!(name);
  if (!result.id) {
    throw new Error(
      `cannot import ${kind} ${name}: it does not exist. Check the project, location and IDs in the name.`,
    );
  }
  const props = result.props as Props;
  const inputs = Object.fromEntries(
    Object.entries(props).filter(
      ([key, value]) => table.fields[key] !== undefined && isInput(table.fields[key]) && !isEmpty(value),
    ),
  );
  return { id: result.id, props, inputs };
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "" || value === false) return true;
  return typeof value === "object" && Object.keys(value).length === 0;
}
