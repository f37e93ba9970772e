import * as grpc from "@grpc/grpc-js";
import type * as protobuf from "protobufjs";
import { ApiError, type StatusName } from "../errors/api-error";
import { internal } from "../errors/catalogue";
import { packAny, type AnyMessage } from "../operations/any";

/**
 * The one place where emulator errors become gRPC statuses: the trailer of a failed call and the `error`
 * of a failed operation are built here, so both carry the same google.rpc.Status.
 */

const ERROR_DOMAIN = "visionai.googleapis.com";

const STATUS_CODES: Record<StatusName, grpc.status> = {
  CANCELLED: grpc.status.CANCELLED,
  UNKNOWN: grpc.status.UNKNOWN,
  INVALID_ARGUMENT: grpc.status.INVALID_ARGUMENT,
  DEADLINE_EXCEEDED: grpc.status.DEADLINE_EXCEEDED,
  NOT_FOUND: grpc.status.NOT_FOUND,
  ALREADY_EXISTS: grpc.status.ALREADY_EXISTS,
  PERMISSION_DENIED: grpc.status.PERMISSION_DENIED,
  RESOURCE_EXHAUSTED: grpc.status.RESOURCE_EXHAUSTED,
  FAILED_PRECONDITION: grpc.status.FAILED_PRECONDITION,
  ABORTED: grpc.status.ABORTED,
  OUT_OF_RANGE: grpc.status.OUT_OF_RANGE,
  UNIMPLEMENTED: grpc.status.UNIMPLEMENTED,
  INTERNAL: grpc.status.INTERNAL,
  UNAVAILABLE: grpc.status.UNAVAILABLE,
  DATA_LOSS: grpc.status.DATA_LOSS,
  UNAUTHENTICATED: grpc.status.UNAUTHENTICATED,
};

function statusCode(name: StatusName): grpc.status {
  return STATUS_CODES[name];
}

export function isStatusName(value: string): value is StatusName {
  return Object.prototype.hasOwnProperty.call(STATUS_CODES, value) && value !== "OK";
}

/** Anything thrown by a handler, as an ApiError (unexpected exceptions become INTERNAL). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return internal(error instanceof Error ? error.message : String(error));
}

/** google.rpc.Status as proto-loader writes it. */
export interface RpcStatus {
  code: number;
  message: string;
  details: AnyMessage[];
}

/**
 * Longest message or detail text sent back. Messages quote the request's values, and a failed call's
 * status travels in HTTP/2 trailers, which a client drops (resetting the whole connection) past about
 * 16 KiB: a 200,000-character resource name must not turn its INVALID_ARGUMENT into a broken connection.
 */
const MAX_STATUS_TEXT_CHARS = 1024;

/** At most this many field violations are sent; the message already describes the first problem. */
const MAX_FIELD_VIOLATIONS = 8;

function clipped(text: string): string {
  if (text.length <= MAX_STATUS_TEXT_CHARS) return text;
  const omitted = text.length - MAX_STATUS_TEXT_CHARS;
  return `${text.slice(0, MAX_STATUS_TEXT_CHARS)}… (${omitted} more characters)`;
}

export function toRpcStatus(root: protobuf.Root, error: ApiError): RpcStatus {
  const metadata = Object.fromEntries(
    Object.entries(error.metadata).map(([key, value]) => [clipped(key), clipped(value)]),
  );
  const details = [
    packAny(root, "google.rpc.ErrorInfo", {
      reason: error.reason,
      domain: error.domain ?? ERROR_DOMAIN,
      metadata,
    }),
  ];
  if (error.fieldViolations.length > 0) {
    const violations = error.fieldViolations.slice(0, MAX_FIELD_VIOLATIONS).map((violation) => ({
      field: clipped(violation.field),
      description: clipped(violation.description),
    }));
    details.push(packAny(root, "google.rpc.BadRequest", { field_violations: violations }));
  }
  for (const extra of error.extraDetails) details.push(packAny(root, extra.typeName, extra.message));
  return { code: statusCode(error.status), message: clipped(error.message), details };
}

/** The error object grpc-js turns into status, message and the `grpc-status-details-bin` trailer. */
export function toServiceError(root: protobuf.Root, error: ApiError): Partial<grpc.ServiceError> {
  const status = toRpcStatus(root, error);
  const type = root.lookupType("google.rpc.Status");
  const metadata = new grpc.Metadata();
  metadata.set("grpc-status-details-bin", Buffer.from(type.encode(type.fromObject(status)).finish()));
  return { code: status.code, details: status.message, metadata };
}
