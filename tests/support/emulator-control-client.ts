import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { controlProtoPath } from "../../emulator";

/** One audited call, as the emulator's control service reports it. */
export interface AuditedCall {
  method: string;
  resource: string;
  requestId: string;
  updateMaskPaths: string[];
  code: string;
}

/**
 * Reads the audit log of an emulator running in another process (as under `pulumi up`), over its
 * EmulatorControl gRPC service on the same port.
 */
export async function auditLog(address: string, method = ""): Promise<AuditedCall[]> {
  const definition = protoLoader.loadSync(controlProtoPath(), { keepCase: false, defaults: true });
  const proto = grpc.loadPackageDefinition(definition) as unknown as {
    visionai: { emulator: { v1: { EmulatorControl: grpc.ServiceClientConstructor } } };
  };
  const client = new proto.visionai.emulator.v1.EmulatorControl(address, grpc.credentials.createInsecure());
  try {
    return await new Promise((resolve, reject) =>
      client.ListAuditLog(
        { method },
        (error: grpc.ServiceError | null, response: { entries: AuditedCall[] }) =>
          error ? reject(error) : resolve(response.entries),
      ),
    );
  } finally {
    client.close();
  }
}
