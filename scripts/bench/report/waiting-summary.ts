import type { WaitMode, WaitingSample } from "../operation-waiting";
import { median } from "../stats";
import { waitingDelayTargetMillis } from "./targets";

export interface WaitingSummary {
  mode: WaitMode;
  durationMillis: number;
  runs: number;
  /** Median over the runs. */
  delayMillis: number;
  maxDelayMillis: number;
  /** Median GetOperation and WaitOperation calls per operation. */
  calls: number;
  callsPerSecond: number;
  delayTargetMillis: number;
  meetsDelay: boolean;
}

/** Median delay and calls per operation, per mode and duration, in the order they were recorded. */
export function summarizeWaiting(samples: WaitingSample[]): WaitingSummary[] {
  const keys = [...new Set(samples.map((sample) => `${sample.mode}|${sample.durationMillis}`))];
  return keys.map((key) => {
    const [mode, duration] = key.split("|");
    const durationMillis = Number(duration);
    const group = samples.filter((s) => s.mode === mode && s.durationMillis === durationMillis);
    const delayMillis = median(group.map((s) => s.delayMillis));
    const calls = median(group.map((s) => s.calls));
    const delayTargetMillis = waitingDelayTargetMillis(durationMillis);
    return {
      mode: mode as WaitMode,
      durationMillis,
      runs: group.length,
      delayMillis,
      maxDelayMillis: Math.max(...group.map((s) => s.delayMillis)),
      calls,
      // Per second of waiting, counting an operation shorter than a second as one second: no client can
      // learn of its end with fewer than one call.
      callsPerSecond: calls / Math.max(1, durationMillis / 1000),
      delayTargetMillis,
      meetsDelay: delayMillis <= delayTargetMillis,
    };
  });
}
