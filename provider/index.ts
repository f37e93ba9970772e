/**
 * The dynamic providers. This module is loaded inside the engine's dynamic-provider process (see
 * sdk/dynamic-provider.ts), so it must stay free of program-side state.
 */
export { providerFor, KIND_NAMES, type KindName } from "./registry";
export type { ClusterInputs, ClusterOutputs } from "./cluster";
export type { StreamInputs, StreamOutputs } from "./stream";
export type { EventInputs, EventOutputs, AlignmentClock } from "./event";
export type { SeriesInputs, SeriesOutputs } from "./series";
export type { ChannelInputs, ChannelOutputs } from "./channel";
export type { CommonInputs, CommonOutputs, OperationTimeouts } from "./kind-spec";
export { ResourceInitError } from "./errors";
