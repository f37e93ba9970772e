import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../client";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { auditLog } from "../support/emulator-control-client";
import { createLocalStack, type LocalStack } from "../support/local-stack";

const EXAMPLE_DIR = path.join(REPO_ROOT, "examples", "environments");
const STACK_NAME = "e2e-dev";
/** The stack's config file, a copy of the dev environment's, made for the test and removed after it. */
const STACK_CONFIG = path.join(EXAMPLE_DIR, `Pulumi.${STACK_NAME}.yaml`);
const CLUSTER_NAME = `projects/my-project/locations/us-central1/clusters/${STACK_NAME}-video`;
const RENAMED_CAMERAS = [{ id: "lobby-camera", displayName: "Front door camera" }];

describe("environment templating: one program, per-stack config", () => {
  let local: LocalStack;
  let client: StreamsServiceClient;

  before(async () => {
    fs.copyFileSync(path.join(EXAMPLE_DIR, "Pulumi.dev.yaml"), STACK_CONFIG);
    local = await createLocalStack(EXAMPLE_DIR, STACK_NAME);
    client = new StreamsServiceClient({ emulatorHost: local.emulator.address });
  });

  after(async () => {
    await client?.close();
    await local?.dispose();
    fs.rmSync(STACK_CONFIG, { force: true });
  });

  it("up deploys the environment the stack config describes, labelled with the stack name", async () => {
    const result = await local.stack.up();
    assert.equal(result.outputs.clusterName.value, CLUSTER_NAME);
    assert.equal(result.outputs.seriesCount.value, 1);
    const stream = await client.getStream({ name: `${CLUSTER_NAME}/streams/lobby-camera` });
    assert.equal(stream.enableHlsPlayback, true);
    assert.deepEqual(stream.labels, { environment: STACK_NAME, team: "video-analytics" });
  });

  it("a pull request changing one camera's name previews as exactly one in-place update", async () => {
    await local.stack.setConfig("cameras", { value: JSON.stringify(RENAMED_CAMERAS) });
    const preview = await local.stack.preview();
    assert.deepEqual(preview.changeSummary, { same: 4, update: 1 });
  });

  it("applying it sends only the changed field in update_mask", async () => {
    await local.stack.up();
    const updates = await auditLog(local.emulator.address, "UpdateStream");
    assert.deepEqual(
      updates.map((call) => [call.resource, call.updateMaskPaths]),
      [[`${CLUSTER_NAME}/streams/lobby-camera`, ["display_name"]]],
    );
  });

  it("an invalid camera ID fails the preview with a message naming the argument and the rule, no stack trace", async () => {
    await local.stack.setConfig("cameras", {
      value: JSON.stringify([{ id: "Lobby_Camera", displayName: "x" }]),
    });
    const error = await local.stack.preview().then(
      () => assert.fail("the preview should fail"),
      (thrown: Error) => thrown,
    );
    assert.match(
      error.message,
      /Stream argument `streamId` must be 1-63 characters of lowercase letters, digits and hyphens/,
    );
    assert.doesNotMatch(error.message, /\n\s+at .+:\d+:\d+\)?\n/);
    await local.stack.setConfig("cameras", { value: JSON.stringify(RENAMED_CAMERAS) });
  });

  it("destroy removes the environment", async () => {
    await local.stack.destroy();
    await assert.rejects(
      client.getCluster({ name: CLUSTER_NAME }),
      (error: { code?: number }) => error.code === 5,
    );
  });
});
