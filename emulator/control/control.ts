import type { StatusName } from "../errors/api-error";
import type { OperationEngine } from "../operations/engine";
import { optionProblem, type RuntimeOptions } from "../options";
import type { ObjectStore } from "../store/object-store";
import type { QuotaLedger, QuotaUsage } from "../quota/quota-ledger";
import { quotaProblem, type QuotaMetric, type QuotaSpec } from "../quota/quota-spec";
import type { ResourceStore } from "../store/resource-store";
import type { AuditEntry, AuditLog } from "./audit-log";
import type { FaultRule, FaultRuleInput, FaultRules } from "./faults";

export interface ControlDependencies {
  /** Empties the store and stops running operations. */
  clearState: () => void;
  faults: FaultRules;
  audit: AuditLog;
  engine: OperationEngine;
  objects: ObjectStore;
  resources: ResourceStore;
  /** The live options object handlers read. */
  options: RuntimeOptions;
  /** The options the emulator started with; reset restores them. */
  initialOptions: RuntimeOptions;
  quotas: QuotaLedger;
  /** The quotas the emulator started with; reset restores them. */
  initialQuotas: readonly QuotaSpec[];
  /** The fault seed the emulator started with; reset starts its draws again. */
  initialFaultSeed: number;
}

/**
 * The test control surface, in process (`RunningEmulator.control`). The EmulatorControl gRPC service
 * (emulator/proto/control.proto) exposes the same operations to other processes.
 */
export class EmulatorControl {
  constructor(private readonly deps: ControlDependencies) {}

  /**
   * Deletes all resources, operations, request ids, objects, faults and audit entries; restores options and
   * starts the fault draws again from the seed the emulator started with.
   */
  reset(): void {
    this.deps.clearState();
    this.clearFaults();
    this.deps.faults.reseed(this.deps.initialFaultSeed);
    this.deps.audit.clear();
    Object.assign(this.deps.options, this.deps.initialOptions);
    this.deps.quotas.clear();
    for (const spec of this.deps.initialQuotas) this.deps.quotas.set(spec);
  }

  addFault(rule: FaultRuleInput): FaultRule {
    return this.deps.faults.add(rule);
  }

  faults(): FaultRule[] {
    return this.deps.faults.list();
  }

  /** Removes every fault rule and the remaining FailNextOperations budget. */
  clearFaults(): void {
    this.deps.faults.clear();
    this.deps.engine.clearFailures();
  }

  /** Starts the fault rules' random draws again from `seed`, so a run under faults can be replayed. */
  seedFaults(seed: number): number {
    this.deps.faults.reseed(seed);
    return seed;
  }

  /** The seed the fault rules' current sequence of draws started from. */
  faultSeed(): number {
    return this.deps.faults.seed();
  }

  /** The next `count` operations end with an error (default INTERNAL); returns how many are pending. */
  failNextOperations(count: number, error: { code?: StatusName; message?: string } = {}): number {
    return this.deps.engine.failNext(count, error.code ?? "INTERNAL", error.message ?? "");
  }

  /** Every StreamsService / Operations call so far, oldest first; optionally only one RPC's. */
  auditLog(method?: string): AuditEntry[] {
    return this.deps.audit.list(method);
  }

  clearAuditLog(): void {
    this.deps.audit.clear();
  }

  /** Changes runtime options; throws a plain Error naming the problem for an invalid value. */
  setOptions(changes: Partial<RuntimeOptions>): RuntimeOptions {
    const problem = optionProblem(changes);
    if (problem) throw new Error(`${problem.option}: ${problem.problem}`);
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) (this.deps.options as unknown as Record<string, unknown>)[key] = value;
    }
    return this.options();
  }

  options(): RuntimeOptions {
    return { ...this.deps.options };
  }

  /** Finishes every running operation now; returns how many. */
  completeOperations(): number {
    return this.deps.engine.completeAll();
  }

  /**
   * Every stored resource of every kind (channels included, which v1 cannot list), oldest name first:
   * what a test compares with the resources a tool believes it manages.
   */
  listResources(): { kind: string; name: string }[] {
    return this.deps.resources.all();
  }

  /** An object written by GetStreamThumbnail, or undefined. */
  readObject(objectName: string): Buffer | undefined {
    return this.deps.objects.read(objectName);
  }

  /** Sets the rate quota of `spec.metric` per project; throws a plain Error naming the problem. */
  setQuota(spec: QuotaSpec): QuotaUsage {
    const problem = quotaProblem(spec);
    if (problem) throw new Error(`quota: ${problem}`);
    return this.deps.quotas.set(spec);
  }

  /** Removes the quota of `metric`, or every quota. */
  clearQuotas(metric?: QuotaMetric): void {
    this.deps.quotas.clear(metric);
  }

  /** The quotas in force, with the calls each admitted and refused. */
  quotas(): QuotaUsage[] {
    return this.deps.quotas.list();
  }
}
