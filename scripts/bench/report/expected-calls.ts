import type { CallCounts, Command } from "../provider-overhead";

/** What each command should send for the benchmark graph of N streams and N series (2N+2 resources). */
export function expectedCalls(command: Command, n: number): CallCounts {
  switch (command) {
    case "preview":
      return {};
    case "refresh":
      return { GetCluster: 1, GetEvent: 1, GetStream: n, GetSeries: n };
    case "update":
      return { UpdateStream: 1 };
    case "up":
      return { CreateCluster: 1, CreateEvent: 1, CreateStream: n, CreateSeries: n };
    case "destroy":
      return { DeleteCluster: 1, DeleteEvent: 1, DeleteStream: n, DeleteSeries: n };
  }
}

/** `GetCluster × 1, GetStream × 10`, by RPC name; `none` for no call. */
export function describeCalls(counts: CallCounts): string {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "none" : entries.map(([method, count]) => `${method} × ${count}`).join(", ");
}

export function sameCalls(a: CallCounts, b: CallCounts): boolean {
  return describeCalls(a) === describeCalls(b);
}

/** Whether every recorded run of `command` at `n` made exactly the expected calls (and there was a run). */
export function callsAsExpected(runs: CallCounts[], command: Command, n: number): boolean {
  const expected = expectedCalls(command, n);
  return runs.length > 0 && runs.every((counts) => sameCalls(counts, expected));
}
