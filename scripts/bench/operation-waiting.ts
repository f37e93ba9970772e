import { StreamsServiceClient } from "../../client";
import { startEmulatorProcess, type EmulatorProcess } from "../lib/emulator-process";
import { EmulatorControlClient } from "./emulator-control";
import { loadAverage } from "./machine";

/** How the server answers WaitOperation: served, or UNIMPLEMENTED (as a server without it), forcing polling. */
export type WaitMode = "WaitOperation served" | "WaitOperation UNIMPLEMENTED";

export interface WaitingSample {
  mode: WaitMode;
  durationMillis: number;
  /** From the operation's end_time (the emulator's clock) to `result()` returning. */
  delayMillis: number;
  /** GetOperation and WaitOperation calls made for this operation, from the audit log. */
  calls: number;
}

export interface WaitingResults {
  samples: WaitingSample[];
  runsPerDuration: Record<number, number>;
  load: { start: number; end: number };
}

const LOCATION = "projects/bench-project/locations/us-central1";

/** Operations that fit in the longest one's time are repeated, so short ones get a median. */
function runsFor(durationMillis: number, longestMillis: number): number {
  return Math.max(1, Math.min(5, Math.floor(longestMillis / (durationMillis * 2))));
}

/** Runs tasks one at a time, in the order they were handed in. */
class Serial {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.last.then(task, task);
    this.last = next.catch(() => undefined);
    return next;
  }
}

async function measureOne(
  client: StreamsServiceClient,
  control: EmulatorControlClient,
  mode: WaitMode,
  durationMillis: number,
  clusterId: string,
  startOperations: Serial,
): Promise<WaitingSample> {
  const operation = await startOperations.run(async () => {
    await control.setOperationDelay(durationMillis);
    return client.createCluster({ parent: LOCATION, clusterId, cluster: {} });
  });
  await operation.result();
  const returnedAt = Date.now();
  const endTime = operation.metadata?.endTime;
  if (!endTime) throw new Error(`operation ${operation.name} finished without an end_time`);
  const calls = (await control.auditLog()).filter(
    (call) =>
      (call.method === "GetOperation" || call.method === "WaitOperation") && call.resource === operation.name,
  ).length;
  return { mode, durationMillis, delayMillis: returnedAt - endTime.getTime(), calls };
}

async function measureMode(
  emulator: EmulatorProcess,
  mode: WaitMode,
  durations: number[],
): Promise<{ samples: WaitingSample[]; runs: Record<number, number> }> {
  const control = new EmulatorControlClient(emulator.address);
  const client = new StreamsServiceClient({ emulatorHost: emulator.address });
  if (mode === "WaitOperation UNIMPLEMENTED") await control.failAlways("WaitOperation", "UNIMPLEMENTED");
  const longest = Math.max(...durations);
  const runs: Record<number, number> = {};
  // Setting the delay and starting the operation go together: another sequence must not change the delay
  // in between.
  const startOperations = new Serial();
  try {
    // Each duration gets its own sequence of operations, all sequences at once: the emulator fixes an
    // operation's end when it starts, so changing the delay between starts affects only later ones.
    const sequences = durations.map(async (durationMillis, index) => {
      runs[durationMillis] = runsFor(durationMillis, longest);
      const samples: WaitingSample[] = [];
      for (let run = 0; run < runs[durationMillis]!; run++) {
        const clusterId = `wait-${index}-${run}`;
        samples.push(await measureOne(client, control, mode, durationMillis, clusterId, startOperations));
      }
      return samples;
    });
    return { samples: (await Promise.all(sequences)).flat(), runs };
  } finally {
    await client.close();
    control.close();
  }
}

/**
 * Part 2: operations of each duration are waited for with the client's `result()`, against one emulator
 * that serves WaitOperation and one that answers it UNIMPLEMENTED (what a server without it says, so the
 * client falls back to polling). Both emulators run at the same time.
 */
export async function measureOperationWaiting(durations: number[]): Promise<WaitingResults> {
  const start = loadAverage();
  const emulators = await Promise.all([
    startEmulatorProcess(["--in-memory"]),
    startEmulatorProcess(["--in-memory"]),
  ]);
  try {
    const [served, unimplemented] = await Promise.all([
      measureMode(emulators[0], "WaitOperation served", durations),
      measureMode(emulators[1], "WaitOperation UNIMPLEMENTED", durations),
    ]);
    return {
      samples: [...served.samples, ...unimplemented.samples],
      runsPerDuration: served.runs,
      load: { start, end: loadAverage() },
    };
  } finally {
    await Promise.all(emulators.map((emulator) => emulator.stop()));
  }
}
