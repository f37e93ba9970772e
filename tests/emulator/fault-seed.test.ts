import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { startEmulatorProcess } from "../../scripts/lib/emulator-process";
import { runCli } from "./support/emulator-process";
import { LOCATION, startTestEmulator, type TestEmulator } from "./support/harness";
import { connect } from "./support/wire-client";

/** Fault draws come from a seeded generator: the same seed and the same calls meet the same faults. */

const CALLS = 60;
const HALF_THE_CALLS = { method: "ListClusters", code: "UNAVAILABLE", probability: 0.5 };

/** The status of each of CALLS ListClusters calls under a rule failing half of them. */
async function outcomes(emulator: TestEmulator): Promise<string[]> {
  const codes: string[] = [];
  for (let call = 0; call < CALLS; call++) {
    codes.push(
      await emulator.streams("ListClusters", { parent: LOCATION }).then(
        () => "OK",
        (error: { code: number }) => (error.code === 14 ? "UNAVAILABLE" : `code ${error.code}`),
      ),
    );
  }
  return codes;
}

describe("fault seed", () => {
  const emulators: TestEmulator[] = [];
  const start = async (faultSeed?: number) => {
    const emulator = await startTestEmulator({ faultSeed });
    emulators.push(emulator);
    await emulator.control("AddFault", HALF_THE_CALLS);
    return emulator;
  };
  after(() => Promise.all(emulators.map((emulator) => emulator.stop())));

  it("two emulators started with the same seed fail the same calls of the same sequence", async () => {
    const first = await outcomes(await start(42));
    assert.ok(first.includes("OK") && first.includes("UNAVAILABLE"), `a mixed sequence: ${first.join()}`);
    assert.deepEqual(await outcomes(await start(42)), first);
  });

  it("another seed gives another sequence", async () => {
    assert.notDeepEqual(await outcomes(await start(43)), await outcomes(await start(42)));
  });

  it("SeedFaults starts the draws again, GetFaultSeed reports the seed, Reset goes back to the start seed", async () => {
    const emulator = await start(7);
    const fromStart = await outcomes(emulator);
    assert.deepEqual(await emulator.control("SeedFaults", { seed: 7 }), { seed: 7 });
    assert.deepEqual(await outcomes(emulator), fromStart);
    await emulator.control("SeedFaults", { seed: 42 });
    assert.deepEqual(await emulator.control("GetFaultSeed", {}), { seed: 42 });
    await emulator.control("Reset", {});
    assert.deepEqual(await emulator.control("GetFaultSeed", {}), { seed: 7 });
    await emulator.control("AddFault", HALF_THE_CALLS);
    assert.deepEqual(await outcomes(emulator), fromStart);
  });

  it("an emulator started without a seed reports the one it chose", async () => {
    const { seed } = await (await start()).control("GetFaultSeed", {});
    assert.ok(Number.isInteger(seed) && seed >= 0 && seed <= 0xffff_ffff, `seed ${seed}`);
  });
});

describe("visionai-emulator --fault-seed", () => {
  it("sets the seed the control surface reports", async () => {
    const emulator = await startEmulatorProcess(["--in-memory", "--fault-seed", "4294967295"]);
    const wire = connect(emulator.address);
    try {
      assert.deepEqual(await wire.control("GetFaultSeed", {}), { seed: 4294967295 });
    } finally {
      wire.close();
      await emulator.stop();
    }
  });

  it("refuses a seed out of range with one line naming the flag", async () => {
    const run = await runCli(["--in-memory", "--fault-seed", "4294967296"]);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "visionai-emulator: --fault-seed must be 0-4294967295, got 4294967296\n");
  });
});
