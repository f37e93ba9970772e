import { z } from "zod";
import type { Stream as StreamResource } from "../client";
import type { CommonInputs, CommonOutputs, KindSpec } from "./kind-spec";
import { clusterName, commonInputFields, resourceId } from "./input-rules";
import { nameSegments, providerSettings, timestamp } from "./resource-fields";

/** Stream inputs as the provider receives them, after `check`. */
export interface StreamInputs extends CommonInputs {
  /** Full name of the cluster that holds the stream; changing it replaces the stream. */
  cluster: string;
  /** The stream's ID, the last segment of its name; changing it replaces the stream. */
  streamId: string;
  displayName?: string;
  description?: string;
  enableHlsPlayback?: boolean;
  mediaWarehouseAsset?: string;
}

/** What state records for a stream. */
export interface StreamOutputs extends StreamInputs, CommonOutputs {}

const schema = z
  .object({
    ...commonInputFields,
    cluster: clusterName,
    streamId: resourceId,
    displayName: z.string().optional(),
    description: z.string().optional(),
    enableHlsPlayback: z.boolean().optional(),
    mediaWarehouseAsset: z.string().optional(),
  })
  .strict();

export const streamSpec: KindSpec<StreamInputs, StreamOutputs, StreamResource> = {
  kind: "Stream",
  schema,
  replaceOnChange: ["cluster", "streamId"],
  updatable: [
    "displayName",
    "description",
    "enableHlsPlayback",
    "mediaWarehouseAsset",
    "labels",
    "annotations",
  ],

  resourceName: (inputs) => `${inputs.cluster}/streams/${inputs.streamId}`,

  async create(client, inputs, totalTimeoutMillis) {
    const operation = await client.createStream({
      parent: inputs.cluster,
      streamId: inputs.streamId,
      stream: streamBody(inputs),
    });
    return operation.result({ totalTimeoutMillis });
  },

  get: (client, name) => client.getStream({ name }),

  async update(client, inputs, updateMask, totalTimeoutMillis) {
    const operation = await client.updateStream({
      stream: { name: streamSpec.resourceName(inputs), ...streamBody(inputs) },
      updateMask,
    });
    return operation.result({ totalTimeoutMillis });
  },

  async delete(client, name, totalTimeoutMillis) {
    const operation = await client.deleteStream({ name });
    await operation.result({ totalTimeoutMillis });
  },

  toOutputs(inputs, stream) {
    const [project, location, cluster, streamId] = nameSegments(stream.name, "streams");
    return {
      cluster: `projects/${project}/locations/${location}/clusters/${cluster}`,
      streamId,
      displayName: stream.displayName ?? "",
      description: stream.description ?? "",
      enableHlsPlayback: stream.enableHlsPlayback ?? false,
      mediaWarehouseAsset: stream.mediaWarehouseAsset ?? "",
      labels: stream.labels ?? {},
      annotations: stream.annotations ?? {},
      ...providerSettings(inputs),
      name: stream.name,
      createTime: timestamp(stream.createTime),
      updateTime: timestamp(stream.updateTime),
    } satisfies StreamOutputs;
  },
};

function streamBody(inputs: StreamInputs) {
  return {
    displayName: inputs.displayName,
    description: inputs.description,
    enableHlsPlayback: inputs.enableHlsPlayback ?? false,
    mediaWarehouseAsset: inputs.mediaWarehouseAsset,
    labels: inputs.labels ?? {},
    annotations: inputs.annotations ?? {},
  };
}
