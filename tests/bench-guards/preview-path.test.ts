import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { providerFor } from "../../provider";

const DIST = path.resolve(__dirname, "..", "..");
const CLUSTER = "projects/my-project/locations/us-central1/clusters/video-cluster";
const STREAM_INPUTS = { cluster: CLUSTER, streamId: "camera-1", displayName: "Camera 1", labels: { a: "b" } };

/**
 * A `pulumi preview` with no changes runs the program (declaring resources) and the providers' check and
 * diff for every resource. Neither needs the service, so neither should call it or pay for loading the
 * gRPC client.
 */
describe("the path a no-op preview takes", () => {
  let emulator: RunningEmulator;

  before(async () => {
    emulator = await startEmulator();
    await providerFor("Stream").configure!({
      config: { get: (key: string) => (key === "visionai:emulatorHost" ? emulator.address : undefined) },
    } as never);
  });

  after(() => emulator.stop());

  it("check and diff of an unchanged resource make no service call", async () => {
    const provider = providerFor("Stream");
    const { inputs } = await provider.check!({}, STREAM_INPUTS);
    const outputs = { ...inputs, name: `${CLUSTER}/streams/camera-1` };
    const diff = await provider.diff!(`${CLUSTER}/streams/camera-1`, outputs, inputs);
    assert.equal(diff.changes, false);
    assert.deepEqual(emulator.control.auditLog(), []);
  });

  it("declaring resources and checking and diffing them loads no gRPC client code or protos", () => {
    // A program's run under the engine, with Pulumi's mocks standing in for the engine only: the resources
    // are really declared (registered, their provider serialized), then checked and diffed.
    const script = `
      const pulumi = require("@pulumi/pulumi");
      const mocks = { newResource: (args) => ({ id: args.name + "-id", state: args.inputs }), call: (args) => args.inputs };
      Promise.resolve(pulumi.runtime.setMocks(mocks, "project", "stack", false)).then(async () => {
        const sdk = require(${JSON.stringify(path.join(DIST, "sdk"))});
        const { providerFor } = require(${JSON.stringify(path.join(DIST, "provider"))});
        const stream = new sdk.Stream("camera-1", ${JSON.stringify(STREAM_INPUTS)});
        const series = new sdk.Series("camera-1-motion", {
          cluster: ${JSON.stringify(CLUSTER)},
          stream: stream.name,
          event: ${JSON.stringify(`${CLUSTER}/events/motion`)},
        });
        const urns = await new Promise((resolve) => pulumi.all([stream.urn, series.urn]).apply(resolve));
        const provider = providerFor("Stream");
        const { inputs } = await provider.check({}, ${JSON.stringify(STREAM_INPUTS)});
        await provider.diff("id", inputs, inputs);
        const loaded = Object.keys(require.cache).filter((file) =>
          ["/node_modules/protobufjs/", "/node_modules/google-auth-library/", "/client/protos.json"].some((part) =>
            file.includes(part),
          ),
        );
        process.stdout.write(JSON.stringify({ urns, clientModules: loaded }));
      });
    `;
    const { urns, clientModules } = JSON.parse(
      execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }),
    ) as { urns: string[]; clientModules: string[] };
    assert.deepEqual(
      urns.map((urn) => urn.split("::").at(-1)),
      ["camera-1", "camera-1-motion"],
      "both resources were declared",
    );
    assert.deepEqual(clientModules, []);
  });
});
