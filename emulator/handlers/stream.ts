import { emulatedKind } from "../resources/emulated-kind";
import { NAME_PATTERNS } from "../resources/names";
import { referencing } from "./dependants";
import { resourceHandlers } from "./resource-handlers";

/** Stream: the only kind with a wire `display_name`; series on it block its deletion. */
export const EMULATED_STREAM = emulatedKind({
  kind: "Stream",
  plural: "Streams",
  collection: "streams",
  typeName: "google.cloud.visionai.v1.Stream",
  resourceField: "stream",
  idField: "stream_id",
  listField: "streams",
  namePattern: NAME_PATTERNS.stream,
  parentPattern: NAME_PATTERNS.cluster,
  dependants: (name, context) => referencing("Series", "stream", name, context),
  deletedWith: (name, context) => [
    ...referencing("Series", "stream", name, context),
    ...referencing("Channel", "stream", name, context),
  ],
});

export const streamHandlers = resourceHandlers(EMULATED_STREAM);
