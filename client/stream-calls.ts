import { randomUUID } from "node:crypto";
import type { Operation } from "./operation";
import type { GenerateStreamHlsTokenRequest, GetStreamThumbnailRequest } from "./requests";
import { checkName } from "./resource-calls";
import type { StreamHlsToken, StreamThumbnail } from "./resources";
import { checkArguments, type CallOptions, type Rpc } from "./rpc";
import { dateFromWire } from "../kinds";
import type { WireGenerateStreamHlsTokenResponse } from "./wire-types";

/** The RPCs that act on a stream's media rather than on a resource record: thumbnails and HLS tokens. */

export function getStreamThumbnail(
  rpc: Rpc,
  request: GetStreamThumbnailRequest,
  options?: CallOptions,
): Promise<Operation<StreamThumbnail>> {
  const method = "GetStreamThumbnail";
  const { stream, gcsObjectName } = request;
  const context = { method, resourceName: stream, requestId: request.requestId ?? randomUUID() };
  checkArguments(context, () => {
    checkName("stream", stream, "stream");
    if (request.event) checkName("event", request.event, "event");
    if (!gcsObjectName) throw new Error("`gcsObjectName` must name the object to write the image to");
  });
  const wireRequest = { stream, gcsObjectName, event: request.event ?? "", requestId: context.requestId };
  return rpc.startOperation(
    { method, kind: "mutation", request: wireRequest, routing: { stream }, context },
    options,
  );
}

/** Retried like a read: each call only mints a token, so resending cannot duplicate anything. */
export async function generateStreamHlsToken(
  rpc: Rpc,
  request: GenerateStreamHlsTokenRequest,
  options?: CallOptions,
): Promise<StreamHlsToken> {
  const method = "GenerateStreamHlsToken";
  const { stream } = request;
  const context = { method, resourceName: stream };
  checkArguments(context, () => checkName("stream", stream, "stream"));
  const call = { method, kind: "read" as const, request: { stream }, routing: { stream }, context };
  const response = await rpc.call<WireGenerateStreamHlsTokenResponse>(call, options);
  const token: StreamHlsToken = { token: response.token ?? "" };
  const expirationTime = dateFromWire(response.expirationTime);
  if (expirationTime) token.expirationTime = expirationTime;
  return token;
}
