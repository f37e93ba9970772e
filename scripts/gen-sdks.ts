/**
 * `npm run gen-sdks`: writes the Python, Go, .NET and Node.js SDKs into sdk/python, sdk/go, sdk/dotnet and
 * sdk/nodejs with `pulumi package gen-sdk`, from the schema the provider plugin serves. `npm test`
 * generates them all the same way and compiles the Go SDK (tests/scripts/lib/sdk-generation.test.ts), so a
 * schema the generators reject fails CI.
 *
 * Python, Go and .NET are generated, not kept in git. The Node.js SDK is kept in git: it ships inside this
 * package as `pulumi-visionai/plugin`, compiled into dist/sdk/nodejs by `npm run build` (with the
 * tsconfig.json from scripts/gen-sdks/overlays/nodejs), so building needs no Go. Run `npm run gen-sdks`
 * after changing the schema and commit sdk/nodejs; the same test fails while the committed copy differs
 * from what the schema generates.
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
