import { durationFromWire, durationToWire, parseDuration } from "../durations";
import type { AlignmentClock, AlignmentClockInput, Event, EventInput } from "../resources";
import type { WireEvent } from "../wire-types";
import { commonFromWire, commonToWire, type KindMapping } from "./kind-mapping";

/** Seed clock names to v1: the seed's LIVE is the time data is received, which v1 calls INGEST. */
const CLOCK_ALIASES: Record<AlignmentClockInput, AlignmentClock> = {
  CLOCK_UNSPECIFIED: "CLOCK_UNSPECIFIED",
  ALIGNMENT_CLOCK_UNSPECIFIED: "CLOCK_UNSPECIFIED",
  CAPTURE: "CAPTURE",
  INGEST: "INGEST",
  LIVE: "INGEST",
};

/**
 * v1 has no display name or description on Event: both live in annotations. `gracePeriod` and
 * `alignmentClock` are independent fields on the wire (the seed's oneof is not enforced).
 */
export const eventMapping: KindMapping<Event, EventInput, WireEvent> = {
  kind: "Event",
  nameKind: "event",
  seedFields: ["displayName", "description"],
  updatableFields: [
    "labels",
    "annotations",
    "display_name",
    "description",
    "alignment_clock",
    "grace_period",
  ],

  toWire(input) {
    const wire: WireEvent = commonToWire(input, eventMapping.seedFields);
    wire.alignmentClock = clockToWire(input.alignmentClock);
    wire.gracePeriod = gracePeriodToWire(input.gracePeriod);
    return wire;
  },

  fromWire(wire) {
    const { common, seedValues } = commonFromWire(wire, eventMapping.seedFields);
    const event: Event = {
      ...common,
      displayName: seedValues.displayName ?? "",
      description: seedValues.description ?? "",
      alignmentClock: (wire.alignmentClock || "CLOCK_UNSPECIFIED") as AlignmentClock,
    };
    const gracePeriod = durationFromWire(wire.gracePeriod);
    if (gracePeriod) event.gracePeriod = gracePeriod;
    return event;
  },
};

export function clockToWire(clock: AlignmentClockInput | undefined): AlignmentClock {
  if (clock === undefined) return "CLOCK_UNSPECIFIED";
  const wire = Object.hasOwn(CLOCK_ALIASES, clock) ? CLOCK_ALIASES[clock] : undefined;
  if (!wire) {
    throw new Error(
      `\`alignmentClock\` must be "CAPTURE", "INGEST" or "LIVE" (an alias of INGEST), got "${clock}"`,
    );
  }
  return wire;
}

function gracePeriodToWire(gracePeriod: EventInput["gracePeriod"]) {
  if (gracePeriod === undefined) return null;
  try {
    return durationToWire(parseDuration(gracePeriod));
  } catch (error) {
    throw new Error(`\`gracePeriod\`: ${(error as Error).message}`, { cause: error });
  }
}
