import * as fs from "node:fs";
import * as path from "node:path";

/** The library's name and version as sent in the user agent; read once from its own package.json. */
export interface PackageInfo {
  name: string;
  version: string;
}

const PACKAGE_NAME = "pulumi-visionai";

let cached: PackageInfo | undefined;

/**
 * Walks up from this module to the package.json named `pulumi-visionai`, so the answer is the same from the
 * TypeScript sources and from the compiled `dist/` tree. Falls back to version "0.0.0" rather than failing a
 * client over a header.
 */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  cached = { name: PACKAGE_NAME, version: findVersion(__dirname) ?? "0.0.0" };
  return cached;
}

function findVersion(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "package.json");
    if (fs.existsSync(candidate)) {
      const manifest = JSON.parse(fs.readFileSync(candidate, "utf8")) as { name?: string; version?: string };
      if (manifest.name === PACKAGE_NAME) return manifest.version;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}
