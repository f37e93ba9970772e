import { randomBytes } from "node:crypto";
import type { DatabaseSync } from "node:sqlite";

/** Small values that must outlive a restart with the same data dir, such as signing secrets. */
export class SettingsStore {
  constructor(private readonly db: DatabaseSync) {}

  /** A random secret stored under `key`, created on first use: page tokens and HLS tokens stay valid. */
  secret(key: string): Buffer {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = ?").get(key) as
      { value: string } | undefined;
    if (row) return Buffer.from(row.value, "base64");
    const value = randomBytes(32);
    this.db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)").run(key, value.toString("base64"));
    return value;
  }
}
