import {
  NAMED_IN_ANNOTATIONS,
  UPDATABLE_KIND_FIELDS,
  resourceIdField,
  DEFAULT_TIMEOUTS,
  fullyManaged,
} from "./common-fields";
import * as types from "./field-types";
import { defineKind } from "./kind-table";
import { V1_ENUM_VALUES } from "./v1-resources";

export const CLUSTER_STATES = V1_ENUM_VALUES.Cluster.state;

export const CLUSTER = defineKind({
  kind: "Cluster",
  nameKind: "cluster",
  plural: "Clusters",
  idField: "clusterId",
  capabilities: fullyManaged("Cluster"),
  timeoutDefaults: DEFAULT_TIMEOUTS,
  doc: "A Vision AI streaming cluster: the container for streams, events, series and channels.",
  fields: {
    project: {
      type: types.projectId,
      lifecycle: "name",
      required: true,
      sdkDefault: "stackProject",
      doc: "Google Cloud project. Defaults to stack config `visionai:project`, then `gcp:project`.",
    },
    location: {
      type: types.locationId,
      lifecycle: "name",
      required: true,
      sdkDefault: "stackLocation",
      doc: "Region, e.g. `us-central1`. Defaults to stack config `visionai:location`, then `gcp:region`.",
    },
    clusterId: resourceIdField("Cluster"),
    ...NAMED_IN_ANNOTATIONS,
    ...UPDATABLE_KIND_FIELDS,
    state: {
      type: types.enumeration({ unspecified: "STATE_UNSPECIFIED", values: CLUSTER_STATES }),
      lifecycle: "outputOnly",
      doc: `${CLUSTER_STATES.slice(1).join(", ")}.`,
    },
    dataplaneServiceEndpoint: {
      type: types.text,
      lifecycle: "outputOnly",
      doc: "The endpoint of the cluster's data plane.",
    },
    pscTarget: { type: types.text, lifecycle: "outputOnly", doc: "The Private Service Connect target." },
  },
});
