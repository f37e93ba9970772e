import type * as pulumi from "@pulumi/pulumi";
import { StreamsServiceClient, type StreamsServiceClientOptions } from "../client";
import { clientOptionsFromConfig } from "./stack-config";

let options: StreamsServiceClientOptions = {};
let client: StreamsServiceClient | undefined;

/** Reads the stack config the engine hands to `configure`. Called once per provider process. */
export function configure(config: pulumi.dynamic.Config): void {
  options = clientOptionsFromConfig((key) => config.get(key));
  client = undefined;
}

/** One client per provider process: it holds the gRPC channel every resource of the stack shares. */
export function streamsClient(): StreamsServiceClient {
  client ??= new StreamsServiceClient(options);
  return client;
}
