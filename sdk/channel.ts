import * as pulumi from "@pulumi/pulumi";
import { CHANNEL } from "../kinds";
import { serializedProvider } from "./dynamic-provider";
import type { ArgsOf, OutputsOf } from "./kind-types";
import { exposeUnsetArguments, resourceProps } from "./resource-props";

/** Arguments of a {@link Channel}: the input fields of its kind table (kinds/channel.ts). */
export type ChannelArgs = ArgsOf<typeof CHANNEL>;

// The class's output properties come from the kind table through this merged interface, so they cannot
// drift from what the provider records.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface Channel extends OutputsOf<typeof CHANNEL> {}

/**
 * A channel materialized from a stream and an event.
 *
 * Vision AI v1 cannot read, update or delete channels: every change replaces the channel (give it a new
 * `channelId`), `pulumi refresh` keeps the recorded state, and `pulumi destroy` only forgets it; the
 * service removes it together with its stream, event or cluster.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Channel extends pulumi.dynamic.Resource {
  constructor(name: string, args: ChannelArgs, opts?: pulumi.CustomResourceOptions) {
    const props = resourceProps(CHANNEL, name, args, opts);
    super(serializedProvider("Channel"), name, props, opts, "visionai", "Channel");
    exposeUnsetArguments(this, CHANNEL, props);
  }
}
