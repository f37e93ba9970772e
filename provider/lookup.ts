import type { StreamsServiceClient } from "../client";
import { KINDS, type KindName } from "../kinds";
import { outputsOf, type ClientResource } from "./resource-state";

/** The kinds a lookup can read: those v1 has a Get RPC for (capabilities `readable`). */
export const LOOKUP_KIND_NAMES = (Object.keys(KINDS) as KindName[]).filter(
  (kind) => KINDS[kind].capabilities.readable,
);

/**
 * An existing resource of `kind`, read by its full name, in the shape a managed resource of its kind
 * records as outputs: its name parts (`cluster`, `streamId`, ...) and every field of the message in state
 * form (timestamps as RFC 3339 strings, durations as "30s"), without the provider settings. The TypeScript
 * lookups (`getStream`) and the provider plugin's functions (`visionai:index:getStream`) both return this,
 * so a program reads the same properties whichever front end it uses. Failures are the client's
 * VisionAiErrors (NOT_FOUND when there is no such resource).
 */
export async function lookupResource(
  client: StreamsServiceClient,
  kind: KindName,
  name: string,
): Promise<Record<string, unknown>> {
  const resource = (await client.callsFor(kind).get(name)) as ClientResource;
  return outputsOf(KINDS[kind], undefined, resource);
}

/** An HLS playback token as both front ends return it: the JWT and its expiry as an RFC 3339 string. */
export interface HlsTokenOutputs {
  token: string;
  /** "" when the service sent no expiry. */
  expirationTime: string;
}

/** A fresh HLS token for `stream` (GenerateStreamHlsToken); the caller marks `token` secret. */
export async function streamHlsToken(client: StreamsServiceClient, stream: string): Promise<HlsTokenOutputs> {
  const { token, expirationTime } = await client.generateStreamHlsToken({ stream });
  return { token, expirationTime: expirationTime?.toISOString() ?? "" };
}
