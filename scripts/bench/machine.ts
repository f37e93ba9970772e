import { execFileSync } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";

/** What the figures were measured on. */
export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  pulumiCli: string;
  pulumiSdk: string;
}

/** `pulumiBinDir` is undefined when no part of the run uses the CLI. */
export function describeMachine(pulumiBinDir: string | undefined): Machine {
  const pulumiCli = pulumiBinDir
    ? execFileSync(path.join(pulumiBinDir, "pulumi"), ["version"], { encoding: "utf8" }).trim()
    : "not used";
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pulumiSdk = (require("@pulumi/pulumi/package.json") as { version: string }).version;
  return {
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    pulumiCli,
    pulumiSdk,
  };
}

/** The 1-minute load average: other work on the machine that the figures shared it with. */
export function loadAverage(): number {
  return Number(os.loadavg()[0]!.toFixed(2));
}
