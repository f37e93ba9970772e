/**
 * Quota figures, run by hand (`npm run build && node dist/scripts/bench/quota.js`), not part of `npm test`
 * or `npm run bench`: how long deployments take under the service's per-project mutation quota compared
 * with the least the quota allows, how many calls it refused, and whether anything failed.
 *
 *   example: the root program (10 Vision AI resources) with `pulumi up` under mutations=2/10s
 *   fleet:   `npm run fleet -- up --count 50 --concurrency 8` (302 resources) under mutations=5/10s, a quota
 *            scaled so that it, not the engine, sets the pace (about ten minutes)
 *
 * Arguments: [sites, default 50] [the fleet's mutations per 10 s, default 5].
 *
 * The lower bound of M mutations under N per PERIOD is (ceil(M / N) - 1) * PERIOD: each window admits N
 * and the last mutation cannot come before the last window opens. Writes the raw results to
 * scripts/bench/results/quota.json and prints one row per scenario.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { LocalWorkspace } from "@pulumi/pulumi/automation";
import { siteEnvironments } from "../../examples/fleet/environments";
import { startEmulatorProcess } from "../lib/emulator-process";
import { offlinePulumiEnv, pulumiBinDir, pulumiCommand } from "../lib/pulumi-cli";
import { REPO_ROOT } from "../lib/repo-paths";
import { commitDescription } from "./commit-description";
import { EmulatorControlClient } from "./emulator-control";
import { describeMachine, loadAverage } from "./machine";
import { QUOTA_RESULTS_FILE, type QuotaResults, type QuotaRow } from "./quota-results";

const run = promisify(execFile);
const FLEET_MAIN = path.join(REPO_ROOT, "dist", "examples", "fleet", "main.js");
const CREATE_METHODS = /^(Create|MaterializeChannel)/;

function log(line: string): void {
  process.stderr.write(`quota bench ${new Date().toISOString().slice(11, 19)}: ${line}\n`);
}

function lowerBoundSeconds(mutations: number, limit: number, periodSeconds: number): number {
  return (Math.ceil(mutations / limit) - 1) * periodSeconds;
}

/** Refused calls and successful creates per resource, from the emulator's control surface. */
async function tally(control: EmulatorControlClient) {
  const audit = await control.auditLog();
  const creates = audit.filter((call) => CREATE_METHODS.test(call.method) && call.code === "OK");
  const resources = (await control.listResources()).length;
  return {
    refused: audit.filter((call) => call.code === "RESOURCE_EXHAUSTED").length,
    creates: creates.length,
    resources,
    auditEntries: audit.length,
  };
}

function row(
  scenario: string,
  quota: { limit: number; periodSeconds: number },
  counts: { resources: number; refused: number; creates: number },
  seconds: number,
  failures: number,
): QuotaRow {
  const bound = lowerBoundSeconds(counts.resources, quota.limit, quota.periodSeconds);
  return {
    scenario,
    quota: `mutations=${quota.limit}/${quota.periodSeconds}s`,
    resources: counts.resources,
    mutations: counts.creates,
    lowerBoundSeconds: bound,
    seconds: Math.round(seconds * 10) / 10,
    ratio: Math.round((seconds / bound) * 100) / 100,
    refused: counts.refused,
    refusedPerResource: Math.round((counts.refused / counts.resources) * 100) / 100,
    failures,
    createdOnce: counts.creates === counts.resources,
  };
}

async function exampleUnderQuota(binDir: string, scratch: string): Promise<QuotaRow> {
  const quota = { limit: 2, periodSeconds: 10 };
  const emulator = await startEmulatorProcess(["--in-memory", "--quota", `mutations=2/10s`]);
  const control = new EmulatorControlClient(emulator.address);
  try {
    const stack = await LocalWorkspace.createStack(
      { stackName: "quota-example", workDir: REPO_ROOT },
      {
        pulumiCommand: await pulumiCommand(binDir),
        envVars: {
          ...offlinePulumiEnv({
            binDir,
            home: path.join(scratch, "home"),
            backendDir: path.join(scratch, "state"),
          }),
          VISIONAI_EMULATOR_HOST: emulator.address,
        },
      },
    );
    const started = performance.now();
    let failures = 0;
    await stack.up().catch((error: Error) => {
      failures += 1;
      log(`example up failed: ${error.message.split("\n")[0]}`);
    });
    const seconds = (performance.now() - started) / 1000;
    const counts = await tally(control);
    const preview = await stack.preview();
    log(`example: preview after up ${JSON.stringify(preview.changeSummary)}`);
    await control.clearQuotas();
    await stack.destroy();
    await stack.workspace.removeStack("quota-example");
    return row("example (root program)", quota, counts, seconds, failures);
  } finally {
    control.close();
    await emulator.stop();
  }
}

