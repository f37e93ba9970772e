/**
 * `npm run gen-sdks`: writes the Python, Go and .NET SDKs into sdk/python, sdk/go and sdk/dotnet with
 * `pulumi package gen-sdk`, from the schema the provider plugin serves. They are generated, not kept in
 * git: `npm test` generates all three the same way and compiles the Go SDK
 * (tests/scripts/gen-sdks.test.ts), so a schema the generators reject fails CI.
 */
import * as path from "node:path";
import { generateSdks, SDK_LANGUAGES } from "./lib/sdk-generation";
import { REPO_ROOT } from "./lib/repo-paths";

generateSdks(path.join(REPO_ROOT, "sdk")).then(
  () => console.log(SDK_LANGUAGES.map((language) => `sdk/${language}`).join(", ") + " generated"),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
