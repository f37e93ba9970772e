import * as pulumi from "@pulumi/pulumi";
import { StreamsServiceClient } from "../client";
import { clientOptionsFromConfig } from "../provider";

let client: StreamsServiceClient | undefined;

/**
 * The client lookup functions use inside a Pulumi program: the same target as the stack's resources
 * (stack config `visionai:*`, then VISIONAI_EMULATOR_HOST, then Google Cloud).
 */
export function programClient(): StreamsServiceClient {
  client ??= new StreamsServiceClient(
    clientOptionsFromConfig((key) => {
      const [namespace, name] = key.split(":");
      return new pulumi.Config(namespace).get(name);
    }),
  );
  return client;
}
