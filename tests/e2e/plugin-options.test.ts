import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { StreamsServiceClient } from "../../client";
import { pulumiCli } from "../support/cli-command";
import { EmulatorInspector, PLUGIN_TYPE_PREFIX, stateResources } from "../support/stack-inventory";
import { createYamlStack, type YamlStack } from "../support/yaml-stack";

/**
 * Pulumi's own resource options and stack config reaching plugin resources through the real CLI, engine and
 * YAML language host: `customTimeouts`, `pulumi preview --diff`'s replacement marks, Cancel, and the
 * `gcp:project` / `gcp:region` defaults.
 */

/** A YAML program in its own folder, for createYamlStack to copy. */
function programDir(program: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-plugin-options-"));
  fs.writeFileSync(
    path.join(dir, "Pulumi.yaml"),
    `name: plugin-options\nruntime: yaml\n${program.replace(/^\n/, "")}`,
  );
  return dir;
}

/**
 * For a suite: a stack of `program` made before its tests (then `prepare`d) and removed after. A getter, as
 * the stack exists only once `before` has run.
 */
function suiteStack(
  stackName: string,
  program: string,
  prepare: (local: YamlStack) => Promise<unknown> = async () => undefined,
): () => YamlStack {
  let local: YamlStack | undefined;
  before(async () => {
    const dir = programDir(program);
    try {
      local = await createYamlStack(dir, stackName);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await prepare(local);
  });
  after(async () => {
    await local?.dispose();
  });
  return () => local ?? assert.fail("the stack is made in the suite's before hook");
}

/** A cluster in my-project/us-central1, with `extra` lines of YAML appended to its declaration. */
function clusterYaml(name: string, extra = ""): string {
  return `  ${name}:
    type: visionai:index:Cluster
    properties:
      project: my-project
      location: us-central1
${extra}`;
}

/** A stream in the cluster \`video-cluster\`, with \`extra\` property lines. */
function cameraYaml(name: string, extra = ""): string {
  return `  ${name}:
    type: visionai:index:Stream
    properties:
      cluster: \${video-cluster.name}
${extra}`;
}

async function withInspector<T>(
  local: YamlStack,
  use: (inspector: EmulatorInspector) => Promise<T>,
): Promise<T> {
  const inspector = new EmulatorInspector(local.emulator.address);
  try {
    return await use(inspector);
  } finally {
    inspector.close();
  }
}

const setOperationDelay = (local: YamlStack, millis: number) =>
  withInspector(local, (inspector) => inspector.control("SetOptions", { operation_delay_ms: millis }));

const CLUSTER = "projects/my-project/locations/us-central1/clusters/slow-cluster";

describe("customTimeouts on a plugin resource", () => {
  const stack = suiteStack(
    "custom-timeouts",
    `resources:\n${clusterYaml("slow-cluster", "    options:\n      customTimeouts:\n        create: 2s\n")}`,
  );

  it("bounds the create's wait: a 20 s operation fails after 2 s with a message naming the operation to resume", async () => {
    const local = stack();
    await setOperationDelay(local, 20_000);
    const failure = await local.stack.up().then(
      () => assert.fail("up succeeded although the operation outlasts customTimeouts"),
      (error: Error) => error.message,
    );
    assert.match(failure, /the operation did not finish within 2000 ms and is still running on the server/);
    assert.match(
      failure,
      /wait again with client\.operation\("projects\/my-project\/locations\/us-central1\/operations\/[^"]+"\)\.result\(\)/,
    );
    // The up gave up before the operation's 20 s were over: the operation it names is still running.
    const operation = /client\.operation\("([^"]+)"\)/.exec(failure)![1]!;
    const client = new StreamsServiceClient({ emulatorHost: local.emulator.address });
    try {
      assert.equal((await client.operation(operation)).done, false);
    } finally {
      await client.close();
    }
  });

  it("the next up, once the operation finished, takes the cluster over instead of failing or making another", async () => {
    const local = stack();
    await withInspector(local, (inspector) => inspector.control("CompleteOperations"));
    await setOperationDelay(local, 0);
    const result = await local.stack.up();
    assert.equal(result.summary.result, "succeeded");
    assert.deepEqual(await stateResources(local.stack, PLUGIN_TYPE_PREFIX), [
      { kind: "Cluster", name: CLUSTER },
    ]);
    const created = await withInspector(local, (inspector) => inspector.appliedChanges());
    assert.deepEqual(created, [`create ${CLUSTER}`]);
  });
});

