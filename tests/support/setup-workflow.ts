import assert from "node:assert/strict";
import type { OutputMap, Stack } from "@pulumi/pulumi/automation";
import type { StreamsServiceClient } from "../../client";
import { pulumiCli } from "./cli-command";

/**
 * What every program of the seed's infrastructure-setup workflow (examples/yaml, examples/nodejs-plugin-sdk
 * and the root program) deploys, as the emulator holds it.
 */
export const SETUP_CLUSTER_NAME = "projects/my-project/locations/us-central1/clusters/video-cluster";

/** The values the setup programs give, read back from the service: one check of each kind's fields. */
export async function assertSetupWorkflowDeployed(client: StreamsServiceClient): Promise<void> {
  const cluster = await client.getCluster({ name: SETUP_CLUSTER_NAME });
  assert.equal(cluster.displayName, "Video Processing Cluster");
  assert.deepEqual(cluster.labels, { environment: "production", team: "video-analytics" });
  const event = await client.getEvent({ name: `${SETUP_CLUSTER_NAME}/events/motion-detection-event` });
  assert.deepEqual(event.gracePeriod, { seconds: 30, nanos: 0 });
  const series = await client.getSeries({ name: `${SETUP_CLUSTER_NAME}/series/series-2-1` });
  assert.equal(series.stream, `${SETUP_CLUSTER_NAME}/streams/camera-2-stream`);
  assert.equal(series.event, `${SETUP_CLUSTER_NAME}/events/motion-detection-event`);
}

/**
 * The resource types in the stack's state, after checking that the provider plugin manages every kind
 * (`visionai:index:<Kind>`) through its provider resource.
 */
export async function assertPluginResourceTypes(stack: Stack): Promise<string[]> {
  const deployment = (await stack.exportStack()).deployment as { resources: { type: string }[] };
  const types = deployment.resources.map((resource) => resource.type);
  for (const kind of ["Cluster", "Stream", "Event", "Series", "Channel"]) {
    assert.ok(types.includes(`visionai:index:${kind}`), `no visionai:index:${kind} in ${types.join(", ")}`);
  }
  assert.ok(types.includes("pulumi:providers:visionai"));
  return types;
}

/**
 * The outputs every setup program exports: names, the cluster's state, and the two lookups, of which the
 * HLS token must be secret both in the outputs and in `pulumi stack export`.
 */
export async function assertSetupOutputs(stack: Stack, outputs: OutputMap): Promise<void> {
  assert.equal(outputs.clusterName.value, SETUP_CLUSTER_NAME);
  assert.equal(outputs.clusterState.value, "RUNNING");
  assert.equal(outputs.channelName.value, `${SETUP_CLUSTER_NAME}/channels/motion-detection-channel`);
  assert.equal(outputs.camera1DisplayName.value, "Camera 1 Stream");
  assert.equal(outputs.camera1HlsToken.secret, true);
  const token = String(outputs.camera1HlsToken.value);
  assert.match(token, /\S/);
  const state = await pulumiCli(stack, ["stack", "export"]);
  assert.ok(state.includes("ciphertext"), "the exported state holds no encrypted value");
  assert.ok(!state.includes(token), "the HLS token is in plaintext in the exported state");
}
