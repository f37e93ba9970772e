import { formatName, parseName, type NameKind } from "./resource-names";
import type { KindTable } from "./kind-table";

/**
 * A kind's full resource name and the fields that form it, both ways, through resource-names.ts.
 * The parent is one field holding its full name (`cluster` for streams and the like), or, for clusters, the
 * `project` and `location` fields named after the pattern's variables.
 */

export function resourceNameOf(table: KindTable, inputs: Record<string, unknown>): string {
  const parentParts = table.parentField
    ? parseName("cluster", String(inputs[table.parentField]))
    : { project: String(inputs.project), location: String(inputs.location) };
  const parts = { ...parentParts, [table.nameKind]: String(inputs[table.idField]) };
  return formatName(table.nameKind, parts as Parameters<typeof formatName<NameKind>>[1]);
}

/** The name-forming fields of a resource named `name`, e.g. `{ cluster, streamId }` of a stream. */
export function nameFieldsOf(table: KindTable, name: string): Record<string, string> {
  const parts = parseName(table.nameKind, name) as Record<string, string>;
  const { [table.nameKind]: id, ...parentParts } = parts;
  const parent: Record<string, string> = table.parentField
    ? {
        [table.parentField]: formatName(
          "cluster",
          parentParts as { project: string; location: string; cluster: string },
        ),
      }
    : parentParts;
  return { ...parent, [table.idField]: id };
}
