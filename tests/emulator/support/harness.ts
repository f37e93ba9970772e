import { after, before, beforeEach } from "node:test";
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from "../../../emulator";
import { connect, type Message, type WireClients } from "./wire-client";

export const LOCATION = "projects/test-project/locations/us-central1";
export const CLUSTER_ID = "video-cluster";
export const CLUSTER = `${LOCATION}/clusters/${CLUSTER_ID}`;

export interface TestEmulator extends WireClients {
  emulator: RunningEmulator;
  stop(): Promise<void>;
}

/** An in-process emulator plus gRPC clients connected to it. Stop it in an `after` hook. */
export async function startTestEmulator(options: StartEmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator(options);
  const clients = connect(emulator.address);
  return {
    ...clients,
    emulator,
    stop: async () => {
      clients.close();
      await emulator.stop();
    },
  };
}

/**
 * One in-process emulator for the enclosing `describe`: started before its tests, stopped after them, and,
 * unless `resetBeforeEach` is false, reset before each test so no test sees another's resources. The object
 * is filled in by the `before` hook, so use it only inside tests and hooks.
 */
export function useTestEmulator(
  options: StartEmulatorOptions = {},
  { resetBeforeEach = true }: { resetBeforeEach?: boolean } = {},
): TestEmulator {
  const handle = {} as TestEmulator;
  before(async () => {
    Object.assign(handle, await startTestEmulator(options));
  });
  after(() => handle.stop());
  if (resetBeforeEach) beforeEach(() => handle.emulator.control.reset());
  return handle;
}

/** Polls GetOperation until the operation is done, failing after `timeoutMillis`. */
export async function waitDone(
  clients: WireClients,
  operation: Message,
  timeoutMillis = 5000,
): Promise<Message> {
  const deadline = Date.now() + timeoutMillis;
  let current = operation;
  while (!current.done) {
    if (Date.now() > deadline)
      throw new Error(`operation ${operation.name} did not finish in ${timeoutMillis} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    current = await clients.operations("GetOperation", { name: operation.name });
  }
  return current;
}

/** Runs a Create/Update/Delete call and returns its finished operation. */
export async function runToDone(clients: WireClients, method: string, request: Message): Promise<Message> {
  return waitDone(clients, await clients.streams(method, request));
}

export async function createCluster(
  clients: WireClients,
  clusterId = CLUSTER_ID,
  cluster: Message = {},
): Promise<Message> {
  return runToDone(clients, "CreateCluster", { parent: LOCATION, cluster_id: clusterId, cluster });
}

export const STREAM = `${CLUSTER}/streams/camera-1`;
export const EVENT = `${CLUSTER}/events/motion`;
export const SERIES = `${CLUSTER}/series/camera-1-motion`;

export async function createStream(
  clients: WireClients,
  streamId = "camera-1",
  stream: Message = {},
): Promise<Message> {
  return runToDone(clients, "CreateStream", { parent: CLUSTER, stream_id: streamId, stream });
}

export async function createEvent(
  clients: WireClients,
  eventId = "motion",
  event: Message = {},
): Promise<Message> {
  return runToDone(clients, "CreateEvent", { parent: CLUSTER, event_id: eventId, event });
}

export async function createSeries(
  clients: WireClients,
  seriesId = "camera-1-motion",
  series: Message = { stream: STREAM, event: EVENT },
): Promise<Message> {
  return runToDone(clients, "CreateSeries", { parent: CLUSTER, series_id: seriesId, series });
}

/** A cluster with one stream, one event and a series joining them. */
export async function createClusterWithSeries(clients: WireClients): Promise<void> {
  await createCluster(clients);
  await createStream(clients);
  await createEvent(clients);
  await createSeries(clients);
}
