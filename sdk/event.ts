import * as pulumi from "@pulumi/pulumi";
import { EVENT } from "../kinds";
import { serializedProvider } from "./dynamic-provider";
import type { ArgsOf, OutputsOf } from "./kind-types";
import { exposeUnsetArguments, resourceProps } from "./resource-props";

/** Arguments of a {@link Event}: the input fields of its kind table (kinds/event.ts). */
export type EventArgs = ArgsOf<typeof EVENT>;

// The class's output properties come from the kind table through this merged interface, so they cannot
// drift from what the provider records.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface Event extends OutputsOf<typeof EVENT> {}

/**
 * A Vision AI event: something that happens, which series join to streams over time.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Event extends pulumi.dynamic.Resource {
  constructor(name: string, args: EventArgs, opts?: pulumi.CustomResourceOptions) {
    const props = resourceProps(EVENT, name, args, opts);
    super(serializedProvider("Event"), name, props, opts, "visionai", "Event");
    exposeUnsetArguments(this, EVENT, props);
  }
}
