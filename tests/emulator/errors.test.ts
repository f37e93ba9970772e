import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import {
  CLUSTER,
  LOCATION,
  STREAM,
  createClusterWithSeries,
  startTestEmulator,
  type TestEmulator,
} from "./support/harness";
import { rpcStatusOf, unpack, type Message } from "./support/wire-client";

const ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo";
const BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";

/** The full error a failed call carries: gRPC status and the google.rpc.Status trailer. */
async function failureOf(call: Promise<unknown>): Promise<{ error: grpc.ServiceError; status: Message }> {
  try {
    await call;
  } catch (error) {
    return { error: error as grpc.ServiceError, status: rpcStatusOf(error as grpc.ServiceError) };
  }
  assert.fail("expected the call to fail");
}

function detailsOfType(status: Message, typeUrl: string): Message[] {
  return status.details
    .filter((detail: Message) => detail.type_url === typeUrl)
    .map((detail: Message) => unpack(detail, typeUrl.split("/")[1]));
}

/** Errors are google.rpc.Status with one ErrorInfo and, for field problems, one BadRequest (AIP-193). */
describe("error model", () => {
  let emulator: TestEmulator;
  const clock = new ManualClock();

  before(async () => {
    emulator = await startTestEmulator({ clock });
  });
  after(() => emulator.stop());
  beforeEach(() => emulator.emulator.control.reset());

  const cases: {
    rule: string;
    code: grpc.status;
    reason: string;
    metadata?: Record<string, string>;
    violations?: string[];
    call: (emulator: TestEmulator) => Promise<unknown>;
  }[] = [
    {
      rule: "a bad resource ID",
      code: grpc.status.INVALID_ARGUMENT,
      reason: "INVALID_ARGUMENT",
      violations: ["cluster_id"],
      call: (e) => e.streams("CreateCluster", { parent: LOCATION, cluster_id: "Bad_ID", cluster: {} }),
    },
    {
      rule: "a negative page_size",
      code: grpc.status.INVALID_ARGUMENT,
      reason: "INVALID_ARGUMENT",
      violations: ["page_size"],
      call: (e) => e.streams("ListStreams", { parent: CLUSTER, page_size: -3 }),
    },
    {
      rule: "a missing resource",
      code: grpc.status.NOT_FOUND,
      reason: "RESOURCE_NOT_FOUND",
      metadata: { resource: `${CLUSTER}/events/nothing`, kind: "Event" },
      call: (e) => e.streams("GetEvent", { name: `${CLUSTER}/events/nothing` }),
    },
    {
      rule: "a duplicate resource",
      code: grpc.status.ALREADY_EXISTS,
      reason: "RESOURCE_ALREADY_EXISTS",
      metadata: { resource: STREAM, kind: "Stream" },
      call: (e) => e.streams("CreateStream", { parent: CLUSTER, stream_id: "camera-1", stream: {} }),
    },
    {
      rule: "a deletion blocked by dependants",
      code: grpc.status.FAILED_PRECONDITION,
      reason: "RESOURCE_HAS_DEPENDANTS",
      metadata: { resource: STREAM, dependants: "1" },
      call: (e) => e.streams("DeleteStream", { name: STREAM }),
    },
  ];

  for (const { rule, code, reason, metadata, violations, call } of cases) {
    it(`${rule}: ${grpc.status[code]} with one ErrorInfo (${reason})${violations ? " and a BadRequest" : ""}`, async () => {
      await createClusterWithSeries(emulator);
      const { error, status } = await failureOf(call(emulator));
      assert.equal(error.code, code);
      assert.equal(status.code, error.code, "the trailer's code is the call's status");
      assert.equal(status.message, error.details, "the trailer's message is the call's message");

      const errorInfos = detailsOfType(status, ERROR_INFO);
      assert.equal(errorInfos.length, 1, "exactly one ErrorInfo");
      assert.equal(errorInfos[0].domain, "visionai.googleapis.com");
      assert.equal(errorInfos[0].reason, reason);
      if (metadata) assert.deepEqual(errorInfos[0].metadata, metadata);
      if (metadata?.resource) assert.ok(error.details.includes(metadata.resource), "the message names it");

      const badRequests = detailsOfType(status, BAD_REQUEST);
      if (violations) {
        assert.equal(badRequests.length, 1, "one BadRequest for field problems");
        assert.deepEqual(
          badRequests[0].field_violations.map((violation: Message) => violation.field),
          violations,
        );
        assert.ok(badRequests[0].field_violations[0].description, "each violation says what is wrong");
      } else {
        assert.equal(badRequests.length, 0, "no BadRequest when no field is at fault");
      }
    });
  }

  it("ABORTED for a mutation in flight names the running operation in ErrorInfo metadata", async () => {
    await emulator.control("SetOptions", { operation_delay_ms: 60_000 });
    const operation = await emulator.streams("CreateCluster", {
      parent: LOCATION,
      cluster_id: "busy",
      cluster: {},
    });
    const name = `${LOCATION}/clusters/busy`;
    const { status } = await failureOf(emulator.streams("DeleteCluster", { name }));
    assert.deepEqual(detailsOfType(status, ERROR_INFO)[0].metadata, {
      resource: name,
      operation: operation.name,
    });
  });
});
