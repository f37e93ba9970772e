import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { statusDetails, type StatusDetails } from "./wire-client";

/**
 * Awaits a call that must fail with `code`, whose message contains every `fragments` entry; returns the
 * decoded status details for further checks.
 */
export async function assertRejects(
  call: Promise<unknown>,
  code: grpc.status,
  ...fragments: string[]
): Promise<StatusDetails> {
  let caught: grpc.ServiceError | undefined;
  try {
    await call;
  } catch (error) {
    caught = error as grpc.ServiceError;
  }
  assert.ok(caught, `expected the call to fail with ${grpc.status[code]}, but it succeeded`);
  assert.equal(grpc.status[caught.code], grpc.status[code], `unexpected status: ${caught.details}`);
  for (const fragment of fragments)
    assert.ok(caught.details.includes(fragment), `message "${caught.details}" lacks "${fragment}"`);
  const details = statusDetails(caught);
  assert.equal(details.errorInfo?.domain, "visionai.googleapis.com");
  return details;
}
