import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  EVENT,
  LOCATION,
  STREAM,
  createCluster,
  createEvent,
  createSeries,
  createStream,
  useTestEmulator,
} from "./support/harness";
import type { Message } from "./support/wire-client";

/** Each listable kind: its List RPC, parent, response field, and one field its v1 message lacks. */
const LISTABLE_KINDS = [
  { kind: "Cluster", list: "ListClusters", parent: LOCATION, items: "clusters", lacks: "display_name" },
  { kind: "Stream", list: "ListStreams", parent: CLUSTER, items: "streams", lacks: "description" },
  { kind: "Event", list: "ListEvents", parent: CLUSTER, items: "events", lacks: "display_name" },
  { kind: "Series", list: "ListSeries", parent: CLUSTER, items: "series", lacks: "display_name" },
] as const;

/** A filter on one field of each kind's v1 message, matching the resource created below. */
const V1_FIELD_FILTERS = {
  Cluster: "state = RUNNING",
  Stream: 'display_name = "Camera 1" AND enable_hls_playback = true',
  Event: "alignment_clock = INGEST",
  Series: `stream = "${STREAM}" AND event = "${EVENT}"`,
} as const;

describe("list filters name only fields of the v1 message", () => {
  const emulator = useTestEmulator({}, { resetBeforeEach: false });

  before(async () => {
    await createCluster(emulator, undefined, { annotations: { "pulumi-visionai/display-name": "Video" } });
    await createStream(emulator, undefined, { display_name: "Camera 1", enable_hls_playback: true });
    await createEvent(emulator, undefined, {
      alignment_clock: "INGEST",
      annotations: { "pulumi-visionai/display-name": "Motion" },
    });
    await createSeries(emulator);
  });

  for (const { kind, list, parent, items, lacks } of LISTABLE_KINDS) {
    it(`${list} with a filter on ${lacks}, which v1's ${kind} lacks, is INVALID_ARGUMENT naming the field`, async () => {
      const details = await assertRejects(
        emulator.streams(list, { parent, filter: `${lacks} = "Motion"` }),
        grpc.status.INVALID_ARGUMENT,
        `Field \`filter\` is invalid at column 1: ${kind} has no field '${lacks}'.`,
      );
      assert.equal(details.badRequest?.field_violations[0].field, "filter");
    });

    it(`${list} ordered by ${lacks} is INVALID_ARGUMENT naming the field`, async () => {
      await assertRejects(
        emulator.streams(list, { parent, order_by: `${lacks} desc` }),
        grpc.status.INVALID_ARGUMENT,
        `Field \`order_by\` is invalid at column 1: ${kind} has no field '${lacks}'.`,
      );
    });

    it(`${list} with a filter on fields of v1's ${kind} matches the resource that has them`, async () => {
      const response: Message = await emulator.streams(list, { parent, filter: V1_FIELD_FILTERS[kind] });
      assert.equal(response[items].length, 1);
    });
  }

  it("a reserved annotation is an ordinary map entry: annotations.<key> filters by it", async () => {
    const response = await emulator.streams("ListEvents", {
      parent: CLUSTER,
      filter: 'annotations.pulumi-visionai/display-name = "Motion"',
    });
    assert.deepEqual(
      response.events.map((event: Message) => event.name),
      [EVENT],
    );
  });

  it("a filter on a field the emulator cannot compare (a Duration) says so rather than that it is missing", async () => {
    await assertRejects(
      emulator.streams("ListEvents", { parent: CLUSTER, filter: 'grace_period = "30s"' }),
      grpc.status.INVALID_ARGUMENT,
      "the emulator cannot compare Event field 'grace_period'",
    );
  });
});
