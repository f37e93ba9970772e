import type { Stack } from "@pulumi/pulumi/automation";
import type { StackOutput, StepOutcome } from "../front-end";

/**
 * One scenario step on a stack driven by the Node.js Automation API (the front ends whose program runs
 * through a language host: TypeScript and YAML), reported as the suite compares it.
 */
export async function runAutomationStep(
  stack: Stack,
  command: "up" | "preview" | "destroy",
): Promise<StepOutcome> {
  switch (command) {
    case "up": {
      const result = await stack.up();
      const outputs: Record<string, StackOutput> = {};
      for (const [key, output] of Object.entries(result.outputs)) {
        outputs[key] = { value: output.value, secret: output.secret };
      }
      return { changes: { ...result.summary.resourceChanges }, outputs };
    }
    case "preview":
      return { changes: { ...(await stack.preview()).changeSummary } };
    case "destroy":
      return { changes: { ...(await stack.destroy()).summary.resourceChanges } };
  }
}
