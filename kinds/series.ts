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

export const SERIES = defineKind({
  kind: "Series",
  nameKind: "series",
  plural: "Series",
  idField: "seriesId",
  parentField: "cluster",
  capabilities: fullyManaged("Series"),
  timeoutDefaults: DEFAULT_TIMEOUTS,
  doc:
    "A Vision AI series: one stream joined to one event over time. Passing the stream's and event's `name` " +
    "outputs makes the series depend on both, so Pulumi deletes it before either.",
  fields: {
    cluster: PARENT_CLUSTER,
    seriesId: resourceIdField("Series"),
    stream: {
      type: types.streamReference,
      lifecycle: "update",
      required: true,
      sameCluster: true,
      doc: "Full name of a stream in the same cluster: pass a `Stream`'s `name` output.",
    },
    event: {
      type: types.eventReference,
      lifecycle: "update",
      required: true,
      sameCluster: true,
      doc: "Full name of an event in the same cluster: pass an `Event`'s `name` output.",
    },
    ...NAMED_IN_ANNOTATIONS,
    ...UPDATABLE_KIND_FIELDS,
  },
});
