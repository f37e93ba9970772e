import * as pulumi from "@pulumi/pulumi";
import { fieldsWhere, isInput, type KindTable, type SdkDefault } from "../kinds";
import { CREATED_FOR_INPUT, creationIdentity } from "../kinds";
import { defaultLocation, defaultProject } from "./defaults";

const SDK_DEFAULTS: Record<SdkDefault, (resourceName: string) => string | undefined> = {
  resourceName: (resourceName) => resourceName,
  stackProject: () => defaultProject(),
  stackLocation: () => defaultLocation(),
};

/**
 * The properties a resource registers: its arguments, with the SDK's defaults filled in for those left out,
 * every output-only property as undefined so the engine fills it in, and the creation marker's identity
 * (kinds/creation-marker.ts).
 */
export function resourceProps(
  table: KindTable,
  resourceName: string,
  args: Record<string, unknown>,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const field of fieldsWhere(table, isInput)) {
    const sdkDefault = table.fields[field].sdkDefault;
    props[field] = args[field] ?? (sdkDefault ? SDK_DEFAULTS[sdkDefault](resourceName) : undefined);
  }
  for (const field of fieldsWhere(table, (spec) => spec.lifecycle === "outputOnly")) {
    props[field] = undefined;
  }
  props[CREATED_FOR_INPUT] = creationIdentity(
    pulumi.getProject(),
    pulumi.getStack(),
    table.kind,
    resourceName,
  );
  return props;
}
