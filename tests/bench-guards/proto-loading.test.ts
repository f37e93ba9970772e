import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../../emulator";

const DIST = path.resolve(__dirname, "..", "..");

/**
 * In its own process: counts every `.proto` file read through `fs` (protobufjs and the proto loader read
 * them that way) and every protobufjs root built from a descriptor, then creates a client, makes a call
 * that succeeds (an operation's result is decoded from an Any) and one that fails (its status details are
 * decoded), and prints the paths read, the roots built and the packages of node_modules it loaded.
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
  const protobuf = require("protobufjs");
  let roots = 0;
  const fromJSON = protobuf.Root.fromJSON;
  protobuf.Root.fromJSON = function (...args) {
    roots++;
    return fromJSON.apply(this, args);
  };
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
    const packages = new Set(
      Object.keys(require.cache)
        .filter((file) => file.includes("/node_modules/"))
        .map((file) => {
          const [scope, name] = file.split("/node_modules/").pop().split("/");
          return scope.startsWith("@") ? scope + "/" + name : scope;
        }),
    );
    process.stdout.write(JSON.stringify({ failure, read, roots, packages: [...packages] }));
  })();
`;

describe("the client's start", () => {
  let emulator: RunningEmulator;
  /** What one client process read, built and loaded. */
  let run: { failure: string; read: string[]; roots: number; packages: string[] };
  before(async () => {
    emulator = await startEmulator();
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", CLIENT_SCRIPT, emulator.address]);
    run = JSON.parse(stdout) as typeof run;
    assert.equal(
      run.failure,
      "VisionAiError",
      "the failing call should have been decoded into a VisionAiError",
    );
  });
  after(() => emulator.stop());

  it("reads no .proto file: calls, operation results and error details all come from client/protos.json", () => {
    assert.deepEqual(run.read, []);
  });

  it("builds one proto root for stubs and decoding, and loads neither google-gax nor google-auth-library", () => {
    const { roots, packages } = run;
    assert.equal(roots, 1, "the stubs and the decoding of packed messages should share one root");
    const heavy = ["google-gax", "google-auth-library", "@grpc/proto-loader"];
    assert.deepEqual(
      packages.filter((name) => heavy.includes(name)),
      [],
      "a client of an emulator needs none of these",
    );
  });
});
