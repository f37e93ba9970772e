import { MAPPINGS } from "./mapping/kind-mappings";
import { dateFromWire } from "../kinds";
import { decodeMessage, typeNameOf } from "./protos";
import type { WireAny, WireOperationMetadata } from "./wire-types";

/** What every StreamsService operation reports while it runs (google.cloud.visionai.v1.OperationMetadata). */
export interface OperationMetadata {
  createTime?: Date;
  endTime?: Date;
  /** Resource the operation works on. */
  target: string;
  /** e.g. "create", "update", "delete". */
  verb: string;
  statusMessage: string;
  requestedCancellation: boolean;
  apiVersion: string;
}

const V1 = "google.cloud.visionai.v1";

/** Response types an operation can end with, and how each becomes what `result()` returns. */
const RESPONSE_DECODERS: Record<string, (wire: never) => unknown> = {
  ...Object.fromEntries(
    Object.values(MAPPINGS).map((mapping) => [`${V1}.${mapping.table.kind}`, mapping.fromWire]),
  ),
  [`${V1}.GetStreamThumbnailResponse`]: () => ({}),
  "google.protobuf.Empty": () => undefined,
};

/**
 * The resource (or other result) packed in a finished operation's `response`: mapped to the client's shapes
 * for StreamsService types, undefined for Empty (deletes), and the decoded message for anything else.
 */
export function decodeOperationResponse(response: WireAny | null | undefined): unknown {
  if (!response) return undefined;
  const typeName = typeNameOf(response);
  const decoded = decodeMessage(typeName, response.value);
  const decoder = RESPONSE_DECODERS[typeName];
  return decoder ? decoder(decoded as never) : decoded;
}

/** Decodes OperationMetadata; undefined when the operation carries none or another type. */
export function decodeOperationMetadata(metadata: WireAny | null | undefined): OperationMetadata | undefined {
  if (!metadata || typeNameOf(metadata) !== `${V1}.OperationMetadata`) return undefined;
  const wire = decodeMessage(`${V1}.OperationMetadata`, metadata.value) as WireOperationMetadata;
  const result: OperationMetadata = {
    target: wire.target ?? "",
    verb: wire.verb ?? "",
    statusMessage: wire.statusMessage ?? "",
    requestedCancellation: wire.requestedCancellation ?? false,
    apiVersion: wire.apiVersion ?? "",
  };
  const createTime = dateFromWire(wire.createTime);
  const endTime = dateFromWire(wire.endTime);
  if (createTime) result.createTime = createTime;
  if (endTime) result.endTime = endTime;
  return result;
}
