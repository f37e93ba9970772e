import type { Stack } from "@pulumi/pulumi/automation";
import type { LocalStack } from "../../../support/local-stack";
import { stackExportText } from "../../../support/stack-export";
import type { FrontEndStack, StackOutput, StepOutcome } from "../front-end";
import type { ProgramSettings } from "../scenario";

/**
 * A FrontEndStack for the front ends whose program runs through a language host (TypeScript, YAML),
 * driven by the Node.js Automation API. `camera2DisplayName` is stack config; `applyOther` passes the
 * rest of a step's settings the way the front end's programs take them.
 */
export function automationFrontEndStack(
  local: LocalStack,
  programDir: string,
  applyOther: (settings: ProgramSettings) => void = () => {},
): FrontEndStack {
  return {
    emulatorAddress: local.emulator.address,
    async run(command, settings) {
      if (settings.camera2DisplayName !== undefined) {
        await local.stack.setConfig("camera2DisplayName", { value: settings.camera2DisplayName });
      }
      applyOther(settings);
      return runAutomationStep(local.stack, command);
    },
    exportState: () => stackExportText(local.stack, programDir),
    dispose: () => local.dispose(),
  };
}

async function runAutomationStep(stack: Stack, command: "up" | "preview" | "destroy"): Promise<StepOutcome> {
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
