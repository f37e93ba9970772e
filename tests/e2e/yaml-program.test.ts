import assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../client";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { auditLog } from "../support/emulator-control-client";
import { stackExportText } from "../support/stack-export";
import { createYamlStack, type YamlStack } from "../support/yaml-stack";

const EXAMPLE_DIR = path.join(REPO_ROOT, "examples", "yaml");
const CLUSTER_NAME = "projects/my-project/locations/us-central1/clusters/video-cluster";
const ARCHIVE_CLUSTER_NAME = "projects/archive-project/locations/europe-west4/clusters/archive-cluster";

/** What follows the program's `resources:` section: imported declarations go before it. */
const END_OF_RESOURCES = "\n# Lookups are functions.";

/** Resources made outside Pulumi, one of each kind that can be imported, and their Pulumi names. */
const HAND_MADE = {
  cluster: { name: "projects/my-project/locations/us-central1/clusters/spare-cluster", as: "spare-cluster" },
  stream: { name: `${CLUSTER_NAME}/streams/lobby-camera`, as: "lobby-camera" },
  event: { name: `${CLUSTER_NAME}/events/door-opened`, as: "door-opened" },
  series: { name: `${CLUSTER_NAME}/series/lobby-door`, as: "lobby-door" },
};

/**
 * Stack, cluster, 2 streams, 2 events, 4 series, 1 channel, the archive project's provider and its cluster
 * (previews do not count the default provider).
 */
const RESOURCE_COUNT = 13;

/** What `pulumi import` writes for the hand-made resources: exactly what a person would declare. */
const IMPORTED_CODE = `resources:
  spare-cluster:
    type: visionai:Cluster
    properties:
      clusterId: spare-cluster
      description: Kept for overflow
      displayName: Spare cluster
      location: us-central1
      project: my-project
  lobby-camera:
    type: visionai:Stream
    properties:
      cluster: ${CLUSTER_NAME}
      displayName: Lobby camera
      enableHlsPlayback: true
      labels:
        team: facilities
      streamId: lobby-camera
  door-opened:
    type: visionai:Event
    properties:
      alignmentClock: CAPTURE
      cluster: ${CLUSTER_NAME}
      eventId: door-opened
      gracePeriod: 5s
  lobby-door:
    type: visionai:Series
    properties:
      cluster: ${CLUSTER_NAME}
      event: ${HAND_MADE.event.name}
      seriesId: lobby-door
      stream: ${HAND_MADE.stream.name}
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
    // Lookups run as the plugin's functions; the HLS token stays secret.
    assert.equal(result.outputs.camera1DisplayName.value, "Camera 1 Stream");
    assert.equal(result.outputs.camera1HlsToken.secret, true);
    const token = String(result.outputs.camera1HlsToken.value);
    assert.match(token, /\S/);
    const state = await stackExportText(local.stack, local.workDir);
    assert.ok(state.includes("ciphertext"), "the exported state holds no encrypted value");
    assert.ok(!state.includes(token), "the HLS token is in plaintext in the exported state");
    // The explicit provider's project and location, not the stack's.
    assert.equal(result.outputs.archiveClusterName.value, ARCHIVE_CLUSTER_NAME);
    const archive = await client.getCluster({ name: ARCHIVE_CLUSTER_NAME });
    assert.equal(archive.displayName, "Archive Cluster");
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

  it("pulumi import adopts a cluster, stream, event and series made outside Pulumi and writes their code", async () => {
    await makeOutsidePulumi(client);
    const result = await local.stack.import({
      resources: Object.values(HAND_MADE).map(({ name, as }, index) => ({
        type: `visionai:index:${["Cluster", "Stream", "Event", "Series"][index]}`,
        name: as,
        id: name,
      })),
      protect: false,
    });
    assert.equal(result.generatedCode, IMPORTED_CODE);
    // The generated declarations, added to the program, describe the resources exactly: nothing to change.
    local.editProgram(END_OF_RESOURCES, IMPORTED_CODE.replace("resources:\n", "") + END_OF_RESOURCES);
    const preview = await local.stack.preview({ diff: true });
    assert.deepEqual(preview.changeSummary, { same: RESOURCE_COUNT + 4 }, preview.stdout);
    // Referring to outputs instead of names records the dependencies, so destroy deletes the series first,
    // then the stream and event, then their cluster.
    local.editProgram(`event: ${HAND_MADE.event.name}\n`, "event: ${door-opened.name}\n");
    local.editProgram(`stream: ${HAND_MADE.stream.name}\n`, "stream: ${lobby-camera.name}\n");
    local.editProgram(`cluster: ${CLUSTER_NAME}\n`, "cluster: ${video-cluster.name}\n");
    const up = await local.stack.up();
    assert.deepEqual(up.summary.resourceChanges, { same: RESOURCE_COUNT + 4 });
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

  it("destroy deletes everything, the imported resources and the other project's cluster included", async () => {
    const result = await local.stack.destroy();
    assert.equal(result.summary.result, "succeeded");
    for (const name of [CLUSTER_NAME, ARCHIVE_CLUSTER_NAME, HAND_MADE.cluster.name]) {
      await assert.rejects(client.getCluster({ name }), (error: { code?: number }) => error.code === 5, name);
    }
  });
});

/** Creates one resource of each importable kind with the client, as another tool or a person would. */
async function makeOutsidePulumi(client: StreamsServiceClient): Promise<void> {
  const id = (name: string) => name.slice(name.lastIndexOf("/") + 1);
  await (
    await client.createCluster({
      parent: "projects/my-project/locations/us-central1",
      clusterId: id(HAND_MADE.cluster.name),
      cluster: { displayName: "Spare cluster", description: "Kept for overflow" },
    })
  ).result();
  await (
    await client.createStream({
      parent: CLUSTER_NAME,
      streamId: id(HAND_MADE.stream.name),
      stream: { displayName: "Lobby camera", enableHlsPlayback: true, labels: { team: "facilities" } },
    })
  ).result();
  await (
    await client.createEvent({
      parent: CLUSTER_NAME,
      eventId: id(HAND_MADE.event.name),
      event: { gracePeriod: "5s", alignmentClock: "CAPTURE" },
    })
  ).result();
  await (
    await client.createSeries({
      parent: CLUSTER_NAME,
      seriesId: id(HAND_MADE.series.name),
      series: { stream: HAND_MADE.stream.name, event: HAND_MADE.event.name },
    })
  ).result();
}
