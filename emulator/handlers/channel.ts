import { emulatedKind } from "../resources/emulated-kind";
import { NAME_PATTERNS } from "../resources/names";
import type { Handler } from "./context";
import { checkStreamAndEvent } from "./references";
import { createHandler } from "./resource-handlers";

/**
 * Channel: v1 can only materialize one (no Get, List, Update or Delete), so channels never block a
 * deletion and are deleted with their stream, event or cluster.
 */
export const EMULATED_CHANNEL = emulatedKind({
  kind: "Channel",
  plural: "Channels",
  collection: "channels",
  typeName: "google.cloud.visionai.v1.Channel",
  resourceField: "channel",
  idField: "channel_id",
  listField: "channels",
  namePattern: NAME_PATTERNS.channel,
  parentPattern: NAME_PATTERNS.cluster,
  checkReferences: (channel, context) => checkStreamAndEvent("channel", channel, context),
  dependants: () => [],
  deletedWith: () => [],
});

export const materializeChannel: Handler = createHandler(
  EMULATED_CHANNEL,
  "MaterializeChannel",
  "materialize",
);
