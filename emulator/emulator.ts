import { systemClock, type Clock } from "./clock";
import { AuditLog } from "./control/audit-log";
import { EmulatorControl } from "./control/control";
import { FaultRules } from "./control/faults";
import { controlHandlers } from "./handlers/control";
import type { HandlerContext } from "./handlers/context";
import { HANDLERS } from "./handlers/table";
import { writeThumbnail } from "./handlers/thumbnail";
import { OperationEngine } from "./operations/engine";
import { planEffects } from "./operations/plan-effects";
import { QuotaLedger } from "./quota/quota-ledger";
import { quotaProblem, type QuotaSpec } from "./quota/quota-spec";
import { DEFAULT_RUNTIME_OPTIONS, optionProblem, type RuntimeOptions } from "./options";
import { inTransaction, openDatabase } from "./store/database";
import { DatabaseObjectStore, FileObjectStore } from "./store/object-store";
import { OperationStore } from "./store/operation-store";
import { RequestIdStore } from "./store/request-id-store";
import { ResourceStore } from "./store/resource-store";
import { SettingsStore } from "./store/settings-store";
import { loadProtos } from "./transport/protos";
import { startServer } from "./transport/server";

export interface StartEmulatorOptions extends Partial<RuntimeOptions> {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port to listen on; default 0 = any free port. */
  port?: number;
  /** Seed of the fault rules' random draws (0 to 4294967295); omitted = one chosen at random. */
  faultSeed?: number;
  /** Directory for durable state (SQLite file and thumbnail objects); omitted = in memory. */
  dataDir?: string;
  /** Time source for timestamps and operation timers; default the system clock. */
  clock?: Clock;
  /** Per-project rate quotas (at most one per metric); default none. */
  quotas?: QuotaSpec[];
}

export interface RunningEmulator {
  /** `host:port`, the value for VISIONAI_EMULATOR_HOST. */
  readonly address: string;
  readonly host: string;
  readonly port: number;
  /** The data dir, or undefined when state is in memory. */
  readonly dataDir: string | undefined;
  /** Reset, fault rules, failed operations, audit log, runtime options. */
  readonly control: EmulatorControl;
  /** Stops serving and closes the store; running operations resume on the next start with the same data dir. */
  stop(): Promise<void>;
}

/**
 * Starts a Vision AI StreamsService + Operations emulator in this process. Resolves once it accepts
 * connections. Operations left running by an earlier emulator on the same data dir resume.
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  const runtime: RuntimeOptions = {
    operationDelayMillis: options.operationDelayMillis ?? DEFAULT_RUNTIME_OPTIONS.operationDelayMillis,
    hlsTokenTtlSeconds: options.hlsTokenTtlSeconds ?? DEFAULT_RUNTIME_OPTIONS.hlsTokenTtlSeconds,
    deleteWithDependants: options.deleteWithDependants ?? DEFAULT_RUNTIME_OPTIONS.deleteWithDependants,
    missingUpdateMask: options.missingUpdateMask ?? DEFAULT_RUNTIME_OPTIONS.missingUpdateMask,
  };
  const problem = optionProblem(runtime);
  if (problem) throw new Error(`invalid emulator option ${problem.option}: ${problem.problem}`);
  const quotas = new QuotaLedger();
  for (const spec of options.quotas ?? []) {
    const quotaFault = quotaProblem(spec);
    if (quotaFault) throw new Error(`invalid emulator option quotas (${spec.metric}): ${quotaFault}`);
    quotas.set(spec);
  }

  const protos = loadProtos();
  const clock = options.clock ?? systemClock;
  const db = openDatabase(options.dataDir);
  const resources = new ResourceStore(db);
  const operations = new OperationStore(db);
  const objects =
    options.dataDir === undefined ? new DatabaseObjectStore(db) : new FileObjectStore(options.dataDir);
  // The effects read the context lazily: it is complete before any operation can finish.
  const effects = planEffects(() => context, writeThumbnail);
  const engine = new OperationEngine(db, operations, resources, clock, runtime, effects);
  const context: HandlerContext = {
    db,
    resources,
    operations,
    requestIds: new RequestIdStore(db),
    objects,
    settings: new SettingsStore(db),
    engine,
    clock,
    protos,
    options: runtime,
  };
  const faults = new FaultRules(options.faultSeed);
  const initialFaultSeed = faults.seed();
  const audit = new AuditLog();
  const control = new EmulatorControl({
    clearState: () => {
      engine.stop();
      inTransaction(db, () => {
        resources.clear();
        operations.clear();
        context.requestIds.clear();
      });
      objects.clear();
    },
    faults,
    audit,
    engine,
    objects,
    resources,
    options: runtime,
    initialOptions: { ...runtime },
    quotas,
    initialQuotas: quotas.list().map((usage) => usage.spec),
    initialFaultSeed,
  });

  let server;
  try {
    engine.resume();
    server = await startServer(host, options.port ?? 0, {
      protos,
      context,
      handlers: HANDLERS,
      controlHandlers: controlHandlers(control),
      faults,
      audit,
      quotas,
    });
  } catch (error) {
    engine.stop();
    db.close();
    throw error;
  }
  const running = server;
  let stopped: Promise<void> | undefined;
  return {
    address: `${host}:${running.port}`,
    host,
    port: running.port,
    dataDir: options.dataDir,
    control,
    stop: () => {
      stopped ??= (async () => {
        engine.stop();
        await running.stop();
        db.close();
      })();
      return stopped;
    },
  };
}
