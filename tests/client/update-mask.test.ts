import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAPPINGS } from "../../client/mapping/kind-mappings";
import { maskPaths, planUpdate } from "../../client/update-mask";

const { Cluster: cluster, Stream: stream, Event: event } = MAPPINGS;

describe("update masks", () => {
  it("camelCase and snake_case paths both become snake_case, without duplicates", () => {
    assert.deepEqual(maskPaths(["gracePeriod", "grace_period", "alignmentClock"]), [
      "grace_period",
      "alignment_clock",
    ]);
    assert.deepEqual(maskPaths({ paths: ["enableHlsPlayback"] }), ["enable_hls_playback"]);
    assert.equal(maskPaths(undefined), undefined);
  });

  it("seed-only fields are sent as annotations, read first so the other annotation fields keep their values", () => {
    assert.deepEqual(planUpdate(cluster, ["displayName"]), {
      wirePaths: ["annotations"],
      namedFields: ["displayName"],
      needsCurrentAnnotations: true,
    });
  });

  it("naming every field kept in annotations needs no read", () => {
    const plan = planUpdate(cluster, ["displayName", "description", "annotations", "labels"]);
    assert.deepEqual(plan.wirePaths, ["annotations", "labels"]);
    assert.equal(plan.needsCurrentAnnotations, false);
  });

  it("a stream's display name is a v1 field and stays display_name on the wire", () => {
    assert.deepEqual(planUpdate(stream, ["displayName"]).wirePaths, ["display_name"]);
    assert.deepEqual(planUpdate(stream, ["description"]).wirePaths, ["annotations"]);
  });

  it("no mask means every updatable field, and needs no read", () => {
    const plan = planUpdate(event, undefined);
    assert.deepEqual(plan.wirePaths, ["annotations", "grace_period", "alignment_clock", "labels"]);
    assert.equal(plan.needsCurrentAnnotations, false);
  });

  it("an output-only or unknown path is rejected with the fields that are allowed", () => {
    assert.throws(() => planUpdate(cluster, ["state"]), {
      message:
        '`updateMask` path "state" is not an updatable field of Cluster; use displayName, description, labels, annotations',
    });
  });

  it("an empty mask is rejected rather than sent", () => {
    assert.throws(() => planUpdate(cluster, []), /names no fields/);
  });
});
