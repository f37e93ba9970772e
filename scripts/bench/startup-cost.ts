import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "../lib/repo-paths";
import { loadAverage } from "./machine";

/**
 * How the client gets its service definitions at start: parsing the `.proto` text of google-proto-files
 * (what gax's `loadProto` does, and what the client did before client/protos.json), or loading the
 * precompiled descriptor (what it does now).
 */
export const PROTO_LOADERS = ["proto text", "precompiled descriptor"] as const;
export type ProtoLoader = (typeof PROTO_LOADERS)[number];

export interface StartupSample {
  loader: ProtoLoader;
  /** From requiring google-gax to having both service constructors and the decoding root, in one fresh process. */
  millis: number;
  load: number;
}

export interface StartupResults {
  samples: StartupSample[];
}

const CLIENT_PROTOS = path.join(REPO_ROOT, "dist", "client", "protos.js");

/**
 * One fresh Node.js process per sample, so nothing is cached: it loads google-gax and protobufjs, then the
 * StreamsService and Operations constructors and a root for decoding packed messages, the way `loader`
 * does, and prints the milliseconds that took.
 */
function script(loader: ProtoLoader): string {
  const load =
    loader === "proto text"
      ? `const grpc = new gax.GrpcClient();
         grpc.loadProto(protos.GOOGLE_PROTOS_DIR, protos.PROTO_FILES.slice(0, 2));
         const root = new protobuf.Root();
         root.resolvePath = (_o, t) => path.isAbsolute(t) ? t : path.join(protos.GOOGLE_PROTOS_DIR, t);
         root.loadSync([...protos.PROTO_FILES]);
         root.resolveAll();`
      : `protos.loadServiceConstructors(new gax.GrpcClient());
         protos.packedMessagesRoot();`;
  return `
    const path = require("node:path");
    const started = performance.now();
    const gax = require("google-gax");
    const protobuf = require("protobufjs");
    const protos = require(${JSON.stringify(CLIENT_PROTOS)});
    ${load}
    process.stdout.write(String(performance.now() - started));
  `;
}

/**
 * Part 0: the client's start with either proto loader, `runs` fresh processes each, the two loaders taking
 * turns so load from other work on the machine falls on both alike.
 */
export async function measureStartupCost(runs: number): Promise<StartupResults> {
  const samples: StartupSample[] = [];
  for (let run = 0; run < runs; run++) {
    for (const loader of run % 2 === 0 ? PROTO_LOADERS : [...PROTO_LOADERS].reverse()) {
      const { stdout } = await promisify(execFile)(process.execPath, ["-e", script(loader)], {
        cwd: REPO_ROOT,
      });
      samples.push({ loader, millis: Number(stdout), load: loadAverage() });
    }
  }
  return { samples };
}
