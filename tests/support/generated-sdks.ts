import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { packageInfo } from "../../client/package-info";
import { packageSchema } from "../../provider/plugin/schema";
import { REPO_ROOT, TOOLS_DIR } from "../../scripts/lib/repo-paths";
import { generateSdks } from "../../scripts/lib/sdk-generation";

/**
 * The Python and Go SDKs as `npm run gen-sdks` writes them, generated once per change of what they are made
 * from and kept under .tools/generated-sdks/<hash>: tests that run programs on them reuse the folder, and
 * so can the virtual environments and binaries built from it (keyed by `sdkContentHash`).
 */

const CACHE_DIR = path.join(TOOLS_DIR, "generated-sdks");
/** The generator's sources and hand-kept overlays: a change to any of them changes what it writes. */
const GENERATOR_DIR = path.join(REPO_ROOT, "scripts", "gen-sdks");

let generated: Promise<string> | undefined;

/** The folder holding `python/` and `go/`, generated the first time it is asked for after a change. */
export function generatedSdksDir(): Promise<string> {
  generated ??= generateOnce();
  return generated;
}

async function generateOnce(): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(packageSchema(packageInfo().version)));
  hashTree(hash, GENERATOR_DIR);
  const dir = path.join(CACHE_DIR, hash.digest("hex").slice(0, 16));
  if (fs.existsSync(dir)) return dir;
  // Generated beside its final place and renamed, so an interrupted run never leaves half an SDK there.
  const partial = `${dir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  await generateSdks(partial, ["python", "go"]);
  fs.renameSync(partial, dir);
  return dir;
}

/** A hash of every file under `dir` (names and contents), e.g. to key what is built from a generated SDK. */
export function sdkContentHash(dir: string, ...extraFiles: string[]): string {
  const hash = createHash("sha256");
  hashTree(hash, dir);
  for (const file of extraFiles) hashTree(hash, file);
  return hash.digest("hex").slice(0, 16);
}

function hashTree(hash: ReturnType<typeof createHash>, target: string): void {
  if (fs.statSync(target).isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) hashTree(hash, path.join(target, entry));
    return;
  }
  hash.update(path.basename(target));
  hash.update(fs.readFileSync(target));
}
