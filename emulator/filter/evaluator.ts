import type { WireResource } from "../resources/wire-resource";
import type { FilterField, FilterSchema } from "./fields";
import { syntaxError } from "./filter-error";
import type { Comparator, FilterNode } from "./parser";
import { comparePairs, parseRfc3339, timestampPair } from "./timestamps";

export type Predicate = (resource: WireResource) => boolean;

type CompareNode = Extract<FilterNode, { kind: "compare" }>;

/**
 * Turns a parsed filter into a predicate, checking every field, operator and value against the kind's
 * schema first, so a bad filter fails even when there is nothing to list.
 */
export function compileFilter(tree: FilterNode | undefined, schema: FilterSchema): Predicate {
  if (!tree) return () => true;
  switch (tree.kind) {
    case "and": {
      const children = tree.children.map((child) => compileFilter(child, schema));
      return (resource) => children.every((child) => child(resource));
    }
    case "or": {
      const children = tree.children.map((child) => compileFilter(child, schema));
      return (resource) => children.some((child) => child(resource));
    }
    case "not": {
      const child = compileFilter(tree.child, schema);
      return (resource) => !child(resource);
    }
    case "compare":
      return compileComparison(tree, schema);
  }
}

function fieldList(schema: FilterSchema): string {
  return Object.entries(schema.fields)
    .map(([name, field]) => (field.type === "map" ? `${name}.<key>` : name))
    .join(", ");
}

function compileComparison(node: CompareNode, schema: FilterSchema): Predicate {
  const [fieldName, ...rest] = node.path.split(".");
  const field = schema.fields[fieldName!];
  if (!field || (rest.length > 0 && field.type !== "map")) {
    const problem = schema.uncomparable.includes(fieldName!)
      ? `the emulator cannot compare ${schema.subject} field '${node.path}'`
      : `${schema.subject} has no field '${node.path}'`;
    throw syntaxError("filter", node.column, problem, `Filterable fields here are: ${fieldList(schema)}.`);
  }
  if (field.type === "map") return compileMapComparison(node, field, rest.join("."));
  const comparator = node.comparator;
  switch (field.type) {
    case "string":
      return compileStringComparison(node, (resource) => field.read(resource));
    case "timestamp": {
      const literal = parseRfc3339(node.value);
      if (!literal) {
        throw syntaxError(
          "filter",
          node.valueColumn,
          `'${node.value}' is not an RFC 3339 timestamp`,
          `Compare ${node.path} with a quoted timestamp such as "2026-01-31T12:00:00Z".`,
        );
      }
      return (resource) => holds(comparator, comparePairs(timestampPair(field.read(resource)), literal));
    }
    case "enum":
    case "bool": {
      const allowed = field.type === "enum" ? field.values : ["true", "false"];
      if (!["=", "!=", ":"].includes(comparator)) {
        throw syntaxError(
          "filter",
          node.column,
          `'${comparator}' cannot compare ${node.path}`,
          `Use = or != with ${node.path}.`,
        );
      }
      if (!allowed.includes(node.value)) {
        throw syntaxError(
          "filter",
          node.valueColumn,
          `'${node.value}' is not a value of ${node.path}`,
          `Use one of: ${allowed.join(", ")}.`,
        );
      }
      const read = (resource: WireResource) => String(field.read(resource));
      return comparator === "!="
        ? (resource) => read(resource) !== node.value
        : (resource) => read(resource) === node.value;
    }
  }
}

/** `labels.env = "prod"`, `labels.env:*` (has the key), `labels:env` (has the key). */
function compileMapComparison(
  node: CompareNode,
  field: Extract<FilterField, { type: "map" }>,
  key: string,
): Predicate {
  if (!key) {
    if (node.comparator !== ":") {
      throw syntaxError(
        "filter",
        node.column,
        `'${node.path}' is a map`,
        `Compare one entry, e.g. ${node.path}.env = "prod", or test a key with ${node.path}:env.`,
      );
    }
    return (resource) => Object.prototype.hasOwnProperty.call(field.read(resource), node.value);
  }
  const valueOf = (resource: WireResource) => {
    const map = field.read(resource);
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
  };
  const compare = compileStringComparison(node, (resource) => valueOf(resource) ?? "");
  if (node.comparator === "!=") return (resource) => valueOf(resource) === undefined || compare(resource);
  return (resource) => valueOf(resource) !== undefined && compare(resource);
}

/** `=`, `!=` and `:` allow `*` wildcards; `field:*` means the field is set (non-empty). */
function compileStringComparison(node: CompareNode, read: (resource: WireResource) => string): Predicate {
  const { comparator, value } = node;
  if (comparator === ":" && value === "*") return (resource) => read(resource) !== "";
  if (comparator === "=" || comparator === "!=" || comparator === ":") {
    const matches = value.includes("*") ? globMatcher(value) : (text: string) => text === value;
    return comparator === "!="
      ? (resource) => !matches(read(resource))
      : (resource) => matches(read(resource));
  }
  return (resource) => {
    const text = read(resource);
    return holds(comparator, text < value ? -1 : text > value ? 1 : 0);
  };
}

function globMatcher(pattern: string): (text: string) => boolean {
  const regex = new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`, "s");
  return (text) => regex.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function holds(comparator: Comparator, order: number): boolean {
  switch (comparator) {
    case "=":
    case ":":
      return order === 0;
    case "!=":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}
