import type { WireDuration } from "./wire-values";

/**
 * A span of time as the client returns it: whole `seconds` plus `nanos` (0..999,999,999, same sign as
 * `seconds`), the shape of google.protobuf.Duration with plain numbers.
 */
export interface Duration {
  seconds: number;
  nanos: number;
}

/** What the client accepts: a Duration (either field may be left out), or a string such as "30s" or "1.5s". */
export type DurationInput = Partial<Duration> | string;

const NANOS_PER_SECOND = 1_000_000_000;
const DURATION_TEXT = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/;

/** Normalizes a duration input; throws a plain Error naming the accepted forms when it cannot. */
export function parseDuration(input: DurationInput): Duration {
  if (typeof input === "string") return parseDurationText(input);
  const seconds = input.seconds ?? 0;
  const nanos = input.nanos ?? 0;
  if (!Number.isSafeInteger(seconds) || !Number.isInteger(nanos) || Math.abs(nanos) >= NANOS_PER_SECOND) {
    throw new Error(`a duration needs whole seconds and 0 <= |nanos| < 1e9, got ${JSON.stringify(input)}`);
  }
  if (seconds !== 0 && nanos !== 0 && Math.sign(seconds) !== Math.sign(nanos)) {
    throw new Error(`a duration's seconds and nanos must have the same sign, got ${JSON.stringify(input)}`);
  }
  return { seconds, nanos };
}

function parseDurationText(text: string): Duration {
  const match = DURATION_TEXT.exec(text.trim());
  if (!match) throw new Error(`a duration string looks like "30s" or "1.5s", got "${text}"`);
  const sign = match[1] ? -1 : 1;
  const seconds = Number(match[2]);
  const nanos = Number((match[3] ?? "").padEnd(9, "0"));
  if (!Number.isSafeInteger(seconds)) throw new Error(`duration "${text}" is too long`);
  return { seconds: sign * seconds || 0, nanos: sign * nanos || 0 };
}

/** "30s", "1.5s", "0.000000001s": the protobuf JSON form, without trailing zeros. */
export function formatDuration(duration: Duration): string {
  const negative = duration.seconds < 0 || duration.nanos < 0;
  const seconds = Math.abs(duration.seconds);
  const fraction = String(Math.abs(duration.nanos)).padStart(9, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${seconds}${fraction ? `.${fraction}` : ""}s`;
}

export function durationToWire(duration: Duration): WireDuration {
  return { seconds: String(duration.seconds), nanos: duration.nanos };
}

export function durationFromWire(wire: WireDuration | null | undefined): Duration | undefined {
  if (!wire) return undefined;
  return { seconds: Number(wire.seconds), nanos: wire.nanos ?? 0 };
}
