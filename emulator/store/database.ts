import * as fs from "node:fs";
import * as path from "node:path";
import { DatabaseSync } from "node:sqlite";

export const DATABASE_FILE = "visionai-emulator.sqlite";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS resources (
  name TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  parent TEXT NOT NULL,
  body TEXT NOT NULL,
  busy_operation TEXT
);
CREATE INDEX IF NOT EXISTS resources_by_parent ON resources (parent, kind);
-- Lists read a parent's resources of one kind in name order: with this index, without a sort.
CREATE INDEX IF NOT EXISTS resources_by_parent_and_name ON resources (parent, kind, name);
CREATE TABLE IF NOT EXISTS operations (
  name TEXT PRIMARY KEY,
  location TEXT NOT NULL,
  seq INTEGER NOT NULL,
  done INTEGER NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  due_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS running_operations ON operations (done, due_at);
CREATE TABLE IF NOT EXISTS request_ids (
  method TEXT NOT NULL,
  request_id TEXT NOT NULL,
  operation TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (method, request_id)
);
CREATE TABLE IF NOT EXISTS objects (
  name TEXT PRIMARY KEY,
  data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

/**
 * Opens the emulator's database: a file under `dataDir`, or memory when `dataDir` is undefined.
 *
 * WAL with synchronous=FULL: every committed transaction is on disk before the RPC that made it returns,
 * so an acknowledged mutation survives kill -9 and power loss; the cost is one fsync per mutation, which
 * an emulator can afford.
 */
export function openDatabase(dataDir: string | undefined): DatabaseSync {
  let location = ":memory:";
  if (dataDir !== undefined) {
    fs.mkdirSync(dataDir, { recursive: true });
    location = path.join(dataDir, DATABASE_FILE);
  }
  const db = new DatabaseSync(location);
  if (dataDir !== undefined) db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = FULL");
  db.exec("PRAGMA busy_timeout = 5000");
  db.exec(SCHEMA);
  return db;
}

/** Runs `work` in one IMMEDIATE transaction: all of its writes commit together or none do. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) return work();
  db.exec("BEGIN IMMEDIATE");
  try {
    const result = work();
    db.exec("COMMIT");
    return result;
  } catch (error) {
    db.exec("ROLLBACK");
    throw error;
  }
}
