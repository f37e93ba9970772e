import { emulatedKind } from "../resources/emulated-kind";
import { NAME_PATTERNS } from "../resources/names";
import { referencing } from "./dependants";
import { resourceHandlers } from "./resource-handlers";

/** Event: `alignment_clock` and `grace_period` are independent fields; series on it block its deletion. */
export const EMULATED_EVENT = emulatedKind({
  kind: "Event",
  plural: "Events",
  collection: "events",
  typeName: "google.cloud.visionai.v1.Event",
  resourceField: "event",
  idField: "event_id",
  listField: "events",
  namePattern: NAME_PATTERNS.event,
  parentPattern: NAME_PATTERNS.cluster,
  dependants: (name, context) => referencing("Series", "event", name, context),
  deletedWith: (name, context) => [
    ...referencing("Series", "event", name, context),
    ...referencing("Channel", "event", name, context),
  ],
});

export const eventHandlers = resourceHandlers(EMULATED_EVENT);
