import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { StreamsServiceClient } from "../../client";
import { openDatabase } from "../../emulator/store/database";
import { ResourceStore } from "../../emulator/store/resource-store";
import { startEmulatorProcess, startServerProcess } from "../lib/emulator-process";
import { REPO_ROOT } from "../lib/repo-paths";
import { loadAverage } from "./machine";
import { median, percentile } from "./stats";

export const CONCURRENCIES = [1, 16, 64];
export const LOAD_RPCS = ["GetStream", "CreateStream", "ListStreams"] as const;
export type LoadRpc = (typeof LOAD_RPCS)[number];

export interface LoadFigure {
  rpc: LoadRpc;
  concurrency: number;
  requests: number;
  p50Millis: number;
  p99Millis: number;
  perSecond: number;
  load: number;
}

export interface FilteredListFigure {
  series: number;
  filter: string;
  pages: number;
  matched: number;
  firstPageMillis: number;
  medianPageMillis: number;
  maxPageMillis: number;
  load: number;
}

/** The two servers the same client drives with GetStream: the emulator, and its floor (bare-get-server.ts). */
export const FLOOR_SERVERS = ["emulator", "bare grpc-js server"] as const;
export type FloorServer = (typeof FLOOR_SERVERS)[number];

/** One closed-loop round of Gets at a fixed concurrency against one server. */
export interface ClosedLoopFigure {
  server: FloorServer;
  round: number;
  concurrency: number;
  requests: number;
  perSecond: number;
  p50Millis: number;
  p99Millis: number;
  load: number;
}

/** Gets sent at a fixed rate whatever the answers do; latency counts from when each was due. */
export interface OpenLoopFigure {
  server: FloorServer;
  ratePerSecond: number;
  requests: number;
  p50Millis: number;
  p99Millis: number;
  maxMillis: number;
  load: number;
}

export interface FloorResults {
  closedLoop: ClosedLoopFigure[];
  openLoop: OpenLoopFigure[];
}

export interface EmulatorLoadOptions {
  /** Series the filtered List runs over. */
  listSeries: number;
  /** Closed-loop rounds per server against the floor (they alternate between the servers). */
  floorRounds: number;
  floorConcurrency: number;
  openLoopRatePerSecond: number;
  openLoopSeconds: number;
}

export interface EmulatorLoadResults {
  figures: LoadFigure[];
  floor: FloorResults;
  filteredList: FilteredListFigure;
}

const LOCATION = "projects/bench-project/locations/us-central1";
const CLUSTER = `${LOCATION}/clusters/load`;
/** Streams the Get and List calls spread over (a List page is 50 of them). */
const STREAMS = 200;
/** Each level stops after this many requests or this long, whichever comes first. */
const REQUESTS_PER_LEVEL = 2_000;
const SECONDS_PER_LEVEL = 10;
const SHARDS = 100;

/** `concurrency` workers call `call` back to back; returns every call's latency and the calls per second. */
async function closedLoop(
  concurrency: number,
  call: (index: number) => Promise<unknown>,
): Promise<{ latencies: number[]; perSecond: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const stopAt = started + SECONDS_PER_LEVEL * 1000;
  let issued = 0;
  const worker = async () => {
    while (issued < REQUESTS_PER_LEVEL && performance.now() < stopAt) {
      const index = issued++;
      const begun = performance.now();
      await call(index);
      latencies.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, perSecond: latencies.length / ((performance.now() - started) / 1000) };
}

/**
 * Sends `call` at `ratePerSecond` for `seconds`, whether or not earlier calls have answered (an open loop,
 * as independent users would), and returns each call's latency counted from when it was due, so a server
 * that falls behind is charged for the queue it builds.
 */
async function openLoop(
  ratePerSecond: number,
  seconds: number,
  call: (index: number) => Promise<unknown>,
): Promise<number[]> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const intervalMillis = 1000 / ratePerSecond;
  const started = performance.now();
  for (let index = 0; index < ratePerSecond * seconds; index++) {
    const due = started + index * intervalMillis;
    const early = due - performance.now();
    if (early >= 1) await new Promise((resolve) => setTimeout(resolve, early));
    pending.push(call(index).then(() => void latencies.push(performance.now() - due)));
  }
  await Promise.all(pending);
  return latencies;
}

