import { execFile } from "node:child_process";
import type { LocalWorkspace, Stack } from "@pulumi/pulumi/automation";

/**
 * Runs one `pulumi` command for a stack exactly as a user types it, with the stack's workspace settings.
 * For what the Automation API words differently: its `exportStack` adds `--show-secrets`, for one.
 */
export function pulumiCli(stack: Stack, args: string[]): Promise<string> {
  const workspace = stack.workspace as LocalWorkspace;
  return new Promise((resolve, reject) =>
    execFile(
      workspace.pulumiCommand.command,
      [...args, "--stack", stack.name, "--non-interactive"],
      { cwd: workspace.workDir, env: { ...process.env, ...workspace.envVars }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`pulumi ${args.join(" ")} failed: ${stderr}`, { cause: error }))
          : resolve(stdout),
    ),
  );
}
