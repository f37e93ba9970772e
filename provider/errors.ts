/**
 * Thrown when the service accepted a create (or adopted an existing resource) but the resource did not
 * reach the state the program asked for. Carrying `id` and `properties` makes the engine record the
 * resource in state, so the next `pulumi up` updates or deletes it instead of losing track of it.
 */
export class ResourceInitError extends Error {
  readonly id: string;
  readonly properties: object;
  readonly reasons: string[];

  constructor(id: string, properties: object, reasons: string[]) {
    super(reasons.join("; "));
    this.name = "ResourceInitError";
    this.id = id;
    this.properties = properties;
    this.reasons = reasons;
  }
}

/** gRPC status codes the provider reacts to (values from the gRPC spec). */
export const Code = { NOT_FOUND: 5, ALREADY_EXISTS: 6 } as const;

export function hasCode(error: unknown, code: number): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/** The message the engine shows for a failed operation: the client's errors already say what to do. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
