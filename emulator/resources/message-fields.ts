import * as protobuf from "protobufjs";
import { loadProtos } from "../transport/protos";

/** What the emulator needs to know of a resource message's fields, read from the official protos. */
export interface MessageFields {
  /** Fields a client sets: copied on create, replaced by update masks (every field but `name` and output-only ones). */
  inputFields: readonly string[];
  /** Fields marked `(google.api.field_behavior) = OUTPUT_ONLY`: ignored in requests (AIP-203) and in masks. */
  outputOnlyFields: readonly string[];
  /** proto3's value of each input field the request left unset. */
  inputDefaults(): Record<string, unknown>;
}

function isOutputOnly(field: protobuf.Field): boolean {
  const options = (field.parsedOptions ?? []) as Record<string, unknown>[];
  return options.some((option) => option["(google.api.field_behavior)"] === "OUTPUT_ONLY");
}

/** proto3 defaults as proto-loader hands them to handlers (`defaults: true`, enums by name). */
function defaultOf(field: protobuf.Field): unknown {
  if (field.map) return {};
  if (field.repeated) return [];
  field.resolve();
  if (field.resolvedType instanceof protobuf.Enum) return field.resolvedType.valuesById[0];
  if (field.resolvedType instanceof protobuf.Type) return null;
  if (field.type === "bool") return false;
  if (field.type === "string") return "";
  return 0;
}

/**
 * The fields of `typeName` (e.g. google.cloud.visionai.v1.Stream) as the emulator treats them. Reading them
 * from the protos, rather than a list of its own, means a field v1 adds is stored and masked with no change
 * here; the emulator's hand-written rules stay independent of the client, which it checks.
 */
export function messageFields(typeName: string): MessageFields {
  const type = loadProtos().root.lookupType(typeName);
  const fields = type.fieldsArray.filter((field) => field.name !== "name");
  const inputs = fields.filter((field) => !isOutputOnly(field));
  return {
    inputFields: inputs.map((field) => field.name),
    outputOnlyFields: fields.filter(isOutputOnly).map((field) => field.name),
    inputDefaults: () => Object.fromEntries(inputs.map((field) => [field.name, defaultOf(field)])),
  };
}
