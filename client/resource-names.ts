import {
  formatName as formatKindName,
  parseName as parseKindName,
  ResourceNameError,
  type NameKind,
  type NameParts,
} from "../kinds";
import { VisionAiError } from "./errors";

/**
 * Resource names as the client offers them: the patterns of kinds/resource-names.ts, with a malformed name
 * or part reported as the client's one error type (INVALID_ARGUMENT, caught before sending).
 */

export { NAME_PATTERNS, isName, type NameKind, type NameParts } from "../kinds";

function asClientError<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof ResourceNameError) {
      throw VisionAiError.invalidArgument(error.message, { method: error.action });
    }
    throw error;
  }
}

/** Builds a name of `kind`; throws a VisionAiError naming the part that is empty or contains "/". */
export function formatName<K extends NameKind>(kind: K, parts: NameParts<K>): string {
  return asClientError(() => formatKindName(kind, parts));
}

/** Splits a name of `kind` into its parts; throws a VisionAiError naming the first bad segment. */
export function parseName<K extends NameKind>(kind: K, name: string): NameParts<K> {
  return asClientError(() => parseKindName(kind, name));
}

export type LocationNameParts = NameParts<"location">;
export type ClusterNameParts = NameParts<"cluster">;
export type StreamNameParts = NameParts<"stream">;
export type EventNameParts = NameParts<"event">;
export type SeriesNameParts = NameParts<"series">;
export type ChannelNameParts = NameParts<"channel">;
export type OperationNameParts = NameParts<"operation">;

export const locationName = (parts: LocationNameParts): string => formatName("location", parts);
export const clusterName = (parts: ClusterNameParts): string => formatName("cluster", parts);
export const streamName = (parts: StreamNameParts): string => formatName("stream", parts);
export const eventName = (parts: EventNameParts): string => formatName("event", parts);
export const seriesName = (parts: SeriesNameParts): string => formatName("series", parts);
export const channelName = (parts: ChannelNameParts): string => formatName("channel", parts);
export const operationName = (parts: OperationNameParts): string => formatName("operation", parts);

export const parseLocationName = (name: string): LocationNameParts => parseName("location", name);
export const parseClusterName = (name: string): ClusterNameParts => parseName("cluster", name);
export const parseStreamName = (name: string): StreamNameParts => parseName("stream", name);
export const parseEventName = (name: string): EventNameParts => parseName("event", name);
export const parseSeriesName = (name: string): SeriesNameParts => parseName("series", name);
export const parseChannelName = (name: string): ChannelNameParts => parseName("channel", name);
export const parseOperationName = (name: string): OperationNameParts => parseName("operation", name);
