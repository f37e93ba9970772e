import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { createCluster, startHarness, type Harness } from "./support/emulator";

describe("materializeChannel", () => {
  let harness: Harness;
  let cluster: string;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.stop());
  beforeEach(async () => {
    harness.emulator.control.reset();
    cluster = await createCluster(harness.client, "video-cluster");
  });

  it("resolves to the channel for a stream and an event, ignoring the seed's inputConfig", async () => {
    const client = harness.client;
    const stream = (
      await (await client.createStream({ parent: cluster, streamId: "cam", stream: {} })).result()
    ).name;
    const event = (
      await (await client.createEvent({ parent: cluster, eventId: "motion", event: {} })).result()
    ).name;
    const operation = await client.materializeChannel({
      parent: cluster,
      channelId: "motion-channel",
      channel: { stream, event, inputConfig: {} },
    });
    const channel = await operation.result();
    assert.equal(channel.name, `${cluster}/channels/motion-channel`);
    assert.equal(channel.stream, stream);
    assert.equal(channel.event, event);
    assert.ok(channel.createTime instanceof Date);
  });

  it("fails with NOT_FOUND naming the missing stream", async () => {
    const operationOrError = harness.client
      .materializeChannel({
        parent: cluster,
        channelId: "orphan",
        channel: { stream: `${cluster}/streams/missing`, event: `${cluster}/events/missing` },
      })
      .then((operation) => operation.result());
    await assert.rejects(operationOrError, (error: Error & { status?: string; method?: string }) => {
      assert.equal(error.method, "MaterializeChannel");
      assert.equal(error.status, "NOT_FOUND");
      assert.match(error.message, new RegExp(`${cluster}/streams/missing`));
      assert.match(error.message, /Create the stream and the event the channel names first\.$/);
      return true;
    });
  });
});
