import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import { EmulatorProcesses, runCli, type CliRun } from "./support/emulator-process";
import { CLUSTER, CLUSTER_ID, LOCATION, STREAM } from "./support/harness";
import { connect, type Message } from "./support/wire-client";

/** Any line that looks like a JavaScript stack frame: usage errors must never show one. */
const STACK_FRAME = /^\s+at /m;

const FLAGS = [
  "--data-dir",
  "--in-memory",
  "--host",
  "--port",
  "--operation-delay-ms",
  "--hls-token-ttl-seconds",
  "--delete-with-dependants",
  "--missing-update-mask",
  "--help",
];

/** A port nothing listens on right now: bound, read, then released for the emulator to take. */
async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function portOf(address: string): number {
  return Number(address.slice(address.lastIndexOf(":") + 1));
}

function assertUsageError(run: CliRun, ...fragments: string[]): void {
  assert.equal(run.code, 2, `expected exit code 2, got ${run.code}; stderr: ${run.stderr}`);
  assert.equal(run.stdout, "", "a usage error prints nothing on stdout");
  assert.match(
    run.stderr,
    /^visionai-emulator: [^\n]+\n$/,
    `expected one line on stderr, got: ${run.stderr}`,
  );
  assert.doesNotMatch(run.stderr, STACK_FRAME);
  for (const fragment of fragments)
    assert.ok(run.stderr.includes(fragment), `stderr "${run.stderr.trim()}" lacks "${fragment}"`);
}

function createClusterRequest(): Message {
  return { parent: LOCATION, cluster_id: CLUSTER_ID, cluster: {} };
}

