import { spawn } from "node:child_process";
import {
  EMULATOR_CLI,
  startEmulatorProcess,
  type EmulatorProcess,
  type ProcessExit,
} from "../../../scripts/lib/emulator-process";
import { connect, type Message, type WireClients } from "./wire-client";

/** An emulator child process (`visionai-emulator`) plus gRPC clients connected to it. */
export interface CliEmulator extends WireClients {
  process: EmulatorProcess;
}

/**
 * Starts `visionai-emulator` child processes for one test file and kills every one still running when
 * `killAll` runs (call it in an `after` hook), so a failing test never leaves a process behind.
 */
export class EmulatorProcesses {
  private readonly running = new Set<CliEmulator>();

  async start(args: string[]): Promise<CliEmulator> {
    const child = await startEmulatorProcess(args);
    const emulator: CliEmulator = { ...connect(child.address), process: child };
    this.running.add(emulator);
    void child.exited.then(() => this.running.delete(emulator));
    return emulator;
  }

  /** Closes the clients and sends `signal`; resolves with how the process ended. */
  async stop(emulator: CliEmulator, signal: NodeJS.Signals): Promise<ProcessExit> {
    emulator.close();
    return emulator.process.kill(signal);
  }

  async killAll(): Promise<void> {
    await Promise.all([...this.running].map((emulator) => this.stop(emulator, "SIGKILL")));
  }
}

export interface CliRun extends ProcessExit {
  stdout: string;
  stderr: string;
}

/** Bound on a CLI run that should end by itself (usage errors, --help, a failed start). */
const RUN_TIMEOUT_MILLIS = 30_000;

/** Runs `visionai-emulator` with `args` when it is expected to exit by itself; returns its exit and output. */
export function runCli(args: string[]): Promise<CliRun> {
  const child = spawn(process.execPath, [EMULATOR_CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`visionai-emulator ${args.join(" ")} did not exit within ${RUN_TIMEOUT_MILLIS} ms`));
    }, RUN_TIMEOUT_MILLIS);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Bound on waiting for a long-running operation in these tests; only reached when one never finishes. */
const OPERATION_TIMEOUT_MILLIS = 20_000;
const POLL_INTERVAL_MILLIS = 50;

/** Polls GetOperation until `name` is done; fails naming the operation if it is not done in time. */
export async function pollUntilDone(clients: WireClients, name: string): Promise<Message> {
  const deadline = Date.now() + OPERATION_TIMEOUT_MILLIS;
  for (;;) {
    const operation = await clients.operations("GetOperation", { name });
    if (operation.done) return operation;
    if (Date.now() > deadline) {
      throw new Error(`operation ${name} was still running ${OPERATION_TIMEOUT_MILLIS} ms later`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MILLIS));
  }
}
