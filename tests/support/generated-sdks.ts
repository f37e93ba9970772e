import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";

/**
 * The SDKs `npm run gen-sdks` writes, as committed under sdk/<language> (tests/scripts/lib/sdk-generation.test.ts
 * fails while they differ from what the schema generates). Tests that run programs on them install or
 * build from these folders, as a user of a release does.
 */
export const COMMITTED_SDKS_DIR = path.join(REPO_ROOT, "sdk");

/** A hash of every file under `dir` (names and contents), e.g. to key what is built from a generated SDK. */
export function sdkContentHash(dir: string, ...extraFiles: string[]): string {
  const hash = createHash("sha256");
  hashTree(hash, dir);
  for (const file of extraFiles) hashTree(hash, file);
  return hash.digest("hex").slice(0, 16);
}

function hashTree(hash: ReturnType<typeof createHash>, target: string): void {
  if (fs.statSync(target).isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) {
      // Bytecode and build output a local install leaves behind are not part of the SDK.
      if (entry === "__pycache__" || entry === "build" || entry.endsWith(".egg-info")) continue;
      hashTree(hash, path.join(target, entry));
    }
    return;
  }
  hash.update(path.basename(target));
  hash.update(fs.readFileSync(target));
}
