import assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../client";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { auditLog } from "../support/emulator-control-client";
import { createYamlStack, type YamlStack } from "../support/yaml-stack";

const EXAMPLE_DIR = path.join(REPO_ROOT, "examples", "yaml");
const CLUSTER_NAME = "projects/my-project/locations/us-central1/clusters/video-cluster";
const HAND_MADE_STREAM = `${CLUSTER_NAME}/streams/lobby-camera`;

/** Stack, cluster, 2 streams, 2 events, 4 series, 1 channel (previews do not count the provider). */
const RESOURCE_COUNT = 11;

/** What `pulumi import` writes for the hand-made stream: exactly what a person would declare. */
const IMPORTED_STREAM_CODE = `resources:
  lobby-camera:
    type: visionai:Stream
    properties:
      cluster: ${CLUSTER_NAME}
      displayName: Lobby camera
      enableHlsPlayback: true
      labels:
        team: facilities
      streamId: lobby-camera
`;

describe("the Pulumi YAML example through the provider plugin and the real YAML language host", () => {
  let local: YamlStack;
  let client: StreamsServiceClient;

  before(async () => {
    local = await createYamlStack(EXAMPLE_DIR, "e2e-yaml");
    client = new StreamsServiceClient({ emulatorHost: local.emulator.address });
  });

  after(async () => {
    await client?.close();
    await local?.dispose();
  });

  it("up creates the seed's whole setup, every kind, with the program's values", async () => {
    const result = await local.stack.up();
    assert.equal(result.summary.result, "succeeded");
    assert.equal(result.outputs.clusterName.value, CLUSTER_NAME);
    assert.equal(result.outputs.clusterState.value, "RUNNING");
    assert.equal(result.outputs.channelName.value, `${CLUSTER_NAME}/channels/motion-detection-channel`);
    const cluster = await client.getCluster({ name: CLUSTER_NAME });
    assert.equal(cluster.displayName, "Video Processing Cluster");
    assert.deepEqual(cluster.labels, { environment: "production", team: "video-analytics" });
    const event = await client.getEvent({ name: `${CLUSTER_NAME}/events/motion-detection-event` });
    assert.deepEqual(event.gracePeriod, { seconds: 30, nanos: 0 });
    const series = await client.getSeries({ name: `${CLUSTER_NAME}/series/series-2-1` });
    assert.equal(series.stream, `${CLUSTER_NAME}/streams/camera-2-stream`);
    assert.equal(series.event, `${CLUSTER_NAME}/events/motion-detection-event`);
  });

  it("state records real provider resources typed visionai:index:<Kind>", async () => {
    const deployment = (await local.stack.exportStack()).deployment as { resources: { type: string }[] };
    const types = deployment.resources.map((resource) => resource.type);
    for (const kind of ["Cluster", "Stream", "Event", "Series", "Channel"]) {
      assert.ok(types.includes(`visionai:index:${kind}`), `no visionai:index:${kind} in ${types.join(", ")}`);
    }
    assert.ok(types.includes("pulumi:providers:visionai"));
  });

  it("preview right after up reports no changes", async () => {
    const preview = await local.stack.preview();
    assert.deepEqual(preview.changeSummary, { same: RESOURCE_COUNT });
  });

  it("changing one camera's display name updates that stream in place, sending only display_name", async () => {
    local.editProgram("displayName: Camera 2 Stream", "displayName: Front door camera");
    const preview = await local.stack.preview();
    assert.deepEqual(preview.changeSummary, { same: RESOURCE_COUNT - 1, update: 1 });
    await local.stack.up();
    const updates = await auditLog(local.emulator.address, "UpdateStream");
    assert.deepEqual(
      updates.map((call) => [call.resource, call.updateMaskPaths]),
      [[`${CLUSTER_NAME}/streams/camera-2-stream`, ["display_name"]]],
    );
    const stream = await client.getStream({ name: `${CLUSTER_NAME}/streams/camera-2-stream` });
    assert.equal(stream.displayName, "Front door camera");
  });

  it("pulumi import adopts a stream made outside Pulumi and writes the code that declares it", async () => {
    const made = await client.createStream({
      parent: CLUSTER_NAME,
      streamId: "lobby-camera",
      stream: { displayName: "Lobby camera", enableHlsPlayback: true, labels: { team: "facilities" } },
    });
    await made.result();
    const result = await local.stack.import({
      resources: [{ type: "visionai:index:Stream", name: "lobby-camera", id: HAND_MADE_STREAM }],
      protect: false,
    });
    assert.equal(result.generatedCode, IMPORTED_STREAM_CODE);
    // The generated declaration, added to the program, describes the stream exactly: nothing to change.
    local.editProgram("\noutputs:", IMPORTED_STREAM_CODE.replace("resources:\n", "") + "\noutputs:");
    const preview = await local.stack.preview({ diff: true });
    assert.deepEqual(preview.changeSummary, { same: RESOURCE_COUNT + 1 }, preview.stdout);
    // Referring to the cluster's output instead of its name records the dependency, so destroy orders the
    // stream before its cluster.
    local.editProgram(`cluster: ${CLUSTER_NAME}\n`, "cluster: ${video-cluster.name}\n");
    const up = await local.stack.up();
    assert.deepEqual(up.summary.resourceChanges, { same: RESOURCE_COUNT + 1 });
  });

  it("importing a channel fails with a message saying v1 cannot read channels", async () => {
    const error = await local.stack
      .import({
        resources: [
          {
            type: "visionai:index:Channel",
            name: "old-channel",
            id: `${CLUSTER_NAME}/channels/motion-detection-channel`,
          },
        ],
      })
      .then(
        () => assert.fail("the import should fail"),
        (thrown: Error) => thrown,
      );
    assert.match(
      error.message,
      /a Channel cannot be imported: the Vision AI v1 API has no call that reads an existing channel/,
    );
    assert.doesNotMatch(error.message, /\n\s+at .+:\d+:\d+\)?\n/);
  });

  it("destroy deletes everything, the imported stream included", async () => {
    const result = await local.stack.destroy();
    assert.equal(result.summary.result, "succeeded");
    await assert.rejects(
      client.getCluster({ name: CLUSTER_NAME }),
      (error: { code?: number }) => error.code === 5,
    );
  });
});
