import * as fs from "node:fs";
import * as path from "node:path";
import type { DatabaseSync } from "node:sqlite";

/**
 * The emulator's stand-in for Cloud Storage, where GetStreamThumbnail writes images. With a data dir an
 * object is the file `<data-dir>/objects/<object name>`; in memory mode its bytes live in the database.
 */
export interface ObjectStore {
  put(objectName: string, data: Buffer): void;
  read(objectName: string): Buffer | undefined;
  clear(): void;
}

export class FileObjectStore implements ObjectStore {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, "objects");
  }

  private pathOf(objectName: string): string {
    return path.join(this.root, ...objectName.split("/"));
  }

  put(objectName: string, data: Buffer): void {
    const file = this.pathOf(objectName);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a crash never leaves a half-written image under the real name.
    const temporary = `${file}.partial-${process.pid}`;
    fs.writeFileSync(temporary, data, { flush: true });
    fs.renameSync(temporary, file);
  }

  read(objectName: string): Buffer | undefined {
    const file = this.pathOf(objectName);
    return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  }

  clear(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

export class DatabaseObjectStore implements ObjectStore {
  constructor(private readonly db: DatabaseSync) {}

  put(objectName: string, data: Buffer): void {
    this.db.prepare("INSERT OR REPLACE INTO objects (name, data) VALUES (?, ?)").run(objectName, data);
  }

  read(objectName: string): Buffer | undefined {
    const row = this.db.prepare("SELECT data FROM objects WHERE name = ?").get(objectName) as
      { data: Uint8Array } | undefined;
    return row ? Buffer.from(row.data) : undefined;
  }

  clear(): void {
    this.db.exec("DELETE FROM objects");
  }
}
