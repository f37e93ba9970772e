import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { commentFromFiles } from "../../examples/gitops/preview-comment";
import { pulumiBinDir } from "../../scripts/lib/pulumi-cli";
import { copyExample, type ExampleCopy } from "../support/example-copy";
import { createLocalStack, type LocalStack } from "../support/local-stack";

const run = promisify(execFile);

const STACK = "dev";
const DEV_CAMERAS = [{ id: "lobby-camera", displayName: "Lobby camera" }];
const RENAMED_CAMERAS = [{ id: "lobby-camera", displayName: "Front door camera" }];
const NEW_STREAM_ID_CAMERAS = [
  { id: "lobby-camera", displayName: "Lobby camera", streamId: "lobby-camera-v2" },
];
const INVALID_ID_CAMERAS = [{ id: "Lobby_Camera", displayName: "Lobby camera" }];

/** The comment's table row for the dev stack, and its replacement warning for the lobby camera. */
const ONE_UPDATE_ROW = "| dev | 0 | 1 | 0 | 0 |";
const ONE_REPLACE_ROW = "| dev | 0 | 1 | 1 | 0 |";
const REPLACE_WARNING =
  "> ⚠️ **Warning:** Stream `lobby-camera` will be replaced because `streamId` changed: " +
  "it is deleted and created again under its new name.";

/** The GitOps comment built from real `pulumi preview --diff --json` runs of examples/environments. */
describe("gitops preview comment from real previews of examples/environments", () => {
  let copy: ExampleCopy;
  let local: LocalStack;
  let binDir: string;

  before(async () => {
    copy = copyExample("environments");
    binDir = await pulumiBinDir();
    local = await createLocalStack(copy.dir, STACK);
    await local.stack.up();
  });

  after(async () => {
    await local?.dispose();
    copy?.remove();
  });

  /** Runs the preview exactly as the workflow does and saves its stdout as `<stack>.json`. */
  async function previewFile(cameras: object[]): Promise<string> {
    await local.stack.setConfig("cameras", { value: JSON.stringify(cameras) });
    const file = path.join(path.dirname(copy.dir), `${STACK}.json`);
    const args = ["preview", "--diff", "--json", "--non-interactive", "--stack", STACK];
    const env = { ...process.env, ...local.stack.workspace.envVars };
    const { stdout } = await run(path.join(binDir, "pulumi"), args, { cwd: copy.dir, env }).catch(
      (failed: { stdout: string }) => failed,
    );
    fs.writeFileSync(file, stdout);
    return file;
  }

  async function commentFor(cameras: object[]): Promise<string> {
    try {
      return commentFromFiles([await previewFile(cameras)]);
    } finally {
      await local.stack.setConfig("cameras", { value: JSON.stringify(DEV_CAMERAS) });
    }
  }

  it("renaming one camera gives exactly one update, showing the old and new display name", async () => {
    const comment = await commentFor(RENAMED_CAMERAS);
    assert.ok(comment.includes(ONE_UPDATE_ROW), comment);
    const diff = comment.slice(comment.indexOf("```diff"));
    assert.deepEqual(diff.split("\n").slice(1, 4), [
      "~ Stream lobby-camera (update)",
      '-     displayName: "Lobby camera"',
      '+     displayName: "Front door camera"',
    ]);
    assert.doesNotMatch(comment, /Warning/);
  });

  it("changing a stream's ID gives a replace with a warning line naming the stream and the ID", async () => {
    const comment = await commentFor(NEW_STREAM_ID_CAMERAS);
    // The series that refers to the stream follows it with an in-place update.
    assert.ok(comment.includes(ONE_REPLACE_ROW), comment);
    assert.ok(comment.includes(REPLACE_WARNING), comment);
    assert.ok(comment.includes("+- Stream lobby-camera (replace)"), comment);
    assert.ok(comment.includes('+     streamId: "lobby-camera-v2"'), comment);
  });

  it("a preview that fails is marked failed in the table and shows the provider's message", async () => {
    const comment = await commentFor(INVALID_ID_CAMERAS);
    assert.ok(comment.includes("| dev | preview failed | | | |"), comment);
    assert.match(comment, /Stream argument `streamId` must be 1-63 characters/);
  });
});
