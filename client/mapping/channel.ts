import type { Channel, ChannelInput } from "../resources";
import type { WireChannel } from "../wire-types";
import { commonFromWire, commonToWire, type KindMapping } from "./kind-mapping";

/** The seed's `inputConfig` has no v1 counterpart: it is accepted and dropped here. Channels are never updated. */
export const channelMapping: KindMapping<Channel, ChannelInput, WireChannel> = {
  kind: "Channel",
  nameKind: "channel",
  seedFields: [],
  updatableFields: [],

  toWire(input) {
    const wire: WireChannel = commonToWire(input, channelMapping.seedFields);
    wire.stream = input.stream ?? "";
    wire.event = input.event ?? "";
    return wire;
  },

  fromWire(wire) {
    const { common } = commonFromWire(wire, channelMapping.seedFields);
    return { ...common, stream: wire.stream ?? "", event: wire.event ?? "" };
  },
};
