import type { Cluster, ClusterInput, ClusterState } from "../resources";
import type { WireCluster } from "../wire-types";
import { commonFromWire, commonToWire, type KindMapping } from "./kind-mapping";

/** v1 has no display name or description on Cluster: both live in annotations. State and endpoints are output only. */
export const clusterMapping: KindMapping<Cluster, ClusterInput, WireCluster> = {
  kind: "Cluster",
  nameKind: "cluster",
  seedFields: ["displayName", "description"],
  updatableFields: ["labels", "annotations", "display_name", "description"],

  toWire: (input) => commonToWire(input, clusterMapping.seedFields),

  fromWire(wire) {
    const { common, seedValues } = commonFromWire(wire, clusterMapping.seedFields);
    return {
      ...common,
      displayName: seedValues.displayName ?? "",
      description: seedValues.description ?? "",
      state: (wire.state || "STATE_UNSPECIFIED") as ClusterState,
      pscTarget: wire.pscTarget ?? "",
      dataplaneServiceEndpoint: wire.dataplaneServiceEndpoint ?? "",
    };
  },
};
