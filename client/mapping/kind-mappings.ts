import { KINDS, type KindName, type KindTable, type NameKind } from "../../kinds";
import { kindMapping, type KindMapping } from "./kind-mapping";

/** The wire mapping of every kind in KINDS. */
export const MAPPINGS = Object.fromEntries(
  Object.entries(KINDS).map(([kind, table]) => [kind, kindMapping(table)]),
) as { [K in KindName]: KindMapping<(typeof KINDS)[K]> };

/** RPC and field names of one kind on the wire (camelCase, as the gRPC stubs take them). */
export interface KindRpcNames {
  /** The RPC that makes one: "CreateCluster", "MaterializeChannel". */
  createRpc: string;
  /** "Cluster" gives GetCluster, UpdateCluster, DeleteCluster. */
  singular: string;
  /** "Clusters" gives ListClusters. */
  plural: string;
  /** Collection segment of names, also the list response field holding the items, e.g. "clusters". */
  collection: string;
  /** Field of create and update requests holding the resource, e.g. "cluster". */
  bodyField: string;
  /** Field of the create request holding the new id, e.g. "clusterId". */
  idField: string;
  /** Kind of the parent name, e.g. "location" for clusters. */
  parentKind: NameKind;
}

export function rpcNamesOf(table: KindTable): KindRpcNames {
  return {
    createRpc: table.capabilities.createRpc,
    singular: table.kind,
    plural: table.plural,
    collection: table.plural.toLowerCase(),
    bodyField: table.nameKind,
    idField: table.idField,
    parentKind: table.parentField ? "cluster" : "location",
  };
}
