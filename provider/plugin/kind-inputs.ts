import { NAME_PATTERNS, parseName } from "../../client";
import { KINDS, isInput, isProto3Default, type KindName, type KindTable, type SdkDefault } from "../../kinds";
import { providerFor } from "../registry";
import { providerSetting } from "./provider-config";

type Props = Record<string, unknown>;

/**
 * Inputs with the defaults the TypeScript classes apply in the program: the resource ID is the Pulumi
 * resource name, and a cluster's project and location come from the provider's configuration.
 */
export function withDefaults(kind: KindName, resourceName: string, inputs: Props): Props {
  const defaultOf: Record<SdkDefault, string | undefined> = {
    resourceName,
    stackProject: providerSetting("project"),
    stackLocation: providerSetting("location"),
  };
  const table: KindTable = KINDS[kind];
  const given = Object.entries(inputs).filter(([, value]) => value !== undefined);
  const defaults = Object.entries(table.fields)
    .filter(([field, spec]) => spec.sdkDefault && inputs[field] === undefined)
    .map(([field, spec]) => [field, defaultOf[spec.sdkDefault as SdkDefault]])
    .filter(([, value]) => value !== undefined);
  return Object.fromEntries([...defaults, ...given]);
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
  if (!table.capabilities.importable) {
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
      ([key, value]) =>
        table.fields[key] !== undefined && isInput(table.fields[key]) && !isProto3Default(value),
    ),
  );
  return { id: result.id, props, inputs };
}