describe("pulumi preview --diff of a plugin resource", () => {
  const stack = suiteStack(
    "detailed-diff",
    `resources:\n${clusterYaml("video-cluster")}${cameraYaml("lobby-camera", "      streamId: lobby-camera\n      displayName: Lobby camera\n")}`,
    (local) => local.stack.up(),
  );

  it("marks the changed ID as forcing a replacement and the display name as an in-place update", async () => {
    const local = stack();
    local.editProgram("streamId: lobby-camera", "streamId: lobby-camera-2");
    local.editProgram("displayName: Lobby camera", "displayName: Lobby camera 2");
    const preview = JSON.parse(await pulumiCli(local.stack, ["preview", "--diff", "--json"])) as {
      steps: {
        op: string;
        urn: string;
        detailedDiff?: Record<string, { kind: string }>;
        replaceReasons?: string[];
      }[];
    };
    const camera = preview.steps.find((step) => step.urn.endsWith("::lobby-camera") && step.op === "replace");
    assert.ok(camera, `no replace step for lobby-camera in ${JSON.stringify(preview.steps)}`);
    assert.deepEqual(camera.replaceReasons, ["streamId"]);
    assert.deepEqual(camera.detailedDiff, {
      displayName: { kind: "update", inputDiff: false },
      streamId: { kind: "update-replace", inputDiff: false },
    });
  });
});

describe("a YAML stack that sets only gcp:project and gcp:region", () => {
  const stack = suiteStack(
    "gcp-defaults",
    `
resources:
  video-cluster:
    type: visionai:index:Cluster
    properties:
      displayName: Video cluster
outputs:
  clusterName: \${video-cluster.name}
`,
  );

  it("fails to preview without either, naming visionai:project and why gcp:project was not seen", async () => {
    const local = stack();
    const failure = await local.stack.preview().then(
      () => assert.fail("preview succeeded without a project"),
      (error: Error) => error.message,
    );
    assert.match(
      failure,
      /Cluster argument `project` is required: set `project` on the Cluster, or set `visionai:project`/,
    );
    assert.match(failure, /Pulumi\.gcp-defaults\.yaml does not set `gcp:project`/);
  });

  it("deploys its cluster in that project and region", async () => {
    const local = stack();
    await local.stack.setAllConfig({
      "gcp:project": { value: "gcp-only-project" },
      "gcp:region": { value: "europe-west1" },
    });
    const result = await local.stack.up();
    const name = "projects/gcp-only-project/locations/europe-west1/clusters/video-cluster";
    assert.equal(result.outputs.clusterName.value, name);
    const stored = await withInspector(local, (inspector) => inspector.resources());
    assert.deepEqual(stored, [{ kind: "Cluster", name }]);
  });

  it("prefers visionai:project and visionai:location when the stack sets them too", async () => {
    const local = stack();
    await local.stack.setAllConfig({
      "visionai:project": { value: "visionai-project" },
      "visionai:location": { value: "us-central1" },
    });
    const preview = await local.stack.preview({ diff: true });
    assert.deepEqual(preview.changeSummary, { replace: 1, same: 1 });
    assert.match(preview.stdout, /project\s*:\s*"gcp-only-project"\s*=>\s*"visionai-project"/);
  });
});

describe("cancelling an up of plugin resources", () => {
  const cluster = "projects/my-project/locations/us-central1/clusters/video-cluster";
  const stack = suiteStack(
    "cancel",
    `resources:\n${clusterYaml("video-cluster")}${cameraYaml("lobby-camera")}${cameraYaml("door-camera")}`,
  );

  it("stops waiting for the running operation at once when the engine is interrupted", async () => {
    const local = stack();
    const operationMillis = 30_000;
    await setOperationDelay(local, operationMillis);
    const interrupt = new AbortController();
    const up = local.stack.up({ signal: interrupt.signal }).then(
      () => "succeeded",
      (error: Error) => error.message,
    );
    await withInspector(local, async (inspector) => {
      while (
        !((await inspector.control("ListAuditLog", { method: "CreateCluster" })).entries as unknown[]).length
      ) {
        await sleep(100);
      }
    });
    const interruptedAt = Date.now();
    interrupt.abort();
    const outcome = await up;
    const waitedMillis = Date.now() - interruptedAt;
    assert.notEqual(outcome, "succeeded");
    assert.match(outcome, /stopped waiting for the Cluster .*video-cluster's creation/);
    assert.ok(waitedMillis < operationMillis / 2, `up ended ${waitedMillis} ms after the interrupt`);
  });

  it("the next up converges: the emulator holds exactly the state's resources, each created once", async () => {
    const local = stack();
    await withInspector(local, (inspector) => inspector.control("CompleteOperations"));
    await setOperationDelay(local, 0);
    const result = await local.stack.up();
    assert.equal(result.summary.result, "succeeded");
    const inState = await stateResources(local.stack, PLUGIN_TYPE_PREFIX);
    assert.deepEqual(
      inState.map((resource) => resource.name),
      [cluster, `${cluster}/streams/door-camera`, `${cluster}/streams/lobby-camera`],
    );
    await withInspector(local, async (inspector) => {
      assert.deepEqual(await inspector.resources(), inState);
      assert.deepEqual(
        await inspector.appliedChanges(),
        inState.map((resource) => `create ${resource.name}`),
      );
    });
  });
});
