import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { before, describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";

const run = promisify(execFile);
const WORKFLOW = path.join(REPO_ROOT, "examples", "gitops", "github-workflow.yml");

describe("the GitOps workflow file", () => {
  let actionlint: string;

  before(async () => {
    const { stdout } = await run("bash", [path.join(REPO_ROOT, "scripts", "ensure-actionlint.sh")]);
    actionlint = stdout.trim();
  });

  it("passes actionlint with no findings", async () => {
    const { stdout } = await run(actionlint, ["-no-color", WORKFLOW]);
    assert.equal(stdout, "");
  });

  it("is checked for real: actionlint rejects a copy that reads an undefined step output", async () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gitops-workflow-")), "broken.yml");
    fs.writeFileSync(
      broken,
      fs.readFileSync(WORKFLOW, "utf8").replace("steps.preview.outputs", "steps.previw.outputs"),
    );
    const failure = await run(actionlint, ["-no-color", broken]).then(
      () => assert.fail("actionlint should report the undefined step"),
      (error: { code: number; stdout: string }) => error,
    );
    fs.rmSync(path.dirname(broken), { recursive: true, force: true });
    assert.equal(failure.code, 1);
    assert.match(failure.stdout, /property "previw" is not defined/);
  });

  it("previews every stack with --diff on pull requests and runs up on pushes to main", () => {
    const workflow = fs.readFileSync(WORKFLOW, "utf8");
    assert.match(workflow, /pulumi preview --diff --json/);
    assert.match(workflow, /node dist\/examples\/gitops\/preview-comment\.js/);
    assert.match(workflow, /pulumi up --yes/);
  });
});
