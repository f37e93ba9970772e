import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../client";
import { siteEnvironments } from "../../examples/fleet/environments";
import { runFleet, type FleetOptions, type FleetProgressEvent } from "../../examples/fleet/fleet";
import { parseFleetArgs } from "../../examples/fleet/main";
import { FleetProgress } from "../../examples/fleet/progress";
import { startEmulatorProcess, type EmulatorProcess } from "../../scripts/lib/emulator-process";
import { offlinePulumiEnv, pulumiBinDir, pulumiCommand } from "../../scripts/lib/pulumi-cli";
import { copyExample, type ExampleCopy } from "../support/example-copy";
import { collect } from "../client/support/emulator";

const ENVIRONMENTS = siteEnvironments(5);
const CONCURRENCY = 2;
const PARENT = "projects/my-project/locations/us-central1";
/** Site i has i mod 3 + 1 cameras (see siteEnvironments). */
const CAMERAS_PER_SITE = [2, 3, 1, 2, 3];

/**
 * Five environments stamped out from a copy of examples/environments on one emulator. The cases run in
 * order (up, up again, destroy, destroy again); `after` destroys whatever a failed case left.
 */
describe("fleet: five environments from one template, in parallel", () => {
  let copy: ExampleCopy;
  let emulator: EmulatorProcess;
  let client: StreamsServiceClient;
  let scratch: string;
  let options: FleetOptions;
  let events: FleetProgressEvent[];

  before(async () => {
    copy = copyExample("environments");
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-fleet-"));
    emulator = await startEmulatorProcess(["--in-memory"]);
    client = new StreamsServiceClient({ emulatorHost: emulator.address });
    const binDir = await pulumiBinDir();
    const env = offlinePulumiEnv({
      binDir,
      home: path.join(scratch, "home"),
      backendDir: path.join(scratch, "state"),
    });
    options = {
      templateDir: copy.dir,
      environments: ENVIRONMENTS,
      concurrency: CONCURRENCY,
      workspace: {
        pulumiCommand: await pulumiCommand(binDir),
        envVars: { ...env, VISIONAI_EMULATOR_HOST: emulator.address },
      },
      onProgress: (event) => events.push(event),
    };
  });

  after(async () => {
    try {
      if (options) await runFleet("destroy", { ...options, onProgress: undefined });
    } finally {
      await client?.close();
      await emulator?.stop();
      copy?.remove();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("up creates each environment's own cluster with the cameras its config lists", async () => {
    events = [];
    const results = await runFleet("up", options);
    assert.deepEqual(
      results.map((result) => [result.stack, result.status, result.error]),
      ENVIRONMENTS.map((spec) => [spec.stack, "succeeded", undefined]),
    );
    const clusters = await collect(client.listClusters({ parent: PARENT }));
    assert.deepEqual(
      clusters.map((cluster) => cluster.name).sort(),
      ENVIRONMENTS.map((spec) => `${PARENT}/clusters/${spec.stack}-video`),
    );
    for (const [i, spec] of ENVIRONMENTS.entries()) {
      const streams = await collect(client.listStreams({ parent: `${PARENT}/clusters/${spec.stack}-video` }));
      assert.equal(streams.length, CAMERAS_PER_SITE[i], `${spec.stack}'s streams`);
      assert.equal(streams[0].enableHlsPlayback, i % 2 === 0, `${spec.stack}'s HLS setting`);
    }
  });

  it("runs environments in parallel, never more than the concurrency limit at once", () => {
    let running = 0;
    let most = 0;
    for (const event of events) {
      if (event.kind === "started") most = Math.max(most, ++running);
      if (event.kind === "finished") running -= 1;
    }
    assert.equal(most, CONCURRENCY);
  });

  it("reports each of an environment's resources as created, and nothing else", () => {
    const site1 = events.flatMap((event) =>
      event.kind === "resource" && event.stack === "site-01" ? [`${event.operation} ${event.resource}`] : [],
    );
    // The cluster, 2 cameras, the one event and a series per camera.
    assert.deepEqual(site1.sort(), [
      "create camera-1",
      "create camera-1-motion",
      "create camera-2",
      "create camera-2-motion",
      "create cluster",
      "create motion",
    ]);
  });

  it("the progress display counts finished environments and ends with the totals", () => {
    const lines: string[] = [];
    const progress = new FleetProgress("up", ENVIRONMENTS.length, CONCURRENCY, (line) => lines.push(line));
    progress.begin();
    events.forEach(progress.onProgress);
    progress.end(events.flatMap((event) => (event.kind === "finished" ? [event.result] : [])));
    assert.equal(lines[0], "fleet up: 5 environments, at most 2 at a time");
    assert.match(
      lines.find((line) => line.includes("site-01: create cluster"))!,
      /^\[\d\/5\] site-01: create cluster \(\d done\)$/,
    );
    const outcomes = lines.filter((line) => / succeeded in /.test(line));
    assert.deepEqual(
      outcomes.map((line) => line.match(/^\[(\d)\/5\]/)![1]),
      ["1", "2", "3", "4", "5"],
    );
    assert.match(outcomes[0], /\(create \d+\)$/);
    assert.match(lines.at(-1)!, /^fleet up: 5 succeeded, 0 failed in \d+\.\ds$/);
  });

  it("a second up is idempotent: every environment succeeds with nothing but unchanged resources", async () => {
    const results = await runFleet("up", options);
    for (const result of results) {
      assert.equal(result.status, "succeeded", result.stack);
      assert.deepEqual(
        Object.keys(result.changes),
        ["same"],
        `${result.stack}: ${JSON.stringify(result.changes)}`,
      );
    }
  });

  it("destroy deletes every environment's cluster and removes its stack and stack config file", async () => {
    const results = await runFleet("destroy", options);
    assert.deepEqual(
      results.map((result) => result.status),
      ENVIRONMENTS.map(() => "succeeded"),
    );
    assert.deepEqual(await collect(client.listClusters({ parent: PARENT })), []);
    const leftConfigFiles = fs.readdirSync(copy.dir).filter((file) => /^Pulumi\.site-\d+\.yaml$/.test(file));
    assert.deepEqual(leftConfigFiles, []);
  });

  it("a second destroy finds no stacks and reports every environment as absent", async () => {
    const results = await runFleet("destroy", options);
    assert.deepEqual(
      results.map((result) => result.status),
      ENVIRONMENTS.map(() => "absent"),
    );
  });
});

describe("fleet command line", () => {
  it("reads the action, the number of environments and the concurrency", () => {
    const parsed = parseFleetArgs(["destroy", "--count", "4", "--concurrency", "3"]);
    assert.equal(parsed.action, "destroy");
    assert.deepEqual(
      parsed.environments.map((spec) => spec.stack),
      ["site-01", "site-02", "site-03", "site-04"],
    );
    assert.equal(parsed.concurrency, 3);
  });

  it("names `--count`, its range and the value given when the count is out of range", () => {
    assert.throws(() => parseFleetArgs(["up", "--count", "0"]), {
      message: "the number of environments (`--count`) must be a whole number from 1 to 99 (got 0)",
    });
  });

  it("names `--concurrency` and the value given when it is not a whole number of at least 1", () => {
    assert.throws(() => parseFleetArgs(["up", "--concurrency", "two"]), {
      message: "`--concurrency` must be a whole number of at least 1 (got two)",
    });
  });

  it("`--shard i/n` takes the i-th environment and every n-th after it, so n runners cover the fleet once", () => {
    const stacksOf = (shard: string) =>
      parseFleetArgs(["up", "--count", "7", "--shard", shard]).environments.map((spec) => spec.stack);
    assert.deepEqual(stacksOf("1/3"), ["site-01", "site-04", "site-07"]);
    assert.deepEqual(stacksOf("2/3"), ["site-02", "site-05"]);
    assert.deepEqual(stacksOf("3/3"), ["site-03", "site-06"]);
    assert.equal(stacksOf("1/1").length, 7);
  });

  it("names `--shard`, its rule and an example when the shard is not i/n with 1 <= i <= n", () => {
    for (const shard of ["0/2", "3/2", "2", "a/b"]) {
      assert.throws(() => parseFleetArgs(["up", "--shard", shard]), {
        message: `\`--shard\` must be i/n with 1 <= i <= n, such as 1/4 for the first of four runners (got ${shard})`,
      });
    }
  });

  it("`--backend` sets the state backend of every run, and a PostgreSQL one lists stacks one at a time", () => {
    const parsed = parseFleetArgs(["up", "--backend", "postgres://ci@db:5432/pulumi"]);
    assert.deepEqual(parsed.workspace?.envVars, {
      PULUMI_BACKEND_URL: "postgres://ci@db:5432/pulumi",
      PULUMI_DIY_BACKEND_PARALLEL: process.env.PULUMI_DIY_BACKEND_PARALLEL ?? "1",
    });
    assert.deepEqual(parseFleetArgs(["up", "--backend", "file:///tmp/state"]).workspace?.envVars, {
      PULUMI_BACKEND_URL: "file:///tmp/state",
    });
    assert.equal(parseFleetArgs(["up"]).workspace, undefined);
    assert.throws(
      () => parseFleetArgs(["up", "--backend", "db:5432"]),
      /^Error: `--backend` must be a Pulumi backend URL/,
    );
  });

  it("the summary adds the calls the quotas refused when the emulator can say", () => {
    const lines: string[] = [];
    const progress = new FleetProgress("up", 1, 1, (line) => lines.push(line));
    progress.end([{ stack: "site-01", status: "succeeded", changes: { create: 6 }, seconds: 1 }], 7);
    assert.match(
      lines[0],
      /^fleet up: 1 succeeded, 0 failed in \d+\.\ds; 7 calls refused by quota and retried$/,
    );
  });

  it("asks for `up` or `destroy` and shows the usage when the action is anything else", () => {
    assert.throws(
      () => parseFleetArgs(["deploy"]),
      /^Error: the action must be `up` or `destroy`: usage: fleet up\|destroy/,
    );
  });
});
