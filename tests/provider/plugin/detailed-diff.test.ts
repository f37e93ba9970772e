import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { KINDS } from "../../../kinds";
import { detailedDiff } from "../../../provider/plugin/detailed-diff";

describe("the provider plugin's detailed diff", () => {
  const stream = KINDS.Stream;
  const recorded = {
    streamId: "lobby",
    displayName: "Lobby",
    labels: { team: "a" },
    enableHlsPlayback: false,
  };

  it("names each changed input, marking those the core replaces", () => {
    const news = { ...recorded, streamId: "lobby-2", displayName: "Lobby 2" };
    assert.deepEqual(detailedDiff(stream, recorded, news, ["streamId"]), {
      streamId: "updateReplace",
      displayName: "update",
    });
  });

  it("tells a value set for the first time and one removed from an update", () => {
    const news = { ...recorded, labels: undefined, enableHlsPlayback: true };
    assert.deepEqual(detailedDiff(stream, recorded, news, []), {
      labels: "delete",
      enableHlsPlayback: "add",
    });
  });

  it("leaves out output-only fields and values that mean the same to the service", () => {
    const olds = { ...recorded, createTime: "2026-01-01T00:00:00Z", description: "" };
    const news = { ...recorded, createTime: "2026-02-02T00:00:00Z" };
    assert.deepEqual(detailedDiff(stream, olds, news, []), {});
  });
});
