import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { before, describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";

const run = promisify(execFile);
const WORKFLOWS_DIR = path.join(REPO_ROOT, ".github", "workflows");
const CI_WORKFLOW = path.join(WORKFLOWS_DIR, "ci.yml");

/** The test command the README gives, which CI and .ci/run must run exactly. */
const README_TEST_COMMAND = "npm ci && npm test";

describe("the project's own GitHub workflows", () => {
  let actionlint: string;

  before(async () => {
    const { stdout } = await run("bash", [path.join(REPO_ROOT, "scripts", "ensure-actionlint.sh")]);
    actionlint = stdout.trim();
  });

  it("pass actionlint with no findings", async () => {
    const workflows = fs.readdirSync(WORKFLOWS_DIR).map((file) => path.join(WORKFLOWS_DIR, file));
    assert.ok(workflows.length >= 2, "ci.yml and release.yml are expected");
    const { stdout } = await run(actionlint, ["-no-color", ...workflows]);
    assert.equal(stdout, "");
  });

  it("run exactly the README's test command on pushes and pull requests", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    assert.ok(
      readme.includes(`${README_TEST_COMMAND}        #`),
      "the README's quick start names the command",
    );
    const ci = fs.readFileSync(CI_WORKFLOW, "utf8");
    assert.match(ci, /^ {2}push:$/m);
    assert.match(ci, /^ {2}pull_request:$/m);
    assert.ok(
      ci.split("\n").includes(`        run: ${README_TEST_COMMAND}`),
      "ci.yml runs the command as one step",
    );
    const ciRun = fs.readFileSync(path.join(REPO_ROOT, ".ci", "run"), "utf8");
    assert.ok(ciRun.split("\n").includes(README_TEST_COMMAND), ".ci/run runs the command");
  });
});
