import type { z } from "zod";
import {
  durationFromWire,
  durationToWire,
  formatDuration,
  parseDuration,
  type Duration,
  type DurationInput,
} from "./wire/durations";
import { dateFromWire } from "./wire/timestamps";
import type { FieldType } from "./field-type";
import * as rules from "./input-rules";
import { lazyRule } from "./lazy-rule";

/**
 * The value types of Vision AI resource fields. A kind table names one of these for each field; every layer
 * (client mapping, provider validation and state, SDK types, plugin schema) reads the field through it.
 * Their rules are built when first read (kinds/lazy-rule.ts): only a provider's `check` reads them.
 */

const anyText = lazyRule((z) => z.string());
const anyFlag = lazyRule((z) => z.boolean());
const nothing = lazyRule((z) => z.object({}).strict() as unknown as z.ZodType<Record<string, never>>);

const STRING_SCHEMA = { type: "string" } as const;
const STRING_MAP_SCHEMA = { type: "object", additionalProperties: STRING_SCHEMA } as const;

/** A proto3 string, whose rule is `rule` (free text when left out). Unset on the wire is "". */
function textField(rule: () => z.ZodType<string> = anyText): FieldType<string, string, string> {
  return {
    schema: STRING_SCHEMA,
    get rule() {
      return rule();
    },
    fromWire: (wire) => (typeof wire === "string" ? wire : ""),
    toWire: (input) => input ?? "",
    toState: (value) => value,
  };
}

/** Free text: display names, descriptions, asset names. */
export const text = textField();

/** A proto3 bool. Unset on the wire is false. */
export const flag: FieldType<boolean, boolean, boolean> = {
  schema: { type: "boolean" },
  get rule() {
    return anyFlag();
  },
  fromWire: (wire) => wire === true,
  toWire: (input) => input ?? false,
  toState: (value) => value,
};

/** A `map<string, string>`, whose keys and values follow `rule`. Unset on the wire is {}. */
function stringMap(
  rule: () => z.ZodType<Record<string, string>>,
): FieldType<Record<string, string>, Record<string, string>, Record<string, string>> {
  return {
    schema: STRING_MAP_SCHEMA,
    get rule() {
      return rule();
    },
    fromWire: (wire) => ({ ...((wire as Record<string, string> | null | undefined) ?? {}) }),
    toWire: (input) => ({ ...(input ?? {}) }),
    toState: (value) => value,
  };
}

/**
 * A google.protobuf.Duration. Programs write "30s" or `{ seconds: 30 }`; state keeps the canonical string so
 * equal durations written differently never show as a change; the client returns `{ seconds, nanos }`.
 */
export const duration: FieldType<Duration | undefined, DurationInput, string> = {
  schema: STRING_SCHEMA,
  get rule() {
    return rules.duration();
  },
  fromWire: (wire) => durationFromWire(wire as Parameters<typeof durationFromWire>[0]),
  toWire: (input) => (input === undefined ? null : durationToWire(parseDuration(input))),
  toState: (value) => (value ? formatDuration(value) : undefined),
};

/** A server timestamp: a Date in the client, an RFC 3339 string in state ("" when the server set none). */
export const timestamp: FieldType<Date | undefined, Date, string> = {
  schema: STRING_SCHEMA,
  get rule() {
    return anyText();
  },
  fromWire: (wire) => dateFromWire(wire as Parameters<typeof dateFromWire>[0]),
  toWire: () => undefined,
  toState: (value) => (value ? value.toISOString() : ""),
};

/**
 * A proto enum, by name. `unspecified` is what the wire holds when nothing is set: state leaves such a field
 * out, so a program that never set it sees no change. `aliases` maps extra names programs may write (the
 * seed's) to the v1 name they stand for.
 */
export function enumeration<
  const Name extends string,
  const Unspecified extends Name,
  const Alias extends string = never,
>(options: {
  unspecified: Unspecified;
  values: readonly Name[];
  aliases?: Readonly<Record<Alias, Name>>;
}): FieldType<Name, Name | Alias, Exclude<Name, Unspecified>> {
  const aliases: Readonly<Record<string, Name>> = options.aliases ?? {};
  const settable = options.values.filter((value) => value !== options.unspecified);
  const settableAliases = Object.keys(aliases).filter((alias) => settable.includes(aliases[alias]));
  const accepted = [...settable, ...settableAliases];
  const described = accepted
    .map((name) => (aliases[name] ? `"${name}" (an alias of ${aliases[name]})` : `"${name}"`))
    .join(", ");
  const canonical = (name: string): Name | undefined =>
    aliases[name] ?? options.values.find((value) => value === name);
  type Settable = Exclude<Name, Unspecified>;
  const rule = lazyRule((z) =>
    z
      .string()
      .refine((name) => settable.includes(canonical(name) as Name), {
        message: `must be one of ${described}`,
      })
      .transform((name) => canonical(name) as Settable),
  );
  return {
    schema: STRING_SCHEMA,
    allowedValues: accepted,
    get rule() {
      return rule();
    },
    fromWire: (wire) => canonical(String(wire ?? "")) ?? options.unspecified,
    toWire(input) {
      if (input === undefined) return options.unspecified;
      const wire = canonical(input);
      if (!wire) throw new Error(`must be one of ${described}, got "${input}"`);
      return wire;
    },
    toState: (value) => (value === options.unspecified ? undefined : (value as Settable)),
  };
}

/** The seed's empty `input_config` message: accepted as `{}` and nothing else. */
export const emptyMessage: FieldType<Record<string, never>, Record<string, never>, Record<string, never>> = {
  schema: { type: "object", additionalProperties: STRING_SCHEMA },
  get rule() {
    return nothing();
  },
  fromWire: () => ({}),
  toWire: () => undefined,
  toState: (value) => value,
};

/** Per-operation time limits in seconds: a resource input, since dynamic providers never see `customTimeouts`. */
export interface OperationTimeouts {
  createSeconds?: number;
  updateSeconds?: number;
  deleteSeconds?: number;
}

/** Provider settings are never on the wire: only the rule and the state form matter. */
export const timeouts: FieldType<OperationTimeouts, OperationTimeouts, OperationTimeouts> = {
  schema: { $ref: "#/types/visionai:index:OperationTimeouts" },
  get rule() {
    return rules.timeouts();
  },
  fromWire: () => ({}),
  toWire: () => undefined,
  toState: (value) => value,
};

/** AIP-122 IDs, the last segment of a resource name. */
export const resourceId = textField(rules.resourceId);
export const projectId = textField(rules.projectId);
export const locationId = textField(rules.locationId);
export const userLabels = stringMap(rules.labels);
export const userAnnotations = stringMap(rules.annotations);

/** Full names of other resources, e.g. a `Cluster`'s `name` output. */
export const clusterReference = textField(rules.clusterNameRule);
export const streamReference = textField(rules.streamNameRule);
export const eventReference = textField(rules.eventNameRule);
