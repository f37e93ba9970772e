import * as pulumi from "@pulumi/pulumi";
import type { Cluster, Event, Series, Stream, StreamHlsToken } from "../client";
import { programClient } from "./program-client";

/**
 * Lookup functions: read resources a program does not manage (another stack's cluster, a stream made by
 * hand) by their full name. Each has a Promise form and an Output form, as Pulumi's own providers do.
 */
export interface LookupArgs {
  /** Full resource name, e.g. `projects/p/locations/l/clusters/c`. */
  name: string;
}

export function getCluster(args: LookupArgs): Promise<Cluster> {
  return programClient().getCluster({ name: args.name });
}

export function getClusterOutput(args: pulumi.Input<LookupArgs>): pulumi.Output<Cluster> {
  return pulumi.output(args).apply(getCluster);
}

export function getStream(args: LookupArgs): Promise<Stream> {
  return programClient().getStream({ name: args.name });
}

export function getStreamOutput(args: pulumi.Input<LookupArgs>): pulumi.Output<Stream> {
  return pulumi.output(args).apply(getStream);
}

export function getEvent(args: LookupArgs): Promise<Event> {
  return programClient().getEvent({ name: args.name });
}

export function getEventOutput(args: pulumi.Input<LookupArgs>): pulumi.Output<Event> {
  return pulumi.output(args).apply(getEvent);
}

export function getSeries(args: LookupArgs): Promise<Series> {
  return programClient().getSeries({ name: args.name });
}

export function getSeriesOutput(args: pulumi.Input<LookupArgs>): pulumi.Output<Series> {
  return pulumi.output(args).apply(getSeries);
}

/**
 * An HLS playback token for a stream (which must have `enableHlsPlayback`). The Output form is secret, so
 * the token never shows in previews, logs or unencrypted state.
 */
export function getStreamHlsToken(args: { stream: string }): Promise<StreamHlsToken> {
  return programClient().generateStreamHlsToken({ stream: args.stream });
}

export function getStreamHlsTokenOutput(
  args: pulumi.Input<{ stream: pulumi.Input<string> }>,
): pulumi.Output<StreamHlsToken> {
  return pulumi.secret(pulumi.output(args).apply(getStreamHlsToken));
}
