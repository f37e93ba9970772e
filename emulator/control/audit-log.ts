import { LIMITS } from "../options";
import type { FaultPhase } from "./faults";

/** One StreamsService or Operations call, as tests read it to assert call patterns. */
export interface AuditEntry {
  /** RPC name without the service, e.g. "UpdateStream". */
  method: string;
  /** Full service name, e.g. "google.cloud.visionai.v1.StreamsService". */
  service: string;
  /** The resource the call addressed: `name`, `parent`, `stream`, or the name of the resource sent. */
  resource: string;
  requestId: string;
  updateMaskPaths: string[];
  /** gRPC status name of the result; "OK" on success. */
  code: string;
  /** When the call arrived (emulator clock), RFC 3339. */
  time: string;
  /**
   * The operation a long-running call started or returned, if any; also set when a fault of phase AFTER
   * replaced the response, since the call was applied.
   */
  operation: string;
  /** The phase of the fault rule that decided `code`; "" when no rule failed the call. */
  faultPhase: FaultPhase | "";
}

/** The resource a request addresses, found the same way for every RPC. */
export function addressedResource(request: Record<string, unknown>): string {
  for (const field of ["name", "parent", "stream"]) {
    if (typeof request[field] === "string" && request[field]) return request[field] as string;
  }
  for (const field of ["cluster", "stream", "event", "series", "channel"]) {
    const message = request[field] as { name?: unknown } | null | undefined;
    if (message && typeof message === "object" && typeof message.name === "string") return message.name;
  }
  return "";
}

/** In memory, oldest first, capped at LIMITS.auditLogCapacity entries (the oldest are dropped). */
export class AuditLog {
  private entries: AuditEntry[] = [];

  record(entry: AuditEntry): void {
    this.entries.push(entry);
    if (this.entries.length > LIMITS.auditLogCapacity) this.entries.shift();
  }

  list(method?: string): AuditEntry[] {
    return this.entries.filter((entry) => !method || entry.method === method).map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.entries = [];
  }
}
