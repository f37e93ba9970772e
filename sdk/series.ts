import * as pulumi from "@pulumi/pulumi";
import { SERIES } from "../kinds";
import { serializedProvider } from "./dynamic-provider";
import type { ArgsOf, OutputsOf } from "./kind-types";
import { exposeUnsetArguments, resourceProps } from "./resource-props";

/** Arguments of a {@link Series}: the input fields of its kind table (kinds/series.ts). */
export type SeriesArgs = ArgsOf<typeof SERIES>;

// The class's output properties come from the kind table through this merged interface, so they cannot
// drift from what the provider records.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface Series extends OutputsOf<typeof SERIES> {}

/**
 * A Vision AI series: one stream joined to one event over time. Passing the stream's and event's
 * `name` outputs makes the series depend on both, so Pulumi deletes it before either.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Series extends pulumi.dynamic.Resource {
  constructor(name: string, args: SeriesArgs, opts?: pulumi.CustomResourceOptions) {
    const props = resourceProps(SERIES, name, args, opts);
    super(serializedProvider("Series"), name, props, opts, "visionai", "Series");
    exposeUnsetArguments(this, SERIES, props);
  }
}
