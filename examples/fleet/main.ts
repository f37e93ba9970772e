/**
 * Command line for the fleet: brings N environments up, or destroys them, from the examples/environments
 * program, with the Pulumi CLI on PATH and the usual Pulumi environment (backend, passphrase, and
 * VISIONAI_EMULATOR_HOST to use an emulator):
 *
 *   node dist/examples/fleet/main.js up --count 5 --concurrency 2
 *   node dist/examples/fleet/main.js destroy --count 5
 *
 * Exits with 1 when an environment failed, 2 on a usage error.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { siteEnvironments } from "./environments";
import { runFleet, type FleetAction } from "./fleet";
import { FleetProgress } from "./progress";

const USAGE =
  "usage: fleet up|destroy [--count N] [--concurrency N] [--template DIR] [--project ID] [--location ID]";
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
  return {
    action: action as FleetAction,
    environments: siteEnvironments(Number(values.count), values.project, values.location),
    concurrency,
    templateDir: path.resolve(values.template),
  };
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
  const results = await runFleet(parsed.action, { ...parsed, onProgress: progress.onProgress });
  progress.end(results);
  return results.some((result) => result.status === "failed") ? 1 : 0;
}

if (require.main === module) {
  void main().then((code) => (process.exitCode = code));
}
