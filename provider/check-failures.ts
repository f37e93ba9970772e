import type * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";

/**
 * Turns zod issues into Pulumi check failures: one per problem, all at once, each naming the argument in
 * backticks so the user can find it in their program.
 */
export function checkFailures(
  kind: string,
  issues: readonly z.core.$ZodIssue[],
): pulumi.dynamic.CheckFailure[] {
  return issues.map((issue) => {
    const property = issue.path.map(String).join(".") || "(inputs)";
    return { property, reason: `${kind} argument \`${property}\` ${describe(issue)}` };
  });
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return "is required";
  }
  if (issue.code === "unrecognized_keys") {
    return `has unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(", ")}: remove them or check the spelling`;
  }
  return issue.message;
}
