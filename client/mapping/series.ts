import type { Series, SeriesInput } from "../resources";
import type { WireSeries } from "../wire-types";
import { commonFromWire, commonToWire, type KindMapping } from "./kind-mapping";

/** v1 has no display name or description on Series: both live in annotations. */
export const seriesMapping: KindMapping<Series, SeriesInput, WireSeries> = {
  kind: "Series",
  nameKind: "series",
  seedFields: ["displayName", "description"],
  updatableFields: ["labels", "annotations", "display_name", "description", "stream", "event"],

  toWire(input) {
    const wire: WireSeries = commonToWire(input, seriesMapping.seedFields);
    wire.stream = input.stream ?? "";
    wire.event = input.event ?? "";
    return wire;
  },

  fromWire(wire) {
    const { common, seedValues } = commonFromWire(wire, seriesMapping.seedFields);
    return {
      ...common,
      displayName: seedValues.displayName ?? "",
      description: seedValues.description ?? "",
      stream: wire.stream ?? "",
      event: wire.event ?? "",
    };
  },
};
