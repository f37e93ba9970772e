import { status as Status, Metadata, type ServiceError } from "@grpc/grpc-js";
import * as provider from "@pulumi/pulumi/proto/provider_pb";
import * as statusProto from "@pulumi/pulumi/proto/status_pb";
import { Any } from "google-protobuf/google/protobuf/any_pb";
import { Struct, type JavaScriptValue } from "google-protobuf/google/protobuf/struct_pb";
import { ResourceInitError, messageOf } from "../errors";

type Props = Record<string, unknown>;

/**
 * Property maps between the engine's wire form (`google.protobuf.Struct`, secrets and unknowns in Pulumi's
 * property value encoding) and the plain objects the provider core works on.
 */

/** A request's property map; an absent one reads as empty. */
export function propsOf(struct: Struct | undefined): Props {
  return struct?.toJavaScript() ?? {};
}

/** A property map for a response. Undefined values are left out: the wire has no such value. */
export function structOf(props: Props): Struct {
  return Struct.fromJavaScript(JSON.parse(JSON.stringify(props)) as Record<string, JavaScriptValue>);
}

/**
 * The gRPC error the engine reads for a failure. A ResourceInitError (the service made the resource, but it
 * did not reach the program's state) carries the resource in `ErrorResourceInitFailed`, so the engine keeps
 * it in state; every other error is its message alone, which the engine shows as it is, without a stack.
 */
export function serviceErrorOf(error: unknown): Partial<ServiceError> {
  const message = messageOf(error);
  const metadata = new Metadata();
  if (error instanceof ResourceInitError) {
    const detail = new provider.ErrorResourceInitFailed();
    detail.setId(error.id);
    detail.setProperties(structOf(error.properties as Props));
    detail.setReasonsList(error.reasons);
    const packed = new Any();
    packed.pack(detail.serializeBinary(), "pulumirpc.ErrorResourceInitFailed");
    const status = new statusProto.Status();
    status.setCode(Status.UNKNOWN);
    status.setMessage(message);
    status.addDetails(packed);
    metadata.add("grpc-status-details-bin", Buffer.from(status.serializeBinary()));
  }
  return { code: Status.UNKNOWN, details: message, metadata };
}
