/**
 * Writes docs/reference/: a page per resource and function of the provider's package schema, and an
 * index (`npm run gen-reference-docs`). tests/scripts/reference-docs.test.ts fails when the committed
 * pages differ from what this writes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REFERENCE_DIR, formattedReference } from "./reference-docs/formatted-reference";

async function main() {
  const pages = await formattedReference();
  fs.rmSync(REFERENCE_DIR, { recursive: true, force: true });
  fs.mkdirSync(REFERENCE_DIR, { recursive: true });
  for (const [file, text] of pages) fs.writeFileSync(path.join(REFERENCE_DIR, file), text);
  console.log(`wrote ${pages.size} pages into ${path.relative(process.cwd(), REFERENCE_DIR) || "."}`);
}

main().catch((error: Error) => {
  console.error(`gen-reference-docs: ${error.message}`);
  process.exitCode = 1;
});
