import { invalidField } from "../errors/catalogue";

/** A problem in a `filter` or `order_by` string, located by its 1-based column. */
export function syntaxError(field: "filter" | "order_by", column: number, problem: string, fix: string) {
  return invalidField(field, `Field \`${field}\` is invalid at column ${column}: ${problem}.`, fix);
}

export const FILTER_HELP =
  'Write comparisons such as labels.env = "prod", joined with AND, OR, NOT and parentheses (AIP-160).';
