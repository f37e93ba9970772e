import { lazyRule, type Zod } from "./lazy-rule";
import { formatDuration, parseDuration } from "./wire/durations";
import { RESERVED_ANNOTATION_PREFIX } from "./reserved-annotations";
import { NAME_PATTERNS } from "./resource-names";

/**
 * Input rules shared by every kind, each built on first use (kinds/lazy-rule.ts). Messages name the rule and
 * the fix; the argument name is added by `checkFailures`, which turns every problem into one Pulumi check
 * failure at once.
 */

/** AIP-122 resource IDs: the only rule the service documents. */
export const RESOURCE_ID_PATTERN = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

export const resourceId = lazyRule((z) =>
  z
    .string()
    .regex(
      RESOURCE_ID_PATTERN,
      "must be 1-63 characters of lowercase letters, digits and hyphens, start with a letter and not end " +
        'with a hyphen (AIP-122), e.g. "video-cluster"',
    ),
);

export const projectId = lazyRule((z) =>
  z
    .string()
    .min(1, "is required: set it on the resource or with `pulumi config set visionai:project <project>`"),
);

export const locationId = lazyRule((z) =>
  z
    .string()
    .min(1, "is required: set it on the resource or with `pulumi config set visionai:location <region>`"),
);

/** Google Cloud label rules (keys and values up to 63 characters of lowercase letters, digits, `_` and `-`). */
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

export const labels = lazyRule((z) =>
  z.record(z.string(), z.string()).superRefine((map, ctx) => {
    for (const [key, value] of Object.entries(map)) {
      if (!LABEL_KEY.test(key)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message:
            "label keys must start with a lowercase letter and use at most 63 lowercase letters, digits, `_` or `-`",
        });
      } else if (!LABEL_VALUE.test(value)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "label values must use at most 63 lowercase letters, digits, `_` or `-`",
        });
      }
    }
    if (Object.keys(map).length > 64) {
      ctx.addIssue({ code: "custom", message: "at most 64 labels are allowed" });
    }
  }),
);

export const annotations = lazyRule((z) =>
  z.record(z.string(), z.string()).superRefine((map, ctx) => {
    for (const key of Object.keys(map)) {
      if (key.startsWith(RESERVED_ANNOTATION_PREFIX)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `keys starting with "${RESERVED_ANNOTATION_PREFIX}" are reserved for the package (displayName, description and the creation marker): set displayName or description as arguments instead`,
        });
      }
    }
  }),
);

export const timeouts = lazyRule((z) => {
  const seconds = z.number().int().positive("must be a positive number of seconds").optional();
  return z.object({ createSeconds: seconds, updateSeconds: seconds, deleteSeconds: seconds }).strict();
});

/**
 * The full name of a resource of `kind` (its NAME_PATTERNS entry): project and location any non-empty
 * segment, the cluster and the resource's own ID AIP-122 IDs.
 */
function fullNameRule(kind: "cluster" | "stream" | "event", example: string) {
  return lazyRule((z) => fullNameSchema(z, kind, example));
}

function fullNameSchema(z: Zod, kind: "cluster" | "stream" | "event", example: string) {
  const segments = NAME_PATTERNS[kind].split("/").map((segment) => {
    if (segment === "{project}" || segment === "{location}") return "[^/]+";
    if (segment.startsWith("{")) return RESOURCE_ID_PATTERN.source.slice(1, -1);
    return segment;
  });
  return z
    .string()
    .regex(
      new RegExp(`^${segments.join("/")}$`),
      `must be a full ${kind} name such as "${example}" (pass the ${kind}'s \`name\` output)`,
    );
}

/** A parent cluster's full name, e.g. a `Cluster`'s `name` output. */
export const clusterNameRule = fullNameRule(
  "cluster",
  "projects/my-project/locations/us-central1/clusters/video-cluster",
);

/** The stream a series or channel joins. */
export const streamNameRule = fullNameRule(
  "stream",
  "projects/my-project/locations/us-central1/clusters/c/streams/camera-1",
);

/** The event a series or channel joins. */
export const eventNameRule = fullNameRule(
  "event",
  "projects/my-project/locations/us-central1/clusters/c/events/motion",
);

/**
 * A duration as the seed writes it (`{ seconds: 30 }`) or as a string ("30s", "1.5s"), kept in state in
 * the canonical string form so that equal durations written differently never show as a change.
 */
export const duration = lazyRule((z) =>
  z
    .union([z.string(), z.object({ seconds: z.number().optional(), nanos: z.number().optional() }).strict()])
    .transform((value, ctx) => {
      try {
        return formatDuration(parseDuration(value));
      } catch (error) {
        ctx.addIssue({
          code: "custom",
          message: `must be a duration such as "30s" or { seconds: 30 }: ${(error as Error).message}`,
        });
        return z.NEVER;
      }
    }),
);
