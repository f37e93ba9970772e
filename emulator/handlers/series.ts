import { emulatedKind } from "../resources/emulated-kind";
import { NAME_PATTERNS } from "../resources/names";
import { checkStreamAndEvent } from "./references";
import { resourceHandlers } from "./resource-handlers";

/** Series: joins an existing stream and event of its cluster; nothing depends on it. */
export const EMULATED_SERIES = emulatedKind({
  kind: "Series",
  plural: "Series",
  collection: "series",
  typeName: "google.cloud.visionai.v1.Series",
  resourceField: "series",
  idField: "series_id",
  listField: "series",
  namePattern: NAME_PATTERNS.series,
  parentPattern: NAME_PATTERNS.cluster,
  checkReferences: (series, context) => checkStreamAndEvent("series", series, context),
  dependants: () => [],
  deletedWith: () => [],
});

export const seriesHandlers = resourceHandlers(EMULATED_SERIES);
