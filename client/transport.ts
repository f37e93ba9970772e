import * as grpc from "@grpc/grpc-js";
import type { GoogleAuth } from "google-auth-library";
import { CLOUD_PLATFORM_SCOPE, type Endpoint } from "./options";
import { packageInfo } from "./package-info";
import { SERVICE_NAMES, serviceDefinition } from "./protos";

/** The two services the client talks to, both on the same endpoint. */
export type ServiceName = "streams" | "operations";

/** What one attempt of a unary call needs besides its request. */
export interface AttemptOptions {
  /** The attempt is cancelled with DEADLINE_EXCEEDED at this time. */
  deadline: Date;
  /** Request fields the server routes on, sent as `x-goog-request-params` (e.g. `{ name }`). */
  routing: Record<string, string>;
}

type UnaryMethod = (
  request: object,
  metadata: grpc.Metadata,
  options: grpc.CallOptions,
  callback: (error: grpc.ServiceError | null, response: unknown) => void,
) => void;

type Stub = Record<string, UnaryMethod> & { close(): void };

export interface TransportOptions {
  endpoint: Endpoint;
  auth?: GoogleAuth;
  quotaProjectId?: string;
}

/**
 * Channel settings as Google's Node.js clients (google-gax) set them: no message size limit, a 1 s first
 * reconnect backoff, and the package named in the user agent.
 */
const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  "grpc.max_receive_message_length": -1,
  "grpc.max_send_message_length": -1,
  "grpc.initial_reconnect_backoff_ms": 1000,
};

/**
 * Unary gRPC calls over @grpc/grpc-js stubs built from the official protos (client/protos.json). Against
 * the real service the channel uses TLS and Application Default Credentials (through
 * google-auth-library); against an emulator it is plaintext with no credentials, and no credential lookup
 * ever runs. The stubs are made here rather than by google-gax, which this client used before: loading
 * gax and building its second proto root made the start of every process that calls the service about 2.5
 * times as long (BENCHMARKS.md, section 0a), and the client used nothing of it but the stubs.
 */
export class Transport {
  private stubs?: Promise<Record<ServiceName, Stub>>;
  private readonly headers: Record<string, string>;

  constructor(private readonly options: TransportOptions) {
    this.headers = fixedHeaders(options.quotaProjectId);
  }

  /** `host:port` the calls go to, for error messages. */
  get address(): string {
    return `${this.options.endpoint.host}:${this.options.endpoint.port}`;
  }

  /** Sends one request and resolves to the decoded response; rejects with the raw gRPC error. */
  async unary<Response>(
    service: ServiceName,
    method: string,
    request: object,
    options: AttemptOptions,
  ): Promise<Response> {
    const stub = (await this.connect())[service];
    const metadata = this.metadataFor(options.routing);
    return new Promise<Response>((resolve, reject) => {
      stub[method].call(stub, request, metadata, { deadline: options.deadline }, (error, response) =>
        error ? reject(error) : resolve(response as Response),
      );
    });
  }

  /** Closes the channels; calls made afterwards fail. */
  async close(): Promise<void> {
    if (!this.stubs) return;
    const stubs = await this.stubs;
    stubs.streams.close();
    stubs.operations.close();
  }

  /**
   * Builds the stubs once. A failure here is a credential failure (credentials are looked up while building
   * the channel), reported as UNAUTHENTICATED; it is not cached, so a later call tries again.
   */
  private connect(): Promise<Record<ServiceName, Stub>> {
    this.stubs ??= this.createStubs().catch((error: unknown) => {
      this.stubs = undefined;
      const message = error instanceof Error ? error.message : String(error);
      throw Object.assign(new Error(message, { cause: error }), {
        code: grpc.status.UNAUTHENTICATED,
        details: message,
      });
    });
    return this.stubs;
  }

  private async createStubs(): Promise<Record<ServiceName, Stub>> {
    const credentials = this.options.endpoint.secure
      ? await googleCredentials(this.options.auth)
      : grpc.credentials.createInsecure();
    const { name, version } = packageInfo();
    const channelOptions = { ...CHANNEL_OPTIONS, "grpc.primary_user_agent": `${name}/${version}` };
    const create = (service: ServiceName) => {
      const Client = grpc.makeClientConstructor(
        serviceDefinition(SERVICE_NAMES[service]),
        SERVICE_NAMES[service],
      );
      return new Client(this.address, credentials, channelOptions) as unknown as Stub;
    };
    return { streams: create("streams"), operations: create("operations") };
  }

  private metadataFor(routing: Record<string, string>): grpc.Metadata {
    const metadata = new grpc.Metadata();
    for (const [key, value] of Object.entries(this.headers)) metadata.set(key, value);
    const params = Object.entries(routing).map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
    if (params.length > 0) metadata.set("x-goog-request-params", params.join("&"));
    return metadata;
  }
}

/**
 * TLS with the caller's Application Default Credentials (or the `auth` they gave) attached to every call.
 * google-auth-library is loaded here, so a client of an emulator never loads it.
 */
async function googleCredentials(auth: GoogleAuth | undefined): Promise<grpc.ChannelCredentials> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { GoogleAuth } = require("google-auth-library") as typeof import("google-auth-library");
  const client = await (auth ?? new GoogleAuth({ scopes: [CLOUD_PLATFORM_SCOPE] })).getClient();
  // grpc-js takes the headers as a plain object; google-auth-library returns a `Headers`.
  const callCredentials = grpc.credentials.createFromGoogleCredential({
    getRequestHeaders: async (url?: string) => Object.fromEntries(await client.getRequestHeaders(url)),
  });
  return grpc.credentials.combineChannelCredentials(grpc.credentials.createSsl(), callCredentials);
}

/** The version of @grpc/grpc-js in use, for the `x-goog-api-client` header. */
function grpcVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("@grpc/grpc-js/package.json") as { version: string }).version;
}

function fixedHeaders(quotaProjectId: string | undefined): Record<string, string> {
  const { name, version } = packageInfo();
  const headers: Record<string, string> = {
    "x-goog-api-client": `gl-node/${process.versions.node} grpc/${grpcVersion()} ${name}/${version}`,
  };
  if (quotaProjectId) headers["x-goog-user-project"] = quotaProjectId;
  return headers;
}
