import {
  NAMED_IN_ANNOTATIONS,
  PARENT_CLUSTER,
  UPDATABLE_KIND_FIELDS,
  resourceIdField,
  DEFAULT_TIMEOUTS,
  fullyManaged,
} from "./common-fields";
import * as types from "./field-types";
import { defineKind } from "./kind-table";
import { V1_ENUM_VALUES } from "./v1-resources";

/** v1 clock names; the seed's `LIVE` is the time data is received, which v1 calls INGEST. */
export const alignmentClock = types.enumeration({
  unspecified: "CLOCK_UNSPECIFIED",
  values: V1_ENUM_VALUES.Event.alignmentClock,
  aliases: { LIVE: "INGEST", ALIGNMENT_CLOCK_UNSPECIFIED: "CLOCK_UNSPECIFIED" },
});

/** `gracePeriod` and `alignmentClock` are independent fields on the wire (the seed's oneof is not enforced). */
export const EVENT = defineKind({
  kind: "Event",
  nameKind: "event",
  plural: "Events",
  idField: "eventId",
  parentField: "cluster",
  capabilities: fullyManaged("Event"),
  timeoutDefaults: DEFAULT_TIMEOUTS,
  doc: "A Vision AI event: something that happens, which series join to streams over time.",
  fields: {
    cluster: PARENT_CLUSTER,
    eventId: resourceIdField("Event"),
    ...NAMED_IN_ANNOTATIONS,
    gracePeriod: {
      type: types.duration,
      lifecycle: "update",
      doc: 'How long the event stays open after its last data, e.g. "30s" (recorded in that form).',
    },
    alignmentClock: {
      type: alignmentClock,
      lifecycle: "update",
      doc: "`CAPTURE` (time of capture) or `INGEST` (time received); `LIVE` is accepted as an alias of `INGEST`.",
    },
    ...UPDATABLE_KIND_FIELDS,
  },
});
