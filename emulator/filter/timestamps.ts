import type { Timestamp } from "../resources/wire-resource";

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

/** An RFC 3339 timestamp as [seconds, nanos], or undefined if `text` is not one. */
export function parseRfc3339(text: string): [number, number] | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const utcMillis = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  if (Number.isNaN(utcMillis)) return undefined;
  let offsetSeconds = 0;
  if (zone !== "Z" && zone !== "z") {
    const sign = zone!.startsWith("-") ? -1 : 1;
    offsetSeconds = sign * (Number(zone!.slice(1, 3)) * 3600 + Number(zone!.slice(4, 6)) * 60);
  }
  const nanos = fraction ? Number(fraction.padEnd(9, "0")) : 0;
  return [utcMillis / 1000 - offsetSeconds, nanos];
}

export function timestampPair(timestamp: Timestamp | null | undefined): [number, number] {
  return [Number(timestamp?.seconds ?? 0), Number(timestamp?.nanos ?? 0)];
}

export function comparePairs(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** A string that sorts like the timestamp (fixed-width seconds and nanos). */
export function sortableTimestamp(timestamp: Timestamp | null | undefined): string {
  const [seconds, nanos] = timestampPair(timestamp);
  return `${String(seconds + 1e11).padStart(12, "0")}.${String(nanos).padStart(9, "0")}`;
}
