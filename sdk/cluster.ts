import * as pulumi from "@pulumi/pulumi";
import { CLUSTER } from "../kinds";
import { serializedProvider } from "./dynamic-provider";
import type { ArgsOf, OutputsOf } from "./kind-types";
import { exposeUnsetArguments, resourceProps } from "./resource-props";

/** Arguments of a {@link Cluster}: the input fields of its kind table (kinds/cluster.ts). */
export type ClusterArgs = ArgsOf<typeof CLUSTER>;

// The class's output properties come from the kind table through this merged interface, so they cannot
// drift from what the provider records.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface Cluster extends OutputsOf<typeof CLUSTER> {}

/**
 * A Vision AI streaming cluster: the container for streams, events, series and channels. Streams,
 * events, series and channels that take its `name` output depend on it, so Pulumi deletes them first.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Cluster extends pulumi.dynamic.Resource {
  constructor(name: string, args: ClusterArgs = {}, opts?: pulumi.CustomResourceOptions) {
    const props = resourceProps(CLUSTER, name, args, opts);
    super(serializedProvider("Cluster"), name, props, opts, "visionai", "Cluster");
    exposeUnsetArguments(this, CLUSTER, props);
  }
}
