import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { REPO_ROOT } from "../lib/repo-paths";
import { programDir, type Variant } from "./bench-stacks";
import { loadAverage } from "./machine";

export interface DeclareSample {
  variant: Variant;
  n: number;
  /** CPU time (user + system) of the whole process: loading, declaring the graph, serializing providers. */
  cpuMillis: number;
  load: number;
}

export interface DeclareResults {
  samples: DeclareSample[];
}

/**
 * Runs a benchmark program under `pulumi.runtime.setMocks`, with source maps registered as the language
 * host registers them, and prints the process's CPU time once the program's work is done. Without the
 * engine, what is left is what the program itself costs: loading the package and declaring resources.
 */
function script(variant: Variant): string {
  return `
    require("source-map-support").install();
    const pulumi = require("@pulumi/pulumi");
    pulumi.runtime.setMocks(
      { newResource: (args) => ({ id: args.name + "-id", state: args.inputs }), call: (args) => args.inputs },
      "bench", "declare", false,
    );
    require(${JSON.stringify(programDir(variant))});
    process.once("beforeExit", () => {
      const { user, system } = process.cpuUsage();
      process.stdout.write(String((user + system) / 1000));
    });
  `;
}

/**
 * Part 0 (declaring): the benchmark graph at N, declared by each variant's program in a fresh process,
 * `runs` times each, the variants taking turns. Comparing the two separates what this package's resources
 * cost to declare from the engine's share of `up`, `preview` and `update`.
 */
export async function measureDeclareCost(n: number, runs: number): Promise<DeclareResults> {
  const samples: DeclareSample[] = [];
  const variants: Variant[] = ["visionai", "noop"];
  for (let run = 0; run < runs; run++) {
    for (const variant of run % 2 === 0 ? variants : [...variants].reverse()) {
      const config = {
        "bench:clusterId": "declare",
        "bench:n": String(n),
        "visionai:project": "bench-project",
        "visionai:location": "us-central1",
      };
      const { stdout } = await promisify(execFile)(process.execPath, ["-e", script(variant)], {
        cwd: REPO_ROOT,
        env: { ...process.env, PULUMI_CONFIG: JSON.stringify(config) },
      });
      samples.push({ variant, n, cpuMillis: Number(stdout), load: loadAverage() });
    }
  }
  return { samples };
}
