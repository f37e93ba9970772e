import { emulatedKind } from "../resources/emulated-kind";
import { NAME_PATTERNS, idOf } from "../resources/names";
import { childrenOf } from "./dependants";
import { resourceHandlers } from "./resource-handlers";

/**
 * Cluster: created PROVISIONING, RUNNING with a dataplane endpoint and PSC target once its create
 * operation is done. Both values are stable fakes derived from the name, so repeated reads never differ.
 */
export const EMULATED_CLUSTER = emulatedKind({
  kind: "Cluster",
  plural: "Clusters",
  collection: "clusters",
  typeName: "google.cloud.visionai.v1.Cluster",
  resourceField: "cluster",
  idField: "cluster_id",
  listField: "clusters",
  namePattern: NAME_PATTERNS.cluster,
  parentPattern: NAME_PATTERNS.location,
  initialOutput: () => ({ state: "PROVISIONING", dataplane_service_endpoint: "", psc_target: "" }),
  readyOutput: (cluster) => {
    const [, project, , location] = cluster.name.split("/");
    const id = idOf(cluster.name);
    return {
      state: "RUNNING",
      dataplane_service_endpoint: `${id}.${location}.dataplane.visionai-emulator.internal`,
      psc_target: `projects/${project}/regions/${location}/serviceAttachments/visionai-${id}`,
    };
  },
  dependants: (name, context) => childrenOf(name, ["Stream", "Event", "Series"], context),
  deletedWith: (name, context) => childrenOf(name, ["Series", "Channel", "Stream", "Event"], context),
});

export const clusterHandlers = resourceHandlers(EMULATED_CLUSTER);
