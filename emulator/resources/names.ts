import { invalidField, missingField } from "../errors/catalogue";
import { loadProtos } from "../transport/protos";

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

/** A resource message's name pattern, from its `google.api.resource` option in the official protos. */
function resourcePattern(message: string): string {
  const type = loadProtos().root.lookupType(`google.cloud.visionai.v1.${message}`);
  return String(type.options?.["(google.api.resource).pattern"]);
}

/** Google Cloud's location pattern: the v1 protos reference it but do not declare it. */
const LOCATION = "projects/{project}/locations/{location}";
const EXAMPLE_LOCATION = "projects/my-project/locations/us-central1";
const EXAMPLE_CLUSTER = `${EXAMPLE_LOCATION}/clusters/my-cluster`;

export const NAME_PATTERNS = {
  location: pattern(LOCATION, EXAMPLE_LOCATION),
  cluster: pattern(resourcePattern("Cluster"), EXAMPLE_CLUSTER),
  stream: pattern(resourcePattern("Stream"), `${EXAMPLE_CLUSTER}/streams/my-stream`),
  event: pattern(resourcePattern("Event"), `${EXAMPLE_CLUSTER}/events/my-event`),
  series: pattern(resourcePattern("Series"), `${EXAMPLE_CLUSTER}/series/my-series`),
  channel: pattern(resourcePattern("Channel"), `${EXAMPLE_CLUSTER}/channels/my-channel`),
  // The Operations service's names, which no proto declares.
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
