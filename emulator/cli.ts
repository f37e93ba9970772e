#!/usr/bin/env node
import * as grpc from "@grpc/grpc-js";
import { parseCliArgs, UsageError, USAGE, type StartOptionsFromCli } from "./cli-args";
import { startEmulator, type RunningEmulator } from "./emulator";

function fail(message: string, exitCode: number): never {
  process.stderr.write(`visionai-emulator: ${message}\n`);
  process.exit(exitCode);
}

/** A start failure as one line a user can act on; grpc-js words a busy port as "No address added". */
function startProblem(error: unknown, options: StartOptionsFromCli): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes("EADDRINUSE")) {
    return `${options.host}:${options.port} is already in use; pass another --port, or --port 0 for any free port`;
  }
  return message;
}

/** `visionai-emulator`: runs the emulator until SIGTERM or SIGINT, then exits 0. */
async function main(): Promise<void> {
  let command;
  try {
    command = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    fail(error.message, 2);
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // Errors reach the user as our own one-line messages; grpc-js's log lines would only repeat them.
  grpc.setLogVerbosity(grpc.logVerbosity.NONE);

  // Handlers go in before the ready line: a supervisor may signal the moment it reads that line.
  let emulator: RunningEmulator | undefined;
  let stopping = false;
  const shutdown = () => {
    stopping = true;
    if (!emulator) return; // still starting: stopped as soon as it is up
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => fail(`stopping failed: ${String(error)}`, 1),
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);

  try {
    emulator = await startEmulator(command.options);
  } catch (error) {
    fail(`could not start: ${startProblem(error, command.options)}`, 1);
  }
  if (stopping) {
    shutdown();
    return;
  }
  process.stdout.write(`VISIONAI_EMULATOR_HOST=${emulator.address}\n`);
}

void main();
