import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { providerFor, ResourceInitError } from "../../provider";
import { providersAgainstEmulator } from "../support/providers-against-emulator";

const PROJECT_PARENT = { project: "my-project", location: "us-central1" };
const CLUSTER = "projects/my-project/locations/us-central1/clusters/video-cluster";
const CLUSTER_INPUTS = {
  ...PROJECT_PARENT,
  clusterId: "video-cluster",
  displayName: "Video Processing Cluster",
};
const STREAM_INPUTS = {
  cluster: CLUSTER,
  streamId: "camera-1",
  displayName: "Camera 1",
  enableHlsPlayback: true,
};

describe("the dynamic providers against the emulator", () => {
  const emulator = providersAgainstEmulator();
  const cluster = providerFor("Cluster");
  const stream = providerFor("Stream");

  beforeEach(() => emulator().control.reset());

  it("create waits for the operation and records the cluster's name and output-only fields", async () => {
    const created = await cluster.create(CLUSTER_INPUTS);
    assert.equal(created.id, CLUSTER);
    assert.equal(created.outs.state, "RUNNING");
    assert.equal(created.outs.displayName, "Video Processing Cluster");
    assert.notEqual(created.outs.pscTarget, "");
    assert.match(created.outs.createTime, /^\d{4}-\d\d-\d\dT/);
  });

  it("update sends only the changed fields in update_mask", async () => {
    await cluster.create(CLUSTER_INPUTS);
    const created = await stream.create(STREAM_INPUTS);
    emulator().control.clearAuditLog();
    const updated = await stream.update!(created.id, created.outs, {
      ...STREAM_INPUTS,
      displayName: "Lobby camera",
      labels: { floor: "1" },
    });
    assert.deepEqual(
      emulator()
        .control.auditLog("UpdateStream")
        .map((entry) => entry.updateMaskPaths),
      [["display_name", "labels"]],
    );
    assert.equal(updated.outs!.displayName, "Lobby camera");
    assert.equal(updated.outs!.enableHlsPlayback, true);
  });

  it("update makes no call when only provider settings changed", async () => {
    const created = await cluster.create(CLUSTER_INPUTS);
    emulator().control.clearAuditLog();
    const updated = await cluster.update!(created.id, created.outs, {
      ...CLUSTER_INPUTS,
      timeouts: { createSeconds: 60 },
    });
    assert.deepEqual(emulator().control.auditLog(), []);
    assert.deepEqual(updated.outs!.timeouts, { createSeconds: 60 });
  });

  it("a failed update reports the resource's actual state so the engine keeps it", async () => {
    const created = await cluster.create(CLUSTER_INPUTS);
    emulator().control.failNextOperations(1, { code: "INTERNAL", message: "disk on fire" });
    const error = await cluster.update!(created.id, created.outs, {
      ...CLUSTER_INPUTS,
      description: "new",
    }).then(
      () => assert.fail("update should fail"),
      (thrown: unknown) => thrown,
    );
    assert.ok(error instanceof ResourceInitError);
    assert.equal(error.id, CLUSTER);
    assert.equal((error.properties as { description: string }).description, "");
    assert.match(error.reasons[0], /disk on fire/);
  });

  it("read returns no id once the resource is gone, so refresh drops it", async () => {
    const created = await cluster.create(CLUSTER_INPUTS);
    await cluster.delete!(created.id, created.outs);
    assert.deepEqual(await cluster.read!(created.id, created.outs), {});
  });

  it("read reports changes made outside Pulumi", async () => {
    await cluster.create(CLUSTER_INPUTS);
    const created = await stream.create(STREAM_INPUTS);
    await stream.update!(created.id, created.outs, { ...STREAM_INPUTS, enableHlsPlayback: false });
    const read = await stream.read!(created.id, created.outs);
    assert.equal(read.props.enableHlsPlayback, false);
  });

  it("delete of a resource that is already gone succeeds", async () => {
    const created = await cluster.create(CLUSTER_INPUTS);
    await cluster.delete!(created.id, created.outs);
    await cluster.delete!(created.id, created.outs);
  });

  it("create of a name that exists fails and says how to adopt it", async () => {
    await cluster.create(CLUSTER_INPUTS);
    await assert.rejects(
      cluster.create(CLUSTER_INPUTS),
      /ALREADY_EXISTS[\s\S]*set `adoptExisting: true` on the resource/,
    );
  });

  it("adoptExisting takes over an existing resource and brings it to the program's values", async () => {
    await cluster.create(CLUSTER_INPUTS);
    const adopted = await cluster.create({ ...CLUSTER_INPUTS, description: "adopted", adoptExisting: true });
    assert.equal(adopted.id, CLUSTER);
    assert.equal(adopted.outs.description, "adopted");
    assert.equal(adopted.outs.adoptExisting, true);
  });

  it("deleting a cluster that still holds streams fails and names what to delete first", async () => {
    const created = await cluster.create(CLUSTER_INPUTS);
    await stream.create(STREAM_INPUTS);
    await assert.rejects(
      cluster.delete!(created.id, created.outs),
      new RegExp(
        `FAILED_PRECONDITION[\\s\\S]*still has 1 dependant resource\\(s\\): ${CLUSTER}/streams/camera-1\\. Delete them first`,
      ),
    );
  });

  it("a channel is materialized once and forgotten on delete without a call", async () => {
    await cluster.create(CLUSTER_INPUTS);
    await stream.create(STREAM_INPUTS);
    await providerFor("Event").create({ cluster: CLUSTER, eventId: "motion", gracePeriod: "30s" });
    const channel = providerFor("Channel");
    const inputs = {
      cluster: CLUSTER,
      channelId: "motion-channel",
      stream: `${CLUSTER}/streams/camera-1`,
      event: `${CLUSTER}/events/motion`,
    };
    const created = await channel.create(inputs);
    assert.equal(created.id, `${CLUSTER}/channels/motion-channel`);
    emulator().control.clearAuditLog();
    await channel.delete!(created.id, created.outs);
    assert.deepEqual(emulator().control.auditLog(), []);
    await assert.rejects(channel.create(inputs), /cannot update or delete a Channel[\s\S]*give it a new ID/);
  });
});
