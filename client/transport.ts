import * as grpc from "@grpc/grpc-js";
import type { GoogleAuth } from "google-auth-library";
import type { GrpcClient } from "google-gax";
import { CLOUD_PLATFORM_SCOPE, type Endpoint } from "./options";
import { packageInfo } from "./package-info";
import { loadServiceConstructors, type StubConstructor } from "./protos";

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
 * Unary gRPC calls over stubs that google-gax builds from the official protos. Against the real service the
 * channel uses TLS and Application Default Credentials (through google-auth-library); against an emulator it
 * is plaintext with no credentials, and no credential lookup ever runs.
 */
export class Transport {
  private stubs?: Promise<Record<ServiceName, Stub>>;
  private readonly grpcClient: GrpcClient;
  private readonly headers: Record<string, string>;

  constructor(private readonly options: TransportOptions) {
    this.grpcClient = new (gax().GrpcClient)({ auth: authFor(options) });
    this.headers = fixedHeaders(options.quotaProjectId, this.grpcClient.grpcVersion);
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
   * Builds the stubs once. A failure here is a credential failure (gax asks for credentials while building
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
    const constructors = loadServiceConstructors(this.grpcClient);
    const { name, version } = packageInfo();
    const stubOptions = {
      servicePath: this.options.endpoint.host,
      port: this.options.endpoint.port,
      "grpc.primary_user_agent": `${name}/${version}`,
      ...(this.options.endpoint.secure ? {} : { sslCreds: grpc.credentials.createInsecure() }),
    };
    const create = (constructor: StubConstructor) =>
      this.grpcClient.createStub(constructor as never, stubOptions) as unknown as Promise<Stub>;
    const [streams, operations] = await Promise.all([
      create(constructors.streamsService),
      create(constructors.operations),
    ]);
    return { streams, operations };
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
 * With an emulator, an auth object whose universe domain is fixed, so that gax's stub setup (which asks for
 * the universe domain) never triggers Application Default Credentials discovery.
 */
function authFor(options: TransportOptions): GoogleAuth {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { GoogleAuth } = require("google-auth-library") as typeof import("google-auth-library");
  if (!options.endpoint.secure) return new GoogleAuth({ universeDomain: "googleapis.com" });
  return options.auth ?? new GoogleAuth({ scopes: [CLOUD_PLATFORM_SCOPE] });
}

/**
 * google-gax (and google-auth-library with it) is loaded when the first client is made, not when this
 * module is: a program that only declares resources, and a provider process that only checks and diffs
 * them (every `pulumi preview`), never pay its load time.
 */
function gax(): typeof import("google-gax") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("google-gax") as typeof import("google-gax");
}

function fixedHeaders(quotaProjectId: string | undefined, grpcVersion: string): Record<string, string> {
  const { name, version } = packageInfo();
  const headers: Record<string, string> = {
    "x-goog-api-client": `gl-node/${process.versions.node} grpc/${grpcVersion} ${name}/${version}`,
  };
  if (quotaProjectId) headers["x-goog-user-project"] = quotaProjectId;
  return headers;
}
