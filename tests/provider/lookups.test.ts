import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { invoke } from "../../provider/plugin/lookups";
import { streamsClient } from "../../provider/service-client";
import { getEvent, getStream, getStreamHlsToken } from "../../sdk";
import { providersAgainstEmulator } from "../support/providers-against-emulator";

const LOCATION = "projects/my-project/locations/us-central1";
const CLUSTER = `${LOCATION}/clusters/video-cluster`;
const STREAM = `${CLUSTER}/streams/camera-1`;
const EVENT = `${CLUSTER}/events/motion`;

/** What a managed Stream records as outputs for the stream created below, less its time stamps. */
const STREAM_OUTPUTS = {
  cluster: CLUSTER,
  streamId: "camera-1",
  displayName: "Camera 1",
  description: "Lobby",
  enableHlsPlayback: true,
  mediaWarehouseAsset: "",
  labels: { floor: "1" },
  annotations: {},
  name: STREAM,
};

function withoutTimes(outputs: Record<string, unknown>): Record<string, unknown> {
  const { createTime, updateTime, ...rest } = outputs;
  assert.match(String(createTime), /^\d{4}-\d\d-\d\dT/, "createTime is an RFC 3339 string");
  assert.match(String(updateTime), /^\d{4}-\d\d-\d\dT/, "updateTime is an RFC 3339 string");
  return rest;
}

describe("lookups return the same shape from the TypeScript SDK and the provider plugin", () => {
  providersAgainstEmulator();

  before(async () => {
    const client = streamsClient();
    await (
      await client.createCluster({ parent: LOCATION, clusterId: "video-cluster", cluster: {} })
    ).result();
    await (
      await client.createStream({
        parent: CLUSTER,
        streamId: "camera-1",
        stream: {
          displayName: "Camera 1",
          description: "Lobby",
          enableHlsPlayback: true,
          labels: { floor: "1" },
        },
      })
    ).result();
    await (
      await client.createEvent({
        parent: CLUSTER,
        eventId: "motion",
        event: { displayName: "Motion", gracePeriod: "30s", alignmentClock: "LIVE" },
      })
    ).result();
  });

  it("getStream returns the managed Stream's outputs: name parts, state-form fields, no provider settings", async () => {
    assert.deepEqual(withoutTimes(await getStream({ name: STREAM })), STREAM_OUTPUTS);
  });

  it("visionai:index:getStream returns exactly what getStream returns", async () => {
    const plugin = await invoke("visionai:index:getStream", { name: STREAM });
    assert.deepEqual(plugin.failures, undefined);
    assert.deepEqual(plugin.outputs, await getStream({ name: STREAM }));
  });

  it("an event's duration and clock come back in state form from both", async () => {
    const sdk = await getEvent({ name: EVENT });
    assert.equal(sdk.gracePeriod, "30s");
    assert.equal(sdk.alignmentClock, "INGEST");
    assert.deepEqual((await invoke("visionai:index:getEvent", { name: EVENT })).outputs, sdk);
  });

  it("a lookup of a missing stream fails in the plugin naming it", async () => {
    const missing = `${CLUSTER}/streams/nope`;
    assert.deepEqual((await invoke("visionai:index:getStream", { name: missing })).failures, [
      { property: "name", reason: `Stream ${missing} does not exist` },
    ]);
  });

  it("getStreamHlsToken returns the token and an RFC 3339 expiry, as the plugin's function does", async () => {
    const sdk = await getStreamHlsToken({ stream: STREAM });
    assert.equal(typeof sdk.token, "string");
    assert.match(sdk.expirationTime, /^\d{4}-\d\d-\d\dT/);
    const plugin = await invoke("visionai:index:getStreamHlsToken", { stream: STREAM });
    assert.deepEqual(Object.keys(plugin.outputs ?? {}).sort(), Object.keys(sdk).sort());
  });
});
