import * as pulumi from "@pulumi/pulumi";
import type { KINDS, KindName, LookupOutputsOf } from "../kinds";
import { lookupResource, streamHlsToken, type HlsTokenOutputs } from "../provider";
import { programClient } from "./program-client";

/**
 * Lookup functions: read resources a program does not manage (another stack's cluster, a stream made by
 * hand) by their full name. Each has a Promise form and an Output form, as Pulumi's own providers do.
 *
 * A lookup returns what a managed resource of the kind has as outputs (less its provider settings): name
 * parts such as `cluster` and `streamId`, and every field in the form Pulumi state keeps (timestamps as
 * RFC 3339 strings, durations as "30s"). The provider plugin's `visionai:index:get<Kind>` functions return
 * the same properties, so a program reads the same shape from TypeScript, YAML, Python or Go. For the
 * client's objects (Dates, `{ seconds, nanos }`), use `StreamsServiceClient` instead.
 */
export interface LookupArgs {
  /** Full resource name, e.g. `projects/p/locations/l/clusters/c`. */
  name: string;
}

/** A kind's lookup in its two forms, reading through the stack's client (`visionai:*` config). */
function lookupFunctions<K extends KindName>(kind: K) {
  type Result = LookupOutputsOf<(typeof KINDS)[K]>;
  const lookup = async (args: LookupArgs): Promise<Result> =>
    (await lookupResource(programClient(), kind, args.name)) as Result;
  // The name may be another resource's output (`{ name: stream.name }`), as in Pulumi's generated SDKs.
  const lookupOutput = (args: pulumi.Input<{ name: pulumi.Input<string> }>): pulumi.Output<Result> =>
    pulumi.output(args).apply(lookup) as pulumi.Output<Result>;
  return [lookup, lookupOutput] as const;
}

export const [getCluster, getClusterOutput] = lookupFunctions("Cluster");
export const [getStream, getStreamOutput] = lookupFunctions("Stream");
export const [getEvent, getEventOutput] = lookupFunctions("Event");
export const [getSeries, getSeriesOutput] = lookupFunctions("Series");

/**
 * An HLS playback token for a stream (which must have `enableHlsPlayback`), with its expiry as an RFC 3339
 * string, as `visionai:index:getStreamHlsToken` returns it. The Output form is secret, so the token never
 * shows in previews, logs or unencrypted state.
 */
export function getStreamHlsToken(args: { stream: string }): Promise<HlsTokenOutputs> {
  return streamHlsToken(programClient(), args.stream);
}

export function getStreamHlsTokenOutput(
  args: pulumi.Input<{ stream: pulumi.Input<string> }>,
): pulumi.Output<HlsTokenOutputs> {
  return pulumi.secret(pulumi.output(args).apply(getStreamHlsToken));
}
