import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../../emulator";

const DIST = path.resolve(__dirname, "..", "..");

/**
 * In its own process: counts every `.proto` file read through `fs` (protobufjs and the proto loader read
 * them that way), then creates a client, makes a call that succeeds (an operation's result is decoded from
 * an Any) and one that fails (its status details are decoded), and prints the paths read.
 */
const CLIENT_SCRIPT = `
  const fs = require("node:fs");
  const read = [];
  for (const name of ["readFileSync", "readFile"]) {
    const original = fs[name];
    fs[name] = function (file, ...rest) {
      if (String(file).endsWith(".proto")) read.push(String(file));
      return original.call(this, file, ...rest);
    };
  }
  const { StreamsServiceClient } = require(${JSON.stringify(path.join(DIST, "client"))});
  const client = new StreamsServiceClient({ emulatorHost: process.argv[1] });
  const parent = "projects/p/locations/us-central1";
  (async () => {
    const operation = await client.createCluster({ parent, clusterId: "c", cluster: {} });
    await operation.result();
    const failure = await client.getStream({ name: parent + "/clusters/c/streams/missing" }).then(
      () => "no error",
      (error) => error.constructor.name,
    );
    await client.close();
    process.stdout.write(JSON.stringify({ failure, read }));
  })();
`;

describe("the client's start", () => {
  let emulator: RunningEmulator;
  before(async () => (emulator = await startEmulator()));
  after(() => emulator.stop());

  it("reads no .proto file: calls, operation results and error details all come from client/protos.json", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", CLIENT_SCRIPT, emulator.address]);
    const { failure, read } = JSON.parse(stdout) as { failure: string; read: string[] };
    assert.equal(failure, "VisionAiError", "the failing call should have been decoded into a VisionAiError");
    assert.deepEqual(read, []);
  });
});
