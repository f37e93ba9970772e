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

/**
 * An object the file layout cannot hold although Cloud Storage would: "a" and "a/b" cannot both be files,
 * and file systems cap a path segment's length. In-memory mode has no such limit.
 */
export class ObjectNotStorableError extends Error {
  constructor(
    readonly objectName: string,
    readonly why: string,
  ) {
    super(`object "${objectName}" cannot be stored as a file: ${why}`);
    this.name = "ObjectNotStorableError";
  }
}

/** A path's stat, or undefined when nothing is there (also when a parent is a file). */
function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

export class FileObjectStore implements ObjectStore {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = path.resolve(dataDir, "objects");
  }

  /** The object's file, or undefined for a name that would land outside the objects folder. */
  private pathOf(objectName: string): string | undefined {
    const file = path.resolve(this.root, ...objectName.split("/"));
    return file.startsWith(this.root + path.sep) ? file : undefined;
  }

  /** The first folder on the way to `file` that exists as a file. */
  private fileAlongPath(file: string): string | undefined {
    let folder = this.root;
    for (const segment of path.relative(this.root, path.dirname(file)).split(path.sep).filter(Boolean)) {
      folder = path.join(folder, segment);
      const stat = statOf(folder);
      if (!stat) return undefined;
      if (stat.isFile()) return folder;
    }
    return undefined;
  }

  put(objectName: string, data: Buffer): void {
    const file = this.pathOf(objectName);
    if (!file) throw new ObjectNotStorableError(objectName, "the name leads outside the objects folder");
    const blocker = this.fileAlongPath(file);
    if (blocker) {
      const folder = path.relative(this.root, blocker).split(path.sep).join("/");
      throw new ObjectNotStorableError(
        objectName,
        `"${folder}" is already an object, so it cannot be a folder`,
      );
    }
    if (statOf(file)?.isDirectory()) {
      throw new ObjectNotStorableError(objectName, `other objects are stored under "${objectName}/"`);
    }
    // Write then rename, so a crash never leaves a half-written image under the real name.
    const temporary = `${file}.partial-${process.pid}`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temporary, data, { flush: true });
      fs.renameSync(temporary, file);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      if ((error as NodeJS.ErrnoException).code === "ENAMETOOLONG") {
        throw new ObjectNotStorableError(objectName, "a path segment is longer than the file system allows");
      }
      throw error;
    }
  }

  read(objectName: string): Buffer | undefined {
    const file = this.pathOf(objectName);
    if (!file || !statOf(file)?.isFile()) return undefined;
    return fs.readFileSync(file);
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
