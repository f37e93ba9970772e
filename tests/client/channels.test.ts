import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { emulatorSuite } from "./support/emulator";

describe("materializeChannel", () => {
  const suite = emulatorSuite({ clusterId: "video-cluster" });

  it("resolves to the channel for a stream and an event, ignoring the seed's inputConfig", async () => {
    const client = suite.harness.client;
    const stream = (
      await (await client.createStream({ parent: suite.cluster, streamId: "cam", stream: {} })).result()
    ).name;
    const event = (
      await (await client.createEvent({ parent: suite.cluster, eventId: "motion", event: {} })).result()
    ).name;
    const operation = await client.materializeChannel({
      parent: suite.cluster,
      channelId: "motion-channel",
      channel: { stream, event, inputConfig: {} },
    });
    const channel = await operation.result();
    assert.equal(channel.name, `${suite.cluster}/channels/motion-channel`);
    assert.equal(channel.stream, stream);
    assert.equal(channel.event, event);
    assert.ok(channel.createTime instanceof Date);
  });

  it("fails with NOT_FOUND naming the missing stream", async () => {
    const operationOrError = suite.harness.client
      .materializeChannel({
        parent: suite.cluster,
        channelId: "orphan",
        channel: { stream: `${suite.cluster}/streams/missing`, event: `${suite.cluster}/events/missing` },
      })
      .then((operation) => operation.result());
    await assert.rejects(operationOrError, (error: Error & { status?: string; method?: string }) => {
      assert.equal(error.method, "MaterializeChannel");
      assert.equal(error.status, "NOT_FOUND");
      assert.match(error.message, new RegExp(`${suite.cluster}/streams/missing`));
      assert.match(error.message, /Create the stream and the event the channel names first\.$/);
      return true;
    });
  });
});
