import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../../client";
import { auditLog, type AuditedCall } from "../../support/emulator-control-client";
import { EmulatorInspector } from "../../support/stack-inventory";
import type { FrontEndStack, StackOutput } from "./front-end";
import { FRONT_ENDS } from "./front-ends";
import { CLUSTER_NAME, LOBBY_CAMERA, SCENARIO, expectedFor, type ExpectedOutput } from "./scenario";

/**
 * The scenario of scenario.ts through every front end of front-ends/, each with its own emulator, CLI
 * state and program: the front ends share nothing, so they run at the same time (the suite then takes
 * about as long as its slowest front end). Within a front end the steps run in order.
 */
describe(
  "parity: the same scenario gives the same calls and outputs through every front end",
  { concurrency: FRONT_ENDS.length },
  () => {
    for (const frontEnd of FRONT_ENDS) {
      describe(frontEnd.name, { concurrency: 1 }, () => {
        let stack: FrontEndStack;
        let imported = false;

        before(async () => {
          await frontEnd.prepare();
          stack = await frontEnd.open();
        });

        after(async () => {
          await stack?.dispose();
        });

        for (const step of SCENARIO) {
          if (step.importsExisting && !frontEnd.importsExisting) continue;
          it(`${frontEnd.name}: ${step.title}`, async () => {
            const inspector = new EmulatorInspector(stack.emulatorAddress);
            if (step.importsExisting) await makeLobbyCamera(stack.emulatorAddress);
            await inspector.control("ClearAuditLog");
            const outcome = await stack.run(step.command, step.settings);
            const calls = callsPerMethod(await auditLog(stack.emulatorAddress));
            const expected = expectedFor(step, imported);
            imported ||= step.importsExisting === true;

            assert.deepEqual(outcome.changes, expected.changes, "the engine's resource changes");
            assert.deepEqual(calls, expected.calls, "the StreamsService calls (with update masks)");
            if (step.outputs) {
              assertOutputs(outcome.outputs ?? {}, step.outputs, await stack.exportState());
            }
            if (step.leavesEmulatorEmpty) {
              const { resources } = await inspector.control("ListResources");
              assert.deepEqual(resources, [], "resources left in the emulator");
            }
          });
        }
      });
    }
  },
);

/** `{ "UpdateStream[display_name]": 1, GetStream: 2 }`: the audited calls counted per method and mask. */
function callsPerMethod(calls: AuditedCall[]): Record<string, number> {
  const counted: Record<string, number> = {};
  for (const call of calls) {
    const key = call.updateMaskPaths.length
      ? `${call.method}[${call.updateMaskPaths.join(",")}]`
      : call.method;
    counted[key] = (counted[key] ?? 0) + 1;
  }
  return counted;
}

/** Every expected output, no other; secret ones flagged secret and absent, in plaintext, from the export. */
function assertOutputs(
  outputs: Record<string, StackOutput>,
  expected: Record<string, ExpectedOutput>,
  exported: string,
): void {
  assert.deepEqual(Object.keys(outputs).sort(), Object.keys(expected).sort(), "the stack's output names");
  for (const [key, want] of Object.entries(expected)) {
    const output = outputs[key]!;
    assert.equal(output.secret, want.secret, `whether output ${key} is secret`);
    if ("matches" in want) assert.match(String(output.value), want.matches, `output ${key}`);
    else assert.deepEqual(output.value, want.value, `output ${key}`);
    if (want.secret) {
      assert.ok(
        !exported.includes(String(output.value)),
        `output ${key} is in plaintext in pulumi stack export`,
      );
      assert.ok(exported.includes("ciphertext"), "pulumi stack export holds no encrypted value");
    }
  }
}

/** The stream the import step adopts, made with the client as another tool or a person would. */
async function makeLobbyCamera(emulatorAddress: string): Promise<void> {
  const client = new StreamsServiceClient({ emulatorHost: emulatorAddress });
  try {
    const { name, ...stream } = LOBBY_CAMERA;
    const operation = await client.createStream({
      parent: CLUSTER_NAME,
      streamId: name.slice(name.lastIndexOf("/") + 1),
      stream,
    });
    await operation.result();
  } finally {
    await client.close();
  }
}
