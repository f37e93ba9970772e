/**
 * `npm run gen-sdks`: regenerates sdk/python, sdk/go and sdk/dotnet from the provider plugin's schema.
 * Run it after changing the schema (the kind table or provider/plugin/schema.ts) and commit the result;
 * `npm test` fails while the checked-in SDKs differ from what the schema generates.
 */
import * as path from "node:path";
import { generateSdks } from "./lib/sdk-generation";
import { REPO_ROOT } from "./lib/repo-paths";

generateSdks(path.join(REPO_ROOT, "sdk")).then(
  () => console.log("sdk/python, sdk/go and sdk/dotnet regenerated"),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
