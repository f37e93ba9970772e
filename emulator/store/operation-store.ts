import type { DatabaseSync } from "node:sqlite";
import type { OperationRecord } from "../operations/operation-record";

/**
 * Long-running operations. `hidden` ones were deleted by DeleteOperation: invisible to Get/List, but
 * still finished by the engine and still returned to a request_id retry.
 */
export class OperationStore {
  constructor(private readonly db: DatabaseSync) {}

  insert(record: OperationRecord): void {
    const seq = Number(
      (this.db.prepare("SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM operations").get() as { next: number })
        .next,
    );
    this.db
      .prepare(
        "INSERT INTO operations (name, location, seq, done, hidden, due_at, body) VALUES (?, ?, ?, ?, 0, ?, ?)",
      )
      .run(record.name, record.location, seq, record.done ? 1 : 0, record.dueMillis, JSON.stringify(record));
  }

  save(record: OperationRecord): void {
    this.db
      .prepare("UPDATE operations SET done = ?, due_at = ?, body = ? WHERE name = ?")
      .run(record.done ? 1 : 0, record.dueMillis, JSON.stringify(record), record.name);
  }

  /** A visible operation (not deleted by DeleteOperation). */
  get(name: string): OperationRecord | undefined {
    const row = this.db.prepare("SELECT body FROM operations WHERE name = ? AND hidden = 0").get(name);
    return row ? (JSON.parse((row as { body: string }).body) as OperationRecord) : undefined;
  }

  /** Any operation, including hidden ones: the engine finishes those and request_id retries return them. */
  getAny(name: string): OperationRecord | undefined {
    const row = this.db.prepare("SELECT body FROM operations WHERE name = ?").get(name);
    return row ? (JSON.parse((row as { body: string }).body) as OperationRecord) : undefined;
  }

  /** Visible operations under a location, oldest first. */
  list(location: string): OperationRecord[] {
    return this.db
      .prepare("SELECT body FROM operations WHERE location = ? AND hidden = 0 ORDER BY seq")
      .all(location)
      .map((row) => JSON.parse((row as { body: string }).body) as OperationRecord);
  }

  running(): OperationRecord[] {
    return this.db
      .prepare("SELECT body FROM operations WHERE done = 0 ORDER BY due_at, seq")
      .all()
      .map((row) => JSON.parse((row as { body: string }).body) as OperationRecord);
  }

  hide(name: string): void {
    this.db.prepare("UPDATE operations SET hidden = 1 WHERE name = ?").run(name);
  }

  clear(): void {
    this.db.exec("DELETE FROM operations");
  }
}
