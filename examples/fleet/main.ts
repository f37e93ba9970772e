/**
 * Command line for the fleet: brings N environments up, or destroys them, from the examples/environments
 * program, with the Pulumi CLI on PATH and the usual Pulumi environment (backend, passphrase, and
 * VISIONAI_EMULATOR_HOST to use an emulator):
 *
 *   node dist/examples/fleet/main.js up --count 5 --concurrency 2
 *   node dist/examples/fleet/main.js destroy --count 5
 *   node dist/examples/fleet/main.js up --count 50 --shard 2/4 --backend postgres://…   (runner 2 of 4)
 *
 * Exits with 1 when an environment failed, 2 on a usage error.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { siteEnvironments } from "./environments";
import { runFleet, type FleetAction } from "./fleet";
import { FleetProgress } from "./progress";
import { refusedCalls } from "./quota-refusals";
import { parseShard, shardOf } from "./shard";

const USAGE =
  "usage: fleet up|destroy [--count N] [--concurrency N] [--shard i/n] [--backend URL] [--template DIR] " +
  "[--project ID] [--location ID]";
const DEFAULT_TEMPLATE = path.join(__dirname, "..", "..", "..", "examples", "environments");

/** The parsed command line, or an Error naming the argument, the rule and the fix. */
export function parseFleetArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      count: { type: "string", default: "3" },
      concurrency: { type: "string", default: "2" },
      template: { type: "string", default: DEFAULT_TEMPLATE },
      project: { type: "string", default: "my-project" },
      location: { type: "string", default: "us-central1" },
      shard: { type: "string", default: "1/1" },
      backend: { type: "string" },
    },
  });
  const action = positionals[0];
  if (positionals.length !== 1 || (action !== "up" && action !== "destroy")) {
    throw new Error(`the action must be \`up\` or \`destroy\`: ${USAGE}`);
  }
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`\`--concurrency\` must be a whole number of at least 1 (got ${values.concurrency})`);
  }
  const backend = values.backend;
  if (backend !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//.test(backend)) {
    throw new Error(
      `\`--backend\` must be a Pulumi backend URL such as postgres://user:password@host:5432/db or file:///path (got ${backend})`,
    );
  }
  return {
    action: action as FleetAction,
    environments: shardOf(
      siteEnvironments(Number(values.count), values.project, values.location),
      parseShard(values.shard),
    ),
    concurrency,
    templateDir: path.resolve(values.template),
    workspace: backend === undefined ? undefined : { envVars: backendEnv(backend) },
  };
}

/**
 * The environment of every Pulumi run of the fleet for `backend`: runners that share it share the stacks.
 * Pulumi v3.276.0's PostgreSQL backend can deadlock listing stacks when it lists more at once than half its
 * connection pool (two per CPU) allows, so for postgres:// the CLI lists one stack at a time unless
 * PULUMI_DIY_BACKEND_PARALLEL says otherwise.
 */
export function backendEnv(backend: string, env = process.env): Record<string, string> {
  if (!backend.startsWith("postgres://")) return { PULUMI_BACKEND_URL: backend };
  return { PULUMI_BACKEND_URL: backend, PULUMI_DIY_BACKEND_PARALLEL: env.PULUMI_DIY_BACKEND_PARALLEL ?? "1" };
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseFleetArgs>;
  try {
    parsed = parseFleetArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`fleet: ${(error as Error).message}\n`);
    return 2;
  }
  const progress = new FleetProgress(parsed.action, parsed.environments.length, parsed.concurrency, (line) =>
    process.stdout.write(`${line}\n`),
  );
  progress.begin();
  const emulator = process.env.VISIONAI_EMULATOR_HOST;
  const refusedBefore = await refusedCalls(emulator);
  const results = await runFleet(parsed.action, { ...parsed, onProgress: progress.onProgress });
  const refusedAfter = await refusedCalls(emulator);
  const refused =
    refusedBefore === undefined || refusedAfter === undefined ? undefined : refusedAfter - refusedBefore;
  progress.end(results, refused);
  return results.some((result) => result.status === "failed") ? 1 : 0;
}

if (require.main === module) {
  void main().then((code) => (process.exitCode = code));
}
