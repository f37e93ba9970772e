import * as path from "node:path";
import { REPO_ROOT } from "../../../../scripts/lib/repo-paths";
import { pythonWithSdk } from "../../../support/python-environment";
import { inlineProgramFrontEnd } from "./inline-program";

/** examples/python on the generated Python SDK, installed with pip into a virtual environment of its own. */
export const python = inlineProgramFrontEnd({
  name: "Python (plugin SDK)",
  build: async () => [
    await pythonWithSdk(),
    path.join(REPO_ROOT, "examples", "python", "video_analytics.py"),
  ],
});
