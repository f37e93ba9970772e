import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { KINDS, isInput } from "../../../kinds";
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

  it("writes a Python, Go and .NET class for every kind", () => {
    for (const kind of Object.keys(KINDS)) {
      const lower = kind.toLowerCase();
      for (const file of [
        `python/pulumi_visionai/${lower}.py`,
        `go/visionai/${lower}.go`,
        `dotnet/${kind}.cs`,
      ]) {
        assert.ok(fs.existsSync(path.join(outDir, file)), `gen-sdk wrote no ${file}`);
      }
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
