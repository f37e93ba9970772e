import * as grpc from "@grpc/grpc-js";
import * as path from "node:path";
import * as protobuf from "protobufjs";

/**
 * A gRPC client that sends request bytes exactly as given, so a test can put on the wire what no typed
 * client would: wrong wire types, truncated fields, invalid UTF-8, unknown enum numbers.
 */

const PROTOS_DIR = path.dirname(require.resolve("google-proto-files/package.json"));

/** The official StreamsService and Operations protos, for building requests and listing RPCs. */
export function loadServiceRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(PROTOS_DIR, target));
  root.loadSync(["google/cloud/visionai/v1/streams_service.proto", "google/longrunning/operations.proto"], {
    keepCase: true,
  });
  root.resolveAll();
  return root;
}

export const API_SERVICES = ["google.cloud.visionai.v1.StreamsService", "google.longrunning.Operations"];

/** One RPC of the API: its wire path (`/package.Service/Method`) and request type. */
export interface ApiMethod {
  name: string;
  path: string;
  requestType: protobuf.Type;
}

export function apiMethods(root: protobuf.Root): ApiMethod[] {
  return API_SERVICES.flatMap((serviceName) =>
    Object.values(root.lookupService(serviceName).methods).map((method) => ({
      name: method.name,
      path: `/${serviceName}/${method.name}`,
      requestType: method.resolvedRequestType!,
    })),
  );
}

export interface RawOutcome {
  /** grpc.status.OK on success. */
  code: grpc.status;
  details: string;
}

export class RawClient {
  private readonly client: grpc.Client;

  constructor(address: string) {
    this.client = new grpc.Client(address, grpc.credentials.createInsecure());
  }

  call(methodPath: string, request: Uint8Array, deadlineMillis = 10_000): Promise<RawOutcome> {
    return new Promise((resolve) => {
      this.client.makeUnaryRequest(
        methodPath,
        (bytes: Uint8Array) => Buffer.from(bytes),
        (bytes: Buffer) => bytes,
        request,
        new grpc.Metadata(),
        { deadline: Date.now() + deadlineMillis },
        (error: grpc.ServiceError | null) =>
          resolve(
            error ? { code: error.code, details: error.details } : { code: grpc.status.OK, details: "" },
          ),
      );
    });
  }

  close(): void {
    this.client.close();
  }
}
