import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { controlProtoPath } from "../../emulator";

/** One audited StreamsService or Operations call. */
export interface AuditedCall {
  method: string;
  resource: string;
  code: string;
}

type Callback = (error: grpc.ServiceError | null, response: Record<string, unknown>) => void;
type ControlStub = grpc.Client & Record<string, (request: object, callback: Callback) => void>;

/** The emulator's EmulatorControl service over gRPC, as the benchmark drives an emulator process. */
export class EmulatorControlClient {
  private readonly stub: ControlStub;

  constructor(address: string) {
    const definition = protoLoader.loadSync(controlProtoPath(), { keepCase: false, defaults: true });
    const proto = grpc.loadPackageDefinition(definition) as unknown as {
      visionai: { emulator: { v1: { EmulatorControl: grpc.ServiceClientConstructor } } };
    };
    this.stub = new proto.visionai.emulator.v1.EmulatorControl(
      address,
      grpc.credentials.createInsecure(),
    ) as unknown as ControlStub;
  }

  async auditLog(): Promise<AuditedCall[]> {
    const response = await this.call("ListAuditLog", { method: "" });
    return response.entries as AuditedCall[];
  }

  async clearAuditLog(): Promise<void> {
    await this.call("ClearAuditLog", {});
  }

  async setOperationDelay(operationDelayMs: number): Promise<void> {
    await this.call("SetOptions", { operationDelayMs });
  }

  /** Every call of `method` fails with `code` from now on. */
  async failAlways(method: string, code: string): Promise<void> {
    await this.call("AddFault", { method, code, message: "benchmark: answered as a server without it" });
  }

  /** Every stored resource of every kind. */
  async listResources(): Promise<{ kind: string; name: string }[]> {
    const response = await this.call("ListResources", {});
    return response.resources as { kind: string; name: string }[];
  }

  /** Removes every quota, so that cleaning up after a quota measurement does not wait for it. */
  async clearQuotas(): Promise<void> {
    await this.call("ClearQuotas", { metric: "" });
  }

  close(): void {
    this.stub.close();
  }

  private call(method: string, request: object): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) =>
      this.stub[method]!(request, (error, response) => (error ? reject(error) : resolve(response))),
    );
  }
}
