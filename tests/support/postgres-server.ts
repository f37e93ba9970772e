import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where Debian's postgresql package puts a server version's programs. */
const DEBIAN_POSTGRES_ROOT = "/usr/lib/postgresql";

/** The account the server runs as when the tests run as root: PostgreSQL refuses to run as root. */
const SERVER_ACCOUNT = "postgres";

/** A PostgreSQL server of its own for one test file, on loopback, with its data in a temporary directory. */
export interface PostgresServer {
  /** `postgres://…` for `pulumi login`, with SSL off (loopback only). */
  readonly url: string;
  stop(): Promise<void>;
}

function installedBinDir(): string | undefined {
  if (!fs.existsSync(DEBIAN_POSTGRES_ROOT)) return undefined;
  const versions = fs
    .readdirSync(DEBIAN_POSTGRES_ROOT)
    .filter((version) => fs.existsSync(path.join(DEBIAN_POSTGRES_ROOT, version, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(DEBIAN_POSTGRES_ROOT, versions[0], "bin");
}

/**
 * The directory of PostgreSQL's server programs, installing Debian's postgresql package first when it is
 * missing (CI machines start without it; installing needs root, as on CI).
 */
async function postgresBinDir(): Promise<string> {
  const installed = installedBinDir();
  if (installed) return installed;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "PostgreSQL is not installed and the tests do not run as root, so they cannot install it: " +
        "run `apt-get install -y postgresql` (Debian) first.",
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update"], { env, maxBuffer: 64 * 1024 * 1024 });
  await run("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], {
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const bin = installedBinDir();
  if (!bin) throw new Error(`apt-get installed postgresql, but no initdb is under ${DEBIAN_POSTGRES_ROOT}`);
  return bin;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs a server program as the server's account (or as ourselves when not root). */
function asServerAccount(program: string, args: string[]) {
  if (process.getuid?.() === 0) return run("runuser", ["-u", SERVER_ACCOUNT, "--", program, ...args]);
  return run(program, args);
}

/**
 * Initializes a cluster in a new temporary directory and starts it on 127.0.0.1 with trust authentication
 * (loopback only: nothing else can reach it), waiting until it accepts connections.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = await postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-postgres-"));
  const dataDir = path.join(dir, "data");
  if (process.getuid?.() === 0) {
    await run("chown", [SERVER_ACCOUNT, dir]);
  }
  const port = await freePort();
  try {
    await asServerAccount(path.join(bin, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
    ]);
    await asServerAccount(path.join(bin, "pg_ctl"), [
      "-D",
      dataDir,
      "-l",
      path.join(dir, "server.log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      "-w",
      "start",
    ]);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres:unused@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await asServerAccount(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"]).catch(
        () => undefined,
      );
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
