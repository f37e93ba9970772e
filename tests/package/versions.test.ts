import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { once } from "node:events";
import { describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import type { PluginInfo } from "@pulumi/pulumi/proto/plugin_pb";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { PLUGIN_PATH } from "../../scripts/lib/sdk-generation";

/** The one version: package.json's. Everything below must carry it. */
const VERSION = (
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }
).version;

const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
const pluginManifestVersion = (file: string) => (JSON.parse(read(file)) as { version: string }).version;

/** Starts the plugin executable as the engine does and asks it GetPluginInfo over gRPC. */
async function pluginReportedVersion(): Promise<string> {
  const plugin = spawn(PLUGIN_PATH, ["127.0.0.1:1"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [firstLine] = (await once(plugin.stdout, "data")) as [Buffer];
    const client = new ResourceProviderClient(
      `127.0.0.1:${firstLine.toString().trim()}`,
      grpc.credentials.createInsecure(),
    );
    try {
      const info = await new Promise<PluginInfo>((resolve, reject) =>
        client.getPluginInfo(new Empty(), (error, reply) => (error ? reject(error) : resolve(reply))),
      );
      return info.getVersion();
    } finally {
      client.close();
    }
  } finally {
    plugin.kill();
  }
}

describe("one version: package.json's version everywhere the project states one", () => {
  it("the plugin answers GetPluginInfo with it", async () => {
    assert.equal(await pluginReportedVersion(), VERSION);
  });

  it("the committed SDKs' package metadata carry it", () => {
    assert.equal((JSON.parse(read("sdk/nodejs/package.json")) as { version: string }).version, VERSION);
    assert.match(
      read("sdk/python/pyproject.toml"),
      new RegExp(`^ {2}version = "${VERSION.replaceAll(".", "\\.")}"$`, "m"),
    );
    assert.match(
      read("sdk/dotnet/Pulumi.Visionai.csproj"),
      new RegExp(`<Version>${VERSION.replaceAll(".", "\\.")}</Version>`),
    );
    // pulumi-plugin.json tells the engine which plugin version a program on that SDK needs.
    for (const manifest of [
      "sdk/python/pulumi_visionai/pulumi-plugin.json",
      "sdk/go/visionai/pulumi-plugin.json",
      "sdk/dotnet/pulumi-plugin.json",
    ]) {
      assert.equal(pluginManifestVersion(manifest), VERSION, manifest);
    }
  });
});
