import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { describe, it } from "node:test";
import { packageInfo } from "../../../client/package-info";
import { packageSchema } from "../../../provider/plugin/schema";
import { offlinePulumiEnv, pulumiBinDir } from "../../../scripts/lib/pulumi-cli";
import { PLUGIN_PATH } from "../../../scripts/lib/sdk-generation";

describe("the pulumi-resource-visionai plugin executable", () => {
  it("serves its schema to `pulumi package get-schema`", async () => {
    const binDir = await pulumiBinDir();
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-get-schema-"));
    try {
      const env = offlinePulumiEnv({
        binDir,
        home: path.join(scratch, "home"),
        backendDir: path.join(scratch, "state"),
      });
      const { stdout } = await promisify(execFile)(
        path.join(binDir, "pulumi"),
        ["package", "get-schema", PLUGIN_PATH],
        { cwd: scratch, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      );
      assert.deepEqual(JSON.parse(stdout), packageSchema(packageInfo().version));
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});
