import { z } from "zod";
import type { Series as SeriesResource } from "../client";
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

/** Series inputs as the provider receives them, after `check`. */
export interface SeriesInputs extends CommonInputs {
  /** Full name of the cluster that holds the series; changing it replaces the series. */
  cluster: string;
  /** The series' ID, the last segment of its name; changing it replaces the series. */
  seriesId: string;
  /** Full name of the stream the series records, in the same cluster. */
  stream: string;
  /** Full name of the event the series records, in the same cluster. */
  event: string;
  displayName?: string;
  description?: string;
}

/** What state records for a series. */
export interface SeriesOutputs extends SeriesInputs, CommonOutputs {}

const schema = z
  .object({
    ...commonInputFields,
    cluster: clusterName,
    seriesId: resourceId,
    stream: streamName,
    event: eventName,
    displayName: z.string().optional(),
    description: z.string().optional(),
  })
  .strict()
  .superRefine(sameCluster(["stream", "event"]));

export const seriesSpec: KindSpec<SeriesInputs, SeriesOutputs, SeriesResource> = {
  kind: "Series",
  schema,
  replaceOnChange: ["cluster", "seriesId"],
  updatable: ["stream", "event", "displayName", "description", "labels", "annotations"],

  resourceName: (inputs) => `${inputs.cluster}/series/${inputs.seriesId}`,

  async create(client, inputs, totalTimeoutMillis) {
    const operation = await client.createSeries({
      parent: inputs.cluster,
      seriesId: inputs.seriesId,
      series: seriesBody(inputs),
    });
    return operation.result({ totalTimeoutMillis });
  },

  get: (client, name) => client.getSeries({ name }),

  async update(client, inputs, updateMask, totalTimeoutMillis) {
    const operation = await client.updateSeries({
      series: { name: seriesSpec.resourceName(inputs), ...seriesBody(inputs) },
      updateMask,
    });
    return operation.result({ totalTimeoutMillis });
  },

  async delete(client, name, totalTimeoutMillis) {
    const operation = await client.deleteSeries({ name });
    await operation.result({ totalTimeoutMillis });
  },

  toOutputs(inputs, series) {
    const [project, location, cluster, seriesId] = nameSegments(series.name, "series");
    return {
      cluster: `projects/${project}/locations/${location}/clusters/${cluster}`,
      seriesId,
      stream: series.stream ?? "",
      event: series.event ?? "",
      displayName: series.displayName ?? "",
      description: series.description ?? "",
      labels: series.labels ?? {},
      annotations: series.annotations ?? {},
      ...providerSettings(inputs),
      name: series.name,
      createTime: timestamp(series.createTime),
      updateTime: timestamp(series.updateTime),
    } satisfies SeriesOutputs;
  },
};

function seriesBody(inputs: SeriesInputs) {
  return {
    stream: inputs.stream,
    event: inputs.event,
    displayName: inputs.displayName,
    description: inputs.description,
    labels: inputs.labels ?? {},
    annotations: inputs.annotations ?? {},
  };
}
