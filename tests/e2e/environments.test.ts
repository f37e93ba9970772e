import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../client";
import { auditLog } from "../support/emulator-control-client";
import { copyExample, type ExampleCopy } from "../support/example-copy";
import { createLocalStack, type LocalStack } from "../support/local-stack";

const STACK_NAME = "e2e-dev";
const CLUSTER_NAME = `projects/my-project/locations/us-central1/clusters/${STACK_NAME}-video`;
const RENAMED_CAMERAS = [{ id: "lobby-camera", displayName: "Front door camera" }];
const INVALID_CAMERAS = [{ id: "Lobby_Camera", displayName: "x" }];

/**
 * The cases run in order on one stack (deploy, change, apply, destroy), on a copy of the example whose
 * stack config is the dev environment's; a case that changes the config only for itself restores it.
 */
describe("environment templating: one program, per-stack config", () => {
  let copy: ExampleCopy;
  let local: LocalStack;
  let client: StreamsServiceClient;

  before(async () => {
    copy = copyExample("environments");
    fs.copyFileSync(path.join(copy.dir, "Pulumi.dev.yaml"), path.join(copy.dir, `Pulumi.${STACK_NAME}.yaml`));
    local = await createLocalStack(copy.dir, STACK_NAME);
    client = new StreamsServiceClient({ emulatorHost: local.emulator.address });
  });

  after(async () => {
    await client?.close();
    await local?.dispose();
    copy?.remove();
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
    await local.stack.setConfig("cameras", { value: JSON.stringify(INVALID_CAMERAS) });
    const error = await local.stack
      .preview()
      .then(
        () => assert.fail("the preview should fail"),
        (thrown: Error) => thrown,
      )
      .finally(() => local.stack.setConfig("cameras", { value: JSON.stringify(RENAMED_CAMERAS) }));
    assert.match(
      error.message,
      /Stream argument `streamId` must be 1-63 characters of lowercase letters, digits and hyphens/,
    );
    assert.doesNotMatch(error.message, /\n\s+at .+:\d+:\d+\)?\n/);
  });

  it("destroy deletes the environment's cluster", async () => {
    await local.stack.destroy();
    await assert.rejects(
      client.getCluster({ name: CLUSTER_NAME }),
      (error: { code?: number }) => error.code === 5,
    );
  });
});
