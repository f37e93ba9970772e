import {
  ANNOTATIONS,
  COMMON_OUTPUTS,
  DESCRIPTION_IN_ANNOTATIONS,
  LABELS,
  PARENT_CLUSTER,
  PROVIDER_SETTINGS,
  resourceIdField,
} from "./common-fields";
import * as types from "./field-types";
import { defineKind } from "./kind-table";

export const STREAM = defineKind({
  kind: "Stream",
  nameKind: "stream",
  plural: "Streams",
  idField: "streamId",
  parentField: "cluster",
  readable: true,
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
    labels: LABELS,
    annotations: ANNOTATIONS,
    ...PROVIDER_SETTINGS,
    ...COMMON_OUTPUTS,
  },
});
