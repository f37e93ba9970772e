import * as pulumi from "@pulumi/pulumi";
import { STREAM } from "../kinds";
import { serializedProvider } from "./dynamic-provider";
import type { ArgsOf, OutputsOf } from "./kind-types";
import { exposeUnsetArguments, resourceProps } from "./resource-props";

/** Arguments of a {@link Stream}: the input fields of its kind table (kinds/stream.ts). */
export type StreamArgs = ArgsOf<typeof STREAM>;

// The class's output properties come from the kind table through this merged interface, so they cannot
// drift from what the provider records.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface Stream extends OutputsOf<typeof STREAM> {}

/**
 * A Vision AI stream (one camera's video flow) inside a cluster.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Stream extends pulumi.dynamic.Resource {
  constructor(name: string, args: StreamArgs, opts?: pulumi.CustomResourceOptions) {
    const props = resourceProps(STREAM, name, args, opts);
    super(serializedProvider("Stream"), name, props, opts, "visionai", "Stream");
    exposeUnsetArguments(this, STREAM, props);
  }
}
