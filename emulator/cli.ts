#!/usr/bin/env node
// First, before anything loads node:sqlite.
import "./node-version-check";
import * as grpc from "@grpc/grpc-js";
import { parseCliArgs, UsageError, USAGE } from "./cli-args";
import { startEmulator, type StartEmulatorOptions } from "./emulator";
import { exposedHostWarning, isLoopbackHost } from "./transport/loopback";

function fail(exitCode: number, message: string): never {
  process.stderr.write(`visionai-emulator: ${message}\n`);
  process.exit(exitCode);
}

/** Says why the emulator could not start, in words a user can act on. */
function startProblem(options: StartEmulatorOptions, error: Error): string {
  if (error.message.includes("EADDRINUSE")) {
    return `could not start: ${options.host}:${options.port} is already in use; pass another --port, or --port 0 for any free port`;
  }
  return `could not start: ${error.message}`;
}

/** `visionai-emulator`: runs the emulator until SIGTERM or SIGINT, then exits 0. */
async function main(): Promise<void> {
  let command;
  try {
    command = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    fail(2, error.message);
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // Failures reach the user as our own one-line messages; grpc-js's log lines would only repeat them.
  grpc.setLogVerbosity(grpc.logVerbosity.NONE);
  const options = command.options;
  const starting = startEmulator(options);
  // Listening before startup finishes: a supervisor that stops the emulator while it starts still gets a
  // clean stop (exit 0) rather than death by signal. A second signal kills it, for an impatient Ctrl-C.
  const shutdown = () => {
    starting
      .then((emulator) => emulator.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => fail(1, `stopping failed: ${String(error)}`),
      );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  let emulator;
  try {
    emulator = await starting;
  } catch (error) {
    fail(1, startProblem(options, error as Error));
  }
  if (!isLoopbackHost(emulator.host))
    process.stderr.write(`visionai-emulator: ${exposedHostWarning(emulator.host)}\n`);
  process.stdout.write(`VISIONAI_EMULATOR_HOST=${emulator.address}\n`);
}

void main();
