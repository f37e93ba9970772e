import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { after, afterEach, describe, it } from "node:test";
import {
  killIfRunning,
  runEmulatorToExit,
  spawnEmulator,
  type CliEmulator,
} from "./support/emulator-process";
import { LOCATION } from "./support/harness";
import { connect } from "./support/wire-client";

/** The `visionai-emulator` command-line contract that the demo, the tests and users rely on. */
describe("visionai-emulator command line", () => {
  let emulator: CliEmulator | undefined;
  const tempDirs: string[] = [];

  afterEach(() => killIfRunning(emulator));
  after(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  async function listClusters(address: string) {
    const clients = connect(address);
    try {
      return await clients.streams("ListClusters", { parent: LOCATION });
    } finally {
      clients.close();
    }
  }

  it("prints VISIONAI_EMULATOR_HOST=<host>:<port> once it serves gRPC on a free port", async () => {
    emulator = await spawnEmulator(["--in-memory", "--port", "0"]);
    assert.match(emulator.readyLine, /^VISIONAI_EMULATOR_HOST=127\.0\.0\.1:\d+$/);
    assert.notEqual(emulator.address, "127.0.0.1:0");
    assert.deepEqual((await listClusters(emulator.address)).clusters, []);
  });

  it("keeps state in a SQLite file under --data-dir", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-cli-"));
    tempDirs.push(dataDir);
    emulator = await spawnEmulator(["--data-dir", dataDir]);
    assert.ok(fs.existsSync(path.join(dataDir, "visionai-emulator.sqlite")));
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`${signal} stops it cleanly with exit code 0`, async () => {
      emulator = await spawnEmulator(["--in-memory"]);
      emulator.child.kill(signal);
      assert.deepEqual(await emulator.exited, { code: 0, signal: null });
      assert.equal(emulator.stderr(), "");
    });
  }

  it("--help prints the usage with every flag and exits 0", async () => {
    const result = await runEmulatorToExit(["--help"]);
    assert.equal(result.code, 0);
    for (const flag of [
      "--data-dir",
      "--in-memory",
      "--host",
      "--port",
      "--operation-delay-ms",
      "--hls-token-ttl-seconds",
      "--delete-with-dependants",
      "--missing-update-mask",
    ]) {
      assert.ok(result.stdout.includes(flag), `usage lacks ${flag}`);
    }
  });

  for (const [args, expected] of [
    [[], "exactly one of --data-dir DIR (durable state) or --in-memory"],
    [["--in-memory", "--data-dir", "/tmp/x"], "exactly one of --data-dir"],
    [["--in-memory", "--verbose"], "--verbose"],
    [["--in-memory", "--port", "http"], '--port must be a whole number >= 0, got "http"'],
    [["--in-memory", "--port", "70000"], "--port must be 0-65535, got 70000"],
    [["--in-memory", "--operation-delay-ms", "-5"], "--operation-delay-ms"],
    [["--in-memory", "--delete-with-dependants", "sometimes"], '"reject" or "cascade"'],
    [["--in-memory", "--missing-update-mask", "guess"], '"replace-all" or "reject"'],
  ] as const) {
    it(`\`${args.join(" ") || "(no flags)"}\` exits 2 with one line naming the problem`, async () => {
      const result = await runEmulatorToExit([...args]);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, "");
      const lines = result.stderr.trimEnd().split("\n");
      assert.equal(lines.length, 1, `expected one line, got:\n${result.stderr}`);
      assert.ok(lines[0].startsWith("visionai-emulator: "), lines[0]);
      assert.ok(lines[0].includes(expected), `"${lines[0]}" lacks "${expected}"`);
    });
  }

  it("a port already in use fails with a one-line message and a non-zero exit", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = await runEmulatorToExit(["--in-memory", "--port", String(port)]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /^visionai-emulator: could not start: .+\n$/);
      assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
    } finally {
      blocker.close();
    }
  });

  it("runtime flags are in force from the start", async () => {
    emulator = await spawnEmulator([
      "--in-memory",
      "--operation-delay-ms",
      "60000",
      "--hls-token-ttl-seconds",
      "120",
      "--delete-with-dependants",
      "cascade",
      "--missing-update-mask",
      "reject",
    ]);
    const clients = connect(emulator.address);
    try {
      assert.deepEqual(await clients.control("GetOptions", {}), {
        operation_delay_ms: 60000,
        hls_token_ttl_seconds: 120,
        delete_with_dependants: "cascade",
        missing_update_mask: "reject",
      });
      const operation = await clients.streams("CreateCluster", {
        parent: LOCATION,
        cluster_id: "slow",
        cluster: {},
      });
      assert.equal(operation.done, false);
    } finally {
      clients.close();
    }
  });
});
