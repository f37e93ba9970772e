import { z } from "zod";
import type { Cluster as ClusterResource } from "../client";
import type { CommonInputs, CommonOutputs, KindSpec } from "./kind-spec";
import { commonInputFields, locationId, projectId, resourceId } from "./input-rules";
import { nameSegments, providerSettings, timestamp } from "./resource-fields";

/** Cluster inputs as the provider receives them, after `check`. */
export interface ClusterInputs extends CommonInputs {
  project: string;
  location: string;
  /** The cluster's ID, the last segment of its name; changing it replaces the cluster. */
  clusterId: string;
  displayName?: string;
  description?: string;
}

/** What state records for a cluster: its inputs as the service holds them, plus output-only fields. */
export interface ClusterOutputs extends ClusterInputs, CommonOutputs {
  /** PROVISIONING, RUNNING, STOPPING or ERROR. */
  state: string;
  pscTarget: string;
  dataplaneServiceEndpoint: string;
}

const schema = z
  .object({
    ...commonInputFields,
    project: projectId,
    location: locationId,
    clusterId: resourceId,
    displayName: z.string().optional(),
    description: z.string().optional(),
  })
  .strict();

export const clusterSpec: KindSpec<ClusterInputs, ClusterOutputs, ClusterResource> = {
  kind: "Cluster",
  schema,
  replaceOnChange: ["project", "location", "clusterId"],
  updatable: ["displayName", "description", "labels", "annotations"],

  resourceName: (inputs) =>
    `projects/${inputs.project}/locations/${inputs.location}/clusters/${inputs.clusterId}`,

  async create(client, inputs, totalTimeoutMillis) {
    const operation = await client.createCluster({
      parent: `projects/${inputs.project}/locations/${inputs.location}`,
      clusterId: inputs.clusterId,
      cluster: clusterBody(inputs),
    });
    return operation.result({ totalTimeoutMillis });
  },

  get: (client, name) => client.getCluster({ name }),

  async update(client, inputs, updateMask, totalTimeoutMillis) {
    const operation = await client.updateCluster({
      cluster: { name: clusterSpec.resourceName(inputs), ...clusterBody(inputs) },
      updateMask,
    });
    return operation.result({ totalTimeoutMillis });
  },

  async delete(client, name, totalTimeoutMillis) {
    const operation = await client.deleteCluster({ name });
    await operation.result({ totalTimeoutMillis });
  },

  toOutputs(inputs, cluster) {
    const [project, location, clusterId] = nameSegments(cluster.name, "clusters");
    return {
      project,
      location,
      clusterId,
      displayName: cluster.displayName ?? "",
      description: cluster.description ?? "",
      labels: cluster.labels ?? {},
      annotations: cluster.annotations ?? {},
      ...providerSettings(inputs),
      name: cluster.name,
      state: String(cluster.state ?? "STATE_UNSPECIFIED"),
      pscTarget: cluster.pscTarget ?? "",
      dataplaneServiceEndpoint: cluster.dataplaneServiceEndpoint ?? "",
      createTime: timestamp(cluster.createTime),
      updateTime: timestamp(cluster.updateTime),
    } satisfies ClusterOutputs;
  },
};

function clusterBody(inputs: ClusterInputs) {
  return {
    displayName: inputs.displayName,
    description: inputs.description,
    labels: inputs.labels ?? {},
    annotations: inputs.annotations ?? {},
  };
}
