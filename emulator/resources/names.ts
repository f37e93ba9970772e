import { invalidField, missingField } from "../errors/catalogue";

/** A resource name pattern of the API, e.g. `projects/{project}/locations/{location}/clusters/{cluster}`. */
export interface NamePattern {
  /** The pattern as the API documents it; quoted in error messages. */
  text: string;
  regex: RegExp;
  example: string;
}

function pattern(text: string, example: string): NamePattern {
  const source = text.replace(/\{[a-z_]+\}/g, "[^/]+");
  return { text, regex: new RegExp(`^${source}$`), example };
}

const LOCATION = "projects/{project}/locations/{location}";
const CLUSTER = `${LOCATION}/clusters/{cluster}`;
const EXAMPLE_LOCATION = "projects/my-project/locations/us-central1";
const EXAMPLE_CLUSTER = `${EXAMPLE_LOCATION}/clusters/my-cluster`;

export const NAME_PATTERNS = {
  location: pattern(LOCATION, EXAMPLE_LOCATION),
  cluster: pattern(CLUSTER, EXAMPLE_CLUSTER),
  stream: pattern(`${CLUSTER}/streams/{stream}`, `${EXAMPLE_CLUSTER}/streams/my-stream`),
  event: pattern(`${CLUSTER}/events/{event}`, `${EXAMPLE_CLUSTER}/events/my-event`),
  series: pattern(`${CLUSTER}/series/{series}`, `${EXAMPLE_CLUSTER}/series/my-series`),
  channel: pattern(`${CLUSTER}/channels/{channel}`, `${EXAMPLE_CLUSTER}/channels/my-channel`),
  operation: pattern(`${LOCATION}/operations/{operation}`, `${EXAMPLE_LOCATION}/operations/operation-123`),
} as const;

/** Throws INVALID_ARGUMENT unless `value` is a non-empty name matching `expected`. */
export function requireName(field: string, value: string, expected: NamePattern): string {
  if (!value) throw missingField(field, `"${expected.example}"`);
  if (!expected.regex.test(value)) {
    throw invalidField(
      field,
      `Field \`${field}\` has the malformed resource name "${value}".`,
      `It must match "${expected.text}", e.g. "${expected.example}".`,
    );
  }
  return value;
}

/** The last segment of a name: its ID. */
export function idOf(name: string): string {
  return name.slice(name.lastIndexOf("/") + 1);
}

/** `projects/{p}/locations/{l}` of any name below a location. */
export function locationOf(name: string): string {
  return name.split("/").slice(0, 4).join("/");
}

/** The cluster a stream, event, series or channel name belongs to. */
export function clusterOf(name: string): string {
  return name.split("/").slice(0, 6).join("/");
}
