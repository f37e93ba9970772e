import type * as protobuf from "protobufjs";
import { ApiError } from "../errors/api-error";
import { timestampFromMillis } from "../resources/wire-resource";
import { toRpcStatus } from "../transport/status";
import { packAny } from "./any";
import type { OperationRecord } from "./operation-record";

const API_VERSION = "v1";

/** google.longrunning.Operation for a stored operation; metadata is google.cloud.visionai.v1.OperationMetadata. */
export function toWireOperation(root: protobuf.Root, record: OperationRecord): Record<string, unknown> {
  const metadata = packAny(root, "google.cloud.visionai.v1.OperationMetadata", {
    create_time: timestampFromMillis(record.createMillis),
    end_time: record.endMillis === undefined ? undefined : timestampFromMillis(record.endMillis),
    target: record.target,
    verb: record.verb,
    status_message: record.done ? (record.error ? "Failed" : "Succeeded") : "Running",
    requested_cancellation: record.requestedCancellation,
    api_version: API_VERSION,
  });
  const operation: Record<string, unknown> = { name: record.name, metadata, done: record.done };
  if (record.error) {
    const { status, message, reason, fieldViolations, metadata: errorMetadata } = record.error;
    operation.error = toRpcStatus(
      root,
      new ApiError(status, message, reason, fieldViolations, errorMetadata),
    );
  } else if (record.response) {
    operation.response = packAny(root, record.response.typeName, record.response.message);
  }
  return operation;
}
