import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { COMMENT_MARKER, renderComment } from "../../examples/gitops/comment";
import { commentFromFiles } from "../../examples/gitops/preview-comment";
import { parseStackPreview } from "../../examples/gitops/stack-preview";

/** The engine's serialized form of a secret value in a preview's state. */
const SECRET_VALUE = {
  "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
  plaintext: '"hunter2"',
};
const STREAM_URN =
  "urn:pulumi:prod::visionai-environments::pulumi-nodejs:dynamic/visionai:Stream::gate-camera";

function digestWith(oldInputs: object, newInputs: object): string {
  return JSON.stringify({
    steps: [
      { op: "update", urn: STREAM_URN, oldState: { inputs: oldInputs }, newState: { inputs: newInputs } },
    ],
    changeSummary: { update: 1 },
  });
}

describe("gitops preview comment: input handling", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "gitops-comment-"));
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("prints a secret input as [secret], never its value, even when only the secret changed", () => {
    const preview = parseStackPreview(
      "prod",
      digestWith({ labels: { token: "old-plain" } }, { labels: { token: SECRET_VALUE } }),
    );
    const comment = renderComment([preview]);
    assert.ok(comment.includes("+     labels.token: [secret]"), comment);
    assert.doesNotMatch(comment, /hunter2/);
  });

  it("leaves out the serialized provider the SDK stores in every resource's inputs", () => {
    const preview = parseStackPreview(
      "prod",
      digestWith(
        { __provider: "exports.handler = a", displayName: "A" },
        { __provider: "b", displayName: "B" },
      ),
    );
    assert.deepEqual(preview.resources[0].changes, [{ path: "displayName", before: '"A"', after: '"B"' }]);
  });

  it("starts the comment with the marker the workflow finds it by, and lists every stack in one table", () => {
    const comment = renderComment([
      parseStackPreview("dev", JSON.stringify({ steps: [], changeSummary: { same: 5 } })),
      parseStackPreview("prod", digestWith({ displayName: "A" }, { displayName: "B" })),
    ]);
    const lines = comment.split("\n");
    assert.equal(lines[0], COMMENT_MARKER);
    assert.deepEqual(lines.slice(5, 7), ["| dev | 0 | 0 | 0 | 0 |", "| prod | 0 | 1 | 0 | 0 |"]);
  });

  it("names the file and the fix when a preview file is missing", () => {
    assert.throws(() => commentFromFiles([path.join(scratch, "staging.json")]), {
      message: /preview file `.*staging\.json` cannot be read: save each stack's preview as <stack>\.json/,
    });
  });

  it("names the stack and the command when a file is not a preview", () => {
    const file = path.join(scratch, "qa.json");
    fs.writeFileSync(file, "error: no stack named 'qa' found\n");
    assert.throws(() => commentFromFiles([file]), {
      message:
        "the preview of stack `qa` is not JSON: run `pulumi preview --diff --json` and save its stdout",
    });
  });

  it("asks for at least one preview file", () => {
    assert.throws(() => commentFromFiles([]), { message: /^no preview files given: usage: preview-comment/ });
  });
});
