/**
 * Environments at scale: one template program, one stack per environment, brought up or destroyed in
 * parallel with at most `concurrency` Pulumi runs at once.
 *
 * Both directions are idempotent: `up` creates or selects each stack, sets its config and converges it
 * (a second run changes nothing), and `destroy` skips an environment whose stack does not exist.
 */
import {
  LocalWorkspace,
  StackNotFoundError,
  type ConfigMap,
  type EngineEvent,
  type LocalWorkspaceOptions,
  type OpMap,
  type Stack,
} from "@pulumi/pulumi/automation";
import { settleWithLimit } from "./bounded-pool";
import type { EnvironmentSpec } from "./environments";

export type FleetAction = "up" | "destroy";

export interface FleetOptions {
  /** The program every environment runs: a directory with its Pulumi.yaml. */
  templateDir: string;
  environments: readonly EnvironmentSpec[];
  /** At most this many environments run at once. */
  concurrency: number;
  /** How to run Pulumi (the CLI, env vars such as the backend and the emulator host). */
  workspace?: LocalWorkspaceOptions;
  /** Told when an environment starts, when each of its resources is done, and when it ends. */
  onProgress?: (event: FleetProgressEvent) => void;
}

export type FleetProgressEvent =
  | { kind: "started"; stack: string }
  | { kind: "resource"; stack: string; operation: string; resource: string }
  | { kind: "finished"; result: EnvironmentResult };

export interface EnvironmentResult {
  stack: string;
  /** `absent`: destroy found no such stack, so there was nothing to do. */
  status: "succeeded" | "failed" | "absent";
  /** Resource operations by kind (`create`, `same`, `delete`, …), as the engine counted them. */
  changes: OpMap;
  seconds: number;
  /** The first line of the error, for a failed environment. */
  error?: string;
}

/** Runs `action` for every environment; resolves with one result each, in the given order. */
export async function runFleet(action: FleetAction, options: FleetOptions): Promise<EnvironmentResult[]> {
  const settled = await settleWithLimit(options.environments, options.concurrency, (spec) =>
    runEnvironment(action, spec, options),
  );
  return settled.map((outcome) => {
    if (outcome.status === "fulfilled") return outcome.value;
    throw outcome.reason; // runEnvironment reports its failures as results; this is a bug
  });
}

async function runEnvironment(
  action: FleetAction,
  spec: EnvironmentSpec,
  options: FleetOptions,
): Promise<EnvironmentResult> {
  const started = performance.now();
  const report = options.onProgress ?? (() => undefined);
  report({ kind: "started", stack: spec.stack });
  const onEvent = (event: EngineEvent) => {
    const step = event.resOutputsEvent?.metadata;
    // The stack itself and the engine's default provider are not the environment's resources.
    if (step && step.type !== "pulumi:pulumi:Stack" && !step.type.startsWith("pulumi:providers:")) {
      report({
        kind: "resource",
        stack: spec.stack,
        operation: step.op,
        resource: step.urn.split("::").at(-1)!,
      });
    }
  };
  const finish = (result: Omit<EnvironmentResult, "stack" | "seconds">) => {
    const full = { stack: spec.stack, seconds: (performance.now() - started) / 1000, ...result };
    report({ kind: "finished", result: full });
    return full;
  };
  try {
    if (action === "up") {
      const stack = await LocalWorkspace.createOrSelectStack(
        { stackName: spec.stack, workDir: options.templateDir },
        options.workspace,
      );
      await stack.setAllConfig(configMap(spec.config));
      const result = await stack.up({ onEvent });
      return finish({ status: "succeeded", changes: result.summary.resourceChanges ?? {} });
    }
    const stack = await selectExisting(spec.stack, options);
    if (!stack) return finish({ status: "absent", changes: {} });
    const result = await stack.destroy({ onEvent });
    // `stack rm` also deletes the stack's config file, so a destroyed environment leaves nothing behind.
    await stack.workspace.removeStack(spec.stack);
    return finish({ status: "succeeded", changes: result.summary.resourceChanges ?? {} });
  } catch (error) {
    return finish({ status: "failed", changes: {}, error: firstLine(error) });
  }
}

async function selectExisting(stackName: string, options: FleetOptions): Promise<Stack | undefined> {
  try {
    return await LocalWorkspace.selectStack({ stackName, workDir: options.templateDir }, options.workspace);
  } catch (error) {
    if (error instanceof StackNotFoundError) return undefined;
    throw error;
  }
}

function configMap(config: Record<string, string>): ConfigMap {
  return Object.fromEntries(Object.entries(config).map(([key, value]) => [key, { value }]));
}

/** The engine's own `error:` line when there is one: the automation error wraps the whole CLI output. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").map((line) => line.trim());
  return lines.find((line) => line.startsWith("error:")) ?? lines.find((line) => line !== "") ?? message;
}
