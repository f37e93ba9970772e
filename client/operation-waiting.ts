import { status as Status } from "@grpc/grpc-js";
import { VisionAiError } from "./errors";
import type { CallOptions, RpcCall } from "./rpc";
import type { RetrySettings } from "./retry-policy";
import type { WireOperation } from "./wire-types";

/**
 * Time allowed beyond a WaitOperation's own `timeout` for the server's answer to arrive, so that the call's
 * deadline never cuts a wait the server is entitled to hold.
 */
const WAIT_ANSWER_MARGIN_MILLIS = 10_000;

/** What OperationWaiting needs of the client: its calls and its retry settings. */
export interface WaitingRpc {
  readonly retry: RetrySettings;
  call<T>(call: RpcCall, options?: CallOptions): Promise<T>;
}

/**
 * google.longrunning.Operations.WaitOperation, for one client. The server holds the call until the
 * operation is done or the timeout passes, so a finished operation is noticed at once with one call per
 * wait instead of a poll every few seconds. A server may leave WaitOperation out (UNIMPLEMENTED); after the
 * first such answer this client stops asking and its operations poll with GetOperation instead.
 */
export class OperationWaiting {
  private serverHasWait = true;

  constructor(private readonly rpc: WaitingRpc) {}

  /**
   * One WaitOperation of at most `timeoutMillis` (transient failures retried): the operation as the server
   * has it when it finished or the timeout passed. Undefined when the server has no WaitOperation.
   */
  async wait(
    name: string,
    timeoutMillis: number,
    retry: Partial<RetrySettings> = {},
  ): Promise<WireOperation | undefined> {
    if (!this.serverHasWait) return undefined;
    const waitMillis = Math.max(1, Math.ceil(timeoutMillis));
    const attemptTimeoutMillis = waitMillis + WAIT_ANSWER_MARGIN_MILLIS;
    const totalTimeoutMillis = Math.max(
      retry.totalTimeoutMillis ?? this.rpc.retry.totalTimeoutMillis,
      attemptTimeoutMillis,
    );
    try {
      return await this.rpc.call<WireOperation>(
        {
          service: "operations",
          method: "WaitOperation",
          kind: "read",
          request: { name, timeout: durationOf(waitMillis) },
          routing: { name },
          context: { method: "WaitOperation", resourceName: name, operationName: name },
        },
        { retry: { ...retry, attemptTimeoutMillis, totalTimeoutMillis } },
      );
    } catch (error) {
      if (error instanceof VisionAiError && error.code === Status.UNIMPLEMENTED) {
        this.serverHasWait = false;
        return undefined;
      }
      throw error;
    }
  }
}

function durationOf(millis: number): { seconds: number; nanos: number } {
  return { seconds: Math.floor(millis / 1000), nanos: (millis % 1000) * 1_000_000 };
}
