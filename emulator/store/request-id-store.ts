import type { DatabaseSync } from "node:sqlite";

/** Request ids seen per RPC (AIP-155), with the operation each one started. */
export class RequestIdStore {
  constructor(private readonly db: DatabaseSync) {}

  /** The operation started by `requestId` on `method` at or after `sinceMillis`, if any. */
  find(method: string, requestId: string, sinceMillis: number): string | undefined {
    const row = this.db
      .prepare("SELECT operation FROM request_ids WHERE method = ? AND request_id = ? AND created_at >= ?")
      .get(method, requestId.toLowerCase(), sinceMillis) as { operation: string } | undefined;
    return row?.operation;
  }

  remember(method: string, requestId: string, operation: string, nowMillis: number): void {
    this.db
      .prepare(
        "INSERT OR REPLACE INTO request_ids (method, request_id, operation, created_at) VALUES (?, ?, ?, ?)",
      )
      .run(method, requestId.toLowerCase(), operation, nowMillis);
  }

  forgetBefore(millis: number): void {
    this.db.prepare("DELETE FROM request_ids WHERE created_at < ?").run(millis);
  }

  clear(): void {
    this.db.exec("DELETE FROM request_ids");
  }
}
