import {
  COMMON_OUTPUTS,
  DEFAULT_TIMEOUTS,
  PARENT_CLUSTER,
  PROVIDER_SETTINGS,
  resourceIdField,
} from "./common-fields";
import * as types from "./field-types";
import { defineKind } from "./kind-table";

/**
 * Vision AI v1 can materialize a channel but has no RPC to read, update or delete one: every input but the
 * provider settings forces a replacement (which needs a new `channelId`), refresh keeps the recorded state,
 * and deleting only forgets the channel (the service removes it with its stream, event or cluster).
 */
export const CHANNEL = defineKind({
  kind: "Channel",
  nameKind: "channel",
  plural: "Channels",
  idField: "channelId",
  parentField: "cluster",
  capabilities: {
    createRpc: "MaterializeChannel",
    readable: false,
    updatable: false,
    deletable: false,
    listable: false,
    importable: false,
  },
  // Only creation waits for an operation: there is nothing to update or delete.
  timeoutDefaults: DEFAULT_TIMEOUTS,
  doc:
    "A channel materialized from a stream and an event. Vision AI v1 cannot read, update or delete channels: " +
    "every change replaces the channel (give it a new `channelId`), `pulumi refresh` keeps the recorded " +
    "state, and `pulumi destroy` only forgets it; the service removes it with its stream, event or cluster.",
  fields: {
    cluster: PARENT_CLUSTER,
    channelId: resourceIdField("Channel"),
    stream: {
      type: types.streamReference,
      lifecycle: "replace",
      required: true,
      sameCluster: true,
      doc: "Full name of the source stream in the same cluster: pass a `Stream`'s `name` output.",
    },
    event: {
      type: types.eventReference,
      lifecycle: "replace",
      required: true,
      sameCluster: true,
      doc: "Full name of the source event in the same cluster: pass an `Event`'s `name` output.",
    },
    labels: { type: types.userLabels, lifecycle: "replace", doc: "Labels (a change replaces the channel)." },
    annotations: {
      type: types.userAnnotations,
      lifecycle: "replace",
      doc: "Free-form annotations (a change replaces the channel); `pulumi-visionai/` keys are reserved.",
    },
    inputConfig: {
      type: types.emptyMessage,
      lifecycle: "replace",
      storage: "none",
      doc: "Accepted for compatibility with the seed's API (an empty message); v1 has no such field.",
    },
    ...PROVIDER_SETTINGS,
    ...COMMON_OUTPUTS,
  },
});
