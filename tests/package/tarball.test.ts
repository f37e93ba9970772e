import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";

const run = promisify(execFile);
const MANIFEST = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
  exports: Record<string, string>;
  bin: Record<string, string>;
};

/** Paths in the tarball that only the project's own development uses. */
const DEVELOPMENT_ONLY =
  /(^|\/)(tests?|fixtures|\.github|\.ci|scripts|examples)\/|\.test\.|\.map$|\.ts$(?<!\.d\.ts)|eslint|prettier|tsconfig|^Pulumi\.|\.tools/;

/**
 * What `npm pack` puts in the published tarball (package.json `files`), checked on the built tree, and the
 * tarball unpacked as npm installs it, into a consumer's node_modules whose dependencies are this checkout's.
 */
describe("the npm package", () => {
  let files: string[];
  let scratch: string;
  let installed: string;

  before(async () => {
    const listing = await run("npm", ["pack", "--dry-run", "--json"], { cwd: REPO_ROOT });
    files = (JSON.parse(listing.stdout) as { files: { path: string }[] }[])[0].files.map((file) => file.path);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-package-"));
    const packed = await run("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: REPO_ROOT });
    const tarball = path.join(scratch, (JSON.parse(packed.stdout) as { filename: string }[])[0].filename);
    installed = path.join(scratch, "node_modules", "pulumi-visionai");
    fs.mkdirSync(installed, { recursive: true });
    await run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
    fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(installed, "node_modules"));
  });

  after(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("lists no test, CI, lint or build-config file, no source map and no TypeScript source", () => {
    assert.deepEqual(
      files.filter((file) => DEVELOPMENT_ONLY.test(file)),
      [],
    );
  });

  it("holds the README, the LICENSE, the emulator's control proto and every exports and bin target", () => {
    const targets = [...Object.values(MANIFEST.exports), ...Object.values(MANIFEST.bin)].map((target) =>
      path.posix.normalize(target),
    );
    for (const file of ["README.md", "LICENSE", "emulator/proto/control.proto", ...targets]) {
      assert.ok(files.includes(file), `${file} is missing from the tarball`);
    }
  });

  it("holds the compiled kind tables the SDK, provider and client import", () => {
    assert.ok(files.includes("dist/kinds/index.js"));
    assert.ok(files.includes("dist/kinds/index.d.ts"));
  });

  it("installed from the tarball, every entry point loads and the emulator and client talk", async () => {
    const consumer = createRequire(path.join(scratch, "consumer.js"));
    assert.equal(typeof consumer("pulumi-visionai").Cluster, "function");
    assert.equal(typeof consumer("pulumi-visionai/provider").providerFor, "function");
    const emulatorModule = consumer("pulumi-visionai/emulator");
    assert.equal(
      emulatorModule.controlProtoPath(),
      path.join(installed, "emulator", "proto", "control.proto"),
    );

    const emulator = await emulatorModule.startEmulator({});
    const { StreamsServiceClient } = consumer("pulumi-visionai/client");
    const client = new StreamsServiceClient({ emulatorHost: emulator.address });
    try {
      const parent = "projects/package-check/locations/us-central1";
      await (await client.createCluster({ parent, clusterId: "packed", cluster: {} })).result();
      const names: string[] = [];
      for await (const cluster of client.listClusters({ parent })) names.push(cluster.name);
      assert.deepEqual(names, [`${parent}/clusters/packed`]);
    } finally {
      await client.close();
      await emulator.stop();
    }
  });

  it("the packed visionai-emulator bin runs", async () => {
    const { stdout } = await run(process.execPath, [
      path.join(installed, MANIFEST.bin["visionai-emulator"]),
      "--help",
    ]);
    assert.match(stdout, /--in-memory/);
  });
});
