import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import * as readline from "node:readline";

/** dist/emulator/cli.js, the file behind the package's `visionai-emulator` bin. */
const CLI = path.join(__dirname, "..", "..", "..", "emulator", "cli.js");
const READY_PREFIX = "VISIONAI_EMULATOR_HOST=";
const READY_TIMEOUT_MILLIS = 30_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The emulator CLI as a child process, past its ready line. */
export interface CliEmulator {
  readonly child: ChildProcess;
  /** The exact ready line it printed. */
  readonly readyLine: string;
  /** host:port from the ready line. */
  readonly address: string;
  readonly exited: Promise<Exit>;
  stderr(): string;
}

function exitOf(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/** Starts `visionai-emulator` with `args` and resolves once it prints its ready line. */
export function spawnEmulator(args: string[]): Promise<CliEmulator> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const exited = exitOf(child);
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the emulator printed no ready line within ${READY_TIMEOUT_MILLIS} ms:\n${stderr}`));
    }, READY_TIMEOUT_MILLIS);
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      resolve({
        child,
        readyLine: line,
        address: line.slice(READY_PREFIX.length),
        exited,
        stderr: () => stderr,
      });
    });
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${exit.code ?? exit.signal}) before it was ready:\n${stderr}`));
    });
  });
}

/** Runs `visionai-emulator` with `args` to completion, for flags that make it exit on its own. */
export async function runEmulatorToExit(args: string[]): Promise<Exit & { stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  // "close" rather than "exit": it comes after both output streams have ended.
  const exit = await new Promise<Exit>((resolve) =>
    child.once("close", (code, signal) => resolve({ code, signal })),
  );
  return { ...exit, stdout, stderr };
}

/** Kills the process if it still runs; for `after` hooks, so no test leaves an emulator behind. */
export async function killIfRunning(emulator: CliEmulator | undefined): Promise<void> {
  if (!emulator || emulator.child.exitCode !== null || emulator.child.signalCode !== null) return;
  emulator.child.kill("SIGKILL");
  await emulator.exited;
}
