import { VisionAiError, type ErrorContext } from "./errors";
import { Operation, type OperationSource } from "./operation";
import { OperationWaiting } from "./operation-waiting";
import { callWithRetry } from "./retrying-call";
import type { CallKind, PollingSettings, RetrySettings } from "./retry-policy";
import type { ServiceName, Transport } from "./transport";
import type { WireOperation } from "./wire-types";

/** Per-call overrides of the client's settings; every method takes these as its optional second argument. */
export interface CallOptions {
  retry?: Partial<RetrySettings>;
  /** For methods that start an operation: the defaults its `result()` polls with. */
  polling?: Partial<PollingSettings>;
}

/** One RPC as the client methods describe it. */
export interface RpcCall {
  service?: ServiceName;
  method: string;
  kind: CallKind;
  /** Built once, so every retry resends the same request (and the same request_id). */
  request: object;
  routing: Record<string, string>;
  context: ErrorContext;
}

/** Runs RPCs with the client's retry policy and wraps operations in handles. */
export class Rpc {
  private readonly waiting = new OperationWaiting(this);

  constructor(
    private readonly transport: Transport,
    readonly retry: RetrySettings,
    readonly polling: PollingSettings,
  ) {}

  call<T>(call: RpcCall, options: CallOptions = {}): Promise<T> {
    const settings = { ...this.retry, ...options.retry };
    const service = call.service ?? "streams";
    return callWithRetry(
      (deadline) =>
        this.transport.unary<T>(service, call.method, call.request, { deadline, routing: call.routing }),
      { kind: call.kind, settings, context: { ...call.context, endpoint: this.transport.address } },
    );
  }

  /** Sends a mutation and returns the handle of the operation it started. */
  async startOperation<T>(call: RpcCall, options: CallOptions = {}): Promise<Operation<T>> {
    const wire = await this.call<WireOperation>(call, options);
    return new Operation<T>(this.operationSource(options), wire, call.context);
  }

  /** Fetches an operation by name and returns its handle. */
  async resumeOperation<T>(name: string, options: CallOptions = {}): Promise<Operation<T>> {
    const source = this.operationSource(options);
    const wire = await source.fetch(name);
    return new Operation<T>(source, wire, { method: "GetOperation", operationName: name });
  }

  /** GetOperation for handles: transient errors are retried with the settings of the call that made the handle. */
  private operationSource(options: CallOptions): OperationSource {
    return {
      polling: { ...this.polling, ...options.polling },
      wait: (name, timeoutMillis) => this.waiting.wait(name, timeoutMillis, options.retry),
      fetch: (name) =>
        this.call<WireOperation>(
          {
            service: "operations",
            method: "GetOperation",
            kind: "read",
            request: { name },
            routing: { name },
            context: { method: "GetOperation", resourceName: name, operationName: name },
          },
          { retry: options.retry },
        ),
    };
  }
}

/** Runs `build`, which checks and maps arguments, and reports what it throws as INVALID_ARGUMENT of `context`. */
export function checkArguments<T>(context: ErrorContext, build: () => T): T {
  try {
    return build();
  } catch (error) {
    const message = error instanceof VisionAiError ? error.serverMessage : (error as Error).message;
    throw VisionAiError.invalidArgument(message, context);
  }
}
