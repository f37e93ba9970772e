import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotationKeyFor } from "../../client";
import { MAPPINGS } from "../../client/mapping/kind-mappings";

const { Channel: channelMapping, Cluster: clusterMapping, Event: eventMapping } = MAPPINGS;
const { Series: seriesMapping, Stream: streamMapping } = MAPPINGS;

const STREAM = "projects/p/locations/l/clusters/c/streams/s";
const EVENT = "projects/p/locations/l/clusters/c/events/e";

describe("seed <-> wire mapping", () => {
  it("a cluster's displayName and description go to annotations under the reserved keys", () => {
    const wire = clusterMapping.toWire({ displayName: "D", description: "Desc", annotations: { a: "1" } });
    assert.deepEqual(wire.annotations, {
      a: "1",
      [annotationKeyFor("displayName")]: "D",
      [annotationKeyFor("description")]: "Desc",
    });
  });

  it("reserved keys come back as fields and leave the user's annotations", () => {
    const cluster = clusterMapping.fromWire({
      name: "projects/p/locations/l/clusters/c",
      annotations: { a: "1", [annotationKeyFor("displayName")]: "D" },
      state: "RUNNING",
      createTime: { seconds: "1700000000", nanos: 5_000_000 },
    });
    assert.equal(cluster.displayName, "D");
    assert.equal(cluster.description, "");
    assert.deepEqual(cluster.annotations, { a: "1" });
    assert.deepEqual(cluster.createTime, new Date(1_700_000_000_005));
    assert.equal(cluster.updateTime, undefined);
  });

  it("empty seed fields store nothing", () => {
    assert.deepEqual(seriesMapping.toWire({ displayName: "", stream: STREAM, event: EVENT }).annotations, {});
  });

  it("a user annotation under a reserved key is rejected", () => {
    assert.throws(
      () => clusterMapping.toWire({ annotations: { [annotationKeyFor("description")]: "x" } }),
      /`annotations` key "pulumi-visionai\/description" is reserved/,
    );
  });

  it("a stream keeps displayName on the wire and only description in annotations", () => {
    const wire = streamMapping.toWire({ displayName: "S", description: "D", enableHlsPlayback: true });
    assert.equal(wire.displayName, "S");
    assert.deepEqual(wire.annotations, { [annotationKeyFor("description")]: "D" });
    assert.equal(wire.enableHlsPlayback, true);
  });

  it("the seed's LIVE clock is sent as INGEST; CAPTURE and INGEST pass through", () => {
    assert.equal(eventMapping.toWire({ alignmentClock: "LIVE" }).alignmentClock, "INGEST");
    assert.equal(eventMapping.toWire({ alignmentClock: "CAPTURE" }).alignmentClock, "CAPTURE");
    assert.equal(eventMapping.toWire({ alignmentClock: "INGEST" }).alignmentClock, "INGEST");
  });

  it("an unknown clock is rejected naming the accepted values", () => {
    assert.throws(
      () => eventMapping.toWire({ alignmentClock: "WALL" as never }),
      /`alignmentClock`: must be one of "CAPTURE", "INGEST", "LIVE" \(an alias of INGEST\), got "WALL"/,
    );
  });

  it("a grace period string becomes a wire Duration and returns as { seconds, nanos }", () => {
    const wire = eventMapping.toWire({ gracePeriod: "1.5s" });
    assert.deepEqual(wire.gracePeriod, { seconds: "1", nanos: 500_000_000 });
    assert.deepEqual(eventMapping.fromWire({ ...wire, name: EVENT }).gracePeriod, {
      seconds: 1,
      nanos: 500_000_000,
    });
  });

  it("a bad grace period names the field", () => {
    assert.throws(
      () => eventMapping.toWire({ gracePeriod: "soon" }),
      /^Error: `gracePeriod`: a duration string/,
    );
  });

  it("a channel's inputConfig is accepted and not sent", () => {
    const wire = channelMapping.toWire({ stream: STREAM, event: EVENT, inputConfig: {} });
    assert.equal(Object.hasOwn(wire, "inputConfig"), false);
    assert.deepEqual(wire, { labels: {}, annotations: {}, stream: STREAM, event: EVENT });
  });
});
