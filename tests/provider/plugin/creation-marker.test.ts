import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CREATED_FOR_INPUT, creationIdentity } from "../../../kinds/creation-marker";
import { pluginProvider } from "../../../provider/plugin/plugin-provider";
import { providersAgainstEmulator } from "../../support/providers-against-emulator";

/**
 * Plugin resources (YAML, Python, Go, .NET programs) carry the same creation marker as the TypeScript
 * classes, taken from the URN the engine passes, so a run killed between the service's create and the
 * engine's checkpoint recovers on the next `up` without `adoptExisting`.
 */

const URN = "urn:pulumi:prod::video::visionai:index:Cluster::video-cluster";
const ARGS = { project: "my-project", location: "us-central1", displayName: "Video Processing Cluster" };

describe("the provider plugin's creation marker", () => {
  const emulator = providersAgainstEmulator();
  const plugin = pluginProvider();

  it("check adds the identity of the URN's stack, project, kind and resource name", async () => {
    const { inputs } = await plugin.check(URN, {}, ARGS);
    assert.equal(inputs![CREATED_FOR_INPUT], creationIdentity("video", "prod", "Cluster", "video-cluster"));
  });

  it("a create repeated after a lost checkpoint adopts the resource its first create made", async () => {
    const { inputs } = await plugin.check(URN, {}, ARGS);
    const lost = await plugin.create(URN, inputs!, 0);
    const recovered = await plugin.create(URN, inputs!, 0);
    assert.equal(recovered.id, lost.id);
    assert.equal(recovered.outs!.createTime, lost.outs!.createTime, "the same resource, not a new one");
    assert.deepEqual(
      emulator()
        .control.auditLog("CreateCluster")
        .map((entry) => entry.code),
      ["OK", "ALREADY_EXISTS"],
    );
  });

  it("another stack's resource of the same name is refused with the adoptExisting hint", async () => {
    const otherStack = URN.replace("urn:pulumi:prod::", "urn:pulumi:staging::");
    const { inputs } = await plugin.check(otherStack, {}, ARGS);
    await assert.rejects(plugin.create(otherStack, inputs!, 0), /adoptExisting/);
  });
});
