import { spawn } from "node:child_process";
import * as fs from "node:fs";
import type { LocalWorkspace, Stack } from "@pulumi/pulumi/automation";

/**
 * A `pulumi up` run as a CI job runs it: the real CLI as a child process (not through the Automation API,
 * which hides its process), so a test can kill -9 the CLI or one of the processes it starts.
 */
export interface KillableRun {
  /** Resolves when the CLI has exited, with its exit code or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The CLI's stdout and stderr so far. */
  output(): string;
  /** kill -9 of the `pulumi` process itself; its children are left as the kill leaves them. */
  killCli(): void;
  /** kill -9 of the dynamic-provider process the engine started (found among the CLI's descendants). */
  killProvider(): void;
  /** Ends every process of the run still alive (by the ids recorded while it ran), as a CI runner does. */
  killAll(): Promise<void>;
}

export function startUp(stack: Stack): KillableRun {
  const workspace = stack.workspace as LocalWorkspace;
  const cli = spawn(
    workspace.pulumiCommand.command,
    ["up", "--yes", "--non-interactive", "--skip-preview", "--stack", stack.name],
    {
      cwd: workspace.workDir,
      env: { ...process.env, ...workspace.envVars },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  cli.stdout.on("data", (chunk) => (output += chunk));
  cli.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    cli.once("close", (code, signal) => resolve({ code, signal })),
  );
  // A killed CLI's children are re-parented and can no longer be found from it: remember them as they appear.
  // Each with its command line, so an id the system has since given to another process is left alone.
  const seen = new Map<number, string>();
  const remember = () => {
    for (const pid of descendantsOf(cli.pid!)) seen.set(pid, commandLineOf(pid));
  };
  const watcher = setInterval(remember, 100);
  void exited.then(() => clearInterval(watcher));
  return {
    exited,
    output: () => output,
    killCli() {
      remember();
      process.kill(cli.pid!, "SIGKILL");
    },
    killProvider() {
      const provider = descendantsOf(cli.pid!).find((pid) => commandLineOf(pid).includes("dynamic-provider"));
      if (provider === undefined) throw new Error("no dynamic-provider process is running under the CLI");
      process.kill(provider, "SIGKILL");
    },
    async killAll() {
      remember();
      clearInterval(watcher);
      for (const [pid, commandLine] of [[cli.pid!, commandLineOf(cli.pid!)] as const, ...seen]) {
        if (commandLine === "" || commandLineOf(pid) !== commandLine) continue;
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
      await exited;
    },
  };
}

/** The ids of every living process below `root`, read from /proc. */
function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // The command name (2nd field) may hold spaces and parentheses: the parent id follows the last ")".
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}
