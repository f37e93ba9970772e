import { failedPrecondition } from "../errors/catalogue";
import { signHlsToken } from "../media/hls-token";
import { NAME_PATTERNS, requireName } from "../resources/names";
import { timestampFromMillis } from "../resources/wire-resource";
import type { Handler } from "./context";
import { stringField } from "./request-fields";
import { findResource } from "./resource-handlers";

/**
 * GenerateStreamHlsToken: a JWT for the stream's HLS playback, valid for the configured lifetime. The
 * signing secret belongs to the emulator's data, so tokens stay verifiable across restarts.
 */
export const generateStreamHlsToken: Handler = (request, context) => {
  const stream = requireName("stream", stringField(request, "stream"), NAME_PATTERNS.stream);
  const stored = findResource({ kind: "Stream" }, stream, context);
  if (stored.body.enable_hls_playback !== true) {
    throw failedPrecondition(
      `Stream "${stream}" has HLS playback disabled, so no HLS token can be issued. ` +
        "Update the stream with enable_hls_playback = true first.",
      "HLS_PLAYBACK_DISABLED",
      { resource: stream },
    );
  }
  const { claims, token } = signHlsToken(
    context.settings.secret("hls-token"),
    stream,
    context.clock.now(),
    context.options.hlsTokenTtlSeconds,
  );
  return { token, expiration_time: timestampFromMillis(claims.exp * 1000) };
};
