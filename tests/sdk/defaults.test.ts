import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { runtime } from "@pulumi/pulumi";
import { STACK_DEFAULTS } from "../../provider/stack-config";
import { defaultLocation, defaultProject } from "../../sdk/defaults";

/**
 * The TypeScript classes' project and location defaults follow provider/stack-config.ts's table, the one
 * the plugin follows too (tests/e2e/plugin-options.test.ts checks the plugin's side end to end).
 */
describe("the TypeScript classes' stack defaults", () => {
  after(() => runtime.setAllConfig({}));

  it("follow one table: visionai:project / visionai:location, then gcp:project / gcp:region", () => {
    assert.deepEqual(STACK_DEFAULTS, {
      stackProject: ["visionai:project", "gcp:project"],
      stackLocation: ["visionai:location", "gcp:region"],
    });
  });

  it("take gcp:project and gcp:region when the stack sets only those", () => {
    runtime.setAllConfig({ "gcp:project": "gcp-project", "gcp:region": "europe-west1" });
    assert.equal(defaultProject(), "gcp-project");
    assert.equal(defaultLocation(), "europe-west1");
  });

  it("prefer visionai:project and visionai:location", () => {
    runtime.setAllConfig({
      "gcp:project": "gcp-project",
      "gcp:region": "europe-west1",
      "visionai:project": "visionai-project",
      "visionai:location": "us-central1",
    });
    assert.equal(defaultProject(), "visionai-project");
    assert.equal(defaultLocation(), "us-central1");
  });

  it("are undefined when the stack sets none of them", () => {
    runtime.setAllConfig({});
    assert.equal(defaultProject(), undefined);
    assert.equal(defaultLocation(), undefined);
  });
});
