import { execFileSync } from "node:child_process";
import { REPO_ROOT } from "./repo-paths";

/** The commit a run's results belong to. */
export interface SourceCommit {
  /** `git rev-parse HEAD`, or "not a git checkout" for sources outside git (an unpacked package). */
  commit: string;
  /** True when tracked files differed from that commit: the results are then of code no commit holds. */
  uncommittedChanges: boolean;
}

/** The commit checked out at `root` (this repository unless given, e.g. a benchmark's baseline checkout). */
export function sourceCommit(root = REPO_ROOT): SourceCommit {
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  try {
    return {
      commit: git("rev-parse", "HEAD"),
      uncommittedChanges: git("status", "--porcelain", "--untracked-files=no") !== "",
    };
  } catch {
    return { commit: "not a git checkout", uncommittedChanges: true };
  }
}
