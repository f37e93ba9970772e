import { after, before, beforeEach } from "node:test";
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from "../../../emulator";
import { StreamsServiceClient, type StreamsServiceClientOptions } from "../../../client";

export const PROJECT = "demo-project";
export const LOCATION = "us-central1";
export const LOCATION_NAME = `projects/${PROJECT}/locations/${LOCATION}`;

/** Short waits so tests spend their time on behaviour, not on backoff. */
export const FAST_SETTINGS: StreamsServiceClientOptions = {
  retry: { initialDelayMillis: 5, maxDelayMillis: 50, totalTimeoutMillis: 10_000 },
  polling: { initialDelayMillis: 5, maxDelayMillis: 50, totalTimeoutMillis: 10_000 },
};

export interface Harness {
  emulator: RunningEmulator;
  client: StreamsServiceClient;
  /** A client with other options on the same emulator; closed by `stop`. */
  clientWith(options: StreamsServiceClientOptions): StreamsServiceClient;
  stop(): Promise<void>;
}

/** An in-process emulator and a fast-polling client pointed at it through `emulatorHost`. */
export async function startHarness(options: StartEmulatorOptions = {}): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, ...options });
  const clients: StreamsServiceClient[] = [];
  const clientWith = (extra: StreamsServiceClientOptions) => {
    const client = new StreamsServiceClient({ ...FAST_SETTINGS, emulatorHost: emulator.address, ...extra });
    clients.push(client);
    return client;
  };
  return {
    emulator,
    client: clientWith({}),
    clientWith,
    async stop() {
      await Promise.all(clients.map((client) => client.close()));
      await emulator.stop();
    },
  };
}

/** Collects an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}

/** Creates a cluster and returns its name. */
export async function createCluster(client: StreamsServiceClient, clusterId: string): Promise<string> {
  const operation = await client.createCluster({ parent: LOCATION_NAME, clusterId, cluster: {} });
  return (await operation.result()).name;
}

/** What `emulatorSuite` fills in before each test. */
export interface SuiteState {
  harness: Harness;
  /** Name of the cluster made before each test, when a cluster id was given. */
  cluster: string;
}

/**
 * Registers the hooks of a suite that talks to one emulator: started before the suite, stopped after it,
 * reset before each test, and (with `clusterId`) given a fresh cluster before each test.
 */
export function emulatorSuite(options: { clusterId?: string } = {}): SuiteState {
  const state = {} as SuiteState;
  before(async () => {
    state.harness = await startHarness();
  });
  after(() => state.harness.stop());
  beforeEach(async () => {
    state.harness.emulator.control.reset();
    if (options.clusterId) state.cluster = await createCluster(state.harness.client, options.clusterId);
  });
  return state;
}
