import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import * as readline from "node:readline";
import { REPO_ROOT } from "./repo-paths";

const READY_PREFIX = "VISIONAI_EMULATOR_HOST=";

/** An emulator running as its own process, as users run it (`visionai-emulator`). */
export interface EmulatorProcess {
  /** host:port, the value for VISIONAI_EMULATOR_HOST. */
  readonly address: string;
  stop(): Promise<void>;
}

/**
 * Starts dist/emulator/cli.js and resolves once it prints its ready line. `args` are its flags, e.g.
 * `["--data-dir", dir]` or `["--in-memory"]`.
 */
export function startEmulatorProcess(args: string[]): Promise<EmulatorProcess> {
  const child = spawn(
    process.execPath,
    [path.join(REPO_ROOT, "dist", "emulator", "cli.js"), "--port", "0", ...args],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (line.startsWith(READY_PREFIX)) {
        resolve({ address: line.slice(READY_PREFIX.length).trim(), stop: () => stopProcess(child) });
      }
    });
    child.once("exit", (code) =>
      reject(new Error(`the emulator exited (code ${code}) before it was ready:\n${stderr}`)),
    );
    child.once("error", reject);
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
