import type { GoogleAuth } from "google-auth-library";
import { VisionAiError } from "./errors";
import type { PollingSettings, RetrySettings } from "./retry-policy";

export const DEFAULT_API_ENDPOINT = "visionai.googleapis.com:443";
export const EMULATOR_HOST_ENV = "VISIONAI_EMULATOR_HOST";
export const CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

export interface StreamsServiceClientOptions {
  /** `host` or `host:port` of the service; default "visionai.googleapis.com:443". Ignored with an emulator. */
  apiEndpoint?: string;
  /**
   * `host:port` of a local emulator; default: the VISIONAI_EMULATOR_HOST environment variable. When set, the
   * client connects in plaintext and sends no credentials, and never looks any up.
   */
  emulatorHost?: string;
  /** Project billed for quota, sent as `x-goog-user-project`. */
  quotaProjectId?: string;
  /** Credentials to use instead of Application Default Credentials. Ignored with an emulator. */
  auth?: GoogleAuth;
  /** Overrides of DEFAULT_RETRY_SETTINGS for every call of this client. */
  retry?: Partial<RetrySettings>;
  /** Overrides of DEFAULT_POLLING_SETTINGS for every operation of this client. */
  polling?: Partial<PollingSettings>;
}

/** Where the client connects, and whether it authenticates. */
export interface Endpoint {
  host: string;
  port: number;
  /** true: TLS with Application Default Credentials; false: plaintext without credentials (emulator). */
  secure: boolean;
}

/** The emulator, when one is configured (option first, environment second); otherwise `apiEndpoint`. */
export function resolveEndpoint(options: StreamsServiceClientOptions, env = process.env): Endpoint {
  const emulatorHost = options.emulatorHost ?? env[EMULATOR_HOST_ENV];
  if (emulatorHost) return { ...parseHostPort(emulatorHost, undefined, "emulatorHost"), secure: false };
  return { ...parseHostPort(options.apiEndpoint ?? DEFAULT_API_ENDPOINT, 443, "apiEndpoint"), secure: true };
}

/** Splits `host:port`, `[v6]:port` or (with a default port) a bare host; IPv6 hosts keep their brackets. */
function parseHostPort(
  value: string,
  defaultPort: number | undefined,
  option: string,
): { host: string; port: number } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(value.trim());
  const port = match?.[2] !== undefined ? Number(match[2]) : defaultPort;
  if (!match || port === undefined || port < 1 || port > 65535) {
    const expected = defaultPort === undefined ? "host:port" : "host or host:port";
    const problem = `\`${option}\` must be ${expected} (e.g. "localhost:8790"), got "${value}"`;
    throw VisionAiError.invalidArgument(problem, { method: "StreamsServiceClient" });
  }
  return { host: match[1], port };
}
