import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import * as readline from "node:readline";
import { REPO_ROOT } from "./repo-paths";

/** The compiled `visionai-emulator` bin (package.json `bin`); run it with `process.execPath`. */
export const EMULATOR_CLI = path.join(REPO_ROOT, "dist", "emulator", "cli.js");

const READY_PREFIX = "VISIONAI_EMULATOR_HOST=";

/** Long enough for a cold start on a slow machine; only reached when the emulator hangs. */
const DEFAULT_READY_TIMEOUT_MILLIS = 30_000;

/** How a process ended: its exit code, or the signal that killed it. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** An emulator running as its own process, as users run it (`visionai-emulator`). */
export interface EmulatorProcess {
  /** host:port, the value for VISIONAI_EMULATOR_HOST. */
  readonly address: string;
  /** Everything the process has written to stdout so far. */
  stdout(): string;
  /** Everything the process has written to stderr so far. */
  stderr(): string;
  /** Resolves once the process has exited and its output is read. */
  readonly exited: Promise<ProcessExit>;
  /** Sends `signal` unless the process has already exited, then resolves with how it ended. */
  kill(signal: NodeJS.Signals): Promise<ProcessExit>;
  /** Stops it with SIGTERM and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Emulators started by this process and not yet exited. They are killed when this process exits (also
 * through process.exit() from a signal handler), so an interrupted benchmark or test run leaves none
 * behind holding ports and memory.
 */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * Starts dist/emulator/cli.js with `args` (e.g. `["--data-dir", dir]` or `["--in-memory"]`) and resolves
 * once it prints its ready line. Rejects, with the process's stderr, if it exits first or is not ready
 * within `readyTimeoutMillis` (then it is killed, so no process outlives a failed start).
 */
export function startEmulatorProcess(
  args: string[],
  readyTimeoutMillis = DEFAULT_READY_TIMEOUT_MILLIS,
): Promise<EmulatorProcess> {
  return startServerProcess(EMULATOR_CLI, "visionai-emulator", args, readyTimeoutMillis);
}

/**
 * Starts the Node.js script `script` with `args`, as {@link startEmulatorProcess} does the emulator: any
 * server that prints the emulator's ready line (e.g. the benchmark's bare gRPC server). `label` names it
 * in errors.
 */
export function startServerProcess(
  script: string,
  label: string,
  args: string[],
  readyTimeoutMillis = DEFAULT_READY_TIMEOUT_MILLIS,
): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8");
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => (stderr += chunk));
  // "close", not "exit": by then stderr is fully read, so a failure report shows all of it.
  const exited = new Promise<ProcessExit>((resolve) =>
    child.once("close", (code, signal) => resolve({ code, signal })),
  );
  const kill = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  const ready = (address: string): EmulatorProcess => ({
    address,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    kill,
    stop: async () => {
      await kill("SIGTERM");
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `${label} (${args.join(" ")}) printed no ready line within ` +
            `${readyTimeoutMillis} ms; stderr:\n${stderr}`,
        ),
      );
    }, readyTimeoutMillis);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      stdout += `${line}\n`;
      if (line.startsWith(READY_PREFIX)) {
        clearTimeout(timer);
        resolve(ready(line.slice(READY_PREFIX.length).trim()));
      }
    });
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(
        new Error(
          `${label} (${args.join(" ")}) exited (${describeExit(exit)}) ` +
            `before it was ready; stderr:\n${stderr}`,
        ),
      );
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function describeExit(exit: ProcessExit): string {
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}
