import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Stack } from "@pulumi/pulumi/automation";

/**
 * `pulumi stack export` as a person runs it in the program's folder `cwd`, where secrets stay encrypted
 * (the Automation API's exportStack decrypts them).
 */
export async function stackExportText(stack: Stack, cwd: string): Promise<string> {
  const { workspace } = stack;
  const { stdout } = await promisify(execFile)(
    workspace.pulumiCommand.command,
    ["stack", "export", "--stack", stack.name],
    { cwd, env: { ...process.env, ...workspace.envVars }, maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}
