import { status as Status, type Metadata } from "@grpc/grpc-js";
import { adviceFor } from "./error-advice";
import {
  detailsFromAny,
  detailsFromTrailer,
  emptyStatusDetails,
  type FieldViolation,
  type StatusDetails,
} from "./status-details";
import type { WireStatus } from "./wire-types";

/** Where an error happened, as far as the client knows. */
export interface ErrorContext {
  /** RPC name, e.g. "CreateCluster"; "GetOperation" for polling failures. */
  method: string;
  /** The resource the call was about (created, read, changed or deleted). */
  resourceName?: string;
  /** The long-running operation, when the failure came from one. */
  operationName?: string;
  /** The request_id the mutation carried on every attempt. */
  requestId?: string;
  /** How many attempts were made before giving up. */
  attempts?: number;
  /** `host:port` of the service the call went to. */
  endpoint?: string;
  /** Set when retrying stopped because this budget (`totalTimeoutMillis`) ran out. */
  retryBudgetMillis?: number;
}

/**
 * The one error type the client throws, for server failures, failed operations, timeouts and invalid
 * arguments caught before sending. It carries the gRPC status (`code` and its name `status`), where it
 * happened, what the server reported in its status details, and a message that ends with what to do.
 */
export class VisionAiError extends Error {
  /** Numeric gRPC status code, e.g. 5. */
  readonly code: Status;
  /** gRPC status name, e.g. "NOT_FOUND". */
  readonly status: string;
  readonly method: string;
  readonly resourceName?: string;
  readonly operationName?: string;
  readonly requestId?: string;
  readonly attempts?: number;
  /** The server's own message (or the client's, for errors raised before sending). */
  readonly serverMessage: string;
  readonly fieldViolations: FieldViolation[];
  /** `google.rpc.ErrorInfo.reason`, when the server sent one. */
  readonly reason?: string;
  readonly domain?: string;
  readonly errorMetadata: Record<string, string>;
  /** How long the server asked the caller to wait before trying again (`google.rpc.RetryInfo`), if it did. */
  readonly retryDelayMillis?: number;

  constructor(
    code: Status,
    serverMessage: string,
    context: ErrorContext,
    details: StatusDetails = emptyStatusDetails(),
  ) {
    const status = statusName(code);
    super(composeMessage(code, status, serverMessage, context, details));
    this.name = "VisionAiError";
    this.code = code;
    this.status = status;
    this.method = context.method;
    this.serverMessage = serverMessage;
    this.fieldViolations = details.fieldViolations;
    this.errorMetadata = details.errorMetadata;
    this.resourceName = context.resourceName;
    this.operationName = context.operationName;
    this.requestId = context.requestId;
    this.attempts = context.attempts;
    this.reason = details.reason;
    this.domain = details.domain;
    this.retryDelayMillis = details.retryDelayMillis;
  }

  /** What the server reported beyond the status code, as it was decoded. */
  statusDetails(): StatusDetails {
    return {
      fieldViolations: this.fieldViolations,
      reason: this.reason,
      domain: this.domain,
      errorMetadata: this.errorMetadata,
      retryDelayMillis: this.retryDelayMillis,
    };
  }

  /** Wraps an error thrown by a gRPC call; errors without a gRPC status become UNKNOWN. */
  static fromCallError(error: unknown, context: ErrorContext): VisionAiError {
    if (error instanceof VisionAiError) return error;
    const grpcError = error as { code?: unknown; details?: unknown; message?: unknown; metadata?: Metadata };
    const code = typeof grpcError.code === "number" ? (grpcError.code as Status) : Status.UNKNOWN;
    const message = String(grpcError.details ?? grpcError.message ?? error);
    const trailer = grpcError.metadata?.get?.("grpc-status-details-bin")?.[0];
    return new VisionAiError(code, message, context, detailsFromTrailer(trailer as Uint8Array | undefined));
  }

  /** The error a finished operation reported in its `error` field. */
  static fromOperationStatus(status: WireStatus, context: ErrorContext): VisionAiError {
    return new VisionAiError(
      status.code as Status,
      status.message,
      context,
      detailsFromAny(status.details ?? []),
    );
  }

  /** An argument the client rejects before sending anything (reported as INVALID_ARGUMENT). */
  static invalidArgument(message: string, context: ErrorContext): VisionAiError {
    return new VisionAiError(Status.INVALID_ARGUMENT, message, context);
  }
}

/** "NOT_FOUND" for 5; "CODE_<n>" for numbers outside the gRPC set. */
function statusName(code: number): string {
  return (Status as unknown as Record<number, string | undefined>)[code] ?? `CODE_${code}`;
}

function composeMessage(
  code: Status,
  status: string,
  serverMessage: string,
  context: ErrorContext,
  details: StatusDetails,
): string {
  const subject = [context.method, context.resourceName].filter(Boolean).join(" ");
  if (code === Status.UNAVAILABLE && context.endpoint && context.retryBudgetMillis) {
    // One line a user can act on, the same however the connection failed; gRPC's own wording varies
    // with that and stays in `serverMessage`.
    return (
      `${subject} failed with UNAVAILABLE: the service at ${context.endpoint} stayed unavailable through ` +
      `the client's retry budget of ${context.retryBudgetMillis / 1000} s. Gave up after ${context.attempts} ` +
      "attempts. Check that it is running and reachable at that address, then run the command again."
    );
  }
  const parts = [asSentence(`${subject} failed with ${status}: ${serverMessage}`)];
  if (context.operationName) parts.push(`(operation ${context.operationName})`);
  if (details.reason) parts.push(`[reason ${details.reason}]`);
  const violations = details.fieldViolations.map(
    (violation) => `${violation.field}: ${violation.description}`,
  );
  if (violations.length > 0) parts.push(`Field violations: ${violations.join("; ")}.`);
  if (context.attempts && context.attempts > 1) parts.push(`Gave up after ${context.attempts} attempts.`);
  const advice = adviceFor(context.method, code);
  if (advice) parts.push(advice);
  return parts.join(" ");
}

/** Ends a message with punctuation so the advice after it reads as its own sentence. */
function asSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
