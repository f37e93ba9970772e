import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { StreamsServiceClient } from "../../client";
import { openDatabase } from "../../emulator/store/database";
import { ResourceStore } from "../../emulator/store/resource-store";
import { startEmulatorProcess } from "../lib/emulator-process";
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

export interface EmulatorLoadResults {
  figures: LoadFigure[];
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

async function measureRpcs(client: StreamsServiceClient): Promise<LoadFigure[]> {
  await (await client.createCluster({ parent: LOCATION, clusterId: "load", cluster: {} })).result();
  for (let i = 0; i < STREAMS; i++) {
    await client.createStream({ parent: CLUSTER, streamId: `stream-${i}`, stream: {} });
  }
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

/**
 * Part 4: Get, Create and List against an in-memory emulator process over loopback at each concurrency,
 * measured from the client (so the figures include the client and gRPC on both sides), then a
 * label-filtered List over `listSeries` series in a data dir.
 */
export async function measureEmulatorLoad(listSeries: number): Promise<EmulatorLoadResults> {
  const emulator = await startEmulatorProcess(["--in-memory"]);
  const client = new StreamsServiceClient({ emulatorHost: emulator.address });
  let figures: LoadFigure[];
  try {
    figures = await measureRpcs(client);
  } finally {
    await client.close();
    await emulator.stop();
  }
  return { figures, filteredList: await measureFilteredList(listSeries) };
}
