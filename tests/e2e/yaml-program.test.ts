import assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../client";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { auditLog } from "../support/emulator-control-client";
import {
  assertPluginResourceTypes,
  assertSetupOutputs,
  assertSetupWorkflowDeployed,
} from "../support/setup-workflow";
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
    // Lookups run as the plugin's functions; the HLS token stays secret.
    await assertSetupOutputs(local.stack, result.outputs);
    // The explicit provider's project and location, not the stack's.
    assert.equal(result.outputs.archiveClusterName.value, ARCHIVE_CLUSTER_NAME);
    const archive = await client.getCluster({ name: ARCHIVE_CLUSTER_NAME });
    assert.equal(archive.displayName, "Archive Cluster");
    await assertSetupWorkflowDeployed(client);
  });

  it("state records real provider resources typed visionai:index:<Kind>", async () => {
    await assertPluginResourceTypes(local.stack);
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
