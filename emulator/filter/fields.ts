import * as protobuf from "protobufjs";
import { loadProtos } from "../transport/protos";
import type { Timestamp, WireResource } from "../resources/wire-resource";

/**
 * The fields a List filter or order_by may name. `map` fields are addressed as `labels.<key>`; everything
 * else is a scalar.
 */
export type FilterField =
  | { type: "string"; read: (resource: WireResource) => string }
  | { type: "timestamp"; read: (resource: WireResource) => Timestamp }
  | { type: "enum"; values: readonly string[]; read: (resource: WireResource) => string }
  | { type: "bool"; read: (resource: WireResource) => boolean }
  | { type: "map"; read: (resource: WireResource) => Record<string, string> };

export interface FilterSchema {
  /** What is listed, for messages: `Event`, `Operation`. */
  readonly subject: string;
  readonly fields: Readonly<Record<string, FilterField>>;
  /**
   * Fields of the message the emulator cannot compare (a Duration, a nested message): a filter on one is
   * rejected as such rather than as a field the message lacks.
   */
  readonly uncomparable: readonly string[];
}

/** The filter field for one proto field, or undefined for a type the emulator does not compare. */
function filterFieldOf(field: protobuf.Field): FilterField | undefined {
  const name = field.name;
  field.resolve();
  if (field.map) return { type: "map", read: (r) => (r[name] as Record<string, string>) ?? {} };
  if (field.repeated) return undefined;
  if (field.resolvedType instanceof protobuf.Enum) {
    return { type: "enum", values: Object.keys(field.resolvedType.values), read: (r) => String(r[name]) };
  }
  if (field.resolvedType?.fullName === ".google.protobuf.Timestamp") {
    return { type: "timestamp", read: (r) => r[name] as Timestamp };
  }
  if (field.type === "string") return { type: "string", read: (r) => String(r[name] ?? "") };
  if (field.type === "bool") return { type: "bool", read: (r) => r[name] === true };
  return undefined;
}

/**
 * The filter fields of a v1 resource message (e.g. google.cloud.visionai.v1.Event): exactly its fields, read
 * from the official protos, so a filter on a field the message lacks is rejected as the service rejects it.
 */
export function filterSchemaOf(typeName: string): FilterSchema {
  const type = loadProtos().root.lookupType(typeName);
  const fields: Record<string, FilterField> = {};
  const uncomparable: string[] = [];
  for (const field of type.fieldsArray) {
    const filterField = filterFieldOf(field);
    if (filterField) fields[field.name] = filterField;
    else uncomparable.push(field.name);
  }
  return { subject: type.name, fields, uncomparable };
}
