import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT, TOOLS_DIR } from "../../scripts/lib/repo-paths";
import { run } from "../../scripts/lib/sdk-generation";
import { GO_IMPORT_BASE_PATH } from "../../provider/plugin/schema";
import { generatedSdksDir, sdkContentHash } from "./generated-sdks";

/**
 * examples/go built as a user builds it against the generated Go SDK: a go.mod that requires the SDK's
 * module and points it at the generated folder with a `replace`, then `go mod tidy` and `go build`. The
 * binary is kept under .tools/go-programs/<hash of the SDK and the program>.
 */

const EXAMPLE_DIR = path.join(REPO_ROOT, "examples", "go");
const CACHE_DIR = path.join(TOOLS_DIR, "go-programs");
/** The generated SDK's module: the import path without its package folder. */
const SDK_MODULE = path.posix.dirname(GO_IMPORT_BASE_PATH);
/** Same flags as the CLI build in scripts/ensure-pulumi.sh, so Go reuses its compiled Pulumi SDK. */
const BUILD_FLAGS = ["-trimpath", "-tags", "osusergo,grpcnotrace"];

let built: Promise<string> | undefined;

/** The built example's executable, building it the first time after a change to the SDK or the program. */
export function goExampleBinary(): Promise<string> {
  built ??= build();
  return built;
}

async function build(): Promise<string> {
  const sdk = path.join(await generatedSdksDir(), "go");
  const dir = path.join(CACHE_DIR, sdkContentHash(sdk, EXAMPLE_DIR));
  const binary = path.join(dir, "visionai-go-example");
  if (fs.existsSync(binary)) return binary;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(EXAMPLE_DIR, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "go.mod"), goMod(sdk));
  const env = { ...process.env, CGO_ENABLED: "0" };
  await run("go", ["mod", "tidy"], { cwd: dir, env });
  // Written under another name and renamed, so an interrupted build is never taken for a finished one.
  await run("go", ["build", ...BUILD_FLAGS, "-o", `${binary}.partial`, "."], { cwd: dir, env });
  fs.renameSync(`${binary}.partial`, binary);
  return binary;
}

function goMod(sdkDir: string): string {
  return [
    "module visionai-go-example",
    "",
    "go 1.26",
    "",
    `require ${SDK_MODULE} v0.0.0`,
    "",
    `replace ${SDK_MODULE} => ${sdkDir}`,
    "",
  ].join("\n");
}
