import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { CLUSTER, createCluster, runToDone, useTestEmulator } from "./support/harness";
import type { Message } from "./support/wire-client";

/** id → labels, display name; "decoy" holds "video" and "prod" in its JSON, but not as these labels. */
const STREAMS: Record<string, { labels: Record<string, string>; display_name?: string }> = {
  "a-video-prod": { labels: { team: "video", env: "prod" } },
  "b-video-dev": { labels: { team: "video", env: "dev" } },
  "c-audio-prod": { labels: { team: "audio", env: "prod" } },
  "d-decoy": { labels: { owner: "video", stage: "prod" }, display_name: "video" },
  "e-video-prod": { labels: { team: "video", env: "prod" } },
  "f-unlabelled": { labels: {} },
};

/**
 * Lists in name order read rows one by one and skip, unparsed, those whose stored JSON lacks the value a
 * `labels.key = "value"` filter requires; every filter must still return exactly its matches, page by page.
 */
describe("filtered Lists paged in name order", () => {
  const emulator = useTestEmulator({}, { resetBeforeEach: false });
  before(async () => {
    await createCluster(emulator);
    for (const [id, stream] of Object.entries(STREAMS)) {
      await runToDone(emulator, "CreateStream", { parent: CLUSTER, stream_id: id, stream });
    }
  });

  async function listAll(filter: string): Promise<string[]> {
    const ids: string[] = [];
    let pageToken = "";
    do {
      const page = await emulator.streams("ListStreams", {
        parent: CLUSTER,
        filter,
        page_size: 1,
        page_token: pageToken,
      });
      ids.push(...(page.streams as Message[]).map((s) => String(s.name).split("/").pop()!));
      pageToken = page.next_page_token;
    } while (pageToken);
    return ids;
  }

  const cases: [string, string[]][] = [
    ['labels.team = "video"', ["a-video-prod", "b-video-dev", "e-video-prod"]],
    ['labels.team = "video" AND labels.env = "prod"', ["a-video-prod", "e-video-prod"]],
    ['labels.team = "vid*"', ["a-video-prod", "b-video-dev", "e-video-prod"]],
    [
      'labels.team = "video" OR labels.env = "prod"',
      ["a-video-prod", "b-video-dev", "c-audio-prod", "e-video-prod"],
    ],
    ['NOT labels.team = "video"', ["c-audio-prod", "d-decoy", "f-unlabelled"]],
    ['labels.team != "video"', ["c-audio-prod", "d-decoy", "f-unlabelled"]],
    ['labels.env = "prod" AND display_name = "video"', []],
    ['labels.owner = "video"', ["d-decoy"]],
    ['labels.team = "nobody"', []],
  ];
  for (const [filter, expected] of cases) {
    it(`${filter} returns ${expected.length === 0 ? "nothing" : expected.join(", ")}`, async () => {
      assert.deepEqual(await listAll(filter), expected);
    });
  }
});
