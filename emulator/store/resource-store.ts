import type { DatabaseSync, StatementSync } from "node:sqlite";
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

/** `projects/p/locations/l/clusters/c/streams/s` → `projects/p/locations/l/clusters/c`. */
function parentOf(name: string): string {
  return name.split("/").slice(0, -2).join("/");
}

function listKey(parent: string, kind: string): string {
  return `${parent}\n${kind}`;
}

/**
 * Cluster, Stream, Event and Series rows, keyed by full resource name.
 *
 * Lists read outside a transaction are kept parsed, per parent and kind, until the next write under that
 * parent: paging through a large collection (a List call reads every resource of the parent to filter
 * and order them) then parses each row once instead of once per page. Reads inside a transaction always
 * go to the database, so a rolled-back write is never kept. Callers treat what they get as read-only.
 */
export class ResourceStore {
  private readonly statements: Record<
    "get" | "list" | "listAfter" | "insert" | "replaceBody" | "setBusy" | "delete",
    StatementSync
  >;
  private readonly lists = new Map<string, StoredResource[]>();

  constructor(private readonly db: DatabaseSync) {
    // Prepared once: compiling the SQL costs more than running it for a single-row read.
    this.statements = {
      get: db.prepare("SELECT kind, parent, body, busy_operation FROM resources WHERE name = ?"),
      list: db.prepare(
        "SELECT kind, parent, body, busy_operation FROM resources WHERE parent = ? AND kind = ? ORDER BY name",
      ),
      listAfter: db.prepare(
        "SELECT kind, parent, body, busy_operation FROM resources " +
          "WHERE parent = ? AND kind = ? AND name > ? ORDER BY name",
      ),
      insert: db.prepare(
        "INSERT INTO resources (name, kind, parent, body, busy_operation) VALUES (?, ?, ?, ?, ?)",
      ),
      replaceBody: db.prepare("UPDATE resources SET body = ? WHERE name = ?"),
      setBusy: db.prepare("UPDATE resources SET busy_operation = ? WHERE name = ?"),
      delete: db.prepare("DELETE FROM resources WHERE name = ?"),
    };
  }

  get(name: string): StoredResource | undefined {
    const row = this.statements.get.get(name);
    return row ? fromRow(row as unknown as ResourceRow) : undefined;
  }

  /** Every resource of `kind` directly under `parent`, ordered by name. */
  list(parent: string, kind: string): StoredResource[] {
    if (this.db.isTransaction) return this.readList(parent, kind);
    const key = listKey(parent, kind);
    let cached = this.lists.get(key);
    if (!cached) {
      cached = this.readList(parent, kind);
      this.lists.set(key, cached);
    }
    return [...cached];
  }

  /**
   * The resources of `kind` under `parent` whose names sort after `afterName` ("" for all), in name order,
   * read from the database as the caller consumes them: a caller that stops early reads and parses only
   * the rows it used. Rows whose stored JSON fails `mayMatch` are skipped unparsed.
   */
  *inNameOrderAfter(
    parent: string,
    kind: string,
    afterName: string,
    mayMatch: (json: string) => boolean = () => true,
  ): Generator<StoredResource> {
    for (const row of this.statements.listAfter.iterate(parent, kind, afterName)) {
      const resourceRow = row as unknown as ResourceRow;
      if (mayMatch(resourceRow.body)) yield fromRow(resourceRow);
    }
  }

  /** Every resource of every kind, by name: what the control surface reports as the emulator's contents. */
  all(): { kind: string; name: string }[] {
    return this.db.prepare("SELECT kind, name FROM resources ORDER BY name").all() as {
      kind: string;
      name: string;
    }[];
  }

  insert(kind: string, parent: string, body: WireResource, busyOperation: string | undefined): void {
    this.forgetListsUnder(parent);
    this.statements.insert.run(body.name, kind, parent, JSON.stringify(body), busyOperation ?? null);
  }

  replaceBody(body: WireResource): void {
    this.forgetListsUnder(parentOf(body.name));
    this.statements.replaceBody.run(JSON.stringify(body), body.name);
  }

  setBusy(name: string, operation: string | undefined): void {
    this.forgetListsUnder(parentOf(name));
    this.statements.setBusy.run(operation ?? null, name);
  }

  delete(name: string): void {
    this.forgetListsUnder(parentOf(name));
    this.statements.delete.run(name);
  }

  clear(): void {
    this.lists.clear();
    this.db.exec("DELETE FROM resources");
  }

  private readList(parent: string, kind: string): StoredResource[] {
    return this.statements.list.all(parent, kind).map((row) => fromRow(row as unknown as ResourceRow));
  }

  private forgetListsUnder(parent: string): void {
    for (const key of this.lists.keys()) if (key.startsWith(`${parent}\n`)) this.lists.delete(key);
  }
}
