/**
 * What changed in one resource's inputs, as printable lines. Dynamic providers report no detailed diff
 * to the engine, so the change is computed from the old and new inputs that `pulumi preview --json`
 * prints; values the engine marks secret are never printed.
 */

/** One input that differs; `before` is undefined for an added input, `after` for a removed one. */
export interface PropertyChange {
  path: string;
  before?: string;
  after?: string;
}

/** The value the engine prints for a secret, and the one a comment shows in its place. */
export const SECRET_TEXT = "[secret]";

/** The engine's marker key for a secret value in serialized state (`{ "4dabf…": "1b47…", … }`). */
const SECRET_SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";

/** The engine's placeholder for a value a preview cannot know yet. */
const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Inputs the SDK adds for its own use (`__provider`, the serialized provider), not the user's. */
const INTERNAL_PREFIX = "__";

type Inputs = Record<string, unknown> | undefined;

/** The inputs that differ between `before` and `after`, in path order, nested objects as dotted paths. */
export function diffInputs(before: Inputs, after: Inputs): PropertyChange[] {
  const old = flatten(before);
  const next = flatten(after);
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort();
  return paths
    .filter((path) => old.get(path) !== next.get(path))
    .map((path) => ({ path, before: old.get(path), after: next.get(path) }));
}

/** Every input of `inputs` as printable text by path; secrets become SECRET_TEXT, arrays stay whole. */
export function flatten(inputs: Inputs): Map<string, string> {
  const flat = new Map<string, string>();
  const visit = (value: unknown, path: string): void => {
    if (isSecret(value)) {
      flat.set(path, SECRET_TEXT);
    } else if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
    } else {
      flat.set(path, printable(value));
    }
  };
  for (const [key, value] of Object.entries(inputs ?? {})) {
    if (!key.startsWith(INTERNAL_PREFIX)) visit(value, key);
  }
  return flat;
}

function printable(value: unknown): string {
  if (value === UNKNOWN_VALUE) return "(known after apply)";
  return JSON.stringify(value, (_key, item: unknown) => (isSecret(item) ? SECRET_TEXT : item)) ?? "null";
}

function isSecret(value: unknown): boolean {
  return value === SECRET_TEXT || (isPlainObject(value) && SECRET_SIGNATURE_KEY in value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
