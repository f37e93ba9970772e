import type { Stream, StreamInput } from "../resources";
import type { WireStream } from "../wire-types";
import { commonFromWire, commonToWire, type KindMapping } from "./kind-mapping";

/** Stream has a v1 display name; only the seed's description lives in annotations. */
export const streamMapping: KindMapping<Stream, StreamInput, WireStream> = {
  kind: "Stream",
  nameKind: "stream",
  seedFields: ["description"],
  updatableFields: [
    "labels",
    "annotations",
    "display_name",
    "description",
    "enable_hls_playback",
    "media_warehouse_asset",
  ],

  toWire(input) {
    const wire: WireStream = commonToWire(input, streamMapping.seedFields);
    wire.displayName = input.displayName ?? "";
    wire.enableHlsPlayback = input.enableHlsPlayback ?? false;
    wire.mediaWarehouseAsset = input.mediaWarehouseAsset ?? "";
    return wire;
  },

  fromWire(wire) {
    const { common, seedValues } = commonFromWire(wire, streamMapping.seedFields);
    return {
      ...common,
      displayName: wire.displayName ?? "",
      description: seedValues.description ?? "",
      enableHlsPlayback: wire.enableHlsPlayback ?? false,
      mediaWarehouseAsset: wire.mediaWarehouseAsset ?? "",
    };
  },
};
