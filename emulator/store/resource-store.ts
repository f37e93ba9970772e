import type { DatabaseSync } from "node:sqlite";
import type { WireResource } from "../resources/wire-resource";

export interface StoredResource {
  kind: string;
  parent: string;
  body: WireResource;
  /** The operation currently changing this resource, if any. */
  busyOperation: string | undefined;
}

interface ResourceRow {
  kind: string;
  parent: string;
  body: string;
  busy_operation: string | null;
}

function fromRow(row: ResourceRow): StoredResource {
  return {
    kind: row.kind,
    parent: row.parent,
    body: JSON.parse(row.body) as WireResource,
    busyOperation: row.busy_operation ?? undefined,
  };
}

/** Cluster, Stream, Event, Series and Channel rows, keyed by full resource name. */
export class ResourceStore {
  constructor(private readonly db: DatabaseSync) {}

  get(name: string): StoredResource | undefined {
    const row = this.db
      .prepare("SELECT kind, parent, body, busy_operation FROM resources WHERE name = ?")
      .get(name);
    return row ? fromRow(row as unknown as ResourceRow) : undefined;
  }

  /** Every resource of `kind` directly under `parent`. */
  list(parent: string, kind: string): StoredResource[] {
    const rows = this.db
      .prepare(
        "SELECT kind, parent, body, busy_operation FROM resources WHERE parent = ? AND kind = ? ORDER BY name",
      )
      .all(parent, kind);
    return rows.map((row) => fromRow(row as unknown as ResourceRow));
  }

  /** Every resource of every kind, by name: what the control surface reports as the emulator's contents. */
  all(): { kind: string; name: string }[] {
    return this.db.prepare("SELECT kind, name FROM resources ORDER BY name").all() as {
      kind: string;
      name: string;
    }[];
  }

  insert(kind: string, parent: string, body: WireResource, busyOperation: string | undefined): void {
    this.db
      .prepare("INSERT INTO resources (name, kind, parent, body, busy_operation) VALUES (?, ?, ?, ?, ?)")
      .run(body.name, kind, parent, JSON.stringify(body), busyOperation ?? null);
  }

  replaceBody(body: WireResource): void {
    this.db.prepare("UPDATE resources SET body = ? WHERE name = ?").run(JSON.stringify(body), body.name);
  }

  setBusy(name: string, operation: string | undefined): void {
    this.db.prepare("UPDATE resources SET busy_operation = ? WHERE name = ?").run(operation ?? null, name);
  }

  delete(name: string): void {
    this.db.prepare("DELETE FROM resources WHERE name = ?").run(name);
  }

  clear(): void {
    this.db.exec("DELETE FROM resources");
  }
}
