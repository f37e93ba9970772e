import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface StackLocation {
  stack: string;
  /** The program's directory (its Pulumi.yaml). */
  cwd: string;
  /** The environment `pulumi` runs in: PATH to the CLI, the backend, the passphrase. */
  env: NodeJS.ProcessEnv;
}

/**
 * The DOT text of `pulumi stack graph` for the stack's last deployment, without the parent edges (every
 * resource's parent is the stack, which says nothing about order). Throws an Error carrying Pulumi's own
 * `error:` line, e.g. when there is no such stack.
 */
export async function pulumiStackGraph(location: StackLocation): Promise<string> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-graph-"));
  const file = path.join(scratch, "graph.dot");
  try {
    await run(
      "pulumi",
      ["stack", "graph", file, "--stack", location.stack, "--ignore-parent-edges", "--non-interactive"],
      { cwd: location.cwd, env: location.env },
    ).catch((error: { stderr?: string; message: string }) => {
      const reason = (error.stderr ?? error.message).split("\n").find((line) => line.startsWith("error:"));
      throw new Error(
        `\`pulumi stack graph\` failed for stack \`${location.stack}\` in ${location.cwd}: ` +
          `${reason ?? error.message.trim()}`,
      );
    });
    return fs.readFileSync(file, "utf8");
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
