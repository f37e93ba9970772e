import { parseArgs } from "node:util";
import type { StartEmulatorOptions } from "./emulator";
import { MAX_FAULT_SEED } from "./control/seeded-random";
import { DEFAULT_RUNTIME_OPTIONS, optionProblem, type RuntimeOptions } from "./options";
import { parseQuotaSpec, QUOTA_SPEC_EXAMPLE, type QuotaSpec } from "./quota/quota-spec";

export const USAGE = `Usage: visionai-emulator (--data-dir DIR | --in-memory) [options]

  --data-dir DIR                 keep state in DIR (SQLite file, thumbnails under DIR/objects)
  --in-memory                    keep state in memory; it is gone when the emulator stops
  --host HOST                    interface to listen on (default 127.0.0.1)
  --port PORT                    port to listen on (default 0 = any free port)
  --fault-seed N                 seed of the fault rules' random draws (0-${MAX_FAULT_SEED}, default random;
                                 control GetFaultSeed reports it); the same seed replays the faults
  --operation-delay-ms N         how long operations run (default ${DEFAULT_RUNTIME_OPTIONS.operationDelayMillis} = done at once)
  --hls-token-ttl-seconds N      lifetime of HLS tokens (default ${DEFAULT_RUNTIME_OPTIONS.hlsTokenTtlSeconds})
  --delete-with-dependants MODE  reject (default) or cascade
  --missing-update-mask MODE     replace-all (default) or reject
  --quota METRIC=N/PERIOD        per-project rate quota, e.g. ${QUOTA_SPEC_EXAMPLE} or reads=100/1m;
                                 METRIC is mutations or reads; repeat the flag for both
  --help                         print this text

Prints VISIONAI_EMULATOR_HOST=<host>:<port> once it accepts connections.`;

export type CliCommand = { help: true } | { help: false; options: StartEmulatorOptions };

/** A problem with the command line; the CLI prints its message as one line and exits 2. */
export class UsageError extends Error {}

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number >= 0, got "${value}"`);
  return Number(value);
}

/** Which flag sets each runtime option, so a rejected value is reported under the flag the user typed. */
const RUNTIME_FLAGS: Record<keyof RuntimeOptions, string> = {
  operationDelayMillis: "--operation-delay-ms",
  hlsTokenTtlSeconds: "--hls-token-ttl-seconds",
  deleteWithDependants: "--delete-with-dependants",
  missingUpdateMask: "--missing-update-mask",
};

/** Parses the emulator's flags; throws UsageError with a one-line message. */
export function parseCliArgs(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: "boolean" },
        host: { type: "string" },
        port: { type: "string" },
        "data-dir": { type: "string" },
        "in-memory": { type: "boolean" },
        "fault-seed": { type: "string" },
        "operation-delay-ms": { type: "string" },
        "hls-token-ttl-seconds": { type: "string" },
        "delete-with-dependants": { type: "string" },
        "missing-update-mask": { type: "string" },
        quota: { type: "string", multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]} (see --help)`);
  }
  const values = parsed.values;
  if (values.help) return { help: true };
  const dataDir = values["data-dir"];
  if ((dataDir === undefined) === !values["in-memory"]) {
    throw new UsageError("pass exactly one of --data-dir DIR (durable state) or --in-memory");
  }
  if (dataDir === "") throw new UsageError("--data-dir needs a directory");
  const port = wholeNumber("--port", values.port);
  if (port !== undefined && port > 65535) throw new UsageError(`--port must be 0-65535, got ${port}`);
  const faultSeed = wholeNumber("--fault-seed", values["fault-seed"]);
  if (faultSeed !== undefined && faultSeed > MAX_FAULT_SEED) {
    throw new UsageError(`--fault-seed must be 0-${MAX_FAULT_SEED}, got ${faultSeed}`);
  }
  const runtime: Partial<RuntimeOptions> = {
    operationDelayMillis: wholeNumber("--operation-delay-ms", values["operation-delay-ms"]),
    hlsTokenTtlSeconds: wholeNumber("--hls-token-ttl-seconds", values["hls-token-ttl-seconds"]),
    deleteWithDependants: values["delete-with-dependants"] as
      RuntimeOptions["deleteWithDependants"] | undefined,
    missingUpdateMask: values["missing-update-mask"] as RuntimeOptions["missingUpdateMask"] | undefined,
  };
  const problem = optionProblem(runtime);
  if (problem) throw new UsageError(`invalid ${RUNTIME_FLAGS[problem.option]}: ${problem.problem}`);
  // Flags not given stay absent, so the emulator's defaults apply.
  const given = Object.fromEntries(
    Object.entries(runtime).filter(([, value]) => value !== undefined),
  ) as Partial<RuntimeOptions>;
  const quotas = quotaFlags(values.quota ?? []);
  return {
    help: false,
    options: {
      host: values.host ?? "127.0.0.1",
      port: port ?? 0,
      dataDir,
      ...(faultSeed === undefined ? {} : { faultSeed }),
      ...given,
      ...(quotas.length > 0 ? { quotas } : {}),
    },
  };
}

/** `--quota` values, at most one per metric: a second one for the same metric would silently win. */
function quotaFlags(values: string[]): QuotaSpec[] {
  const specs: QuotaSpec[] = [];
  for (const value of values) {
    const parsed = parseQuotaSpec(value);
    if ("problem" in parsed) throw new UsageError(`invalid --quota: ${parsed.problem}`);
    if (specs.some((spec) => spec.metric === parsed.metric)) {
      throw new UsageError(`--quota ${parsed.metric} is given twice; give each metric once`);
    }
    specs.push(parsed);
  }
  return specs;
}
