import type { z } from "zod";
import { fieldsWhere, isInput, lazyRule, type KindTable } from "../kinds";

/**
 * The zod schema a kind's inputs are checked with, derived from its table: every input field's rule (optional
 * unless the table says `required`), unknown fields rejected, and references that must share the resource's
 * cluster checked together with it. Built on the first `check`, like the rules it is made of: a provider
 * that only reads or deletes never loads zod.
 */
export function inputSchema(table: KindTable): () => z.ZodType<Record<string, unknown>> {
  return lazyRule((zod) => {
    const shape: Record<string, z.ZodType> = {};
    for (const field of fieldsWhere(table, isInput)) {
      const { type, required } = table.fields[field];
      shape[field] = required ? type.rule : type.rule.optional();
    }
    const sameCluster = fieldsWhere(table, (spec) => spec.sameCluster === true);
    const schema = zod.object(shape).strict();
    return sameCluster.length === 0 ? schema : schema.superRefine(inSameCluster(table, sameCluster));
  });
}

/**
 * Series and channels join a stream and an event of their own cluster; saying so at check time beats a
 * FAILED_PRECONDITION from the service halfway through an update.
 */
function inSameCluster(table: KindTable, fields: readonly string[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const cluster = table.parentField ? value[table.parentField] : undefined;
    if (typeof cluster !== "string") return;
    for (const field of fields) {
      const reference = value[field];
      if (typeof reference === "string" && !reference.startsWith(`${cluster}/`)) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `must name a resource in the same cluster (${cluster}), got "${reference}"`,
        });
      }
    }
  };
}
