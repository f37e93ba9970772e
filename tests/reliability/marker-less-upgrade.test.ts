import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CREATED_FOR_ANNOTATION, CREATED_FOR_INPUT, creationIdentity } from "../../kinds/creation-marker";
import { KINDS, type KindName } from "../../kinds";
import { recordScenario } from "../../scripts/lib/reliability-scenarios";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { pulumiCli } from "../support/cli-command";
import { createLocalStack, type LocalStack } from "../support/local-stack";
import { ScenarioChecks } from "../support/scenario-checks";
import {
  EmulatorInspector,
  checkEmulatorHoldsState,
  intendedChanges,
  stateEntries,
} from "../support/stack-inventory";

/**
 * Upgrading from the release before the creation marker (kinds/creation-marker.ts, commit 85d233c): a
 * stack that release deployed must preview clean with this one, and its next update must add the marker
 * to every resource it updates, in place, replacing nothing.
 *
 * The previous release is reproduced by what it did differently: its SDK registered no `__createdFor`
 * input, so its provider sent no marker annotation and its state recorded none. The stack's program
 * (upgrade-stack/) drops that input from every resource while `upgrade:previousRelease` is set; the test
 * then checks the result is what that release left (no `__createdFor` anywhere in the exported state, no
 * marker on any resource in the emulator) before upgrading. The provider code path is the one this
 * release runs for inputs without an identity, which sends and records exactly what the previous
 * release's provider did (its `__provider` stub loads the package by name, so state holds no copy of it).
 */

const UPGRADE_STACK_DIR = path.join(REPO_ROOT, "tests", "reliability", "upgrade-stack");
const PROJECT = "visionai-upgrade-stack";
const STACK = "upgrade";
const SCENARIO = "upgrade: a stack deployed before the creation marker";
/** Every resource but the channel, which v1 can neither read nor update. */
const UPDATED_KINDS: readonly string[] = ["Cluster", "Stream", "Event", "Series"];

describe("upgrade from the release before the creation marker", () => {
  let local: LocalStack;
  let inspector: EmulatorInspector;

  before(async () => {
    local = await createLocalStack(UPGRADE_STACK_DIR, STACK);
    inspector = new EmulatorInspector(local.emulator.address);
  });
  after(async () => {
    inspector?.close();
    await local?.dispose();
  });

  it("its stack previews clean, and the next update adds the marker to each updated resource without replacing any", async () => {
    const checks = new ScenarioChecks();
    const started = Date.now();
    await local.stack.setConfig("upgrade:previousRelease", { value: "true" });
    checks.equal((await local.stack.up()).summary.result, "succeeded", "the previous release's up succeeds");
    const deployed = await stateEntries(local.stack);
    checks.equal(deployed.length, 5, "it deployed one resource of every kind");
    checks.ok(
      !(await pulumiCli(local.stack, ["stack", "export"])).includes(CREATED_FOR_INPUT),
      "its state records no creation identity anywhere, as the previous release's state did not",
    );
    const updatable = deployed.filter((resource) => UPDATED_KINDS.includes(resource.kind));
    for (const resource of updatable) {
      const wire = await inspector.read(resource.kind as KindName, resource.name);
      checks.equal(wire.annotations[CREATED_FOR_ANNOTATION], undefined, `${resource.kind} carries no marker`);
    }

    // The upgrade: the same program, registered as this release's SDK registers it.
    await local.stack.removeConfig("upgrade:previousRelease");
    const preview = await local.stack.preview();
    checks.equal(preview.changeSummary, { same: deployed.length + 1 }, "this release previews it clean");

    await local.stack.setConfig("upgrade:revision", { value: "2" });
    await inspector.control("ClearAuditLog");
    const update = await local.stack.up();
    checks.equal(
      update.summary.resourceChanges,
      { same: deployed.length + 1 - updatable.length, update: updatable.length },
      "the next update (a label change) updates the four readable resources in place and replaces nothing",
    );
    for (const resource of updatable) {
      const wire = await inspector.read(resource.kind as KindName, resource.name);
      // Each resource's ID defaults to its Pulumi resource name, which the identity names.
      const resourceName = resource.outputs[KINDS[resource.kind as KindName].idField] as string;
      checks.equal(
        wire.annotations[CREATED_FOR_ANNOTATION],
        creationIdentity(PROJECT, STACK, resource.kind, resourceName),
        `the update added the creation marker to the ${resource.kind}`,
      );
    }
    checks.equal(
      await inspector.updateMasks(),
      new Map(updatable.map((resource) => [resource.name, [["annotations", "labels"]]])),
      "each update named `labels` and `annotations` (which carries the marker) in update_mask, nothing else",
    );
    checks.equal(
      await inspector.appliedChanges(),
      intendedChanges("update", updatable),
      "each of them was updated once, and nothing was created or deleted",
    );
    const state = await stateEntries(local.stack);
    await checkEmulatorHoldsState(checks, inspector, state);
    const after = await local.stack.preview();
    checks.equal(after.changeSummary, { same: state.length + 1 }, "a preview afterwards shows no changes");

    recordScenario({
      scenario: SCENARIO,
      checks: checks.claims(),
      injected:
        "a stack deployed without the `__createdFor` input (the previous release's registrations), then previewed and updated with this release",
      figures: { resources: state.length, seconds: (Date.now() - started) / 1000 },
    });
  });
});