describe("visionai-emulator command line", { timeout: 120_000 }, () => {
  const processes = new EmulatorProcesses();
  let scratchDir: string;
  before(() => {
    scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-emulator-cli-"));
  });
  after(async () => {
    await processes.killAll();
    fs.rmSync(scratchDir, { recursive: true, force: true });
  });

  describe("starting", () => {
    it("prints VISIONAI_EMULATOR_HOST=<host>:<port> on stdout, and that port answers StreamsService calls", async () => {
      const emulator = await processes.start(["--in-memory"]);
      assert.match(emulator.process.address, /^127\.0\.0\.1:[1-9]\d*$/);
      assert.equal(emulator.process.stdout(), `VISIONAI_EMULATOR_HOST=${emulator.process.address}\n`);
      const listed = await emulator.streams("ListClusters", { parent: LOCATION });
      assert.deepEqual(listed.clusters, []);
      await processes.stop(emulator, "SIGTERM");
    });

    it("--port 0 picks a free port: two emulators started with it listen on different ports", async () => {
      const first = await processes.start(["--in-memory", "--port", "0"]);
      const second = await processes.start(["--in-memory", "--port", "0"]);
      assert.ok(portOf(first.process.address) > 0);
      assert.notEqual(portOf(first.process.address), portOf(second.process.address));
      await first.streams("CreateCluster", createClusterRequest());
      assert.equal((await first.streams("ListClusters", { parent: LOCATION })).clusters.length, 1);
      assert.equal((await second.streams("ListClusters", { parent: LOCATION })).clusters.length, 0);
      await Promise.all([processes.stop(first, "SIGTERM"), processes.stop(second, "SIGTERM")]);
    });

    it("--port N listens on port N", async () => {
      const port = await unusedPort();
      const emulator = await processes.start(["--in-memory", "--port", String(port)]);
      assert.equal(emulator.process.address, `127.0.0.1:${port}`);
      await emulator.streams("ListClusters", { parent: LOCATION });
      await processes.stop(emulator, "SIGTERM");
    });

    it("--host 0.0.0.0 listens on every interface: the ready line names it and 127.0.0.1 reaches it", async () => {
      const emulator = await processes.start(["--in-memory", "--host", "0.0.0.0"]);
      assert.match(emulator.process.address, /^0\.0\.0\.0:[1-9]\d*$/);
      const loopback = connect(`127.0.0.1:${portOf(emulator.process.address)}`);
      try {
        assert.deepEqual((await loopback.streams("ListClusters", { parent: LOCATION })).clusters, []);
      } finally {
        loopback.close();
      }
      await processes.stop(emulator, "SIGTERM");
    });

    it("--help prints the usage naming every flag and exits 0", async () => {
      const run = await runCli(["--help"]);
      assert.equal(run.code, 0);
      assert.equal(run.stderr, "");
      assert.match(run.stdout, /^Usage: visionai-emulator \(--data-dir DIR \| --in-memory\) \[options\]\n/);
      for (const flag of FLAGS) assert.ok(run.stdout.includes(flag), `usage lacks ${flag}`);
    });
  });

  describe("usage errors print one line naming the problem and exit 2", () => {
    const cases: { args: string[]; fragments: string[] }[] = [
      { args: [], fragments: ["--data-dir", "--in-memory"] },
      { args: ["--in-memory", "--data-dir", "state"], fragments: ["--data-dir", "--in-memory"] },
      { args: ["--data-dir="], fragments: ["--data-dir"] },
      { args: ["--in-memory", "--verbose"], fragments: ["--verbose"] },
      { args: ["--in-memory", "serve"], fragments: ["serve"] },
      { args: ["--in-memory", "--port"], fragments: ["--port"] },
      { args: ["--in-memory", "--port", "http"], fragments: ["--port", '"http"'] },
      { args: ["--in-memory", "--port", "65536"], fragments: ["--port", "65536"] },
      { args: ["--in-memory", "--operation-delay-ms", "soon"], fragments: ["--operation-delay-ms", "soon"] },
      { args: ["--in-memory", "--operation-delay-ms", "1.5"], fragments: ["--operation-delay-ms", "1.5"] },
      { args: ["--in-memory", "--operation-delay-ms=-5"], fragments: ["--operation-delay-ms", "-5"] },
      {
        args: ["--in-memory", "--operation-delay-ms", "3000000000"],
        fragments: ["--operation-delay-ms", "2147483647"],
      },
      {
        args: ["--in-memory", "--hls-token-ttl-seconds", "0"],
        fragments: ["--hls-token-ttl-seconds", "> 0"],
      },
      {
        args: ["--in-memory", "--hls-token-ttl-seconds", "1h"],
        fragments: ["--hls-token-ttl-seconds", "1h"],
      },
      {
        args: ["--in-memory", "--delete-with-dependants", "sometimes"],
        fragments: ["--delete-with-dependants", '"reject" or "cascade"', "sometimes"],
      },
      {
        args: ["--in-memory", "--missing-update-mask", "merge"],
        fragments: ["--missing-update-mask", '"replace-all" or "reject"', "merge"],
      },
    ];
    for (const { args, fragments } of cases) {
      it(`visionai-emulator ${args.join(" ") || "(no flags)"}`, async () => {
        assertUsageError(await runCli(args), ...fragments);
      });
    }
  });

  describe("failing to start", () => {
    it("a port already in use fails with exit code 1 and a message naming the address", async () => {
      const holder = await processes.start(["--in-memory"]);
      const port = portOf(holder.process.address);
      const run = await runCli(["--in-memory", "--port", String(port)]);
      assert.equal(run.code, 1, `stderr: ${run.stderr}`);
      assert.equal(run.stdout, "", "no ready line when the emulator could not start");
      assert.ok(
        run.stderr.includes(
          `visionai-emulator: could not start: 127.0.0.1:${port} is already in use; pass another --port, or --port 0 for any free port\n`,
        ),
        run.stderr,
      );
      assert.doesNotMatch(run.stderr, STACK_FRAME);
      assert.deepEqual((await holder.streams("ListClusters", { parent: LOCATION })).clusters, []);
      await processes.stop(holder, "SIGTERM");
    });

    it("a --data-dir that is a file fails with exit code 1 and a message naming the path", async () => {
      const file = path.join(scratchDir, "not-a-directory");
      fs.writeFileSync(file, "");
      const run = await runCli(["--data-dir", file]);
      assert.equal(run.code, 1, `stderr: ${run.stderr}`);
      assert.match(run.stderr, /^visionai-emulator: could not start: [^\n]*not-a-directory[^\n]*\n$/);
    });
  });

  describe("stopping", () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      it(`${signal} stops the emulator cleanly with exit code 0`, async () => {
        const emulator = await processes.start(["--in-memory"]);
        await emulator.streams("ListClusters", { parent: LOCATION });
        const exit = await processes.stop(emulator, signal);
        assert.deepEqual(exit, { code: 0, signal: null }, `stderr: ${emulator.process.stderr()}`);
        assert.equal(emulator.process.stderr(), "");
      });
    }

    it("after SIGTERM the port no longer answers", async () => {
      const emulator = await processes.start(["--in-memory"]);
      await processes.stop(emulator, "SIGTERM");
      const late = connect(emulator.process.address);
      try {
        await assert.rejects(
          late.streams("ListClusters", { parent: LOCATION }),
          (error: grpc.ServiceError) => {
            assert.equal(error.code, grpc.status.UNAVAILABLE);
            return true;
          },
        );
      } finally {
        late.close();
      }
    });
  });

  describe("runtime flags", () => {
    it("the flags set the options that control GetOptions reports", async () => {
      const emulator = await processes.start([
        "--in-memory",
        "--operation-delay-ms",
        "250",
        "--hls-token-ttl-seconds",
        "120",
        "--delete-with-dependants",
        "cascade",
        "--missing-update-mask",
        "reject",
      ]);
      assert.deepEqual(await emulator.control("GetOptions", {}), {
        operation_delay_ms: 250,
        hls_token_ttl_seconds: 120,
        delete_with_dependants: "cascade",
        missing_update_mask: "reject",
      });
      await processes.stop(emulator, "SIGTERM");
    });

    it("without runtime flags the options are the documented defaults", async () => {
      const emulator = await processes.start(["--in-memory"]);
      assert.deepEqual(await emulator.control("GetOptions", {}), {
        operation_delay_ms: 0,
        hls_token_ttl_seconds: 3600,
        delete_with_dependants: "reject",
        missing_update_mask: "replace-all",
      });
      await processes.stop(emulator, "SIGTERM");
    });

    it("--operation-delay-ms 60000 leaves a create operation running, its cluster PROVISIONING", async () => {
      const emulator = await processes.start(["--in-memory", "--operation-delay-ms", "60000"]);
      const operation = await emulator.streams("CreateCluster", createClusterRequest());
      assert.equal(operation.done, false);
      assert.equal((await emulator.operations("GetOperation", { name: operation.name })).done, false);
      assert.equal((await emulator.streams("GetCluster", { name: CLUSTER })).state, "PROVISIONING");
      await processes.stop(emulator, "SIGTERM");
    });

    it("--delete-with-dependants cascade lets DeleteCluster remove a cluster that has streams", async () => {
      const emulator = await processes.start(["--in-memory", "--delete-with-dependants", "cascade"]);
      await emulator.streams("CreateCluster", createClusterRequest());
      await emulator.streams("CreateStream", { parent: CLUSTER, stream_id: "camera-1", stream: {} });
      const deletion = await emulator.streams("DeleteCluster", { name: CLUSTER });
      assert.equal(deletion.done, true);
      assert.equal(deletion.result, "response");
      await assertRejects(emulator.streams("GetStream", { name: STREAM }), grpc.status.NOT_FOUND);
      await assertRejects(emulator.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
      await processes.stop(emulator, "SIGTERM");
    });

    it("--missing-update-mask reject fails an UpdateCluster without update_mask", async () => {
      const emulator = await processes.start(["--in-memory", "--missing-update-mask", "reject"]);
      await emulator.streams("CreateCluster", createClusterRequest());
      await assertRejects(
        emulator.streams("UpdateCluster", { cluster: { name: CLUSTER, labels: { team: "video" } } }),
        grpc.status.INVALID_ARGUMENT,
        "update_mask",
      );
      await processes.stop(emulator, "SIGTERM");
    });
  });
});
