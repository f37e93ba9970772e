import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";

const CLI_PACKAGE = "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi";
const NODEJS_HOST_PACKAGE = "./language-nodejs";
const YAML_HOST_PACKAGE = "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml";

/**
 * Stands in for the Go toolchain, which these tests do not exercise (a real first build takes minutes):
 * reports a new enough Go, and for `go build … -o FILE PACKAGE` writes an executable FILE and appends
 * PACKAGE to $GO_BUILD_LOG, so a test sees exactly what the script asked Go to build.
 */
const RECORDING_GO = `#!/usr/bin/env bash
case "$1" in
  env)
    case "$2" in GOVERSION) echo go1.99.0 ;; GOTOOLCHAIN) echo local ;; esac ;;
  build)
    package="\${!#}" out=""
    while (($# > 0)); do [ "$1" = -o ] && out="$2"; shift; done
    printf '%s\\n' "$package" >>"$GO_BUILD_LOG"
    printf '#!/bin/sh\\n' >"$out" && chmod +x "$out" ;;
  *) echo "unexpected: go $*" >&2; exit 2 ;;
esac
`;

/** A `pulumi` older than the pin, which the script must not use, so a machine's own `pulumi` cannot either. */
const OLD_PULUMI = `#!/bin/sh\necho v3.0.0\n`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The packages `go build` was asked for during this run, in order. */
  built: string[];
}

/**
 * scripts/ensure-pulumi.sh's contract, run on a copy of the files it reads (so its .tools/ is a scratch
 * one) with a recording stand-in for `go`.
 */
describe("scripts/ensure-pulumi.sh", () => {
  let root: string;
  let fakeBin: string;
  let binDir: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-ensure-pulumi-"));
    for (const part of ["ensure-pulumi.sh", "pulumi-cli", "pulumi-yaml"]) {
      fs.cpSync(path.join(REPO_ROOT, "scripts", part), path.join(root, "scripts", part), { recursive: true });
    }
    fakeBin = path.join(root, "fake-bin");
    fs.mkdirSync(fakeBin);
    fs.writeFileSync(path.join(fakeBin, "go"), RECORDING_GO, { mode: 0o755 });
    fs.writeFileSync(path.join(fakeBin, "pulumi"), OLD_PULUMI, { mode: 0o755 });
    const version = /^readonly PULUMI_VERSION="([^"]+)"$/m.exec(
      fs.readFileSync(path.join(root, "scripts", "ensure-pulumi.sh"), "utf8"),
    )![1];
    binDir = path.join(root, ".tools", "pulumi", `v${version}`, "bin");
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  function ensurePulumi(...args: string[]): Run {
    const log = path.join(root, "go-build.log");
    fs.rmSync(log, { force: true });
    const result = spawnSync("bash", [path.join(root, "scripts", "ensure-pulumi.sh"), ...args], {
      encoding: "utf8",
      env: { PATH: [fakeBin, "/usr/bin", "/bin"].join(path.delimiter), GO_BUILD_LOG: log },
    });
    const built = fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n") : [];
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, built };
  }

  // The tests run in order: each starts from the bin directory the one before left.

  it("with no arguments (the demo's call) builds the CLI and the Node.js host, not the YAML host", () => {
    const run = ensurePulumi();
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.built, [CLI_PACKAGE, NODEJS_HOST_PACKAGE]);
    for (const file of ["pulumi", "pulumi-language-nodejs", "pulumi-resource-pulumi-nodejs"]) {
      assert.ok(fs.existsSync(path.join(binDir, file)), `no ${file} in ${binDir}`);
    }
    assert.ok(!fs.existsSync(path.join(binDir, "pulumi-language-yaml")), "the YAML host was built unasked");
  });

  it("prints exactly one line on stdout, the bin directory, and builds nothing when it is up to date", () => {
    const run = ensurePulumi();
    assert.deepEqual([run.status, run.stdout, run.built, run.stderr], [0, `${binDir}\n`, [], ""]);
  });

  it("says before a build what it builds and about how long a first build takes", () => {
    fs.rmSync(path.join(root, ".tools"), { recursive: true, force: true });
    const { stderr } = ensurePulumi();
    const announcement = stderr.split("\n").slice(0, 3).join("\n");
    assert.match(
      announcement,
      /^ensure-pulumi: building the Pulumi CLI v[\d.]+ and the Node\.js language host into \.tools\/pulumi\/v[\d.]+\/bin:\n/,
    );
    assert.match(announcement, /about \d+(–\d+)? min the first time with empty Go caches/);
    assert.match(announcement, /not the Pulumi YAML language host.*--with yaml adds it/);
  });

  it("builds only the YAML host when it is asked for next, then nothing", () => {
    const withYaml = ensurePulumi("--with", "yaml");
    assert.equal(withYaml.status, 0, withYaml.stderr);
    assert.deepEqual(withYaml.built, [YAML_HOST_PACKAGE]);
    assert.match(withYaml.stderr, /building the Pulumi YAML language host v[\d.]+ into .*:\n.*about \d+/);
    assert.equal(withYaml.stdout, `${binDir}\n`);
    assert.ok(fs.existsSync(path.join(binDir, "pulumi-language-yaml")));

    const again = ensurePulumi("--with", "yaml");
    assert.deepEqual([again.status, again.stdout, again.built, again.stderr], [0, `${binDir}\n`, [], ""]);
  });

  it("refuses an unknown part, naming the one there is", () => {
    const run = ensurePulumi("--with", "python");
    assert.notEqual(run.status, 0);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /unknown part "python" after --with: the only optional part is yaml/);
  });
});
