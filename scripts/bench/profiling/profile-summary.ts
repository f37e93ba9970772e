import * as fs from "node:fs";
import * as path from "node:path";

/** The parts of a V8 `.cpuprofile` this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** One process's profile: which process it was, its busy CPU time, and where that went. */
export interface ProcessProfile {
  process: "program" | "dynamic provider" | "provider plugin" | "other";
  wallMillis: number;
  busyMillis: number;
  /** Busy time by the package (or this repository's folder) whose code was running or had called into Node.js. */
  byOwner: [string, number][];
}

/**
 * Who a frame's code belongs to: a package of node_modules (with @pulumi/pulumi split by its top folder),
 * a file of this repository's dist/, or undefined for Node.js's own code, whose time is counted for its
 * caller (so loading a module counts for whoever required it).
 */
function ownerOf(url: string): string | undefined {
  if (!url || url.startsWith("node:")) return undefined;
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)(\/[^/]+)?/.exec(url);
  if (pkg) return pkg[1] === "@pulumi/pulumi" ? `${pkg[1]}${pkg[3] ?? ""}` : pkg[1];
  const ours = /\/dist\/([^/]+\/[^/]+)/.exec(url);
  return ours ? `(this package) ${ours[1]}` : url;
}

function kindOf(profile: CpuProfile): ProcessProfile["process"] {
  const urls = profile.nodes.map((node) => node.callFrame.url);
  if (urls.some((url) => url.includes("cmd/dynamic-provider/"))) return "dynamic provider";
  if (urls.some((url) => url.includes("provider/plugin/main"))) return "provider plugin";
  if (urls.some((url) => url.includes("cmd/run/"))) return "program";
  return "other";
}

export function summarizeProfile(profile: CpuProfile): ProcessProfile {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byOwner = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfMicros) {
    const name = byId.get(id)!.callFrame.functionName;
    if (name === "(idle)") continue;
    busy += micros;
    let owner: string | undefined;
    for (let at: number | undefined = id; at !== undefined && owner === undefined; at = parent.get(at)) {
      owner = ownerOf(byId.get(at)!.callFrame.url);
    }
    owner ??= name; // (garbage collector), (program): V8's own
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
  }
  return {
    process: kindOf(profile),
    wallMillis: (profile.endTime - profile.startTime) / 1000,
    busyMillis: busy / 1000,
    byOwner: [...byOwner]
      .map(([owner, micros]): [string, number] => [owner, micros / 1000])
      .sort((a, b) => b[1] - a[1]),
  };
}

/** Every profile in `dir` of a process that did more than trivial work (the engine also runs `node --version`). */
export function summarizeProfiles(dir: string): ProcessProfile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".cpuprofile"))
    .map((file) => summarizeProfile(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as CpuProfile))
    .filter((summary) => summary.busyMillis > 100)
    .sort((a, b) => a.process.localeCompare(b.process));
}
