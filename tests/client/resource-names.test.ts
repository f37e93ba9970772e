import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  channelName,
  clusterName,
  eventName,
  isName,
  locationName,
  operationName,
  parseClusterName,
  parseOperationName,
  parseSeriesName,
  parseStreamName,
  seriesName,
  streamName,
  VisionAiError,
} from "../../client";

const CLUSTER = { project: "p", location: "us-central1", cluster: "c" };

describe("resource names", () => {
  it("format every pattern from its parts", () => {
    assert.equal(locationName({ project: "p", location: "us-central1" }), "projects/p/locations/us-central1");
    assert.equal(clusterName(CLUSTER), "projects/p/locations/us-central1/clusters/c");
    assert.equal(
      streamName({ ...CLUSTER, stream: "s" }),
      "projects/p/locations/us-central1/clusters/c/streams/s",
    );
    assert.equal(
      eventName({ ...CLUSTER, event: "e" }),
      "projects/p/locations/us-central1/clusters/c/events/e",
    );
    assert.equal(
      seriesName({ ...CLUSTER, series: "x" }),
      "projects/p/locations/us-central1/clusters/c/series/x",
    );
    assert.equal(
      channelName({ ...CLUSTER, channel: "h" }),
      "projects/p/locations/us-central1/clusters/c/channels/h",
    );
    assert.equal(
      operationName({ project: "p", location: "l", operation: "o" }),
      "projects/p/locations/l/operations/o",
    );
  });

  it("parse a name back into the parts it was made from", () => {
    assert.deepEqual(parseStreamName(streamName({ ...CLUSTER, stream: "s" })), { ...CLUSTER, stream: "s" });
    assert.deepEqual(parseClusterName("projects/p/locations/us-central1/clusters/c"), CLUSTER);
    assert.deepEqual(parseOperationName("projects/p/locations/l/operations/o"), {
      project: "p",
      location: "l",
      operation: "o",
    });
  });

  it("a wrong collection segment is named with the expected pattern", () => {
    assert.throws(() => parseSeriesName("projects/p/locations/l/clusters/c/serie/x"), {
      name: "VisionAiError",
      status: "INVALID_ARGUMENT",
      serverMessage:
        '"projects/p/locations/l/clusters/c/serie/x" is not a series name: segment 7 is "serie" where "series" ' +
        "belongs; expected projects/{project}/locations/{location}/clusters/{cluster}/series/{series}",
    });
  });

  it("a name with too few segments says how many it has", () => {
    assert.throws(() => parseClusterName("projects/p/locations/l"), /it has 4 segments, not 6/);
  });

  it("an empty variable segment is named", () => {
    assert.throws(
      () => parseClusterName("projects//locations/l/clusters/c"),
      /segment 2 \(\{project\}\) is empty/,
    );
  });

  it("formatting rejects a part containing a slash, naming the part", () => {
    assert.throws(
      () => clusterName({ ...CLUSTER, cluster: "a/b" }),
      (error: unknown) =>
        error instanceof VisionAiError && /`cluster` must be a non-empty string/.test(error.message),
    );
  });

  it("isName tells names of a kind from others", () => {
    assert.equal(isName("stream", "projects/p/locations/l/clusters/c/streams/s"), true);
    assert.equal(isName("stream", "projects/p/locations/l/clusters/c/events/s"), false);
  });
});
