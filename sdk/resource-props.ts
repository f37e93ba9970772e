import * as pulumi from "@pulumi/pulumi";
import {
  CREATED_FOR_INPUT,
  creationIdentity,
  fieldsWhere,
  isInput,
  storageOf,
  type KindTable,
  type SdkDefault,
} from "../kinds";
import { defaultLocation, defaultProject } from "./defaults";

const SDK_DEFAULTS: Record<SdkDefault, (resourceName: string) => string | undefined> = {
  resourceName: (resourceName) => resourceName,
  stackProject: () => defaultProject(),
  stackLocation: () => defaultLocation(),
};

/**
 * The properties a resource registers: the arguments it was given, with the SDK's defaults filled in for
 * those left out, every output-only property as undefined so the engine fills it in, and the creation
 * marker's identity (kinds/creation-marker.ts). An argument left out is not registered: @pulumi/pulumi
 * builds an Output (four promises, each with a stack trace) for every registered property, and the
 * arguments left out were most of them; {@link exposeUnsetArguments} gives those properties their value
 * instead. A resource read by ID (`opts.id`) registers every property, since the service's values are all
 * it has.
 */
export function resourceProps(
  table: KindTable,
  resourceName: string,
  args: Record<string, unknown>,
  opts: pulumi.CustomResourceOptions | undefined,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const field of fieldsWhere(table, isInput)) {
    const spec = table.fields[field];
    const value = args[field] ?? (spec.sdkDefault ? SDK_DEFAULTS[spec.sdkDefault](resourceName) : undefined);
    // A name part is always registered: the provider records it from the resource's name even when the
    // argument was left out.
    if (value !== undefined || spec.lifecycle === "name" || opts?.id !== undefined) props[field] = value;
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

/**
 * Gives every service field whose argument `resourceProps` left out an Output, made on first read, holding
 * what the provider records for it (provider/resource-state.ts): the service's proto3 default as the
 * client reads it, in state form. That is what the deployment holds, since an argument left out means the
 * service's default and the provider restores it on any difference (provider/field-diff.ts). So
 * `stream.displayName` exists, with the value and type it had when every property was registered, at no
 * cost for a resource whose unset properties are never read. The Output depends on the resource, like the
 * registered ones. Provider settings (`timeouts`, `adoptExisting`) are not outputs and get nothing.
 */
export function exposeUnsetArguments(
  resource: pulumi.CustomResource,
  table: KindTable,
  props: Record<string, unknown>,
): void {
  for (const field of fieldsWhere(table, (spec) => isInput(spec) && storageOf(spec) !== "none")) {
    if (field in props) continue;
    const { type } = table.fields[field];
    let output: pulumi.Output<unknown> | undefined;
    Object.defineProperty(resource, field, {
      enumerable: true,
      get: () => (output ??= resource.urn.apply(() => type.toState(type.fromWire(undefined)))),
    });
  }
}
