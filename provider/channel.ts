import { z } from "zod";
import type { Channel as ChannelResource } from "../client";
import type { CommonInputs, CommonOutputs, KindSpec } from "./kind-spec";
import {
  clusterName,
  commonInputFields,
  eventName,
  resourceId,
  sameCluster,
  streamName,
} from "./input-rules";
import { nameSegments, providerSettings, timestamp } from "./resource-fields";

/**
 * Channel inputs as the provider receives them, after `check`.
 *
 * Vision AI v1 can materialize a channel but has no RPC to read, update or delete one, so every input
 * forces a replacement (a new channel, which needs a new `channelId`), refresh keeps the recorded state,
 * and deleting only forgets the channel: the service removes it with its stream, event or cluster.
 */
export interface ChannelInputs extends CommonInputs {
  cluster: string;
  channelId: string;
  /** Full name of the source stream, in the same cluster. */
  stream: string;
  /** Full name of the source event, in the same cluster. */
  event: string;
  /** Accepted for compatibility with the seed's API; v1 has no such field, so it is not sent. */
  inputConfig?: Record<string, never>;
}

/** What state records for a channel. */
export interface ChannelOutputs extends ChannelInputs, CommonOutputs {}

const schema = z
  .object({
    ...commonInputFields,
    cluster: clusterName,
    channelId: resourceId,
    stream: streamName,
    event: eventName,
    inputConfig: z.object({}).strict().optional(),
  })
  .strict()
  .superRefine(sameCluster(["stream", "event"]));

export const channelSpec: KindSpec<ChannelInputs, ChannelOutputs, ChannelResource> = {
  kind: "Channel",
  schema: schema as z.ZodType<ChannelInputs>,
  replaceOnChange: ["cluster", "channelId", "stream", "event", "labels", "annotations"],
  updatable: [],

  resourceName: (inputs) => `${inputs.cluster}/channels/${inputs.channelId}`,

  async create(client, inputs, totalTimeoutMillis) {
    const operation = await client.materializeChannel({
      parent: inputs.cluster,
      channelId: inputs.channelId,
      channel: {
        stream: inputs.stream,
        event: inputs.event,
        labels: inputs.labels ?? {},
        annotations: inputs.annotations ?? {},
      },
    });
    return operation.result({ totalTimeoutMillis });
  },

  /** Nothing to call: v1 has no DeleteChannel; the channel goes with its stream, event or cluster. */
  async delete() {},

  toOutputs(inputs, channel) {
    const [project, location, cluster, channelId] = nameSegments(channel.name, "channels");
    const outputs: ChannelOutputs = {
      cluster: `projects/${project}/locations/${location}/clusters/${cluster}`,
      channelId,
      stream: channel.stream ?? "",
      event: channel.event ?? "",
      labels: channel.labels ?? {},
      annotations: channel.annotations ?? {},
      ...providerSettings(inputs),
      name: channel.name,
      createTime: timestamp(channel.createTime),
      updateTime: timestamp(channel.updateTime),
    };
    if (inputs?.inputConfig) outputs.inputConfig = inputs.inputConfig;
    return outputs;
  },
};
