import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { pulumiStackGraph, type StackLocation } from "../../scripts/graph/pulumi-stack-graph";
import { parseStackGraph } from "../../scripts/graph/stack-graph";
import { teardownSteps } from "../../scripts/graph/teardown-steps";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { copyExample, type ExampleCopy } from "../support/example-copy";
import { createLocalStack, type LocalStack } from "../support/local-stack";

const run = promisify(execFile);
const GRAPH_CLI = path.join(REPO_ROOT, "dist", "scripts", "graph.js");
const STACK_NAME = "e2e-graph";
/** The dev environment's resources (examples/environments/Pulumi.dev.yaml), by Pulumi name. */
const DEV_RESOURCES = ["cluster", "lobby-camera", "motion", "lobby-camera-motion"];

/** `npm run graph` on a deployed copy of examples/environments with the dev environment's config. */
describe("npm run graph", () => {
  let copy: ExampleCopy;
  let local: LocalStack;
  let location: StackLocation;
  let scratch: string;
  /** What `graph` printed, and the SVG it wrote, for the deployed stack. */
  let printed: string;
  let svg: string;

  before(async () => {
    copy = copyExample("environments");
    fs.copyFileSync(path.join(copy.dir, "Pulumi.dev.yaml"), path.join(copy.dir, `Pulumi.${STACK_NAME}.yaml`));
    local = await createLocalStack(copy.dir, STACK_NAME);
    await local.stack.up();
    location = {
      stack: STACK_NAME,
      cwd: copy.dir,
      env: { ...process.env, ...local.stack.workspace.envVars },
    };
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-graph-test-"));
    const out = path.join(scratch, "dev.svg");
    printed = (
      await run(process.execPath, [GRAPH_CLI, "--stack", STACK_NAME, "--cwd", copy.dir, "--out", out], {
        env: location.env,
      })
    ).stdout;
    svg = fs.readFileSync(out, "utf8");
  });

  after(async () => {
    await local?.dispose();
    copy?.remove();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("writes a non-empty SVG naming every resource, and says how many it drew", () => {
    assert.match(printed, new RegExp(`: 4 resources of stack ${STACK_NAME}\\n$`));
    assert.match(svg, /^<\?xml[^]*<svg /);
    for (const name of DEV_RESOURCES) assert.ok(textY(svg, name) !== undefined, `${name} is drawn`);
  });

  it("puts each teardown step below the one before: series, then camera and event, then cluster", () => {
    const y = (text: string) => textY(svg, text)!;
    assert.ok(y("teardown step 1") < y("teardown step 2") && y("teardown step 2") < y("teardown step 3"));
    assert.ok(y("lobby-camera-motion") < y("lobby-camera"));
    assert.ok(y("lobby-camera-motion") < y("motion"));
    assert.ok(y("lobby-camera") < y("cluster") && y("motion") < y("cluster"));
  });

  it("steps follow the dependencies pulumi stack graph reports: dependants first, the stack and provider left out", async () => {
    const graph = parseStackGraph(await pulumiStackGraph(location));
    const steps = teardownSteps(graph);
    const stepByName = Object.fromEntries(
      graph.resources.map((resource) => [resource.name, steps.get(resource.id)]),
    );
    assert.deepEqual(stepByName, { "lobby-camera-motion": 1, "lobby-camera": 2, motion: 2, cluster: 3 });
  });

  it("names the stack and gives Pulumi's reason when the stack does not exist", async () => {
    const failure = await run(
      process.execPath,
      [GRAPH_CLI, "--stack", "no-such-stack", "--cwd", copy.dir, "--out", path.join(scratch, "x.svg")],
      { env: location.env },
    ).then(
      () => assert.fail("graph should fail"),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(
      failure.stderr,
      /^graph: `pulumi stack graph` failed for stack `no-such-stack` in .+: error: no stack named 'no-such-stack' found\n$/,
    );
  });
});

/**
 * The y coordinate (growing downwards) of the node or teardown-step box of the SVG whose text includes the
 * line `text`. Graphviz draws each in a `<g class="node">` or `<g class="cluster">` group, one `<text>` per
 * label line, with characters such as `-` as numeric entities.
 */
function textY(svg: string, text: string): number | undefined {
  for (const [, group] of svg.matchAll(/<g id="\w+" class="(?:node|cluster)">([^]*?)<\/g>/g)) {
    for (const [, y, content] of group.matchAll(/<text[^>]* y="(-?[\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
      const decoded = content.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
      if (decoded === text) return Number(y);
    }
  }
  return undefined;
}
