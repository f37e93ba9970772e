import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { run } from "../../scripts/lib/sdk-generation";
import { PULUMI_PYTHON_VERSION } from "../support/python-environment";

const PYTHON = process.env.PYTHON ?? "python3";
const SDK_DIR = path.join(REPO_ROOT, "sdk", "python");
const VERSION = (
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }
).version;

/**
 * The release's Python artifacts: `python -m build` of the committed sdk/python (what release.yml
 * publishes) makes a wheel and an sdist named with the package's version, and the wheel installs into a
 * fresh virtual environment whose Python then imports the SDK.
 */
describe("the Python SDK's wheel and sdist", () => {
  let scratch: string;
  let dist: string;

  before(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-wheel-"));
    dist = path.join(scratch, "dist");
    const tools = path.join(scratch, "build-tools");
    await run(PYTHON, ["-m", "venv", tools], { cwd: scratch });
    await run(
      path.join(tools, "bin", "pip"),
      ["install", "--quiet", "--disable-pip-version-check", "build"],
      {
        cwd: scratch,
      },
    );
    // Built from a copy, so the build leaves nothing in the repository's sdk/python.
    const source = path.join(scratch, "source");
    fs.cpSync(SDK_DIR, source, { recursive: true });
    await run(path.join(tools, "bin", "python"), ["-m", "build", "--outdir", dist, source], { cwd: scratch });
  });

  after(() => scratch && fs.rmSync(scratch, { recursive: true, force: true }));

  it("python -m build makes a wheel and an sdist of the package's version", () => {
    assert.deepEqual(fs.readdirSync(dist).sort(), [
      `pulumi_visionai-${VERSION}-py3-none-any.whl`,
      `pulumi_visionai-${VERSION}.tar.gz`,
    ]);
  });

  it("the wheel installs into a fresh virtual environment and its resources import", async () => {
    const venv = path.join(scratch, "fresh");
    await run(PYTHON, ["-m", "venv", venv], { cwd: scratch });
    const wheel = path.join(dist, `pulumi_visionai-${VERSION}-py3-none-any.whl`);
    await run(
      path.join(venv, "bin", "pip"),
      ["install", "--quiet", "--disable-pip-version-check", wheel, `pulumi==${PULUMI_PYTHON_VERSION}`],
      { cwd: scratch },
    );
    const { stdout } = await promisify(execFile)(
      path.join(venv, "bin", "python"),
      [
        "-c",
        "import pulumi_visionai as v, importlib.metadata as m; " +
          "print(m.version('pulumi_visionai'), *[c.__name__ for c in (v.Cluster, v.Stream, v.Event, v.Series, v.Channel, v.Provider)])",
      ],
      { cwd: scratch },
    );
    assert.equal(stdout.trim(), `${VERSION} Cluster Stream Event Series Channel Provider`);
  });
});
