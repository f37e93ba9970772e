import type * as provider from "@pulumi/pulumi/provider";
import { NAME_PATTERNS, parseName } from "../../client";
import { KINDS, type KindName } from "../../kinds";
import { Code, hasCode, messageOf } from "../errors";
import { LOOKUP_KIND_NAMES, lookupResource, streamHlsToken } from "../lookup";
import { streamsClient } from "../service-client";
import { TYPE_PREFIX } from "./resource-urn";
import { secret } from "./secret-values";

/**
 * Function tokens of the lookups, `visionai:index:get<Kind>` for each kind v1 can read: the functions of
 * the TypeScript SDK (sdk/lookups.ts) by the same names.
 */
export const LOOKUP_KINDS: Readonly<Record<string, KindName>> = Object.fromEntries(
  LOOKUP_KIND_NAMES.map((kind) => [`${TYPE_PREFIX}get${kind}`, kind]),
);

export const HLS_TOKEN_FUNCTION = `${TYPE_PREFIX}getStreamHlsToken`;

/**
 * Answers a function call. A lookup returns what `lookupResource` does (provider/lookup.ts), as the
 * TypeScript lookups do; problems come back as failures naming the argument, which the engine reports
 * without a stack trace.
 */
export async function invoke(token: string, args: Record<string, unknown>): Promise<provider.InvokeResult> {
  if (token === HLS_TOKEN_FUNCTION) return hlsToken(args.stream);
  const kind = LOOKUP_KINDS[token];
  if (!kind) {
    const known = [...Object.keys(LOOKUP_KINDS), HLS_TOKEN_FUNCTION].join(", ");
    return failure("(token)", `unknown function "${token}"; the visionai provider has ${known}`);
  }
  const name = args.name;
  const nameProblem = fullNameProblem(KINDS[kind].nameKind, name);
  if (nameProblem) return failure("name", `${token} argument \`name\` ${nameProblem}`);
  try {
    return { outputs: await lookupResource(streamsClient(), kind, name as string) };
  } catch (error) {
    if (hasCode(error, Code.NOT_FOUND)) return failure("name", `${kind} ${name} does not exist`);
    return failure("name", `${token} could not read ${name}: ${messageOf(error)}`);
  }
}

async function hlsToken(stream: unknown): Promise<provider.InvokeResult> {
  const nameProblem = fullNameProblem("stream", stream);
  if (nameProblem) return failure("stream", `${HLS_TOKEN_FUNCTION} argument \`stream\` ${nameProblem}`);
  try {
    const { token, expirationTime } = await streamHlsToken(streamsClient(), stream as string);
    return { outputs: { token: secret(token), expirationTime } };
  } catch (error) {
    return failure("stream", `${HLS_TOKEN_FUNCTION} failed for ${stream}: ${messageOf(error)}`);
  }
}

function fullNameProblem(nameKind: keyof typeof NAME_PATTERNS, name: unknown): string | undefined {
  try {
    parseName(nameKind, name as string);
    return undefined;
  } catch {
    return `must be a full ${nameKind} name, ${NAME_PATTERNS[nameKind]}; got ${JSON.stringify(name)}`;
  }
}

function failure(property: string, reason: string): provider.InvokeResult {
  return { failures: [{ property, reason }] };
}
