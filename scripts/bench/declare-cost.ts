import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "../lib/repo-paths";
import { sourceCommit } from "../lib/source-commit";
import { programDir } from "./bench-stacks";
import { loadAverage } from "./machine";

/**
 * The programs declared: this package's resources, the no-op floor, and optionally this package's
 * resources as built in another checkout (the baseline a change is measured against, in the same run).
 */
export type DeclaredProgram = "visionai" | "noop" | "visionai at baseline";

export interface DeclareSample {
  program: DeclaredProgram;
  n: number;
  /** CPU time (user + system) of the whole process: loading, declaring the graph, serializing providers. */
  cpuMillis: number;
  load: number;
}

export interface DeclareResults {
  samples: DeclareSample[];
  /** The baseline checkout's commit, when there was one. */
  baselineCommit?: string;
}

/**
 * Runs the benchmark program in `dir` under `pulumi.runtime.setMocks`, with source maps registered as the
 * language host registers them, and prints the process's CPU time once the program's work is done.
 * Without the engine, what is left is what the program itself costs: loading the package and declaring
 * resources.
 */
function script(dir: string): string {
  return `
    require("source-map-support").install();
    const pulumi = require("@pulumi/pulumi");
    pulumi.runtime.setMocks(
      { newResource: (args) => ({ id: args.name + "-id", state: args.inputs }), call: (args) => args.inputs },
      "bench", "declare", false,
    );
    require(${JSON.stringify(dir)});
    process.once("beforeExit", () => {
      const { user, system } = process.cpuUsage();
      process.stdout.write(String((user + system) / 1000));
    });
  `;
}

/** The visionai benchmark program as compiled in a checkout at `root` (its `npm run build` must have run). */
function programDirIn(root: string): string {
  return path.join(path.resolve(root), "dist", "scripts", "bench", "programs", "visionai");
}

/**
 * Part 0 (declaring): the benchmark graph at N, declared by each program in a fresh process, `runs` times
 * each, the programs taking turns. Comparing them separates what this package's resources cost to declare
 * from the engine's share of `up`, `preview` and `update`; with `baselineRoot`, also what a change did.
 */
export async function measureDeclareCost(
  n: number,
  runs: number,
  baselineRoot: string | undefined,
): Promise<DeclareResults> {
  const dirs = new Map<DeclaredProgram, string>([
    ["visionai", programDir("visionai")],
    ["noop", programDir("noop")],
  ]);
  if (baselineRoot) dirs.set("visionai at baseline", programDirIn(baselineRoot));
  const config = {
    "bench:clusterId": "declare",
    "bench:n": String(n),
    "visionai:project": "bench-project",
    "visionai:location": "us-central1",
  };
  const samples: DeclareSample[] = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [...dirs] : [...dirs].reverse();
    for (const [program, dir] of order) {
      const { stdout } = await promisify(execFile)(process.execPath, ["-e", script(dir)], {
        cwd: REPO_ROOT,
        env: { ...process.env, PULUMI_CONFIG: JSON.stringify(config) },
      });
      samples.push({ program, n, cpuMillis: Number(stdout), load: loadAverage() });
    }
  }
  const baselineCommit = baselineRoot ? sourceCommit(baselineRoot).commit.slice(0, 7) : undefined;
  return { samples, ...(baselineCommit ? { baselineCommit } : {}) };
}
