import { status as Status } from "@grpc/grpc-js";
import { setTimeout as sleep } from "node:timers/promises";
import { VisionAiError, type ErrorContext } from "./errors";
import {
  decodeOperationMetadata,
  decodeOperationResponse,
  type OperationMetadata,
} from "./operation-results";
import type { PollingSettings } from "./retry-policy";
import type { WireOperation } from "./wire-types";

/** How an Operation reaches the server; supplied by the client. */
export interface OperationSource {
  /** One GetOperation, with the client's retry settings for reads. */
  fetch(name: string): Promise<WireOperation>;
  /**
   * One WaitOperation of at most `timeoutMillis`; undefined when the server does not serve WaitOperation
   * (then the handle polls with `fetch`). Absent: always poll.
   */
  wait?(name: string, timeoutMillis: number): Promise<WireOperation | undefined>;
  /** The client's polling settings, before per-call overrides. */
  readonly polling: PollingSettings;
}

/**
 * A long-running operation started by a mutation. `result()` waits for it and returns what it made: the
 * resource for creates and updates, undefined for deletes. The handle can be dropped and picked up again
 * later by name with `client.operation(name)`.
 */
export class Operation<T> {
  private latest: WireOperation;

  constructor(
    private readonly source: OperationSource,
    wire: WireOperation,
    /** The RPC that started the operation and the resource it is about, for error messages. */
    private readonly context: ErrorContext,
  ) {
    this.latest = wire;
  }

  /** `projects/{project}/locations/{location}/operations/{operation}`. */
  get name(): string {
    return this.latest.name;
  }

  /** Whether the operation had finished when last fetched. */
  get done(): boolean {
    return Boolean(this.latest.done);
  }

  /** Progress as of the last fetch: create/end time, target, verb, API version. */
  get metadata(): OperationMetadata | undefined {
    return decodeOperationMetadata(this.latest.metadata);
  }

  /** The failure the operation ended with, if it has ended with one. */
  get error(): VisionAiError | undefined {
    if (!this.latest.done || !this.latest.error) return undefined;
    return VisionAiError.fromOperationStatus(this.latest.error, this.errorContext());
  }

  /** Fetches the operation once (transient errors retried) and returns this handle, updated. */
  async refresh(): Promise<this> {
    this.latest = await this.source.fetch(this.name);
    return this;
  }

  /**
   * Waits until the operation is done and returns its result: with WaitOperation where the server serves
   * it (the result returns as soon as the operation finishes, one call per `waitTimeoutMillis`), otherwise
   * by polling with backoff. Throws the operation's own error as a VisionAiError when it failed, and
   * DEADLINE_EXCEEDED when `totalTimeoutMillis` passes first (the operation itself keeps running on the
   * server). No wait or poll starts after the deadline, and no wait asks the server to hold past it.
   */
  async result(overrides: Partial<PollingSettings> = {}): Promise<T> {
    const settings = { ...this.source.polling, ...overrides };
    const deadline = Date.now() + settings.totalTimeoutMillis;
    let delayMillis = settings.initialDelayMillis;
    while (!this.latest.done) {
      const remainingMillis = deadline - Date.now();
      if (remainingMillis <= 0) throw this.timeoutError(settings.totalTimeoutMillis);
      const waited = await this.waitOnServer(Math.min(settings.waitTimeoutMillis, remainingMillis));
      if (waited) {
        this.latest = waited;
        continue;
      }
      await sleep(Math.min(delayMillis, remainingMillis));
      await this.refresh();
      delayMillis = Math.min(settings.maxDelayMillis, delayMillis * settings.delayMultiplier);
    }
    const failure = this.error;
    if (failure) throw failure;
    return decodeOperationResponse(this.latest.response) as T;
  }

  /** The operation after one WaitOperation, or undefined when the handle has to poll instead. */
  private async waitOnServer(timeoutMillis: number): Promise<WireOperation | undefined> {
    if (!this.source.wait || timeoutMillis <= 0) return undefined;
    return this.source.wait(this.name, timeoutMillis);
  }

  private errorContext(): ErrorContext {
    const resourceName = this.context.resourceName || this.metadata?.target || undefined;
    return { ...this.context, resourceName, operationName: this.name };
  }

  private timeoutError(totalTimeoutMillis: number): VisionAiError {
    const message =
      `the operation did not finish within ${totalTimeoutMillis} ms and is still running on the server; ` +
      `wait again with client.operation("${this.name}").result()`;
    return new VisionAiError(Status.DEADLINE_EXCEEDED, message, this.errorContext());
  }
}
