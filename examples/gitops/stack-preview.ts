/**
 * One stack's `pulumi preview --json` output, read into what a pull-request comment shows: the change
 * counts, each changed resource with its changed inputs, and the errors of a preview that failed.
 */
import { diffInputs, type PropertyChange } from "./property-diff";

/** The operations a comment reports; `same` resources are left out. */
export type ChangeOperation = "create" | "update" | "replace" | "delete";

export interface ResourceChange {
  operation: ChangeOperation;
  /** The resource kind, the last segment of its type token (`Stream`). */
  kind: string;
  /** The resource's name in the program (the URN's last segment). */
  name: string;
  /** Inputs whose change forces the replacement, as the provider reported them. */
  replaceReasons: string[];
  changes: PropertyChange[];
}

export interface StackPreview {
  stack: string;
  counts: Record<ChangeOperation, number>;
  resources: ResourceChange[];
  /** Error diagnostics; a preview with any of them failed. */
  errors: string[];
}

/** The parts of the CLI's JSON preview digest that the comment uses. */
interface PreviewDigest {
  steps?: PreviewStep[];
  changeSummary?: Partial<Record<string, number>>;
  diagnostics?: { message?: string; severity?: string }[];
}

interface PreviewStep {
  op: string;
  urn: string;
  oldState?: { inputs?: Record<string, unknown> };
  newState?: { inputs?: Record<string, unknown> };
  replaceReasons?: string[] | null;
}

const OPERATIONS: readonly ChangeOperation[] = ["create", "update", "replace", "delete"];

/**
 * Reads the JSON that `pulumi preview --json` printed for `stack`. Throws an Error naming the stack when
 * the text is not such a digest (e.g. the CLI failed before it printed one).
 */
export function parseStackPreview(stack: string, json: string): StackPreview {
  let digest: PreviewDigest;
  try {
    digest = JSON.parse(json) as PreviewDigest;
  } catch {
    throw new Error(
      `the preview of stack \`${stack}\` is not JSON: run \`pulumi preview --diff --json\` and save its stdout`,
    );
  }
  if (typeof digest !== "object" || digest === null || !("steps" in digest || "diagnostics" in digest)) {
    throw new Error(
      `the preview of stack \`${stack}\` has no \`steps\` or \`diagnostics\`: it must be the output of \`pulumi preview --json\``,
    );
  }
  const counts = Object.fromEntries(
    OPERATIONS.map((operation) => [operation, digest.changeSummary?.[operation] ?? 0]),
  ) as Record<ChangeOperation, number>;
  const resources = (digest.steps ?? []).flatMap((step) => {
    const operation = step.op as ChangeOperation;
    return OPERATIONS.includes(operation) ? [resourceChange(operation, step)] : [];
  });
  const errors = (digest.diagnostics ?? [])
    .filter((diagnostic) => diagnostic.severity === "error")
    .map((diagnostic) => (diagnostic.message ?? "").trim());
  return { stack, counts, resources, errors };
}

function resourceChange(operation: ChangeOperation, step: PreviewStep): ResourceChange {
  const type = step.urn.split("::").at(-2) ?? "";
  return {
    operation,
    kind: type.split(/[:/]/).at(-1) ?? type,
    name: step.urn.split("::").at(-1) ?? step.urn,
    replaceReasons: step.replaceReasons ?? [],
    changes: diffInputs(step.oldState?.inputs, step.newState?.inputs),
  };
}
