import * as path from "node:path";
import { REPO_ROOT } from "../../../../scripts/lib/repo-paths";
import { createLocalStack } from "../../../support/local-stack";
import type { FrontEnd } from "../front-end";
import { automationFrontEndStack } from "./automation-stack";

/** Compiled with the rest by `npm run build`; it imports the package's classes from the source tree. */
const PROGRAM_DIR = path.join(REPO_ROOT, "tests", "e2e", "parity", "programs", "typescript-dynamic");

/** TypeScript with the dynamic resources (`pulumi-visionai`), through the project's Node.js language host. */
export const typescriptDynamic: FrontEnd = {
  name: "TypeScript (dynamic resources)",
  importsExisting: false,
  async prepare() {},
  async open() {
    return automationFrontEndStack(await createLocalStack(PROGRAM_DIR, "parity-typescript"), PROGRAM_DIR);
  },
};
