import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { Root } from "protobufjs";
import { GOOGLE_PROTOS_DIR, PROTO_FILES } from "../client/protos";
import { REPO_ROOT } from "./lib/repo-paths";

/**
 * Writes client/protos.json: the StreamsService, Operations and status protos google-proto-files ships,
 * parsed once here and saved as a protobufjs JSON descriptor, so the client loads JSON at start instead of
 * parsing `.proto` text (as Google's generated Node.js clients do). Run `npm run gen-proto-descriptor`
 * after upgrading google-proto-files; tests/client/proto-descriptor.test.ts fails while the file is out
 * of date.
 */
export const PROTO_DESCRIPTOR_FILE = path.join(REPO_ROOT, "client", "protos.json");

/** The descriptor's text, parsed as gax's `loadProto` parses (field names in camelCase), formatted as the repo is. */
export async function protoDescriptorSource(): Promise<string> {
  const root = new Root();
  root.resolvePath = (_origin, target) =>
    path.isAbsolute(target) ? target : path.join(GOOGLE_PROTOS_DIR, target);
  root.loadSync([...PROTO_FILES], { keepCase: false });
  root.resolveAll();
  return prettier.format(JSON.stringify(root.toJSON()), {
    ...(await prettier.resolveConfig(PROTO_DESCRIPTOR_FILE)),
    filepath: PROTO_DESCRIPTOR_FILE,
  });
}

async function main(): Promise<void> {
  fs.writeFileSync(PROTO_DESCRIPTOR_FILE, await protoDescriptorSource());
  process.stderr.write(`wrote ${path.relative(REPO_ROOT, PROTO_DESCRIPTOR_FILE)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
