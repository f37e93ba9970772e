import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "../lib/repo-paths";
import { loadAverage } from "./machine";

/**
 * How the client gets its stubs and its decoding root at start: through google-gax parsing the `.proto`
 * text of google-proto-files (the client before client/protos.json), through google-gax loading the
 * precompiled descriptor (the client before it made its own stubs), or from one protobufjs root built from
 * the descriptor and shared by @grpc/grpc-js stubs and the decoding of packed messages (the client now).
 * google-gax is a development dependency for this comparison only.
 */
export const PROTO_LOADERS = [
  "gax, proto text",
  "gax, precompiled descriptor",
  "grpc-js stubs, one root",
] as const;
export type ProtoLoader = (typeof PROTO_LOADERS)[number];

export interface StartupSample {
  /** A loader of PROTO_LOADERS (results recorded before had two others, named "proto text" and "precompiled descriptor"). */
  loader: string;
  /** From the first require to having both services' stubs and the decoding root, in one fresh process. */
  millis: number;
  load: number;
}

export interface StartupResults {
  samples: StartupSample[];
}

const CLIENT_PROTOS = path.join(REPO_ROOT, "dist", "client", "protos.js");

const LOADING: Record<ProtoLoader, string> = {
  "gax, proto text": `
    const gax = require("google-gax");
    const protobuf = require("protobufjs");
    new gax.GrpcClient().loadProto(protos.GOOGLE_PROTOS_DIR, protos.PROTO_FILES.slice(0, 2));
    const root = new protobuf.Root();
    root.resolvePath = (_o, t) => path.isAbsolute(t) ? t : path.join(protos.GOOGLE_PROTOS_DIR, t);
    root.loadSync([...protos.PROTO_FILES]);
    root.resolveAll();`,
  "gax, precompiled descriptor": `
    const gax = require("google-gax");
    const protobuf = require("protobufjs");
    new gax.GrpcClient().loadProtoJSON(protos.protoDescriptor());
    const root = protobuf.Root.fromJSON(protos.protoDescriptor());
    root.resolveAll();`,
  "grpc-js stubs, one root": `
    for (const service of Object.values(protos.SERVICE_NAMES)) {
      grpc.makeClientConstructor(protos.serviceDefinition(service), service);
    }`,
};

/**
 * One fresh Node.js process per sample, so nothing is cached: it loads @grpc/grpc-js and client/protos,
 * then the StreamsService and Operations stub constructors and a root for decoding packed messages, the
 * way `loader` does, and prints the milliseconds that took.
 */
function script(loader: ProtoLoader): string {
  return `
    const path = require("node:path");
    const started = performance.now();
    const grpc = require("@grpc/grpc-js");
    const protos = require(${JSON.stringify(CLIENT_PROTOS)});
    ${LOADING[loader]}
    process.stdout.write(String(performance.now() - started));
  `;
}

/**
 * Part 0: the client's start with each proto loader, `runs` fresh processes each, the loaders taking turns
 * (in an order that rotates) so load from other work on the machine falls on all alike.
 */
export async function measureStartupCost(runs: number): Promise<StartupResults> {
  const samples: StartupSample[] = [];
  for (let run = 0; run < runs; run++) {
    const first = run % PROTO_LOADERS.length;
    for (const loader of [...PROTO_LOADERS.slice(first), ...PROTO_LOADERS.slice(0, first)]) {
      const { stdout } = await promisify(execFile)(process.execPath, ["-e", script(loader)], {
        cwd: REPO_ROOT,
      });
      samples.push({ loader, millis: Number(stdout), load: loadAverage() });
    }
  }
  return { samples };
}