async function createLoadStreams(client: StreamsServiceClient): Promise<void> {
  await (await client.createCluster({ parent: LOCATION, clusterId: "load", cluster: {} })).result();
  for (let i = 0; i < STREAMS; i++) {
    await client.createStream({ parent: CLUSTER, streamId: `stream-${i}`, stream: {} });
  }
}

async function measureRpcs(client: StreamsServiceClient): Promise<LoadFigure[]> {
  const calls: Record<LoadRpc, (level: number, index: number) => Promise<unknown>> = {
    GetStream: (_level, index) => client.getStream({ name: `${CLUSTER}/streams/stream-${index % STREAMS}` }),
    CreateStream: (level, index) =>
      client.createStream({ parent: CLUSTER, streamId: `new-${level}-${index}`, stream: {} }),
    ListStreams: () => client.listStreamsPage({ parent: CLUSTER, pageSize: 50 }),
  };
  // One untimed round first, so connection set-up and JIT warm-up land in no figure.
  await closedLoop(4, (index) => calls.GetStream(0, index));
  const figures: LoadFigure[] = [];
  for (const rpc of LOAD_RPCS) {
    for (const concurrency of CONCURRENCIES) {
      const { latencies, perSecond } = await closedLoop(concurrency, (index) =>
        calls[rpc](concurrency, index),
      );
      figures.push({
        rpc,
        concurrency,
        requests: latencies.length,
        p50Millis: percentile(latencies, 0.5),
        p99Millis: percentile(latencies, 0.99),
        perSecond,
        load: loadAverage(),
      });
    }
  }
  return figures;
}

/**
 * Fills a data dir with `count` series through the emulator's own store, cloned from one series made
 * through the API (so every row is exactly what CreateSeries stores), labelled `shard` = 0..99 in turn.
 * Creating them one RPC at a time would take minutes and measure Create, not List.
 */
async function seedSeries(dataDir: string, count: number): Promise<void> {
  const emulator = await startEmulatorProcess(["--data-dir", dataDir]);
  const client = new StreamsServiceClient({ emulatorHost: emulator.address });
  try {
    await client.createCluster({ parent: LOCATION, clusterId: "big", cluster: {} });
    const cluster = `${LOCATION}/clusters/big`;
    await client.createStream({ parent: cluster, streamId: "camera", stream: {} });
    await client.createEvent({ parent: cluster, eventId: "motion", event: {} });
    await client.createSeries({
      parent: cluster,
      seriesId: "template",
      series: { stream: `${cluster}/streams/camera`, event: `${cluster}/events/motion` },
    });
  } finally {
    await client.close();
    await emulator.stop();
  }
  const db = openDatabase(dataDir);
  try {
    const store = new ResourceStore(db);
    const template = store.get(`${LOCATION}/clusters/big/series/template`)!;
    db.exec("BEGIN");
    for (let i = 0; i < count; i++) {
      const name = `${template.parent}/series/series-${String(i).padStart(6, "0")}`;
      const body = { ...template.body, name, labels: { shard: String(i % SHARDS) } };
      store.insert(template.kind, template.parent, body, undefined);
    }
    store.delete(template.body.name);
    db.exec("COMMIT");
  } finally {
    db.close();
  }
}

