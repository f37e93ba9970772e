import {
  DESCRIPTION_IN_ANNOTATIONS,
  PARENT_CLUSTER,
  UPDATABLE_KIND_FIELDS,
  resourceIdField,
  DEFAULT_TIMEOUTS,
  fullyManaged,
} from "./common-fields";
import * as types from "./field-types";
import { defineKind } from "./kind-table";

export const STREAM = defineKind({
  kind: "Stream",
  nameKind: "stream",
  plural: "Streams",
  idField: "streamId",
  parentField: "cluster",
  capabilities: fullyManaged("Stream"),
  timeoutDefaults: DEFAULT_TIMEOUTS,
  doc: "A Vision AI stream (one camera's video flow) inside a cluster.",
  fields: {
    cluster: PARENT_CLUSTER,
    streamId: resourceIdField("Stream"),
    displayName: { type: types.text, lifecycle: "update", doc: "Display name." },
    description: DESCRIPTION_IN_ANNOTATIONS,
    enableHlsPlayback: {
      type: types.flag,
      lifecycle: "update",
      doc: "Allow HLS playback (needed for `generateStreamHlsToken`).",
    },
    mediaWarehouseAsset: {
      type: types.text,
      lifecycle: "update",
      doc: "The Media Warehouse asset the stream's data is stored in.",
    },
    ...UPDATABLE_KIND_FIELDS,
  },
});
