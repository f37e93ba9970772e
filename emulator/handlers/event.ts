import { ANNOTATED_DISPLAY_NAME, COMMON_FIELDS } from "../filter/fields";
import type { KindSpec } from "../resources/kind-spec";
import { NAME_PATTERNS } from "../resources/names";
import { referencing } from "./dependants";
import { resourceHandlers } from "./resource-handlers";

/** Event: `alignment_clock` and `grace_period` are independent fields; series on it block its deletion. */
export const EVENT: KindSpec = {
  kind: "Event",
  plural: "Events",
  collection: "events",
  typeName: "google.cloud.visionai.v1.Event",
  resourceField: "event",
  idField: "event_id",
  listField: "events",
  namePattern: NAME_PATTERNS.event,
  parentPattern: NAME_PATTERNS.cluster,
  inputFields: ["labels", "annotations", "alignment_clock", "grace_period"],
  outputOnlyFields: ["create_time", "update_time"],
  inputDefaults: () => ({
    labels: {},
    annotations: {},
    alignment_clock: "CLOCK_UNSPECIFIED",
    grace_period: null,
  }),
  filterFields: { ...COMMON_FIELDS, display_name: ANNOTATED_DISPLAY_NAME },
  dependants: (name, context) => referencing("Series", "event", name, context),
  deletedWith: (name, context) => [
    ...referencing("Series", "event", name, context),
    ...referencing("Channel", "event", name, context),
  ],
};

export const eventHandlers = resourceHandlers(EVENT);
