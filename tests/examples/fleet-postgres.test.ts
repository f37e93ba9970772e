import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { LocalWorkspace, type Stack } from "@pulumi/pulumi/automation";
import { StreamsServiceClient } from "../../client";
import { siteEnvironments } from "../../examples/fleet/environments";
import { backendEnv } from "../../examples/fleet/main";
import { startEmulatorProcess, type EmulatorProcess } from "../../scripts/lib/emulator-process";
import { offlinePulumiEnv, pulumiBinDir, pulumiCommand } from "../../scripts/lib/pulumi-cli";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { collect } from "../client/support/emulator";
import { copyExample, type ExampleCopy } from "../support/example-copy";
import { startPostgres, type PostgresServer } from "../support/postgres-server";
import { stateResources } from "../support/stack-inventory";

const run = promisify(execFile);
const FLEET_MAIN = path.join(REPO_ROOT, "dist", "examples", "fleet", "main.js");
const PARENT = "projects/my-project/locations/us-central1";
const SITES = siteEnvironments(4).map((spec) => spec.stack);
const SHARED_STACK = "shared-site";

interface FleetRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Two CI runners, each with its own checkout and Pulumi home, sharing one PostgreSQL state database and
 * one emulator: the setting examples/fleet/README.md describes.
 */
describe("the fleet sharded over runners that share PostgreSQL state", () => {
  let postgres: PostgresServer;
  let emulator: EmulatorProcess;
  let client: StreamsServiceClient;
  let scratch: string;
  let binDir: string;
  const checkouts: ExampleCopy[] = [];

  /** The environment of runner `runner`: its own Pulumi home, the shared database as backend. */
  const runnerEnv = (runner: number): Record<string, string> => ({
    ...offlinePulumiEnv({
      binDir,
      home: path.join(scratch, `home-${runner}`),
      backendDir: path.join(scratch, `unused-${runner}`),
    }),
    ...backendEnv(postgres.url, {}),
    VISIONAI_EMULATOR_HOST: emulator.address,
  });

  /** `npm run fleet -- <action> --count 4 --shard i/2 --backend <database>` as runner i runs it. */
  const fleet = (runner: number, action: string): Promise<FleetRun> =>
    run(
      process.execPath,
      [
        FLEET_MAIN,
        action,
        "--count",
        String(SITES.length),
        "--concurrency",
        "2",
        "--shard",
        `${runner}/2`,
        "--backend",
        postgres.url,
        "--template",
        checkouts[runner - 1].dir,
      ],
      { env: { ...process.env, ...runnerEnv(runner) }, maxBuffer: 16 * 1024 * 1024 },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );

  /** Every stack the shared database holds, as any runner sees it. */
  const storedStacks = async (): Promise<string[]> => {
    const workspace = await LocalWorkspace.create({
      workDir: checkouts[0].dir,
      pulumiCommand: await pulumiCommand(binDir),
      envVars: runnerEnv(1),
    });
    return (await workspace.listStacks()).map((stack) => stack.name).sort();
  };

  before(async () => {
    postgres = await startPostgres();
    emulator = await startEmulatorProcess(["--in-memory"]);
    client = new StreamsServiceClient({ emulatorHost: emulator.address });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-fleet-postgres-"));
    binDir = await pulumiBinDir();
    checkouts.push(copyExample("environments"), copyExample("environments"));
    // A CI setup step: `pulumi login` creates the state table once, before the runners start together.
    await run(path.join(binDir, "pulumi"), ["login", postgres.url], {
      env: { ...process.env, ...runnerEnv(1) },
    });
  });

  after(async () => {
    await client?.close();
    await emulator?.stop();
    await postgres?.stop();
    for (const checkout of checkouts) checkout.remove();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("two runners with shards 1/2 and 2/2 bring up every environment once between them", async () => {
    const [first, second] = await Promise.all([fleet(1, "up"), fleet(2, "up")]);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.match(first.stdout, /site-01: succeeded/);
    assert.match(first.stdout, /site-03: succeeded/);
    assert.doesNotMatch(first.stdout, /site-0[24]/);
    assert.match(second.stdout, /site-02: succeeded/);
    assert.match(second.stdout, /site-04: succeeded/);
    assert.deepEqual(await storedStacks(), SITES);
    const clusters = await collect(client.listClusters({ parent: PARENT }));
    assert.deepEqual(
      clusters.map((cluster) => cluster.name).sort(),
      SITES.map((site) => `${PARENT}/clusters/${site}-video`),
    );
  });

  it("the same runners destroy their environments, leaving neither stacks nor resources", async () => {
    const [first, second] = await Promise.all([fleet(1, "destroy"), fleet(2, "destroy")]);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.match(first.stdout, /fleet destroy: 2 succeeded, 0 failed/);
    assert.match(second.stdout, /fleet destroy: 2 succeeded, 0 failed/);
    assert.deepEqual(await storedStacks(), []);
    assert.deepEqual(await collect(client.listClusters({ parent: PARENT })), []);
  });

  it("two ups of one stack at once: one waits or fails with the engine's lock message, and nothing is lost", async () => {
    const stacks: Stack[] = [];
    for (const [runner, checkout] of checkouts.entries()) {
      const stack = await LocalWorkspace.createOrSelectStack(
        { stackName: SHARED_STACK, workDir: checkout.dir },
        { pulumiCommand: await pulumiCommand(binDir), envVars: runnerEnv(runner + 1) },
      );
      await stack.setAllConfig(
        Object.fromEntries(
          Object.entries(siteEnvironments(1)[0].config).map(([key, value]) => [key, { value }]),
        ),
      );
      stacks.push(stack);
    }
    const outcomes = await Promise.allSettled(stacks.map((stack) => stack.up()));
    const locked = outcomes.filter(
      (outcome) =>
        outcome.status === "rejected" && /the stack is currently locked/.test(String(outcome.reason)),
    );
    const succeeded = outcomes.filter((outcome) => outcome.status === "fulfilled");
    assert.equal(locked.length + succeeded.length, 2, "each up either succeeded or met the lock");
    assert.ok(locked.length >= 1, "the two ups overlapped, and the lock kept them apart");

    // Whatever the race left, the next up converges and state agrees with the service.
    const settled = await stacks[0].up();
    assert.equal(settled.summary.result, "succeeded");
    assert.deepEqual(Object.keys((await stacks[1].preview()).changeSummary), ["same"]);
    const cluster = `${PARENT}/clusters/${SHARED_STACK}-video`;
    const held = [cluster, ...(await collect(client.listStreams({ parent: cluster }))).map((s) => s.name)];
    const inState = (await stateResources(stacks[1])).map((resource) => resource.name);
    for (const name of held) assert.ok(inState.includes(name), `${name} is in the shared state`);
    await stacks[1].destroy();
    await stacks[1].workspace.removeStack(SHARED_STACK);
  });
});
