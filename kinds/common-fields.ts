import * as types from "./field-types";
import type { OperationTimeouts } from "./field-types";
import type { FieldSpec, KindCapabilities, KindName } from "./kind-table";

/** Fields every kind has, in the same place in each table. */

/**
 * Operation time limits unless a program sets `timeouts`. Creation waits 45 minutes, as long as the
 * client's default polling does, because the first stream in a project waits for the cluster's data plane,
 * which takes about 30 minutes on the real service.
 */
export const DEFAULT_TIMEOUTS = {
  createSeconds: 45 * 60,
  updateSeconds: 20 * 60,
  deleteSeconds: 20 * 60,
} as const satisfies Required<OperationTimeouts>;

const minutes = (seconds: number) => `${seconds / 60} minutes`;

/** The default time limits in words, for docs: "Defaults: 45 minutes to create, ...". */
export const DEFAULT_TIMEOUTS_TEXT =
  `Defaults: ${minutes(DEFAULT_TIMEOUTS.createSeconds)} to create, ${minutes(DEFAULT_TIMEOUTS.updateSeconds)} ` +
  `to update, ${minutes(DEFAULT_TIMEOUTS.deleteSeconds)} to delete.`;

/** What v1 offers for a kind with the full set of RPCs: Create, Get, Update, Delete and List. */
export function fullyManaged(kind: KindName): KindCapabilities {
  return {
    createRpc: `Create${kind}`,
    readable: true,
    updatable: true,
    deletable: true,
    listable: true,
    importable: true,
  };
}

export const LABELS = {
  type: types.userLabels,
  lifecycle: "update",
  doc: "Labels: keys and values of up to 63 lowercase letters, digits, `_` or `-`; at most 64.",
} as const satisfies FieldSpec;

const ANNOTATIONS = {
  type: types.userAnnotations,
  lifecycle: "update",
  doc: "Free-form annotations; keys starting with `pulumi-visionai/` are reserved.",
} as const satisfies FieldSpec;

/** Provider settings: never sent, they steer how the provider treats the resource. */
export const PROVIDER_SETTINGS = {
  adoptExisting: {
    type: types.flag,
    lifecycle: "provider",
    doc:
      "Take over a resource that already exists under the same name instead of failing with ALREADY_EXISTS " +
      "(the dynamic resources cannot use `pulumi import`; the provider plugin's can).",
  },
  timeouts: {
    type: types.timeouts,
    lifecycle: "provider",
    doc:
      "Operation time limits in seconds, for the dynamic resources, which do not receive `customTimeouts`. " +
      DEFAULT_TIMEOUTS_TEXT,
  },
} as const satisfies Record<string, FieldSpec>;

/** Output-only fields every kind reports. */
export const COMMON_OUTPUTS = {
  name: {
    type: types.text,
    lifecycle: "outputOnly",
    doc: "Full resource name, e.g. `projects/p/locations/l/clusters/c`; also the Pulumi resource ID.",
  },
  createTime: {
    type: types.timestamp,
    lifecycle: "outputOnly",
    doc: "When the resource was created (RFC 3339).",
  },
  updateTime: {
    type: types.timestamp,
    lifecycle: "outputOnly",
    doc: "When the resource was last updated (RFC 3339).",
  },
} as const satisfies Record<string, FieldSpec>;

/** The parent cluster of streams, events, series and channels. */
export const PARENT_CLUSTER = {
  type: types.clusterReference,
  lifecycle: "name",
  required: true,
  doc: "Full name of the cluster that holds the resource: pass a `Cluster`'s `name` output.",
} as const satisfies FieldSpec;

/** A resource's own ID; the SDK defaults it to the Pulumi resource name. */
export function resourceIdField(kind: string) {
  return {
    type: types.resourceId,
    lifecycle: "name",
    required: true,
    sdkDefault: "resourceName",
    doc: `${kind} ID (AIP-122: lowercase letters, digits and hyphens). Defaults to the Pulumi resource name.`,
  } as const satisfies FieldSpec;
}

export const DESCRIPTION_IN_ANNOTATIONS = {
  type: types.text,
  lifecycle: "update",
  storage: "annotation",
  doc: "Description (kept in annotations: the v1 message has no such field).",
} as const satisfies FieldSpec;

/** The seed's display name and description, both kept in annotations (Cluster, Event and Series lack both). */
export const NAMED_IN_ANNOTATIONS = {
  displayName: {
    type: types.text,
    lifecycle: "update",
    storage: "annotation",
    doc: "Display name (kept in annotations: the v1 message has no such field).",
  },
  description: DESCRIPTION_IN_ANNOTATIONS,
} as const satisfies Record<string, FieldSpec>;

/** The tail of every table whose kind can be updated: its maps, the provider settings and the outputs. */
export const UPDATABLE_KIND_FIELDS = {
  labels: LABELS,
  annotations: ANNOTATIONS,
  ...PROVIDER_SETTINGS,
  ...COMMON_OUTPUTS,
} as const satisfies Record<string, FieldSpec>;
