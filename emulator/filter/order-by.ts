import type { SortKey } from "../listing/page-token";
import type { WireResource } from "../resources/wire-resource";
import type { FilterField, FilterSchema } from "./fields";
import { syntaxError } from "./filter-error";
import { sortableTimestamp } from "./timestamps";

export interface Ordering {
  /** True when order_by is empty: resources come in name order, and their sort key is `[name]`. */
  byNameOnly: boolean;
  /** Sort key of a resource: one value per order_by field, then its name (so the order is total). */
  keyOf: (resource: WireResource) => SortKey;
  compare: (a: SortKey, b: SortKey) => number;
}

interface OrderTerm {
  read: (resource: WireResource) => string | number;
  descending: boolean;
}

/**
 * Parses an AIP-132 order_by: comma-separated fields, each optionally followed by `asc` or `desc`.
 * Empty means by name. Map fields (labels) cannot be ordered by.
 */
export function parseOrderBy(input: string, schema: FilterSchema): Ordering {
  const terms: OrderTerm[] = [];
  let offset = 0;
  for (const part of input.split(",")) {
    const column = offset + (part.length - part.trimStart().length) + 1;
    offset += part.length + 1;
    if (!part.trim()) {
      if (input.trim())
        throw syntaxError(
          "order_by",
          column,
          "empty field",
          'List fields separated by commas, e.g. "create_time desc, name".',
        );
      continue;
    }
    const words = part.trim().split(/\s+/);
    const [name, direction, extra] = words;
    const field = schema.fields[name!];
    if (!field || field.type === "map") {
      const orderable = Object.entries(schema.fields)
        .filter(([, f]) => f.type !== "map")
        .map(([n]) => n);
      const known = field !== undefined || schema.uncomparable.includes(name!);
      const problem = known ? `cannot order by '${name}'` : `${schema.subject} has no field '${name}'`;
      throw syntaxError("order_by", column, problem, `Order by one of: ${orderable.join(", ")}.`);
    }
    if (
      extra !== undefined ||
      (direction !== undefined && !["asc", "desc"].includes(direction.toLowerCase()))
    ) {
      throw syntaxError(
        "order_by",
        column + part.trim().indexOf(words[1]!),
        `unexpected '${words.slice(1).join(" ")}' after '${name}'`,
        'Follow a field with nothing, "asc" or "desc".',
      );
    }
    terms.push({ read: readerFor(field), descending: direction?.toLowerCase() === "desc" });
  }
  const directions = [...terms.map((term) => term.descending), false];
  return {
    byNameOnly: terms.length === 0,
    keyOf: (resource) => [...terms.map((term) => term.read(resource)), resource.name],
    compare: (a, b) => {
      for (let i = 0; i < directions.length; i++) {
        const left = a[i]!;
        const right = b[i]!;
        const order = left < right ? -1 : left > right ? 1 : 0;
        if (order !== 0) return directions[i] ? -order : order;
      }
      return 0;
    },
  };
}

function readerFor(field: FilterField): OrderTerm["read"] {
  switch (field.type) {
    case "timestamp":
      return (resource) => sortableTimestamp(field.read(resource));
    case "enum":
      return (resource) => field.values.indexOf(field.read(resource));
    case "bool":
      return (resource) => (field.read(resource) ? 1 : 0);
    case "string":
      return (resource) => field.read(resource);
    case "map":
      throw new Error("map fields are not orderable");
  }
}
