import { createHmac, randomUUID } from "node:crypto";

const HLS_TOKEN_ISSUER = "visionai-emulator";

export interface HlsTokenClaims {
  iss: string;
  /** The stream the token grants playback of. */
  sub: string;
  aud: string;
  iat: number;
  exp: number;
  jti: string;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/**
 * A compact JWT signed with HS256. `sub` and `aud` both name the stream, so a player (or a test) can
 * tell which stream a token is for; `exp` is `nowMillis + ttlSeconds`.
 */
export function signHlsToken(
  secret: Buffer,
  stream: string,
  nowMillis: number,
  ttlSeconds: number,
): { token: string; claims: HlsTokenClaims } {
  const iat = Math.floor(nowMillis / 1000);
  const claims: HlsTokenClaims = {
    iss: HLS_TOKEN_ISSUER,
    sub: stream,
    aud: stream,
    iat,
    exp: iat + ttlSeconds,
    jti: randomUUID(),
  };
  const unsigned = `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(claims)}`;
  const signature = createHmac("sha256", secret).update(unsigned).digest("base64url");
  return { token: `${unsigned}.${signature}`, claims };
}
