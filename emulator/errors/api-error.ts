/** The gRPC status names the emulator answers with; their numbers live only in transport/status.ts. */
export type StatusName =
  | "CANCELLED"
  | "UNKNOWN"
  | "INVALID_ARGUMENT"
  | "DEADLINE_EXCEEDED"
  | "NOT_FOUND"
  | "ALREADY_EXISTS"
  | "PERMISSION_DENIED"
  | "RESOURCE_EXHAUSTED"
  | "FAILED_PRECONDITION"
  | "ABORTED"
  | "OUT_OF_RANGE"
  | "UNIMPLEMENTED"
  | "INTERNAL"
  | "UNAVAILABLE"
  | "DATA_LOSS"
  | "UNAUTHENTICATED";

/** One google.rpc.BadRequest.FieldViolation: the request field (snake_case path) and what is wrong. */
export interface FieldViolation {
  field: string;
  description: string;
}

/** A status detail beyond ErrorInfo and BadRequest (QuotaFailure, RetryInfo, Help), packed as it is. */
export interface ExtraDetail {
  /** Full message type name, e.g. "google.rpc.RetryInfo". */
  typeName: string;
  /** The message in proto-loader's snake_case shape. */
  message: object;
}

/**
 * Every failure a handler reports. It becomes a google.rpc.Status carrying one google.rpc.ErrorInfo
 * (`reason`, `metadata`) and, when there are field problems, one google.rpc.BadRequest.
 */
export class ApiError extends Error {
  constructor(
    readonly status: StatusName,
    message: string,
    readonly reason: string,
    readonly fieldViolations: FieldViolation[] = [],
    readonly metadata: Record<string, string> = {},
    /** ErrorInfo's domain when not the service's own: quota errors come from `googleapis.com`. */
    readonly domain?: string,
    readonly extraDetails: ExtraDetail[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}
