import { execFileSync } from "node:child_process";
import { REPO_ROOT } from "../lib/repo-paths";

/**
 * The commit measured, as raw results record it: its short hash, with " with uncommitted changes" when the
 * tree differed; a copy of the sources outside git (an unpacked package) says so instead.
 */
export function commitDescription(): string {
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: REPO_ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  try {
    const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
    return `${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes" : ""}`;
  } catch {
    return "not a git checkout";
  }
}
