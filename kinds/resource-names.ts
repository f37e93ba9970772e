import { V1_NAME_PATTERNS } from "./v1-resources";

/**
 * Every resource name pattern of StreamsService, keyed by kind: the resources' own, generated from the
 * protos, plus Google Cloud's location and the Operations service's operation (which the v1 protos
 * reference but do not declare).
 */
export const NAME_PATTERNS = {
  location: "projects/{project}/locations/{location}",
  ...V1_NAME_PATTERNS,
  operation: "projects/{project}/locations/{location}/operations/{operation}",
} as const;

export type NameKind = keyof typeof NAME_PATTERNS;

/** The variables of a pattern: `"a/{x}/b/{y}"` gives `"x" | "y"`. */
type Variables<P extends string> = P extends `${string}{${infer V}}${infer Rest}`
  ? V | Variables<Rest>
  : never;

/** The parts of a name of kind K, e.g. `{ project, location, cluster }` for a cluster. */
export type NameParts<K extends NameKind> = { [V in Variables<(typeof NAME_PATTERNS)[K]>]: string };

/**
 * A name that does not fit its pattern, or parts that cannot form one. A plain error here, below the client:
 * the client turns it into its own error type, the provider into a check failure.
 */
export class ResourceNameError extends Error {
  constructor(
    message: string,
    /** What was attempted, e.g. "parse stream name". */
    readonly action: string,
  ) {
    super(message);
    this.name = "ResourceNameError";
  }
}

/** Builds a name of `kind`; throws a ResourceNameError naming the part that is empty or contains "/". */
export function formatName<K extends NameKind>(kind: K, parts: NameParts<K>): string {
  const pattern = NAME_PATTERNS[kind];
  const values = parts as Record<string, string | undefined>;
  return pattern.replace(/\{(\w+)\}/g, (_match, variable: string) => {
    const value = values[variable];
    if (typeof value !== "string" || value === "" || value.includes("/")) {
      const problem = `\`${variable}\` must be a non-empty string without "/", got ${JSON.stringify(value)}`;
      throw new ResourceNameError(`${problem} (pattern ${pattern})`, `format ${kind} name`);
    }
    return value;
  });
}

/** Splits a name of `kind` into its parts; throws a ResourceNameError naming the first bad segment. */
export function parseName<K extends NameKind>(kind: K, name: string): NameParts<K> {
  const pattern = NAME_PATTERNS[kind];
  const expected = pattern.split("/");
  const actual = typeof name === "string" ? name.split("/") : [];
  const fail = (problem: string): never => {
    const message = `"${name}" is not a ${kind} name: ${problem}; expected ${pattern}`;
    throw new ResourceNameError(message, `parse ${kind} name`);
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
