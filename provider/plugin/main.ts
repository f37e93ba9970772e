import * as grpc from "@grpc/grpc-js";
import { ResourceProviderService } from "@pulumi/pulumi/proto/provider_grpc_pb";
import { packageInfo } from "../../client/package-info";
import { pluginProvider } from "./plugin-provider";
import { providerService } from "./provider-service";
import { packageSchema } from "./schema";

/**
 * Entry point of the `pulumi-resource-visionai` plugin, started by the engine (with its own address as the
 * argument, which this provider does not need). It serves the ResourceProvider service on a free local port
 * and prints the port, which is how the engine finds it. The plugin's version is the package's, so the
 * engine and generated SDKs name the release.
 */

/** Room for large property maps, as the engine's own gRPC connections allow. */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

async function serve(): Promise<void> {
  const { version } = packageInfo();
  const server = new grpc.Server({
    "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
    "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
  });
  const service = providerService(pluginProvider(), version, JSON.stringify(packageSchema(version)));
  server.addService(ResourceProviderService, service);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  console.log(String(port));
}

serve().catch((error: unknown) => {
  console.error(
    `pulumi-resource-visionai could not start: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
