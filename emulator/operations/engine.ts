import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import type { DatabaseSync } from "node:sqlite";
import type { Clock } from "../clock";
import { ApiError, type StatusName } from "../errors/api-error";
import type { RuntimeOptions } from "../options";
import { inTransaction } from "../store/database";
import type { OperationStore } from "../store/operation-store";
import type { ResourceStore } from "../store/resource-store";
import { asApiError } from "../transport/status";
import type { OperationPlan, OperationRecord, RecordedError } from "./operation-record";

/** What finishing (or undoing) a plan does to the resources; supplied by operations/plan-effects.ts. */
export interface PlanEffects {
  /** Carries out the plan and returns the operation's response; an ApiError fails the operation. */
  apply(plan: OperationPlan): { typeName: string; message: object };
  /** Undoes what starting the plan did (a create's provisional resource) when the operation fails. */
  rollback(plan: OperationPlan): void;
}

export interface StartRequest {
  method: string;
  verb: string;
  target: string;
  location: string;
  plan: OperationPlan;
}

const DEFAULT_INJECTED_MESSAGE = "Injected operation failure (emulator control: FailNextOperations).";

export function recordError(error: ApiError): RecordedError {
  return {
    status: error.status,
    message: error.message,
    reason: error.reason,
    fieldViolations: error.fieldViolations,
    metadata: error.metadata,
  };
}

function busyResourceOf(plan: OperationPlan): string | undefined {
  return plan.type === "thumbnail" ? undefined : plan.name;
}

/**
 * Runs long-running operations: each is stored before the call that starts it returns, finishes after
 * the configured delay (or at once when the delay is 0), and is picked up again after a restart.
 */
export class OperationEngine {
  private readonly timers = new Map<string, () => void>();
  private readonly finished = new EventEmitter();
  private failures: { remaining: number; status: StatusName; message: string } = {
    remaining: 0,
    status: "INTERNAL",
    message: DEFAULT_INJECTED_MESSAGE,
  };

  constructor(
    private readonly db: DatabaseSync,
    private readonly operations: OperationStore,
    private readonly resources: ResourceStore,
    private readonly clock: Clock,
    private readonly options: RuntimeOptions,
    private readonly effects: PlanEffects,
  ) {
    this.finished.setMaxListeners(0);
  }

  /** Stores a new operation (inside the caller's transaction) and schedules its completion. */
  start(request: StartRequest): OperationRecord {
    const now = this.clock.now();
    const id = `operation-${now}-${randomBytes(6).toString("hex")}`;
    const record: OperationRecord = {
      name: `${request.location}/operations/${id}`,
      location: request.location,
      method: request.method,
      verb: request.verb,
      target: request.target,
      createMillis: now,
      dueMillis: now + this.options.operationDelayMillis,
      done: false,
      requestedCancellation: false,
      plan: request.plan,
    };
    if (this.failures.remaining > 0) {
      this.failures.remaining -= 1;
      record.injectedFailure = recordError(
        new ApiError(this.failures.status, this.failures.message, "EMULATOR_INJECTED_FAULT"),
      );
    }
    this.operations.insert(record);
    const busy = busyResourceOf(record.plan);
    if (busy) this.resources.setBusy(busy, record.name);
    if (this.options.operationDelayMillis === 0) {
      this.finish(record.name);
      return this.operations.getAny(record.name)!;
    }
    this.schedule(record);
    return record;
  }

  /** Schedules every operation left running by an earlier process on the same data dir. */
  resume(): void {
    for (const record of this.operations.running()) this.schedule(record);
  }

  /** Finishes every running operation now; returns how many. */
  completeAll(): number {
    const running = this.operations.running();
    for (const record of running) this.finishInTransaction(record.name);
    return running.length;
  }

  /** AIP-151 cancel: a running operation ends with CANCELLED; a finished one is left as it is. */
  cancel(name: string): void {
    inTransaction(this.db, () => {
      const record = this.operations.getAny(name);
      if (!record || record.done) return;
      record.requestedCancellation = true;
      this.end(
        record,
        undefined,
        recordError(
          new ApiError(
            "CANCELLED",
            `Operation "${name}" was cancelled by the caller.`,
            "OPERATION_CANCELLED",
          ),
        ),
      );
    });
  }

  /** Resolves once the operation is done, or after `timeoutMillis`. */
  waitFor(name: string, timeoutMillis: number): Promise<void> {
    if (this.operations.getAny(name)?.done !== false) return Promise.resolve();
    return new Promise((resolve) => {
      const onDone = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.finished.off(name, onDone);
        resolve();
      }, timeoutMillis);
      this.finished.once(name, onDone);
    });
  }

  failNext(count: number, status: StatusName, message: string): number {
    this.failures = {
      remaining: this.failures.remaining + count,
      status,
      message: message || DEFAULT_INJECTED_MESSAGE,
    };
    return this.failures.remaining;
  }

  clearFailures(): void {
    this.failures = { remaining: 0, status: "INTERNAL", message: DEFAULT_INJECTED_MESSAGE };
  }

  /** Cancels every timer; stored operations stay running and resume on the next start. */
  stop(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }

  private schedule(record: OperationRecord): void {
    this.timers.get(record.name)?.();
    const cancel = this.clock.schedule(record.dueMillis - this.clock.now(), () => {
      this.timers.delete(record.name);
      try {
        this.finishInTransaction(record.name);
      } catch (error) {
        process.stderr.write(`visionai-emulator: finishing ${record.name} failed: ${String(error)}\n`);
      }
    });
    this.timers.set(record.name, cancel);
  }

  private finishInTransaction(name: string): void {
    inTransaction(this.db, () => this.finish(name));
  }

  private finish(name: string): void {
    const record = this.operations.getAny(name);
    if (!record || record.done) return;
    if (record.injectedFailure) {
      this.end(record, undefined, record.injectedFailure);
      return;
    }
    try {
      this.end(record, this.effects.apply(record.plan), undefined);
    } catch (error) {
      this.end(record, undefined, recordError(asApiError(error)));
    }
  }

  private end(
    record: OperationRecord,
    response: OperationRecord["response"],
    error: RecordedError | undefined,
  ): void {
    if (error) this.effects.rollback(record.plan);
    const busy = busyResourceOf(record.plan);
    if (busy && this.resources.get(busy)?.busyOperation === record.name)
      this.resources.setBusy(busy, undefined);
    record.done = true;
    record.endMillis = this.clock.now();
    record.response = response;
    record.error = error;
    this.timers.get(record.name)?.();
    this.timers.delete(record.name);
    this.operations.save(record);
    queueMicrotask(() => this.finished.emit(record.name));
  }
}
