import type { ClientInputOf, ClientResourceOf, KindTable } from "../../kinds";
import {
  annotationKeyFor,
  CREATED_FOR_ANNOTATION,
  CREATED_FOR_FIELD,
  fieldsWhere,
  RESERVED_ANNOTATION_PREFIX,
  storageOf,
  wireNameOf,
} from "../../kinds";

/**
 * How one resource kind moves between the client's objects and the v1 wire messages, derived from its kind
 * table. Stub messages use proto-loader's camelCase field names, which are the table's field names. Every
 * kind has `annotations`: it also carries the fields v1 lacks, under reserved keys.
 */
export interface KindMapping<T extends KindTable = KindTable> {
  readonly table: T;
  /** Fields an update mask may name, in wire (snake_case) spelling, annotation-held fields included. */
  readonly updatableFields: readonly string[];
  /** Fields kept in `annotations` under reserved keys, because the v1 message lacks them. */
  readonly annotationFields: readonly string[];
  /** The wire message for an input; throws a plain Error naming the bad field. */
  toWire(input: ClientInputOf<T>): Record<string, unknown>;
  fromWire(wire: Record<string, unknown>): ClientResourceOf<T>;
}

export function kindMapping<T extends KindTable>(table: T): KindMapping<T> {
  const messageFields = fieldsWhere(table, (spec) => storageOf(spec) === "wire");
  const sentFields = fieldsWhere(
    table,
    (spec, field) =>
      storageOf(spec) === "wire" &&
      (spec.lifecycle === "update" || spec.lifecycle === "replace") &&
      field !== "annotations",
  );
  const annotationFields = fieldsWhere(table, (spec) => storageOf(spec) === "annotation");
  return {
    table,
    updatableFields: fieldsWhere(table, (spec) => spec.lifecycle === "update").map(wireNameOf),
    annotationFields,

    toWire(input) {
      const values = input as Record<string, unknown>;
      const wire: Record<string, unknown> = {};
      if (values.name) wire.name = values.name;
      for (const field of sentFields) {
        try {
          wire[field] = table.fields[field].type.toWire(values[field]);
        } catch (error) {
          throw new Error(`\`${field}\`: ${(error as Error).message}`, { cause: error });
        }
      }
      // The provider's creation marker travels like the annotation-held fields.
      wire.annotations = packAnnotations(values, [...annotationFields, CREATED_FOR_FIELD]);
      return wire;
    },

    fromWire(wire) {
      const resource: Record<string, unknown> = {};
      for (const field of messageFields) {
        const value = table.fields[field].type.fromWire(wire[field]);
        if (value !== undefined) resource[field] = value;
      }
      const annotations = { ...((wire.annotations as Record<string, string> | undefined) ?? {}) };
      for (const field of annotationFields) {
        resource[field] = annotations[annotationKeyFor(field)] ?? "";
        delete annotations[annotationKeyFor(field)];
      }
      // The provider's creation marker is kept apart, like the annotation-held fields.
      if (annotations[CREATED_FOR_ANNOTATION] !== undefined) {
        resource[CREATED_FOR_FIELD] = annotations[CREATED_FOR_ANNOTATION];
        delete annotations[CREATED_FOR_ANNOTATION];
      }
      resource.annotations = annotations;
      return resource as ClientResourceOf<T>;
    },
  };
}

/**
 * The user's annotations plus the annotation-held fields under their reserved keys (an empty value stores
 * nothing). Throws when the user's own annotations use a reserved key.
 */
function packAnnotations(values: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  const packed: Record<string, string> = {};
  for (const [key, value] of Object.entries((values.annotations as Record<string, string>) ?? {})) {
    if (key.startsWith(RESERVED_ANNOTATION_PREFIX)) {
      throw new Error(
        `\`annotations\` key "${key}" is reserved (keys under "${RESERVED_ANNOTATION_PREFIX}" hold fields v1 lacks)`,
      );
    }
    packed[key] = value;
  }
  for (const field of fields) {
    const value = values[field];
    if (typeof value === "string" && value !== "") packed[annotationKeyFor(field)] = value;
  }
  return packed;
}
