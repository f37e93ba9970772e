#!/usr/bin/env node
import { parseCliArgs, UsageError, USAGE } from "./cli-args";
import { startEmulator } from "./emulator";

/** `visionai-emulator`: runs the emulator until SIGTERM or SIGINT, then exits 0. */
async function main(): Promise<void> {
  let command;
  try {
    command = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`visionai-emulator: ${error.message}\n`);
    process.exit(2);
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let emulator;
  try {
    emulator = await startEmulator(command.options);
  } catch (error) {
    process.stderr.write(`visionai-emulator: could not start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(`VISIONAI_EMULATOR_HOST=${emulator.address}\n`);
  const running = emulator;
  const shutdown = () => {
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`visionai-emulator: stopping failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

void main();
