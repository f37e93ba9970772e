import { decodeMessage, typeNameOf } from "./protos";
import type { WireAny } from "./wire-types";

/** One `google.rpc.BadRequest.FieldViolation`: which request field was wrong and why. */
export interface FieldViolation {
  field: string;
  description: string;
}

/** What the server said beyond its status code, decoded from google.rpc.Status details. */
export interface StatusDetails {
  fieldViolations: FieldViolation[];
  /** `google.rpc.ErrorInfo.reason`, a stable UPPER_SNAKE_CASE identifier of the cause. */
  reason?: string;
  /** `google.rpc.ErrorInfo.domain`, e.g. "visionai.googleapis.com". */
  domain?: string;
  /** `google.rpc.ErrorInfo.metadata`. */
  errorMetadata: Record<string, string>;
  /** `google.rpc.RetryInfo.retry_delay` in milliseconds: how long the server asks the caller to wait. */
  retryDelayMillis?: number;
}

const BAD_REQUEST = "google.rpc.BadRequest";
const ERROR_INFO = "google.rpc.ErrorInfo";
const RETRY_INFO = "google.rpc.RetryInfo";

export function emptyStatusDetails(): StatusDetails {
  return { fieldViolations: [], errorMetadata: {} };
}

/** Decodes the `grpc-status-details-bin` trailer (a serialized google.rpc.Status). */
export function detailsFromTrailer(bytes: Uint8Array | undefined): StatusDetails {
  if (!bytes || bytes.length === 0) return emptyStatusDetails();
  try {
    const status = decodeMessage("google.rpc.Status", bytes) as { details?: WireAny[] };
    return detailsFromAny(status.details ?? []);
  } catch {
    // A malformed trailer must not hide the status code and message the caller already has.
    return emptyStatusDetails();
  }
}

/** Collects field violations, ErrorInfo and RetryInfo from a google.rpc.Status `details` list; unknown types are skipped. */
export function detailsFromAny(details: readonly WireAny[]): StatusDetails {
  const result = emptyStatusDetails();
  for (const detail of details) {
    const typeName = typeNameOf(detail);
    if (typeName === BAD_REQUEST) {
      const badRequest = decodeMessage(BAD_REQUEST, detail.value) as { fieldViolations?: FieldViolation[] };
      for (const violation of badRequest.fieldViolations ?? []) {
        result.fieldViolations.push({ field: violation.field, description: violation.description });
      }
    } else if (typeName === ERROR_INFO) {
      const info = decodeMessage(ERROR_INFO, detail.value) as {
        reason?: string;
        domain?: string;
        metadata?: Record<string, string>;
      };
      if (info.reason) result.reason = info.reason;
      if (info.domain) result.domain = info.domain;
      Object.assign(result.errorMetadata, info.metadata ?? {});
    } else if (typeName === RETRY_INFO) {
      const info = decodeMessage(RETRY_INFO, detail.value) as {
        retryDelay?: { seconds?: string; nanos?: number } | null;
      };
      if (info.retryDelay) {
        result.retryDelayMillis =
          Number(info.retryDelay.seconds ?? 0) * 1000 + (info.retryDelay.nanos ?? 0) / 1e6;
      }
    }
  }
  return result;
}