async function measureFilteredList(count: number): Promise<FilteredListFigure> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-bench-list-"));
  try {
    await seedSeries(dataDir, count);
    const emulator = await startEmulatorProcess(["--data-dir", dataDir]);
    const client = new StreamsServiceClient({ emulatorHost: emulator.address });
    const filter = `labels.shard = "7"`;
    try {
      const pageTimes: number[] = [];
      let matched = 0;
      let pageToken = "";
      do {
        const begun = performance.now();
        const page = await client.listSeriesPage({
          parent: `${LOCATION}/clusters/big`,
          filter,
          pageSize: 50,
          pageToken,
        });
        pageTimes.push(performance.now() - begun);
        matched += page.items.length;
        pageToken = page.nextPageToken;
      } while (pageToken);
      return {
        series: count,
        filter,
        pages: pageTimes.length,
        matched,
        firstPageMillis: pageTimes[0]!,
        medianPageMillis: median(pageTimes),
        maxPageMillis: Math.max(...pageTimes),
        load: loadAverage(),
      };
    } finally {
      await client.close();
      await emulator.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const BARE_SERVER = path.join(REPO_ROOT, "dist", "scripts", "bench", "bare-get-server.js");

/**
 * GetStream against the emulator and against the bare server, with one client per server built the same
 * way, in the same run: closed-loop rounds alternating between the two, then an open loop at a fixed rate
 * against each.
 */
async function measureAgainstFloor(
  emulatorClient: StreamsServiceClient,
  options: EmulatorLoadOptions,
): Promise<FloorResults> {
  const bare = await startServerProcess(BARE_SERVER, "the bare gRPC server", []);
  const bareClient = new StreamsServiceClient({ emulatorHost: bare.address });
  const clients: Record<FloorServer, StreamsServiceClient> = {
    emulator: emulatorClient,
    "bare grpc-js server": bareClient,
  };
  const get = (server: FloorServer) => (index: number) =>
    clients[server].getStream({ name: `${CLUSTER}/streams/stream-${index % STREAMS}` });
  const results: FloorResults = { closedLoop: [], openLoop: [] };
  try {
    // Untimed, so the bare server's connection and JIT warm-up land in no figure (the emulator's did already).
    await closedLoop(4, get("bare grpc-js server"));
    for (let round = 1; round <= options.floorRounds; round++) {
      for (const server of round % 2 === 1 ? FLOOR_SERVERS : [...FLOOR_SERVERS].reverse()) {
        const { latencies, perSecond } = await closedLoop(options.floorConcurrency, get(server));
        results.closedLoop.push({
          server,
          round,
          concurrency: options.floorConcurrency,
          requests: latencies.length,
          perSecond,
          p50Millis: percentile(latencies, 0.5),
          p99Millis: percentile(latencies, 0.99),
          load: loadAverage(),
        });
      }
    }
    for (const server of FLOOR_SERVERS) {
      const latencies = await openLoop(options.openLoopRatePerSecond, options.openLoopSeconds, get(server));
      results.openLoop.push({
        server,
        ratePerSecond: options.openLoopRatePerSecond,
        requests: latencies.length,
        p50Millis: percentile(latencies, 0.5),
        p99Millis: percentile(latencies, 0.99),
        maxMillis: Math.max(...latencies),
        load: loadAverage(),
      });
    }
    return results;
  } finally {
    await bareClient.close();
    await bare.stop();
  }
}

/**
 * Part 4: Get, Create and List against an in-memory emulator process over loopback at each concurrency,
 * measured from the client (so the figures include the client and gRPC on both sides); Get against a bare
 * grpc-js server beside it; then a label-filtered List over `listSeries` series in a data dir.
 */
export async function measureEmulatorLoad(options: EmulatorLoadOptions): Promise<EmulatorLoadResults> {
  const emulator = await startEmulatorProcess(["--in-memory"]);
  const client = new StreamsServiceClient({ emulatorHost: emulator.address });
  let figures: LoadFigure[];
  let floor: FloorResults;
  try {
    await createLoadStreams(client);
    figures = await measureRpcs(client);
    floor = await measureAgainstFloor(client, options);
  } finally {
    await client.close();
    await emulator.stop();
  }
  return { figures, floor, filteredList: await measureFilteredList(options.listSeries) };
}
