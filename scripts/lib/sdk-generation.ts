import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { packageInfo } from "../../client/package-info";
import { packageSchema } from "../../provider/plugin/schema";
import { REPO_ROOT } from "./repo-paths";

/** The generated SDKs, each in sdk/<language>; hand-kept files inside them survive regeneration. */
export const SDK_LANGUAGES = ["python", "go", "dotnet"] as const;

/** The Go SDK's module files: written once by hand (and `go mod tidy`), not by the generator. */
export const HAND_KEPT_FILES = new Set(["go/go.mod", "go/go.sum"]);

const GENERATOR_DIR = path.join(REPO_ROOT, "scripts", "gen-sdks");

/**
 * Writes the Python, Go and .NET SDKs for the plugin's schema into `outDir/<language>`, replacing what
 * was there except HAND_KEPT_FILES. The generator is a small Go program (scripts/gen-sdks) pinned like
 * the CLI; `go run` builds it from the Go caches.
 */
export async function generateSdks(outDir: string): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-sdks-"));
  try {
    const schemaFile = path.join(scratch, "schema.json");
    fs.writeFileSync(schemaFile, JSON.stringify(packageSchema(packageInfo().version), null, 2));
    const generated = path.join(scratch, "out");
    await run("go", ["run", "-mod=readonly", ".", schemaFile, generated], GENERATOR_DIR);
    for (const language of SDK_LANGUAGES) {
      const target = path.join(outDir, language);
      for (const file of listFiles(target)) {
        if (!HAND_KEPT_FILES.has(`${language}/${file}`)) fs.rmSync(path.join(target, file));
      }
      fs.cpSync(path.join(generated, language), target, { recursive: true });
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every file under `dir`, as paths relative to it (none when it does not exist). */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Runs a command, its output going to this process's stderr; rejects naming it when it fails. */
export async function run(command: string, args: string[], cwd: string): Promise<void> {
  const child = spawn(command, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`\`${command} ${args.join(" ")}\` in ${cwd} exited with ${code}`);
}
