import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { KINDS, isInput } from "../../../kinds";
import { REPO_ROOT } from "../../../scripts/lib/repo-paths";
import { generateSdks, run } from "../../../scripts/lib/sdk-generation";

/** Same flags as the CLI build in scripts/ensure-pulumi.sh, so Go reuses its compiled Pulumi SDK. */
const GO_BUILD_ARGS = ["build", "-mod=readonly", "-trimpath", "-tags", "osusergo,grpcnotrace", "./..."];

const pascalCase = (field: string) => field[0]!.toUpperCase() + field.slice(1);

describe("npm run gen-sdks: pulumi package gen-sdk from the plugin's schema", () => {
  let outDir: string;

  before(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-sdks-"));
    await generateSdks(outDir);
  });

  after(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it("writes a Python, Go, .NET and Node.js class for every kind", () => {
    for (const kind of Object.keys(KINDS)) {
      const lower = kind.toLowerCase();
      for (const file of [
        `python/pulumi_visionai/${lower}.py`,
        `go/visionai/${lower}.go`,
        `dotnet/${kind}.cs`,
        `nodejs/${lower}.ts`,
      ]) {
        assert.ok(fs.existsSync(path.join(outDir, file)), `gen-sdk wrote no ${file}`);
      }
      const nodejsClass = fs.readFileSync(path.join(outDir, "nodejs", `${lower}.ts`), "utf8");
      assert.ok(
        nodejsClass.includes(`'visionai:index:${kind}'`),
        `nodejs/${lower}.ts is not visionai:index:${kind}`,
      );
    }
  });

  // The SDK asks the engine for the plugin of its package.json's version: the one this package ships. The
  // package.json declares no plugin, or Pulumi's Node.js host would require it of every program that
  // installed pulumi-visionai, dynamic resources only included.
  it("gives the Node.js SDK the package's own version and declares no plugin requirement", () => {
    const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    const sdkManifest = read(path.join(outDir, "nodejs", "package.json"));
    assert.equal(sdkManifest.version, read(path.join(REPO_ROOT, "package.json")).version);
    assert.equal(sdkManifest.pulumi, undefined);
  });

  // The Node.js SDK ships in this package (`pulumi-visionai/plugin`), so the build compiles the copy in git.
  it("the Node.js SDK kept in sdk/nodejs is what the schema generates now (else run npm run gen-sdks)", () => {
    const generated = filesUnder(path.join(outDir, "nodejs"));
    const kept = filesUnder(path.join(REPO_ROOT, "sdk", "nodejs"));
    assert.deepEqual(
      Object.keys(kept),
      Object.keys(generated),
      "sdk/nodejs holds other files than generated",
    );
    for (const [file, contents] of Object.entries(generated)) {
      assert.ok(kept[file] === contents, `sdk/nodejs/${file} differs from what npm run gen-sdks writes`);
    }
  });

  it("gives the Go SDK every input field of the kind table as an argument", () => {
    for (const [kind, table] of Object.entries(KINDS)) {
      const source = fs.readFileSync(path.join(outDir, "go", "visionai", `${kind.toLowerCase()}.go`), "utf8");
      const args = source.slice(source.indexOf(`type ${kind}Args struct`));
      for (const [field, spec] of Object.entries(table.fields)) {
        if (isInput(spec))
          assert.match(args, new RegExp(`\\n\\t${pascalCase(field)} `), `${kind}Args.${field}`);
      }
    }
  });

  it("the Go SDK compiles with go build", async () => {
    assert.ok(fs.existsSync(path.join(outDir, "go", "go.sum")), "the go.mod/go.sum overlay is missing");
    await run("go", GO_BUILD_ARGS, {
      cwd: path.join(outDir, "go"),
      env: { ...process.env, CGO_ENABLED: "0" },
    });
  });
});

/** Every file under `dir`, by path relative to it (sorted), with its contents. */
function filesUnder(dir: string): Record<string, string> {
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile());
  const relative = files.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
  return Object.fromEntries(relative.map((file) => [file, fs.readFileSync(path.join(dir, file), "utf8")]));
}
