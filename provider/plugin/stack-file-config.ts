import * as fs from "node:fs";
import * as path from "node:path";
import { load } from "js-yaml";

/**
 * Stack config outside the provider's own namespace, such as `gcp:project`. The engine hands a provider
 * plugin only its own package's config (`visionai:*`, in `Configure` and in the `PULUMI_CONFIG` variable),
 * so the plugin reads the stack's settings file itself, the way the CLI finds it: the engine starts
 * plugins in the program's directory, Pulumi.yaml is there or above it, and Pulumi.<stack>.yaml sits beside
 * it (or in the project's `stackConfigDir`); the project's own `config:` block gives values the stack file
 * leaves out. Plain values only: a secret is encrypted with the stack's secrets provider, and values from
 * ESC environments exist only in the CLI, so neither can be read here.
 */
export interface StackFileLookup {
  /** The plain value, when the stack's files set one. */
  value?: string;
  /** Why there is no value, for messages: where the plugin looked. */
  reason: string;
}

const PROJECT_FILES = ["Pulumi.yaml", "Pulumi.yml"];

type ConfigBlock = Record<string, unknown>;

interface StackFiles {
  stackFile?: string;
  stackConfig: ConfigBlock;
  projectConfig: ConfigBlock;
}

const cache = new Map<string, StackFiles>();

/** Looks `key` up in the stack's config files, found from `startDir` (the program's directory). */
export function stackFileSetting(stack: string, key: string, startDir = process.cwd()): StackFileLookup {
  const cacheKey = `${startDir}\0${stack}`;
  let files = cache.get(cacheKey);
  if (!files) {
    files = readStackFiles(stack, startDir);
    cache.set(cacheKey, files);
  }
  const { stackFile, stackConfig, projectConfig } = files;
  if (!stackFile) {
    return { reason: `no Pulumi.yaml was found in ${startDir} or above it` };
  }
  const raw = stackConfig[key] ?? projectValue(projectConfig[key]);
  if (typeof raw === "string" || typeof raw === "number") return { value: String(raw), reason: "" };
  if (isSecret(raw)) {
    return { reason: `\`${key}\` in ${stackFile} is a secret, which only the CLI can decrypt` };
  }
  return { reason: `${stackFile} does not set \`${key}\`` };
}

function readStackFiles(stack: string, startDir: string): StackFiles {
  const projectFile = findProjectFile(startDir);
  if (!projectFile) return { stackConfig: {}, projectConfig: {} };
  const project = readYaml(projectFile);
  const configDir = path.resolve(path.dirname(projectFile), stringOf(project.stackConfigDir) ?? ".");
  const stackFile = path.join(configDir, `Pulumi.${stack}.yaml`);
  const stackSettings = fs.existsSync(stackFile) ? readYaml(stackFile) : {};
  return {
    stackFile,
    stackConfig: objectOf(stackSettings.config),
    projectConfig: objectOf(project.config),
  };
}

function findProjectFile(startDir: string): string | undefined {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const found = PROJECT_FILES.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
    if (found) return found;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A project-level config entry: a plain value, or `{ value }` / `{ default }`. */
function projectValue(entry: unknown): unknown {
  if (typeof entry !== "object" || entry === null) return entry;
  const { value, default: fallback } = entry as { value?: unknown; default?: unknown };
  return value ?? fallback;
}

function isSecret(value: unknown): boolean {
  return typeof value === "object" && value !== null && "secure" in value;
}

function readYaml(file: string): ConfigBlock {
  try {
    return objectOf(load(fs.readFileSync(file, "utf8")));
  } catch {
    // An unreadable file gives no defaults; the CLI reports the file's own problem before plugins start.
    return {};
  }
}

function objectOf(value: unknown): ConfigBlock {
  return typeof value === "object" && value !== null ? (value as ConfigBlock) : {};
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
