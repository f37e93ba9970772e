import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { createYamlStack } from "../support/yaml-stack";

const execFileAsync = promisify(execFile);
const EXAMPLE_DIR = path.join(REPO_ROOT, "examples", "yaml");
/** The example's resources: 2 clusters (one per project), 2 streams, 2 events, 4 series and a channel. */
const EXAMPLE_RESOURCE_COUNT = 11;

/**
 * A consumer's project: `npm install` of the tarball `npm pack` makes, so the plugin runs from what the
 * package ships (its `bin` entry and the compiled files it needs), not from this repository.
 */
async function installPackedPackage(consumerDir: string): Promise<void> {
  const npm = (args: string[], cwd: string) =>
    execFileAsync("npm", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  const { stdout } = await npm(["pack", "--json", "--pack-destination", consumerDir], REPO_ROOT);
  const [{ filename }] = JSON.parse(stdout) as { filename: string }[];
  fs.writeFileSync(
    path.join(consumerDir, "package.json"),
    JSON.stringify({ name: "consumer", private: true }),
  );
  await npm(["install", "--no-audit", "--no-fund", path.join(consumerDir, filename)], consumerDir);
}

describe("a project that installed the packed package runs Pulumi YAML through its plugin", () => {
  let consumerDir: string;

  before(async () => {
    consumerDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-consumer-"));
    await installPackedPackage(consumerDir);
  });

  after(() => fs.rmSync(consumerDir, { recursive: true, force: true }));

  it("node_modules/.bin holds pulumi-resource-visionai", () => {
    const plugin = path.join(consumerDir, "node_modules", ".bin", "pulumi-resource-visionai");
    assert.ok(fs.existsSync(plugin), `${plugin} is missing: check package.json's bin (and files)`);
  });

  // Pulumi's `pulumi new typescript` template resolves modules the node10 way, which ignores `exports`:
  // package.json's `typesVersions` points it at the SDK's types. (TypeScript 6 wants the deprecation
  // acknowledged; the template pins TypeScript 5.)
  it("a TypeScript program on pulumi-visionai/plugin type-checks with the template's moduleResolution node", async () => {
    fs.copyFileSync(
      path.join(REPO_ROOT, "examples", "nodejs-plugin-sdk", "index.ts"),
      path.join(consumerDir, "index.ts"),
    );
    const compilerOptions = {
      strict: true,
      target: "es2020",
      module: "commonjs",
      moduleResolution: "node",
      ignoreDeprecations: "6.0",
      noEmit: true,
    };
    fs.writeFileSync(
      path.join(consumerDir, "tsconfig.json"),
      JSON.stringify({ compilerOptions, files: ["index.ts"] }),
    );
    const tsc = path.join(REPO_ROOT, "node_modules", ".bin", "tsc");
    await execFileAsync(tsc, ["-p", consumerDir]).catch((error: { stdout?: string }) => {
      throw new Error(`tsc rejects the program: ${error.stdout}`);
    });
  });

  it("pulumi-visionai/plugin loads its visionai:index:* classes from the installed package", async () => {
    const { stdout } = await execFileAsync(
      "node",
      ["-e", "console.log(require('pulumi-visionai/plugin').Cluster.__pulumiType)"],
      { cwd: consumerDir },
    );
    assert.equal(stdout.trim(), "visionai:index:Cluster");
  });

  it("up creates every resource of examples/yaml and destroy deletes them", async () => {
    const local = await createYamlStack(EXAMPLE_DIR, "e2e-packed", [
      path.join(consumerDir, "node_modules", ".bin"),
    ]);
    try {
      const up = await local.stack.up();
      assert.equal(up.summary.result, "succeeded");
      const deployment = (await local.stack.exportStack()).deployment as { resources: { type: string }[] };
      assert.equal(
        deployment.resources.filter((resource) => resource.type.startsWith("visionai:")).length,
        EXAMPLE_RESOURCE_COUNT,
      );
      const destroy = await local.stack.destroy();
      assert.equal(destroy.summary.result, "succeeded");
    } finally {
      await local.dispose();
    }
  });
});
