import { invalidField } from "../errors/catalogue";
import { LIMITS } from "../options";

/** AIP-158: 0 means the default; negative is an error; above the maximum is capped. */
export function effectivePageSize(requested: number): number {
  if (requested < 0) {
    throw invalidField(
      "page_size",
      `Field \`page_size\` is ${requested}, but it must not be negative.`,
      `Use 0 for the default (${LIMITS.defaultPageSize}) or a positive number up to ${LIMITS.maxPageSize}.`,
    );
  }
  if (requested === 0) return LIMITS.defaultPageSize;
  return Math.min(requested, LIMITS.maxPageSize);
}
