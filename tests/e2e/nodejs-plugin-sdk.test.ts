import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../client";
import { auditLog } from "../support/emulator-control-client";
import { copyExample, type ExampleCopy } from "../support/example-copy";
import { createLocalStack, type LocalStack } from "../support/local-stack";
import {
  assertPluginResourceTypes,
  assertSetupOutputs,
  assertSetupWorkflowDeployed,
  SETUP_CLUSTER_NAME as CLUSTER_NAME,
} from "../support/setup-workflow";
import { EmulatorInspector } from "../support/stack-inventory";
import { REPO_BIN_DIR } from "../support/yaml-stack";

const CAMERA_2 = `${CLUSTER_NAME}/streams/camera-2-stream`;

/** Cluster, 2 streams, 2 events, 4 series, 1 channel. */
const VISIONAI_RESOURCES = 10;
/** The stack and the Vision AI resources (previews do not count the default provider). */
const RESOURCE_COUNT = 1 + VISIONAI_RESOURCES;

/**
 * examples/nodejs-plugin-sdk, a TypeScript program on the generated SDK (`pulumi-visionai/plugin`), run
 * by the real CLI and the project's Node.js language host, its resources served by the provider plugin
 * `pulumi-resource-visionai` found on PATH. The cases run in order on one stack of a copy of the example.
 */
describe("the generated Node.js SDK through the provider plugin and the Node.js language host", () => {
  let copy: ExampleCopy;
  let local: LocalStack;
  let client: StreamsServiceClient;
  let inspector: EmulatorInspector;

  before(async () => {
    copy = copyExample("nodejs-plugin-sdk");
    local = await createLocalStack(copy.dir, "e2e-plugin-sdk");
    const envVars = local.stack.workspace.envVars;
    envVars.PATH = [REPO_BIN_DIR, envVars.PATH].join(path.delimiter);
    client = new StreamsServiceClient({ emulatorHost: local.emulator.address });
    inspector = new EmulatorInspector(local.emulator.address);
  });

  after(async () => {
    inspector?.close();
    await client?.close();
    await local?.dispose();
    copy?.remove();
  });

  it("up creates the seed's whole setup, every kind, with the program's values", async () => {
    const result = await local.stack.up();
    assert.equal(result.summary.result, "succeeded");
    const held = await inspector.resources();
    assert.equal(held.length, VISIONAI_RESOURCES, held.map((resource) => resource.name).join(", "));
    await assertSetupWorkflowDeployed(client);
  });

  it("state records plugin resources typed visionai:index:<Kind>, no dynamic ones", async () => {
    const types = await assertPluginResourceTypes(local.stack);
    assert.ok(!types.some((type) => type.startsWith("pulumi-nodejs:dynamic")), types.join(", "));
  });

  it("getStream looks a stream up and getStreamHlsToken's token is secret in outputs and state", async () => {
    await assertSetupOutputs(local.stack, await local.stack.outputs());
  });

  it("preview right after up reports no changes", async () => {
    const preview = await local.stack.preview();
    assert.deepEqual(preview.changeSummary, { same: RESOURCE_COUNT });
  });

  it("changing one camera's display name updates that stream in place, sending only display_name", async () => {
    editProgram(copy, '"Camera 2 Stream"', '"Front door camera"');
    const preview = await local.stack.preview();
    assert.deepEqual(preview.changeSummary, { same: RESOURCE_COUNT - 1, update: 1 });
    const before = (await auditLog(local.emulator.address)).length;
    await local.stack.up();
    const updates = (await auditLog(local.emulator.address))
      .slice(before)
      .filter((call) => call.method.startsWith("Update"));
    assert.deepEqual(
      updates.map((call) => [call.method, call.resource, call.updateMaskPaths]),
      [["UpdateStream", CAMERA_2, ["display_name"]]],
    );
    const stream = await client.getStream({ name: CAMERA_2 });
    assert.equal(stream.displayName, "Front door camera");
  });

  it("destroy leaves the emulator empty", async () => {
    const result = await local.stack.destroy();
    assert.equal(result.summary.result, "succeeded");
    assert.equal(result.summary.resourceChanges?.delete, RESOURCE_COUNT);
    assert.deepEqual(await inspector.resources(), []);
  });
});

/** Rewrites the copy's index.ts as a pull request would, replacing `from` (which must occur) with `to`. */
function editProgram(copy: ExampleCopy, from: string, to: string): void {
  const programFile = path.join(copy.dir, "index.ts");
  const program = fs.readFileSync(programFile, "utf8");
  if (!program.includes(from)) throw new Error(`${programFile} does not contain ${from}`);
  fs.writeFileSync(programFile, program.split(from).join(to));
}
