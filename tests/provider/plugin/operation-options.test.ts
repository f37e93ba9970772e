import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pluginProvider } from "../../../provider/plugin/plugin-provider";
import { providersAgainstEmulator } from "../../support/providers-against-emulator";

/**
 * The plugin's share of Pulumi's resource options: `customTimeouts` (the engine's `timeout` seconds) bound
 * each operation's wait, and the engine's Cancel ends every wait at once. Against an in-process emulator
 * whose operations run for a set time.
 */

const URN = "urn:pulumi:prod::video::visionai:index:Cluster::";
const ARGS = { project: "my-project", location: "us-central1" };

describe("the provider plugin's operation options", () => {
  const emulator = providersAgainstEmulator();
  const plugin = pluginProvider();

  /** A cluster checked and created with operations done at once, then operations slowed to `millis`. */
  async function createdCluster(name: string, millis: number) {
    emulator().control.setOptions({ operationDelayMillis: 5 });
    const { inputs } = await plugin.check(URN + name, {}, ARGS);
    const created = await plugin.create(URN + name, inputs!, 0);
    emulator().control.setOptions({ operationDelayMillis: millis });
    return { inputs: inputs!, ...created };
  }

  it("an update bounded by customTimeouts fails after its limit, naming the operation", async () => {
    const { id, inputs, outs } = await createdCluster("update-bounded", 5_000);
    const started = Date.now();
    await assert.rejects(
      plugin.update(id, URN + "update-bounded", outs, { ...inputs, displayName: "Renamed" }, 1),
      /did not finish within 1000 ms and is still running on the server; wait again with client\.operation\("projects\/my-project\/locations\/us-central1\/operations\//,
    );
    assert.ok(Date.now() - started < 4_000, "the update waited past its 1 s limit");
  });

  it("a delete bounded by customTimeouts fails after its limit", async () => {
    const { id, outs } = await createdCluster("delete-bounded", 5_000);
    await assert.rejects(plugin.delete(id, URN + "delete-bounded", outs, 1), /did not finish within 1000 ms/);
  });

  it("customTimeouts' limit is used for the one operation, and state keeps the resource's own timeouts", async () => {
    emulator().control.setOptions({ operationDelayMillis: 5 });
    const urn = URN + "own-timeouts";
    const { inputs } = await plugin.check(urn, {}, { ...ARGS, timeouts: { createSeconds: 600 } });
    const { outs } = await plugin.create(urn, inputs!, 30);
    assert.deepEqual(outs.timeouts, { createSeconds: 600 });
  });

  it("Cancel ends a running create's wait at once with a message saying the next up picks it up", async () => {
    emulator().control.setOptions({ operationDelayMillis: 10_000 });
    const urn = URN + "cancelled";
    const { inputs } = await plugin.check(urn, {}, ARGS);
    const started = Date.now();
    const creating = plugin.create(urn, inputs!, 0);
    setTimeout(() => plugin.cancel(), 200);
    await assert.rejects(
      creating,
      /the update was cancelled: stopped waiting for the Cluster projects\/my-project\/locations\/us-central1\/clusters\/cancelled's creation, which may still finish on the server; the next `pulumi up` picks up where it left off/,
    );
    assert.ok(Date.now() - started < 5_000, "the create kept waiting after Cancel");
    // The core's own wait goes on in the background (in the plugin, until the engine ends the process):
    // finishing the operation ends it here, before the emulator stops.
    emulator().control.completeOperations();
  });
});
