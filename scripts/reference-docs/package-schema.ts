/**
 * The parts of a Pulumi package schema the reference pages read. The schema itself comes from
 * provider/plugin/schema.ts; these types only say which of its fields the renderer relies on.
 */
export interface PropertySpec {
  type?: string;
  $ref?: string;
  items?: PropertySpec;
  additionalProperties?: PropertySpec;
  description?: string;
  secret?: boolean;
  replaceOnChanges?: boolean;
  default?: unknown;
}

export interface ObjectSpec {
  description?: string;
  properties?: Record<string, PropertySpec>;
  required?: string[];
}

export interface ResourceSpec extends ObjectSpec {
  inputProperties?: Record<string, PropertySpec>;
  requiredInputs?: string[];
}

export interface FunctionSpec {
  description?: string;
  inputs?: ObjectSpec;
  outputs?: ObjectSpec;
}

export interface PackageSpec {
  name: string;
  version: string;
  description?: string;
  config?: { variables?: Record<string, PropertySpec> };
  resources: Record<string, ResourceSpec>;
  functions: Record<string, FunctionSpec>;
  types?: Record<string, ObjectSpec>;
  language?: { go?: { importBasePath?: string }; python?: { packageName?: string } };
}

/** `visionai:index:Stream` -> `Stream`. */
export function memberName(token: string): string {
  return token.slice(token.lastIndexOf(":") + 1);
}

/** A property's type as a reader writes it: `string`, `map(string)`, `list(boolean)`, a type's name. */
export function typeName(spec: PropertySpec): string {
  if (spec.$ref) return memberName(spec.$ref.replace(/^#\/types\//, ""));
  if (spec.type === "array" && spec.items) return `list(${typeName(spec.items)})`;
  if (spec.type === "object" && spec.additionalProperties)
    return `map(${typeName(spec.additionalProperties)})`;
  return spec.type ?? "any";
}
