import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { stackFileSetting } from "../../../provider/plugin/stack-file-config";

/** A project folder as `pulumi config set` leaves it: Pulumi.yaml and one stack's settings file. */
function projectWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-stack-files-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("stack config the plugin reads from the stack's files", () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const project = (files: Record<string, string>) => {
    const dir = projectWith(files);
    dirs.push(dir);
    return dir;
  };

  it("reads a plain value from Pulumi.<stack>.yaml, found from a folder below the project", () => {
    const dir = project({
      "Pulumi.yaml": "name: p\nruntime: yaml\n",
      "Pulumi.dev.yaml": "config:\n  gcp:project: gcp-project\n  gcp:region: europe-west1\n",
      "src/.keep": "",
    });
    assert.equal(stackFileSetting("dev", "gcp:project", path.join(dir, "src")).value, "gcp-project");
    assert.equal(stackFileSetting("dev", "gcp:region", dir).value, "europe-west1");
  });

  it("falls back to the project's config block, and follows stackConfigDir", () => {
    const dir = project({
      "Pulumi.yaml":
        "name: p\nruntime: yaml\nstackConfigDir: stacks\nconfig:\n  gcp:region:\n    value: us-east1\n",
      "stacks/Pulumi.prod.yaml": "config:\n  gcp:project: prod-project\n",
    });
    assert.equal(stackFileSetting("prod", "gcp:project", dir).value, "prod-project");
    assert.equal(stackFileSetting("prod", "gcp:region", dir).value, "us-east1");
  });

  it("says why there is no value: not set, a secret, or no project found", () => {
    const dir = project({
      "Pulumi.yaml": "name: p\nruntime: yaml\n",
      "Pulumi.dev.yaml": "config:\n  gcp:project:\n    secure: AAABAxyz\n",
    });
    assert.deepEqual(stackFileSetting("dev", "gcp:project", dir), {
      reason: `\`gcp:project\` in ${path.join(dir, "Pulumi.dev.yaml")} is a secret, which only the CLI can decrypt`,
    });
    assert.deepEqual(stackFileSetting("dev", "gcp:region", dir), {
      reason: `${path.join(dir, "Pulumi.dev.yaml")} does not set \`gcp:region\``,
    });
    const empty = project({});
    assert.match(stackFileSetting("dev", "gcp:project", empty).reason, /no Pulumi\.yaml was found in /);
  });
});