async function fleetUnderQuota(
  binDir: string,
  scratch: string,
  count: number,
  limit: number,
): Promise<QuotaRow> {
  const quota = { limit, periodSeconds: 10 };
  const emulator = await startEmulatorProcess(["--in-memory", "--quota", `mutations=${limit}/10s`]);
  const control = new EmulatorControlClient(emulator.address);
  const template = fs.mkdtempSync(path.join(REPO_ROOT, ".tools", "quota-fleet-"));
  fs.cpSync(path.join(REPO_ROOT, "examples", "environments"), template, { recursive: true });
  const env = {
    ...process.env,
    ...offlinePulumiEnv({
      binDir,
      home: path.join(scratch, "home"),
      backendDir: path.join(scratch, "fleet-state"),
    }),
    VISIONAI_EMULATOR_HOST: emulator.address,
  };
  const fleet = (action: string) =>
    run(
      process.execPath,
      [FLEET_MAIN, action, "--count", String(count), "--concurrency", "8", "--template", template],
      { env, maxBuffer: 64 * 1024 * 1024 },
    ).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
  try {
    const started = performance.now();
    const up = await fleet("up");
    const seconds = (performance.now() - started) / 1000;
    fs.writeFileSync(path.join(REPO_ROOT, ".tools", "quota-fleet-progress.log"), up.stdout);
    const summary = up.stdout.trim().split("\n").at(-1) ?? "";
    log(`fleet: ${summary}`);
    const failed = Number(/(\d+) failed/.exec(summary)?.[1] ?? count);
    const counts = await tally(control);
    await control.clearQuotas();
    await fleet("destroy");
    return row(`fleet (${count} sites)`, quota, counts, seconds, failed);
  } finally {
    control.close();
    await emulator.stop();
    fs.rmSync(template, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const binDir = await pulumiBinDir();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-quota-bench-"));
  const count = Number(process.argv[2] ?? 50);
  // The fleet's quota: low enough that the quota, not the engine, sets the pace on a small machine.
  const fleetLimit = Number(process.argv[3] ?? 5);
  const sites = siteEnvironments(count).length;
  const startedAt = new Date().toISOString().slice(0, 19) + "Z";
  const commit = commitDescription();
  try {
    log("example under mutations=2/10s");
    const example = await exampleUnderQuota(binDir, scratch);
    log(`fleet of ${sites} sites under mutations=${fleetLimit}/10s`);
    const fleet = await fleetUnderQuota(binDir, scratch, count, fleetLimit);
    const rows = [example, fleet];
    const results: QuotaResults = {
      command: ["node dist/scripts/bench/quota.js", ...process.argv.slice(2)].join(" "),
      commit,
      startedAt,
      machine: describeMachine(binDir),
      loadAverage: loadAverage(),
      rows,
    };
    fs.mkdirSync(path.dirname(QUOTA_RESULTS_FILE), { recursive: true });
    fs.writeFileSync(QUOTA_RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(
      "| scenario | quota | resources | lower bound (s) | time (s) | time / bound | refused | refused per resource | failures | each created once |\n",
    );
    for (const r of rows) {
      process.stdout.write(
        `| ${r.scenario} | ${r.quota} | ${r.resources} | ${r.lowerBoundSeconds} | ${r.seconds} | ${r.ratio} | ${r.refused} | ${r.refusedPerResource} | ${r.failures} | ${r.createdOnce ? "yes" : "no"} |\n`,
      );
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`quota bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
