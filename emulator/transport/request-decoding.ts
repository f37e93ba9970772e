import type * as grpc from "@grpc/grpc-js";
import { ApiError } from "../errors/api-error";

/**
 * Request bytes that are not a valid message of the RPC's request type. grpc-js answers a request it
 * cannot decode with INTERNAL, as if the server were broken; the emulator answers INVALID_ARGUMENT, the
 * status for a request the caller got wrong, and stays up for the next one.
 */
const UNDECODABLE = Symbol("undecodable request");

interface UndecodableRequest {
  [UNDECODABLE]: string;
}

/** The service definition with request decoding that never throws: a failure becomes a marker request. */
export function withTolerantDecoding(definition: grpc.ServiceDefinition): grpc.ServiceDefinition {
  return Object.fromEntries(
    Object.entries(definition).map(([method, spec]) => [
      method,
      {
        ...spec,
        requestDeserialize: (bytes: Buffer) => {
          try {
            return spec.requestDeserialize(bytes);
          } catch (error) {
            return { [UNDECODABLE]: error instanceof Error ? error.message : String(error) };
          }
        },
      },
    ]),
  ) as grpc.ServiceDefinition;
}

/** Throws INVALID_ARGUMENT for a request `withTolerantDecoding` could not decode. */
export function assertDecoded(request: unknown, method: string): asserts request is Record<string, unknown> {
  const problem = (request as Partial<UndecodableRequest> | null)?.[UNDECODABLE];
  if (problem === undefined) return;
  throw new ApiError(
    "INVALID_ARGUMENT",
    `The ${method} request is not a valid protobuf message of its request type (${problem}). ` +
      "Send a message encoded from the official google.cloud.visionai.v1 protos.",
    "INVALID_ARGUMENT",
  );
}
