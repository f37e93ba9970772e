/**
 * One table per resource kind: every field once, with its type, rule and lifecycle. The client mapping, the
 * provider, the SDK and the plugin schema all derive from these tables.
 */
import { CHANNEL } from "./channel";
import { CLUSTER } from "./cluster";
import { EVENT } from "./event";
import type { KindName, KindTable } from "./kind-table";
import { SERIES } from "./series";
import { STREAM } from "./stream";

export { CHANNEL, CLUSTER, EVENT, SERIES, STREAM };
export { CLUSTER_STATES } from "./cluster";
export { alignmentClock } from "./event";

/** Every kind, parents before children (the order resources are created in). */
export const KINDS = {
  Cluster: CLUSTER,
  Stream: STREAM,
  Event: EVENT,
  Series: SERIES,
  Channel: CHANNEL,
} as const satisfies Record<KindName, KindTable>;

export * from "./kind-table";
export { camelCase, snakeCase } from "./field-names";
export { DEFAULT_TIMEOUTS_TEXT } from "./common-fields";
export { isProto3Default } from "./proto3-defaults";
export type * from "./derived-types";
export type { FieldType, SchemaType, AnyFieldType } from "./field-type";
export type { OperationTimeouts } from "./field-types";
export { RESERVED_ANNOTATION_PREFIX, annotationKeyFor } from "./reserved-annotations";
export {
  CREATED_FOR_ANNOTATION,
  CREATED_FOR_FIELD,
  CREATED_FOR_INPUT,
  creationIdentity,
} from "./creation-marker";
export * as inputRules from "./input-rules";
export { lazyRule, type Zod } from "./lazy-rule";
export * from "./resource-names";
export * from "./wire/durations";
export { dateFromWire } from "./wire/timestamps";
export type { WireDuration, WireTimestamp } from "./wire/wire-values";
export { resourceNameOf, nameFieldsOf } from "./resource-naming";
