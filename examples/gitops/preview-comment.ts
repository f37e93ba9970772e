/**
 * Turns the `pulumi preview --diff --json` output of each stack into one Markdown pull-request comment,
 * printed on stdout:
 *
 *   node dist/examples/gitops/preview-comment.js previews/dev.json previews/prod.json > comment.md
 *
 * Each file is named after its stack. Exits with 2 and one line naming the argument when a file is
 * missing or is not a preview.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderComment } from "./comment";
import { parseStackPreview, type StackPreview } from "./stack-preview";

const USAGE =
  "usage: preview-comment <stack>.json [<stack>.json ...] (the stdout of `pulumi preview --diff --json`)";

/** Reads each `<stack>.json` file and renders the comment; throws an Error naming a file it cannot use. */
export function commentFromFiles(files: string[]): string {
  if (files.length === 0) throw new Error(`no preview files given: ${USAGE}`);
  return renderComment(files.map(readPreviewFile));
}

function readPreviewFile(file: string): StackPreview {
  const stack = path.basename(file, ".json");
  let json: string;
  try {
    json = fs.readFileSync(file, "utf8");
  } catch {
    throw new Error(`preview file \`${file}\` cannot be read: save each stack's preview as <stack>.json`);
  }
  return parseStackPreview(stack, json);
}

if (require.main === module) {
  try {
    process.stdout.write(commentFromFiles(process.argv.slice(2)));
  } catch (error) {
    process.stderr.write(`preview-comment: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
