/**
 * The dynamic providers. This module is loaded inside the engine's dynamic-provider process (see
 * sdk/dynamic-provider.ts), so it must stay free of program-side state.
 */
import type { ProviderInputsOf, ProviderOutputsOf } from "../kinds";
import type { CHANNEL, CLUSTER, EVENT, SERIES, STREAM } from "../kinds";

export { providerFor, KIND_NAMES, type KindName } from "./registry";
export { clientOptionsFromConfig, stackDefault } from "./stack-config";
export { ResourceInitError } from "./errors";
export { lookupResource, streamHlsToken, LOOKUP_KIND_NAMES, type HlsTokenOutputs } from "./lookup";
export type { OperationTimeouts } from "../kinds";

/** Each kind's inputs as the provider receives them after `check`, and what state records. */
export type ClusterInputs = ProviderInputsOf<typeof CLUSTER>;
export type ClusterOutputs = ProviderOutputsOf<typeof CLUSTER>;
export type StreamInputs = ProviderInputsOf<typeof STREAM>;
export type StreamOutputs = ProviderOutputsOf<typeof STREAM>;
export type EventInputs = ProviderInputsOf<typeof EVENT>;
export type EventOutputs = ProviderOutputsOf<typeof EVENT>;
export type SeriesInputs = ProviderInputsOf<typeof SERIES>;
export type SeriesOutputs = ProviderOutputsOf<typeof SERIES>;
export type ChannelInputs = ProviderInputsOf<typeof CHANNEL>;
export type ChannelOutputs = ProviderOutputsOf<typeof CHANNEL>;
