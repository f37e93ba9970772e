import type { WireTimestamp } from "./wire-values";

/** Server timestamps become Dates (millisecond precision; sub-millisecond nanos are dropped). */
export function dateFromWire(wire: WireTimestamp | null | undefined): Date | undefined {
  if (!wire) return undefined;
  return new Date(Number(wire.seconds) * 1000 + Math.floor((wire.nanos ?? 0) / 1_000_000));
}
