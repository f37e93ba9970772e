import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../../emulator";

const DIST = path.resolve(__dirname, "..", "..");
const CLUSTER = "projects/my-project/locations/us-central1/clusters/video-cluster";

/**
 * In its own process: declares a stream and a series under Pulumi's mocks (the program's side of every
 * command), then has the stream's provider read and delete a stream the emulator does not hold (the
 * provider's side of `refresh` and `destroy`), then checks one stream's inputs; prints whether zod was
 * loaded before the check and after it.
 */
const SCRIPT = `
  const pulumi = require("@pulumi/pulumi");
  const zodLoaded = () => Object.keys(require.cache).some((file) => file.includes("/node_modules/zod/"));
  const mocks = { newResource: (args) => ({ id: args.name + "-id", state: args.inputs }), call: (args) => args.inputs };
  Promise.resolve(pulumi.runtime.setMocks(mocks, "project", "stack", false)).then(async () => {
    const sdk = require(${JSON.stringify(path.join(DIST, "sdk"))});
    const { providerFor } = require(${JSON.stringify(path.join(DIST, "provider"))});
    const stream = new sdk.Stream("camera-1", { cluster: ${JSON.stringify(CLUSTER)}, labels: { a: "b" } });
    const series = new sdk.Series("camera-1-motion", {
      cluster: ${JSON.stringify(CLUSTER)},
      stream: stream.name,
      event: ${JSON.stringify(`${CLUSTER}/events/motion`)},
    });
    await new Promise((resolve) => pulumi.all([stream.urn, series.urn]).apply(resolve));
    const provider = providerFor("Stream");
    const missing = ${JSON.stringify(`${CLUSTER}/streams/missing`)};
    const read = await provider.read(missing, { cluster: ${JSON.stringify(CLUSTER)}, streamId: "missing" });
    await provider.delete(missing, { cluster: ${JSON.stringify(CLUSTER)}, streamId: "missing", name: missing });
    const beforeCheck = zodLoaded();
    const checked = await provider.check({}, { cluster: ${JSON.stringify(CLUSTER)}, streamId: "Bad_Id" });
    process.stdout.write(JSON.stringify({ readId: read.id ?? null, beforeCheck, afterCheck: zodLoaded(), failures: checked.failures.length }));
  });
`;

/**
 * Only a provider's `check` validates inputs. Every other step (a program declaring resources, a provider
 * reading or deleting them, as in `refresh` and `destroy`) must not pay for loading zod and building the
 * kinds' rules.
 */
describe("input rules built on first use", () => {
  let emulator: RunningEmulator;
  before(async () => (emulator = await startEmulator()));
  after(() => emulator.stop());

  it("declaring, reading and deleting load no zod; the first check does, and still rejects bad input", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", SCRIPT], {
      env: { ...process.env, VISIONAI_EMULATOR_HOST: emulator.address },
    });
    const run = JSON.parse(stdout) as {
      readId: string | null;
      beforeCheck: boolean;
      afterCheck: boolean;
      failures: number;
    };
    assert.equal(run.readId, null, "reading a missing stream should report it gone");
    assert.equal(run.beforeCheck, false, "zod was loaded before any check");
    assert.equal(run.afterCheck, true);
    assert.ok(run.failures > 0, "the check should have rejected the stream ID Bad_Id");
  });
});
