import { sourceCommit } from "../lib/source-commit";

/**
 * The commit measured, as the bench's raw results record it: its short hash, with " with uncommitted
 * changes" when tracked files differed; sources outside git (an unpacked package) say so instead.
 */
export function commitDescription(): string {
  const { commit, uncommittedChanges } = sourceCommit();
  if (commit === "not a git checkout") return commit;
  return `${commit.slice(0, 7)}${uncommittedChanges ? " with uncommitted changes" : ""}`;
}
