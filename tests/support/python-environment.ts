import * as fs from "node:fs";
import * as path from "node:path";
import { TOOLS_DIR } from "../../scripts/lib/repo-paths";
import { run } from "../../scripts/lib/sdk-generation";
import { generatedSdksDir, sdkContentHash } from "./generated-sdks";

/**
 * A Python virtual environment with the generated SDK installed by pip from what `npm run gen-sdks`
 * writes (which pulls the `pulumi` package and grpcio from PyPI), as a user sets one up. Kept under
 * .tools/python-venvs/<hash of the SDK and the pins>, so only a changed SDK costs a new install.
 */

const CACHE_DIR = path.join(TOOLS_DIR, "python-venvs");
/** The newest Pulumi Python SDK on PyPI, pinned so every run installs the same one. */
export const PULUMI_PYTHON_VERSION = "3.272.0";
/** The interpreter that makes the environment: the machine's Python 3 (the SDK needs 3.9 or newer). */
const PYTHON = process.env.PYTHON ?? "python3";

let prepared: Promise<string> | undefined;

/** The environment's python executable, creating the environment the first time after a change. */
export function pythonWithSdk(): Promise<string> {
  prepared ??= prepare();
  return prepared;
}

async function prepare(): Promise<string> {
  const sdk = path.join(await generatedSdksDir(), "python");
  const key = sdkContentHash(sdk) + `-pulumi-${PULUMI_PYTHON_VERSION}`;
  const venv = path.join(CACHE_DIR, key);
  const python = path.join(venv, "bin", "python");
  if (fs.existsSync(python)) return python;
  // Built beside its final place and renamed once complete, so a failed install is never reused. Only
  // bin/python is run afterwards: it finds the environment from its own place, while the other scripts'
  // first lines keep the name the environment was made under.
  const partial = `${venv}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  await run(PYTHON, ["-m", "venv", partial], { cwd: CACHE_DIR }).catch((error: Error) => {
    throw new Error(
      `could not create a Python virtual environment with ${PYTHON} (set PYTHON to a Python 3.9+): ${error.message}`,
    );
  });
  const pip = path.join(partial, "bin", "pip");
  await run(
    pip,
    ["install", "--disable-pip-version-check", "--quiet", sdk, `pulumi==${PULUMI_PYTHON_VERSION}`],
    {
      cwd: CACHE_DIR,
    },
  );
  fs.renameSync(partial, venv);
  return python;
}
