import assert from "node:assert/strict";
import { after, before } from "node:test";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { providerFor } from "../../provider";

/** Stack config with nothing set: the provider then finds the emulator through VISIONAI_EMULATOR_HOST. */
const NO_STACK_CONFIG = {
  get: () => undefined,
  require: (key: string) => assert.fail(`unexpected config ${key}`),
};

/**
 * For a suite that drives the providers in this process: starts an emulator (operations finishing after
 * 5 ms) before its tests, points the providers' client at it, and stops it after. Returns a getter, since
 * the emulator exists only once `before` has run.
 */
export function providersAgainstEmulator(): () => RunningEmulator {
  let emulator: RunningEmulator | undefined;
  before(async () => {
    emulator = await startEmulator({ operationDelayMillis: 5 });
    process.env.VISIONAI_EMULATOR_HOST = emulator.address;
    await providerFor("Cluster").configure!({ config: NO_STACK_CONFIG });
  });
  after(async () => {
    await emulator?.stop();
    delete process.env.VISIONAI_EMULATOR_HOST;
  });
  return () => emulator ?? assert.fail("the emulator starts in the suite's before hook");
}
