import { VisionAiError } from "./errors";

/** Every resource name pattern of StreamsService, keyed by kind. */
export const NAME_PATTERNS = {
  location: "projects/{project}/locations/{location}",
  cluster: "projects/{project}/locations/{location}/clusters/{cluster}",
  stream: "projects/{project}/locations/{location}/clusters/{cluster}/streams/{stream}",
  event: "projects/{project}/locations/{location}/clusters/{cluster}/events/{event}",
  series: "projects/{project}/locations/{location}/clusters/{cluster}/series/{series}",
  channel: "projects/{project}/locations/{location}/clusters/{cluster}/channels/{channel}",
  operation: "projects/{project}/locations/{location}/operations/{operation}",
} as const;

export type NameKind = keyof typeof NAME_PATTERNS;

/** The variables of a pattern: `"a/{x}/b/{y}"` gives `"x" | "y"`. */
type Variables<P extends string> = P extends `${string}{${infer V}}${infer Rest}`
  ? V | Variables<Rest>
  : never;

/** The parts of a name of kind K, e.g. `{ project, location, cluster }` for a cluster. */
export type NameParts<K extends NameKind> = { [V in Variables<(typeof NAME_PATTERNS)[K]>]: string };

export type LocationNameParts = NameParts<"location">;
export type ClusterNameParts = NameParts<"cluster">;
export type StreamNameParts = NameParts<"stream">;
export type EventNameParts = NameParts<"event">;
export type SeriesNameParts = NameParts<"series">;
export type ChannelNameParts = NameParts<"channel">;
export type OperationNameParts = NameParts<"operation">;

/** Builds a name of `kind`; throws a VisionAiError naming the part that is empty or contains "/". */
export function formatName<K extends NameKind>(kind: K, parts: NameParts<K>): string {
  const pattern = NAME_PATTERNS[kind];
  const values = parts as Record<string, string | undefined>;
  return pattern.replace(/\{(\w+)\}/g, (_match, variable: string) => {
    const value = values[variable];
    if (typeof value !== "string" || value === "" || value.includes("/")) {
      const problem = `\`${variable}\` must be a non-empty string without "/", got ${JSON.stringify(value)}`;
      throw VisionAiError.invalidArgument(`${problem} (pattern ${pattern})`, {
        method: `format ${kind} name`,
      });
    }
    return value;
  });
}

/** Splits a name of `kind` into its parts; throws a VisionAiError naming the first bad segment. */
export function parseName<K extends NameKind>(kind: K, name: string): NameParts<K> {
  const pattern = NAME_PATTERNS[kind];
  const expected = pattern.split("/");
  const actual = typeof name === "string" ? name.split("/") : [];
  const fail = (problem: string): never => {
    const message = `"${name}" is not a ${kind} name: ${problem}; expected ${pattern}`;
    throw VisionAiError.invalidArgument(message, { method: `parse ${kind} name` });
  };
  if (actual.length !== expected.length) fail(`it has ${actual.length} segments, not ${expected.length}`);
  const parts: Record<string, string> = {};
  expected.forEach((segment, index) => {
    const variable = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (variable === undefined && actual[index] !== segment) {
      fail(`segment ${index + 1} is "${actual[index]}" where "${segment}" belongs`);
    }
    if (variable !== undefined && actual[index] === "") fail(`segment ${index + 1} ({${variable}}) is empty`);
    if (variable !== undefined) parts[variable] = actual[index];
  });
  return parts as NameParts<K>;
}

/** True when `name` matches the pattern of `kind`. */
export function isName(kind: NameKind, name: string): boolean {
  try {
    parseName(kind, name);
    return true;
  } catch {
    return false;
  }
}

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
