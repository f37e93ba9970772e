import { fieldsWhere, nameFieldsOf, storageOf, type KindTable } from "../kinds";
import { recordCreationIdentity } from "./adoption";

/** A resource as the client returns it, seen generically: the provider reads it through the kind table. */
export type ClientResource = { name: string } & Record<string, unknown>;

/**
 * How the provider moves between Pulumi state and the client, by the kind table: what it sends for a set of
 * inputs, and what it records for a resource the service returned.
 */

/** The client input for a kind's inputs: every field a program sets that is not part of the name. */
export function bodyOf(table: KindTable, inputs: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fieldsWhere(
    table,
    (spec) => spec.lifecycle === "update" || spec.lifecycle === "replace",
  )) {
    if (inputs[field] !== undefined) body[field] = inputs[field];
  }
  return body;
}

/**
 * What state records: the inputs as the service now holds them, plus output-only fields and the creation
 * identity the service holds. Name parts come from
 * the resource's name; fields the service never holds (provider settings, the seed's channel `inputConfig`)
 * carry over from the inputs, so a bare read (an import) has none.
 */
export function outputsOf(
  table: KindTable,
  inputs: Record<string, unknown> | undefined,
  resource: ClientResource,
): Record<string, unknown> {
  const outputs: Record<string, unknown> = nameFieldsOf(table, resource.name);
  for (const [field, spec] of Object.entries(table.fields)) {
    if (spec.lifecycle === "name") continue;
    if (storageOf(spec) === "none") {
      if (inputs?.[field] !== undefined) outputs[field] = inputs[field];
      continue;
    }
    const value = spec.type.toState(resource[field]);
    if (value !== undefined) outputs[field] = value;
  }
  recordCreationIdentity(outputs, resource);
  return outputs;
}
