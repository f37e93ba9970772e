import * as pulumi from "@pulumi/pulumi";
import type { ClusterInputs } from "../provider";
import { COMMON_OUTPUTS, type CommonArgs } from "./common-args";
import { defaultLocation, defaultProject } from "./defaults";
import { serializedProvider } from "./dynamic-provider";

/** Arguments of a {@link Cluster}. */
export interface ClusterArgs extends CommonArgs {
  /** Cluster ID (AIP-122: lowercase letters, digits, hyphens). Defaults to the Pulumi resource name. */
  clusterId?: pulumi.Input<string>;
  /** Google Cloud project. Defaults to stack config `visionai:project`, then `gcp:project`. */
  project?: pulumi.Input<string>;
  /** Region, e.g. `us-central1`. Defaults to stack config `visionai:location`, then `gcp:region`. */
  location?: pulumi.Input<string>;
}

/**
 * A Vision AI streaming cluster: the container for streams, events and series. Streams, events and series
 * created with `parent: cluster` depend on it, so Pulumi deletes them before the cluster.
 */
export class Cluster extends pulumi.dynamic.Resource {
  /** Full resource name, `projects/{project}/locations/{location}/clusters/{clusterId}`. */
  declare public readonly name: pulumi.Output<string>;
  declare public readonly project: pulumi.Output<string>;
  declare public readonly location: pulumi.Output<string>;
  declare public readonly clusterId: pulumi.Output<string>;
  declare public readonly displayName: pulumi.Output<string>;
  declare public readonly description: pulumi.Output<string>;
  declare public readonly labels: pulumi.Output<Record<string, string>>;
  declare public readonly annotations: pulumi.Output<Record<string, string>>;
  /** PROVISIONING, RUNNING, STOPPING or ERROR. */
  declare public readonly state: pulumi.Output<string>;
  declare public readonly pscTarget: pulumi.Output<string>;
  declare public readonly dataplaneServiceEndpoint: pulumi.Output<string>;
  declare public readonly createTime: pulumi.Output<string>;
  declare public readonly updateTime: pulumi.Output<string>;

  constructor(name: string, args: ClusterArgs = {}, opts?: pulumi.CustomResourceOptions) {
    const inputs: Record<keyof ClusterInputs, unknown> = {
      clusterId: args.clusterId ?? name,
      project: args.project ?? defaultProject(),
      location: args.location ?? defaultLocation(),
      displayName: args.displayName,
      description: args.description,
      labels: args.labels,
      annotations: args.annotations,
      adoptExisting: args.adoptExisting,
      timeouts: args.timeouts,
    };
    const outputs = {
      ...COMMON_OUTPUTS,
      state: undefined,
      pscTarget: undefined,
      dataplaneServiceEndpoint: undefined,
    };
    super(serializedProvider("Cluster"), name, { ...inputs, ...outputs }, opts, "visionai", "Cluster");
  }
}
