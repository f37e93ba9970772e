import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { before, describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";

const run = promisify(execFile);
/** Where it sits in a copy of examples/gitops/, which mirrors the repository it is copied into. */
const WORKFLOW = path.join(REPO_ROOT, "examples", "gitops", ".github", "workflows", "pulumi.yml");
const ENVIRONMENTS_DIR = path.join(REPO_ROOT, "examples", "environments");

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
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "gitops-workflow-"));
    try {
      const broken = path.join(scratch, "broken.yml");
      fs.writeFileSync(
        broken,
        fs.readFileSync(WORKFLOW, "utf8").replace("steps.preview.outputs", "steps.previw.outputs"),
      );
      const failure = await run(actionlint, ["-no-color", broken]).then(
        () => assert.fail("actionlint should report the undefined step"),
        (error: { code: number; stdout: string }) => error,
      );
      assert.equal(failure.code, 1);
      assert.match(failure.stdout, /property "previw" is not defined/);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("previews every stack with --diff on pull requests and runs up on pushes to main", () => {
    const workflow = fs.readFileSync(WORKFLOW, "utf8");
    assert.match(workflow, /pulumi preview --diff --json/);
    assert.match(workflow, /PREVIEW_COMMENT: dist\/examples\/gitops\/preview-comment\.js/);
    assert.match(workflow, /node "\$PREVIEW_COMMENT"/);
    assert.match(workflow, /pulumi up --yes/);
  });

  it("previews and deploys the same stacks, one for each Pulumi.<stack>.yaml of examples/environments", () => {
    const workflow = fs.readFileSync(WORKFLOW, "utf8");
    const previewed = workflow.match(/^ {2}STACKS: (.+)$/m)?.[1].split(" ");
    const deployed = workflow.match(/^ {8}stack: \[(.+)\]$/m)?.[1].split(", ");
    const configured = fs
      .readdirSync(ENVIRONMENTS_DIR)
      .flatMap((file) => file.match(/^Pulumi\.(.+)\.yaml$/)?.[1] ?? [])
      .sort();
    assert.deepEqual(previewed, ["dev", "staging", "prod"]);
    assert.deepEqual(deployed, previewed);
    assert.deepEqual([...configured].sort(), [...previewed!].sort());
  });
});
