import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  EVENT,
  LOCATION,
  SERIES,
  STREAM,
  createCluster,
  createEvent,
  createSeries,
  createStream,
  runToDone,
  useTestEmulator,
} from "./support/harness";
import { unpack } from "./support/wire-client";

const OTHER_CLUSTER = `${LOCATION}/clusters/other-cluster`;

describe("streams, events, series and channels", () => {
  const emulator = useTestEmulator();
  beforeEach(async () => {
    await createCluster(emulator);
  });

  async function createStreamEventAndSeries() {
    await createStream(emulator);
    await createEvent(emulator);
    await createSeries(emulator);
  }

  it("a created stream keeps display_name, enable_hls_playback, media_warehouse_asset and annotations", async () => {
    const stream = {
      display_name: "Camera 1",
      enable_hls_playback: true,
      media_warehouse_asset: "projects/p/locations/l/corpora/c/assets/a",
      annotations: { "pulumi-visionai/description": "Front door" },
    };
    const operation = await createStream(emulator, "camera-1", stream);
    assert.equal(operation.response.type_url, "type.googleapis.com/google.cloud.visionai.v1.Stream");
    const read = await emulator.streams("GetStream", { name: STREAM });
    assert.equal(read.display_name, "Camera 1");
    assert.equal(read.enable_hls_playback, true);
    assert.equal(read.media_warehouse_asset, stream.media_warehouse_asset);
    assert.deepEqual(read.annotations, stream.annotations);
  });

  it("a created event keeps alignment_clock and grace_period", async () => {
    await createEvent(emulator, "motion", {
      alignment_clock: "INGEST",
      grace_period: { seconds: "30", nanos: 0 },
    });
    const read = await emulator.streams("GetEvent", { name: EVENT });
    assert.equal(read.alignment_clock, "INGEST");
    assert.deepEqual(read.grace_period, { seconds: "30", nanos: 0 });
  });

  it("a series joins an existing stream and event of its cluster", async () => {
    await createStream(emulator);
    await createEvent(emulator);
    const operation = await createSeries(emulator);
    const series = unpack(operation.response, "google.cloud.visionai.v1.Series");
    assert.equal(series.name, SERIES);
    assert.equal(series.stream, STREAM);
    assert.equal(series.event, EVENT);
  });

  it("a series reads back with GetSeries and can be moved to another event with UpdateSeries", async () => {
    await createStreamEventAndSeries();
    await createEvent(emulator, "person");
    const person = `${CLUSTER}/events/person`;
    const operation = await runToDone(emulator, "UpdateSeries", {
      series: { name: SERIES, event: person, labels: { moved: "yes" } },
      update_mask: { paths: ["event"] },
    });
    assert.equal(unpack(operation.response, "google.cloud.visionai.v1.Series").event, person);
    const read = await emulator.streams("GetSeries", { name: SERIES });
    assert.equal(read.stream, STREAM);
    assert.equal(read.event, person);
    assert.deepEqual(read.labels, {}, "labels were not in the mask");
  });

  it("UpdateSeries to an event of another cluster fails with INVALID_ARGUMENT and changes nothing", async () => {
    await createStreamEventAndSeries();
    await assertRejects(
      emulator.streams("UpdateSeries", {
        series: { name: SERIES, event: `${OTHER_CLUSTER}/events/motion` },
        update_mask: { paths: ["event"] },
      }),
      grpc.status.INVALID_ARGUMENT,
      "series.event",
    );
    assert.equal((await emulator.streams("GetSeries", { name: SERIES })).event, EVENT);
  });

  it("a series naming a missing stream fails with NOT_FOUND", async () => {
    await createEvent(emulator);
    await assertRejects(
      emulator.streams("CreateSeries", {
        parent: CLUSTER,
        series_id: "s",
        series: { stream: STREAM, event: EVENT },
      }),
      grpc.status.NOT_FOUND,
      `Stream "${STREAM}" was not found. Create the stream before referencing it in \`series.stream\`.`,
    );
  });

  it("a series naming a stream of another cluster fails with INVALID_ARGUMENT", async () => {
    await createCluster(emulator, "other-cluster");
    await runToDone(emulator, "CreateStream", { parent: OTHER_CLUSTER, stream_id: "camera-1", stream: {} });
    await createEvent(emulator);
    const details = await assertRejects(
      emulator.streams("CreateSeries", {
        parent: CLUSTER,
        series_id: "s",
        series: { stream: `${OTHER_CLUSTER}/streams/camera-1`, event: EVENT },
      }),
      grpc.status.INVALID_ARGUMENT,
      `which is not in cluster "${CLUSTER}"`,
    );
    assert.equal(details.badRequest?.field_violations[0].field, "series.stream");
  });

  it("a series without an event fails with INVALID_ARGUMENT saying series.event is required", async () => {
    await createStream(emulator);
    await assertRejects(
      emulator.streams("CreateSeries", { parent: CLUSTER, series_id: "s", series: { stream: STREAM } }),
      grpc.status.INVALID_ARGUMENT,
      "Field `series.event` is required but was empty.",
    );
  });

  it("materializing a channel answers with the Channel", async () => {
    await createStream(emulator);
    await createEvent(emulator);
    const operation = await runToDone(emulator, "MaterializeChannel", {
      parent: CLUSTER,
      channel_id: "camera-1-motion",
      channel: { stream: STREAM, event: EVENT, labels: { a: "b" } },
    });
    const channel = unpack(operation.response, "google.cloud.visionai.v1.Channel");
    assert.equal(channel.name, `${CLUSTER}/channels/camera-1-motion`);
    assert.deepEqual(channel.labels, { a: "b" });
    const metadata = unpack(operation.metadata, "google.cloud.visionai.v1.OperationMetadata");
    assert.equal(metadata.verb, "materialize");
  });

  it("materializing the same channel twice fails with ALREADY_EXISTS", async () => {
    await createStream(emulator);
    await createEvent(emulator);
    const request = { parent: CLUSTER, channel_id: "ch", channel: { stream: STREAM, event: EVENT } };
    await runToDone(emulator, "MaterializeChannel", request);
    await assertRejects(
      emulator.streams("MaterializeChannel", request),
      grpc.status.ALREADY_EXISTS,
      "already exists",
    );
  });

  it("a channel on a missing event fails with NOT_FOUND", async () => {
    await createStream(emulator);
    await assertRejects(
      emulator.streams("MaterializeChannel", {
        parent: CLUSTER,
        channel_id: "ch",
        channel: { stream: STREAM, event: EVENT },
      }),
      grpc.status.NOT_FOUND,
      `Event "${EVENT}" was not found.`,
    );
  });

  it("each list RPC returns only its own kind", async () => {
    await createStreamEventAndSeries();
    const names = async (method: string, field: string) =>
      (await emulator.streams(method, { parent: CLUSTER }))[field].map((item: { name: string }) => item.name);
    assert.deepEqual(await names("ListStreams", "streams"), [STREAM]);
    assert.deepEqual(await names("ListEvents", "events"), [EVENT]);
    assert.deepEqual(await names("ListSeries", "series"), [SERIES]);
  });

  it("listing streams of a missing cluster fails with NOT_FOUND", async () => {
    await assertRejects(
      emulator.streams("ListStreams", { parent: OTHER_CLUSTER }),
      grpc.status.NOT_FOUND,
      `Cluster "${OTHER_CLUSTER}" was not found.`,
    );
  });
});
