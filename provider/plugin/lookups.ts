import type * as provider from "@pulumi/pulumi/provider";
import { NAME_PATTERNS, parseName } from "../../client";
import { KINDS, type KindName } from "../../kinds";
import { messageOf } from "../errors";
import { providerFor } from "../registry";
import { streamsClient } from "../service-client";
import { secret } from "./secret-values";

/** Function tokens: the lookups of the TypeScript SDK (sdk/lookups.ts), by the same names. */
export const LOOKUP_KINDS = {
  "visionai:index:getCluster": "Cluster",
  "visionai:index:getStream": "Stream",
  "visionai:index:getEvent": "Event",
  "visionai:index:getSeries": "Series",
} as const satisfies Record<string, KindName>;

export const HLS_TOKEN_FUNCTION = "visionai:index:getStreamHlsToken";

/**
 * Answers a function call. A lookup returns the resource's properties exactly as a managed resource of
 * its kind records them (it is the core's `read`); problems come back as failures naming the argument,
 * which the engine reports without a stack trace.
 */
export async function invoke(token: string, args: Record<string, unknown>): Promise<provider.InvokeResult> {
  if (token === HLS_TOKEN_FUNCTION) return hlsToken(args.stream);
  const kind = LOOKUP_KINDS[token as keyof typeof LOOKUP_KINDS];
  if (!kind) {
    const known = [...Object.keys(LOOKUP_KINDS), HLS_TOKEN_FUNCTION].join(", ");
    return failure("(token)", `unknown function "${token}"; the visionai provider has ${known}`);
  }
  const name = args.name;
  const nameProblem = fullNameProblem(KINDS[kind].nameKind, name);
  if (nameProblem) return failure("name", `${token} argument \`name\` ${nameProblem}`);
  try {
    const result = await providerFor(kind).read!(name as string);
    if (!result.id) return failure("name", `${kind} ${name} does not exist`);
    return { outputs: result.props };
  } catch (error) {
    return failure("name", `${token} could not read ${name}: ${messageOf(error)}`);
  }
}

async function hlsToken(stream: unknown): Promise<provider.InvokeResult> {
  const nameProblem = fullNameProblem("stream", stream);
  if (nameProblem) return failure("stream", `${HLS_TOKEN_FUNCTION} argument \`stream\` ${nameProblem}`);
  try {
    const token = await streamsClient().generateStreamHlsToken({ stream: stream as string });
    return {
      outputs: { token: secret(token.token), expirationTime: token.expirationTime?.toISOString() ?? "" },
    };
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
