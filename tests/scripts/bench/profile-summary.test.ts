import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { summarizeProfile } from "../../../scripts/bench/profiling/profile-summary";

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url },
  children,
});

/**
 * A dynamic-provider process in miniature: the host requires zod (Node.js's loader doing the work), our
 * provider maps a response, the host idles and collects garbage.
 */
const PROFILE = {
  nodes: [
    frame(1, "(root)", "", [2, 6, 7, 8]),
    frame(2, "serve", "file:///x/node_modules/@pulumi/pulumi/cmd/dynamic-provider/index.js", [3, 5]),
    frame(3, "require", "file:///x/node_modules/zod/index.js", [4]),
    frame(4, "compileFunction", "node:internal/modules/cjs/loader"),
    frame(5, "read", "file:///x/dist/provider/resource-provider.js"),
    frame(6, "(idle)", ""),
    frame(7, "(garbage collector)", ""),
    frame(8, "(program)", ""),
  ],
  samples: [4, 4, 5, 6, 6, 6, 7, 8],
  timeDeltas: [1000, 1000, 2000, 5000, 5000, 5000, 3000, 1000],
  startTime: 0,
  endTime: 30_000,
};

describe("a CPU profile's summary", () => {
  const summary = summarizeProfile(PROFILE);

  it("names the process from the code it ran", () => {
    assert.equal(summary.process, "dynamic provider");
  });

  it("counts busy time without idle time", () => {
    assert.equal(summary.wallMillis, 30);
    assert.equal(summary.busyMillis, 8);
  });

  it("counts Node.js's own work for the package that called it, and V8's by its name", () => {
    assert.deepEqual(summary.byOwner, [
      ["(garbage collector)", 3],
      ["zod", 2],
      ["(this package) provider/resource-provider.js", 2],
      ["(program)", 1],
    ]);
  });
});
