import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { providerFor } from "../../provider";
import { runtime } from "@pulumi/pulumi";

const UNKNOWN = runtime.unknownValue;

const CLUSTER = "projects/my-project/locations/us-central1/clusters/video-cluster";
const VALID_CLUSTER_INPUTS = {
  project: "my-project",
  location: "us-central1",
  clusterId: "video-cluster",
  displayName: "Video Processing Cluster",
  labels: { team: "video-analytics" },
};
const CLUSTER_OUTPUTS = {
  ...VALID_CLUSTER_INPUTS,
  description: "",
  annotations: {},
  name: CLUSTER,
  state: "RUNNING",
  pscTarget: "",
  dataplaneServiceEndpoint: "",
  createTime: "2026-01-01T00:00:00.000Z",
  updateTime: "2026-01-01T00:00:00.000Z",
};

describe("check", () => {
  const cluster = providerFor("Cluster");

  it("accepts valid inputs, drops the engine's reserved keys and records the name they form", async () => {
    const result = await cluster.check!({}, { ...VALID_CLUSTER_INPUTS, __provider: "serialized" });
    assert.equal(result.failures, undefined);
    assert.deepEqual(result.inputs, { ...VALID_CLUSTER_INPUTS, name: CLUSTER });
  });

  it("reports every invalid argument at once, naming each in backticks", async () => {
    const result = await cluster.check!(
      {},
      { project: "", location: "us-central1", clusterId: "Bad_ID", labels: { Team: "x" } },
    );
    assert.deepEqual(result.failures?.map((failure) => failure.property).sort(), [
      "clusterId",
      "labels.Team",
      "project",
    ]);
    const reasons = result.failures!.map((failure) => failure.reason).join("\n");
    assert.match(
      reasons,
      /Cluster argument `project` is required: set it on the resource or with `pulumi config set visionai:project <project>`/,
    );
    assert.match(reasons, /Cluster argument `clusterId` must be 1-63 characters of lowercase letters/);
    assert.match(reasons, /Cluster argument `labels.Team` label keys must start with a lowercase letter/);
  });

  it("rejects arguments it does not know, naming them", async () => {
    const result = await cluster.check!({}, { ...VALID_CLUSTER_INPUTS, displayNme: "typo" });
    assert.equal(result.failures?.length, 1);
    assert.equal(result.failures![0].property, "displayNme");
    assert.equal(
      result.failures![0].reason,
      "Cluster argument `displayNme` is not a known field: remove it or check the spelling",
    );
  });

  it("rejects the reserved annotation keys and points to the argument to use", async () => {
    const result = await cluster.check!(
      {},
      { ...VALID_CLUSTER_INPUTS, annotations: { "pulumi-visionai/description": "x" } },
    );
    assert.match(
      result.failures![0].reason,
      /reserved for the package \(displayName, description and the creation marker\): set displayName or description as arguments instead/,
    );
  });

  it("accepts values that are still unknown during a preview", async () => {
    const result = await providerFor("Stream").check!({}, { cluster: UNKNOWN, streamId: "camera-1" });
    assert.equal(result.failures, undefined);
    assert.equal((result.inputs as Record<string, unknown>).cluster, UNKNOWN);
  });

  it("maps the seed's LIVE alignment clock to INGEST", async () => {
    const result = await providerFor("Event").check!(
      {},
      { cluster: CLUSTER, eventId: "motion", alignmentClock: "LIVE" },
    );
    assert.equal(result.failures, undefined);
    assert.equal((result.inputs as Record<string, unknown>).alignmentClock, "INGEST");
  });

  it("rejects a series whose stream lives in another cluster", async () => {
    const result = await providerFor("Series").check!(
      {},
      {
        cluster: CLUSTER,
        seriesId: "series-1-1",
        stream: "projects/my-project/locations/us-central1/clusters/other/streams/camera-1",
        event: `${CLUSTER}/events/motion`,
      },
    );
    assert.equal(result.failures?.length, 1);
    assert.equal(result.failures![0].property, "stream");
    assert.match(result.failures![0].reason, /must name a resource in the same cluster/);
  });
});

describe("diff", () => {
  const cluster = providerFor("Cluster");

  it("reports no changes when the inputs match the recorded outputs", async () => {
    const result = await cluster.diff!(CLUSTER, CLUSTER_OUTPUTS, VALID_CLUSTER_INPUTS);
    assert.deepEqual(result, { changes: false, replaces: [] });
  });

  it("treats an empty map or string like an absent one", async () => {
    const result = await cluster.diff!(
      CLUSTER,
      { ...CLUSTER_OUTPUTS, labels: {} },
      { ...VALID_CLUSTER_INPUTS, labels: undefined },
    );
    assert.equal(result.changes, false);
  });

  it("updates in place when only updatable fields change", async () => {
    const result = await cluster.diff!(CLUSTER, CLUSTER_OUTPUTS, {
      ...VALID_CLUSTER_INPUTS,
      description: "new",
    });
    assert.deepEqual(result, { changes: true, replaces: [] });
  });

  it("asks for replacement when the resource name would change", async () => {
    const result = await cluster.diff!(CLUSTER, CLUSTER_OUTPUTS, {
      ...VALID_CLUSTER_INPUTS,
      clusterId: "other",
    });
    assert.deepEqual(result, { changes: true, replaces: ["clusterId"] });
  });

  it("asks for replacement when a name-forming input is still unknown", async () => {
    const olds = { cluster: CLUSTER, streamId: "camera-1", name: `${CLUSTER}/streams/camera-1` };
    const result = await providerFor("Stream").diff!(olds.name, olds, {
      cluster: UNKNOWN,
      streamId: "camera-1",
    });
    assert.deepEqual(result, { changes: true, replaces: ["cluster"] });
  });

  it("counts a change of timeouts as a change without touching the service", async () => {
    const result = await cluster.diff!(CLUSTER, CLUSTER_OUTPUTS, {
      ...VALID_CLUSTER_INPUTS,
      timeouts: { createSeconds: 60 },
    });
    assert.deepEqual(result, { changes: true, replaces: [] });
  });
});
