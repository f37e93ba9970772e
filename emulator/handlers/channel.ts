import { COMMON_FIELDS } from "../filter/fields";
import type { KindSpec } from "../resources/kind-spec";
import { NAME_PATTERNS } from "../resources/names";
import type { Handler } from "./context";
import { checkStreamAndEvent } from "./references";
import { createHandler } from "./resource-handlers";

/**
 * Channel: v1 can only materialize one (no Get, List, Update or Delete), so channels never block a
 * deletion and are deleted with their stream, event or cluster.
 */
export const CHANNEL: KindSpec = {
  kind: "Channel",
  plural: "Channels",
  collection: "channels",
  typeName: "google.cloud.visionai.v1.Channel",
  resourceField: "channel",
  idField: "channel_id",
  listField: "channels",
  namePattern: NAME_PATTERNS.channel,
  parentPattern: NAME_PATTERNS.cluster,
  inputFields: ["labels", "annotations", "stream", "event"],
  outputOnlyFields: ["create_time", "update_time"],
  inputDefaults: () => ({ labels: {}, annotations: {}, stream: "", event: "" }),
  filterFields: COMMON_FIELDS,
  checkReferences: (channel, context) => checkStreamAndEvent("channel", channel, context),
  dependants: () => [],
  deletedWith: () => [],
};

export const materializeChannel: Handler = createHandler(CHANNEL, "MaterializeChannel", "materialize");
