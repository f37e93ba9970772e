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
  return issues.flatMap((issue) => {
    // An unknown key is reported at the object holding it; the engine shows a failure under its
    // property, so each unknown key gets its own failure naming it.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const property = [...issue.path, key].map(String).join(".");
        return {
          property,
          reason: `${kind} argument \`${property}\` is not a known field: remove it or check the spelling`,
        };
      });
    }
    const property = issue.path.map(String).join(".") || "(inputs)";
    return { property, reason: `${kind} argument \`${property}\` ${describe(issue)}` };
  });
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return "is required";
  }
  return issue.message;
}
