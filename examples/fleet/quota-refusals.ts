/**
 * How many calls the emulator's quotas refused, for the fleet's summary. Only an emulator can say (Google
 * Cloud reports it in Cloud Monitoring, per project); against one, the count comes from its control
 * surface's ListQuotas, read before and after the run.
 */
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { controlProtoPath } from "../../emulator";

interface QuotaUsage {
  metric: string;
  refused: string;
}

type ListQuotas = (
  request: object,
  callback: (error: grpc.ServiceError | null, response: { quotas: QuotaUsage[] }) => void,
) => void;

/** Calls refused so far by the emulator at `address`, over every quota; undefined if it cannot say. */
export async function refusedCalls(address: string | undefined): Promise<number | undefined> {
  if (!address) return undefined;
  const definition = protoLoader.loadSync(controlProtoPath(), {
    keepCase: true,
    longs: String,
    defaults: true,
  });
  const proto = grpc.loadPackageDefinition(definition) as unknown as {
    visionai: { emulator: { v1: { EmulatorControl: grpc.ServiceClientConstructor } } };
  };
  const client = new proto.visionai.emulator.v1.EmulatorControl(address, grpc.credentials.createInsecure());
  try {
    const listQuotas = (client as unknown as { ListQuotas: ListQuotas }).ListQuotas.bind(client);
    const response = await new Promise<{ quotas: QuotaUsage[] }>((resolve, reject) =>
      listQuotas({}, (error, answer) => (error ? reject(error) : resolve(answer))),
    );
    return response.quotas.reduce((sum, quota) => sum + Number(quota.refused), 0);
  } catch {
    // An emulator without quotas support, or one that went away: the summary leaves the figure out.
    return undefined;
  } finally {
    client.close();
  }
}
