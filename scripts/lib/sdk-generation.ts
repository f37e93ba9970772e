import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { offlinePulumiEnv, pulumiBinDir } from "./pulumi-cli";
import { REPO_ROOT, TOOLS_DIR } from "./repo-paths";

/** The languages `npm run gen-sdks` generates, each into sdk/<language>. */
export const SDK_LANGUAGES = ["python", "go", "dotnet", "nodejs"] as const;
export type SdkLanguage = (typeof SDK_LANGUAGES)[number];

/** The provider plugin as a consumer's engine runs it; `pulumi package gen-sdk` asks it for its schema. */
export const PLUGIN_PATH = path.join(REPO_ROOT, "bin", "pulumi-resource-visionai");

const GENERATOR_MODULE = path.join(REPO_ROOT, "scripts", "gen-sdks");
/**
 * Hand-kept files copied over each generated SDK (`--overlays`): the Go SDK's go.mod and go.sum, and the
 * tsconfig.json that compiles the Node.js SDK into this package's dist/ (see scripts/gen-sdks.ts).
 */
const OVERLAYS_DIR = path.join(GENERATOR_MODULE, "overlays");
const GENERATORS_DIR = path.join(TOOLS_DIR, "sdk-generators");

/**
 * Generates the SDK of every language in SDK_LANGUAGES into `outDir/<language>` (replacing what is there)
 * with the real `pulumi package gen-sdk`, from the schema the provider plugin serves. The CLI reaches
 * each language's generator through its language host; those hosts come from scripts/gen-sdks (see its
 * main.go), built here into .tools/sdk-generators and put first on PATH for these runs only.
 */
export async function generateSdks(outDir: string, languages: readonly SdkLanguage[] = SDK_LANGUAGES) {
  const binDir = await pulumiBinDir();
  await buildGenerators();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-gen-sdks-"));
  try {
    const env = offlinePulumiEnv({
      binDir,
      home: path.join(scratch, "home"),
      backendDir: path.join(scratch, "state"),
    });
    env.PATH = [GENERATORS_DIR, env.PATH].join(path.delimiter);
    for (const language of languages) {
      // gen-sdk fails when --overlays has no folder for the language; only Go has hand-kept files.
      const overlays = fs.existsSync(path.join(OVERLAYS_DIR, language)) ? ["--overlays", OVERLAYS_DIR] : [];
      const args = ["package", "gen-sdk", PLUGIN_PATH, "--language", language, "--out", outDir, ...overlays];
      await run(path.join(binDir, "pulumi"), args, { cwd: scratch, env: { ...process.env, ...env } });
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Builds the generator host once (Go's build cache makes later builds quick) under each language's name. */
async function buildGenerators(): Promise<void> {
  fs.mkdirSync(GENERATORS_DIR, { recursive: true });
  const built = path.join(GENERATORS_DIR, "pulumi-language-sdkgen");
  await run("go", ["build", "-mod=readonly", "-trimpath", "-o", built, "."], {
    cwd: GENERATOR_MODULE,
    env: { ...process.env, CGO_ENABLED: "0" },
  });
  for (const language of SDK_LANGUAGES) {
    const named = path.join(GENERATORS_DIR, `pulumi-language-${language}`);
    fs.rmSync(named, { force: true });
    fs.linkSync(built, named);
  }
}

/** Runs a command, its output going to this process's stderr; rejects naming it when it fails. */
export async function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<void> {
  const child = spawn(command, args, { ...options, stdio: ["ignore", process.stderr, "inherit"] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`\`${command} ${args.join(" ")}\` in ${options.cwd} exited with ${code}`);
}
