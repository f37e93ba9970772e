import * as path from "node:path";
import { REPO_ROOT } from "../../../../scripts/lib/repo-paths";
import { createLocalStack } from "../../../support/local-stack";
import { REPO_BIN_DIR } from "../../../support/yaml-stack";
import type { FrontEnd } from "../front-end";
import { automationFrontEndStack } from "./automation-stack";

/** Run from its TypeScript source: it imports `pulumi-visionai/plugin`, which `npm run build` compiles. */
const PROGRAM_DIR = path.join(REPO_ROOT, "tests", "e2e", "parity", "programs", "typescript-plugin-sdk");

/**
 * TypeScript on the Node.js SDK generated from the plugin's schema, through the project's Node.js language
 * host, with the provider plugin found on PATH as in a user's project.
 */
export const typescriptPluginSdk: FrontEnd = {
  name: "TypeScript (plugin SDK)",
  importsExisting: true,
  async prepare() {},
  async open() {
    const local = await createLocalStack(PROGRAM_DIR, "parity-typescript-plugin-sdk");
    const envVars = local.stack.workspace.envVars;
    envVars.PATH = [REPO_BIN_DIR, envVars.PATH].join(path.delimiter);
    const stack = automationFrontEndStack(local, PROGRAM_DIR);
    return {
      ...stack,
      async run(command, settings) {
        if (settings.lobbyCamera !== undefined) {
          await local.stack.setConfig("lobbyCamera", { value: settings.lobbyCamera });
        }
        return stack.run(command, settings);
      },
    };
  },
};
