import * as path from "node:path";
import * as prettier from "prettier";
import { packageSchema } from "../../provider/plugin/schema";
import { packageInfo } from "../../client/package-info";
import { REPO_ROOT } from "../lib/repo-paths";
import type { PackageSpec } from "./package-schema";
import { referencePages } from "./reference-pages";

/** Where the reference pages live in the repository. */
export const REFERENCE_DIR = path.join(REPO_ROOT, "docs", "reference");

/**
 * The reference pages for the schema the plugin serves at this package version, formatted with the
 * repository's Prettier settings so that `prettier --check` accepts them as written.
 */
export async function formattedReference(): Promise<Map<string, string>> {
  const schema = packageSchema(packageInfo().version) as PackageSpec;
  const options = await prettier.resolveConfig(path.join(REFERENCE_DIR, "README.md"));
  const formatted = new Map<string, string>();
  for (const [file, markdown] of referencePages(schema)) {
    formatted.set(file, await prettier.format(markdown, { ...options, parser: "markdown" }));
  }
  return formatted;
}
