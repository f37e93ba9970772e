import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import {
  assertLanguageHostFor,
  ensurePulumiArgs,
  projectRuntime,
  YAML_LANGUAGE_HOST,
} from "../../../scripts/lib/pulumi-cli";

describe("pulumiBinDir's optional parts", () => {
  it("asks scripts/ensure-pulumi.sh for nothing optional by default, and for the YAML host with { yaml: true }", () => {
    assert.deepEqual(ensurePulumiArgs({}), []);
    assert.deepEqual(ensurePulumiArgs({ yaml: false }), []);
    assert.deepEqual(ensurePulumiArgs({ yaml: true }), ["--with", "yaml"]);
  });
});

describe("projectRuntime", () => {
  it("reads `runtime: yaml` and `runtime: { name: nodejs, options: … }`", () => {
    assert.equal(projectRuntime("name: p\nruntime: yaml\n"), "yaml");
    assert.equal(
      projectRuntime("name: p\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n"),
      "nodejs",
    );
    assert.equal(projectRuntime("name: p\n"), undefined);
  });
});

describe("assertLanguageHostFor", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-language-host-"));
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  function folder(name: string, files: Record<string, string>): string {
    const dir = path.join(scratch, name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
    return dir;
  }

  const yamlProgram = folder("yaml-program", { "Pulumi.yaml": "name: p\nruntime: yaml\n" });
  const nodejsProgram = folder("nodejs-program", { "Pulumi.yaml": "name: p\nruntime: nodejs\n" });
  const binWithoutYaml = folder("bin-without-yaml", { pulumi: "" });
  const binWithYaml = folder("bin-with-yaml", { pulumi: "", [YAML_LANGUAGE_HOST]: "" });

  it("fails for a YAML program without the YAML host, saying how to get it", () => {
    assert.throws(
      () => assertLanguageHostFor(yamlProgram, binWithoutYaml),
      (error: Error) => {
        assert.match(error.message, /Pulumi YAML program \(runtime: yaml\)/);
        assert.match(error.message, /has no pulumi-language-yaml/);
        assert.match(error.message, /pulumiBinDir\(\{ yaml: true \}\)/);
        assert.match(error.message, /bash scripts\/ensure-pulumi\.sh --with yaml/);
        return true;
      },
    );
  });

  it("passes a YAML program with the YAML host, and any other program without it", () => {
    assertLanguageHostFor(yamlProgram, binWithYaml);
    assertLanguageHostFor(nodejsProgram, binWithoutYaml);
  });
});
