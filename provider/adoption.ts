import type { StreamsServiceClient } from "../client";
import { CREATED_FOR_FIELD, CREATED_FOR_INPUT, type KindTable } from "../kinds";
import type { ClientResource } from "./resource-state";

/**
 * Recovery from a run killed between the service's create and Pulumi's checkpoint (a CI job's timeout, a
 * preempted runner, kill -9): the resource exists, the state does not know it, and the next create meets
 * ALREADY_EXISTS. The provider takes the resource over only when it can prove it created it for this same
 * Pulumi resource: the create sent the resource's identity (kinds/creation-marker.ts) under a reserved
 * annotation, and the existing resource carries the same identity. Anything else (another stack's resource,
 * one made by hand, a kind v1 cannot read back) is refused with the hint to adopt it explicitly.
 */

/** The identity the SDK passed for this resource, or undefined for inputs from an older SDK. */
function creationIdentityOf(inputs: Record<string, unknown>): string | undefined {
  const identity = inputs[CREATED_FOR_INPUT];
  return typeof identity === "string" && identity !== "" ? identity : undefined;
}

/** `check` validates without engine-reserved keys; this carries the identity over into its result. */
export function keepCreationIdentity(news: Record<string, unknown>, checked: Record<string, unknown>): void {
  const identity = creationIdentityOf(news);
  if (identity) checked[CREATED_FOR_INPUT] = identity;
}

/** The body to send with the creation marker added, so a later run can prove who created the resource. */
export function withCreationMarker(
  body: Record<string, unknown>,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const identity = creationIdentityOf(inputs);
  return identity ? { ...body, [CREATED_FOR_FIELD]: identity } : body;
}

/**
 * Outputs record the identity the service holds (under the engine-reserved input key, which Pulumi never
 * displays), so `update` can tell a resource whose marker is missing: one a release before the marker
 * created.
 */
export function recordCreationIdentity(outputs: Record<string, unknown>, resource: ClientResource): void {
  const identity = resource[CREATED_FOR_FIELD];
  if (typeof identity === "string" && identity !== "") outputs[CREATED_FOR_INPUT] = identity;
}

/**
 * Whether an update from recorded outputs `olds` to inputs `news` must write the creation marker: the
 * inputs carry an identity the service does not hold yet (a resource created before the marker existed).
 */
export function markerMissing(olds: Record<string, unknown>, news: Record<string, unknown>): boolean {
  const identity = creationIdentityOf(news);
  return identity !== undefined && olds[CREATED_FOR_INPUT] !== identity;
}

/**
 * The existing resource `name` if its creation marker proves it was created for the Pulumi resource whose
 * identity `inputs` carry; otherwise undefined (no identity, a kind v1 cannot read, or another marker).
 */
export async function createdForThisResource(
  table: KindTable,
  calls: ReturnType<StreamsServiceClient["callsFor"]>,
  inputs: Record<string, unknown>,
  name: string,
): Promise<ClientResource | undefined> {
  const identity = creationIdentityOf(inputs);
  if (!identity || !table.capabilities.readable) return undefined;
  const existing = (await calls.get(name)) as ClientResource;
  return existing[CREATED_FOR_FIELD] === identity ? existing : undefined;
}
