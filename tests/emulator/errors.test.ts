import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import {
  CLUSTER,
  EVENT,
  LOCATION,
  STREAM,
  createCluster,
  createEvent,
  createStream,
  useTestEmulator,
} from "./support/harness";
import { fromRpcStatus, rpcStatus, type Message } from "./support/wire-client";

const DOMAIN = "visionai.googleapis.com";
const ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo";
const BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";
const DELAY_MILLIS = 1000;

interface ExpectedStatus {
  code: grpc.status;
  reason: string;
  /** The ErrorInfo metadata, exactly. */
  metadata: Record<string, string>;
  /** The BadRequest field violations' fields; omitted = the status must carry no BadRequest. */
  fields?: string[];
  /** Text the message must contain. */
  fragments: string[];
}

/**
 * Checks a google.rpc.Status against the error model: one ErrorInfo in the emulator's domain, a BadRequest
 * only for field problems, and a message that says what went wrong.
 */
function assertStatusModel(status: Message, expected: ExpectedStatus): void {
  assert.equal(grpc.status[status.code], grpc.status[expected.code]);
  for (const fragment of expected.fragments)
    assert.ok(status.message.includes(fragment), `message "${status.message}" lacks "${fragment}"`);
  const types = status.details.map((detail: Message) => detail.type_url);
  assert.deepEqual(types, expected.fields ? [ERROR_INFO, BAD_REQUEST] : [ERROR_INFO]);
  const { errorInfo, badRequest } = fromRpcStatus(status);
  assert.deepEqual(
    { reason: errorInfo?.reason, domain: errorInfo?.domain, metadata: errorInfo?.metadata },
    { reason: expected.reason, domain: DOMAIN, metadata: expected.metadata },
  );
  if (!expected.fields) return;
  const violations = badRequest?.field_violations as { field: string; description: string }[];
  assert.deepEqual(
    violations.map((violation) => violation.field),
    expected.fields,
  );
  for (const violation of violations) assert.ok(violation.description, "each violation says what is wrong");
}

/** A failed call: its trailer's google.rpc.Status must agree with the gRPC status, then match the model. */
async function assertCallFails(call: Promise<unknown>, expected: ExpectedStatus): Promise<void> {
  const error = await call.then(
    () => assert.fail(`expected the call to fail with ${grpc.status[expected.code]}`),
    (caught: grpc.ServiceError) => caught,
  );
  const status = rpcStatus(error);
  assert.equal(status.code, error.code, "the trailer's code is the call's status code");
  assert.equal(status.message, error.details, "the trailer's message is the call's status message");
  assertStatusModel(status, expected);
}

describe("error model (google.rpc.Status with ErrorInfo and BadRequest)", () => {
  const clock = new ManualClock();

  const emulator = useTestEmulator({ clock });

  describe("INVALID_ARGUMENT names the field in a BadRequest", () => {
    it("a resource ID that breaks AIP-122, quoted with its non-ASCII characters intact", async () => {
      await assertCallFails(
        emulator.streams("CreateCluster", { parent: LOCATION, cluster_id: "Caméra", cluster: {} }),
        {
          code: grpc.status.INVALID_ARGUMENT,
          reason: "INVALID_ARGUMENT",
          metadata: {},
          fields: ["cluster_id"],
          fragments: ['Field `cluster_id` is "Caméra", which is not a valid resource ID.'],
        },
      );
    });

    it("a required field left empty", async () => {
      await assertCallFails(emulator.streams("ListClusters", { parent: "" }), {
        code: grpc.status.INVALID_ARGUMENT,
        reason: "INVALID_ARGUMENT",
        metadata: {},
        fields: ["parent"],
        fragments: ["Field `parent` is required but was empty."],
      });
    });

    it("a negative page_size", async () => {
      await assertCallFails(emulator.streams("ListClusters", { parent: LOCATION, page_size: -5 }), {
        code: grpc.status.INVALID_ARGUMENT,
        reason: "INVALID_ARGUMENT",
        metadata: {},
        fields: ["page_size"],
        fragments: ["Field `page_size` is -5, but it must not be negative."],
      });
    });

    it("a request_id that is not a UUID", async () => {
      await assertCallFails(
        emulator.streams("CreateCluster", {
          parent: LOCATION,
          cluster_id: "video-cluster",
          cluster: {},
          request_id: "retry-1",
        }),
        {
          code: grpc.status.INVALID_ARGUMENT,
          reason: "INVALID_ARGUMENT",
          metadata: {},
          fields: ["request_id"],
          fragments: ['Field `request_id` is "retry-1", which is not a valid non-zero UUID.'],
        },
      );
    });

    it("an update_mask path the resource does not have", async () => {
      await createCluster(emulator);
      await createStream(emulator);
      await assertCallFails(
        emulator.streams("UpdateStream", {
          stream: { name: STREAM },
          update_mask: { paths: ["colour"] },
        }),
        {
          code: grpc.status.INVALID_ARGUMENT,
          reason: "INVALID_ARGUMENT",
          metadata: {},
          fields: ["update_mask"],
          fragments: ['"colour", which is not an updatable field of Stream'],
        },
      );
    });

    it("a filter that does not parse", async () => {
      await assertCallFails(emulator.streams("ListClusters", { parent: LOCATION, filter: "labels.env =" }), {
        code: grpc.status.INVALID_ARGUMENT,
        reason: "INVALID_ARGUMENT",
        metadata: {},
        fields: ["filter"],
        fragments: ["Field `filter` is invalid at column"],
      });
    });
  });

  it("NOT_FOUND names the missing resource and its kind", async () => {
    await createCluster(emulator);
    const stream = `${CLUSTER}/streams/no-such-camera`;
    await assertCallFails(emulator.streams("GetStream", { name: stream }), {
      code: grpc.status.NOT_FOUND,
      reason: "RESOURCE_NOT_FOUND",
      metadata: { resource: stream, kind: "Stream" },
      fragments: [`Stream "${stream}" was not found.`],
    });
  });

  it("NOT_FOUND from the Operations service follows the same model", async () => {
    const operation = `${LOCATION}/operations/no-such-operation`;
    await assertCallFails(emulator.operations("GetOperation", { name: operation }), {
      code: grpc.status.NOT_FOUND,
      reason: "RESOURCE_NOT_FOUND",
      metadata: { resource: operation, kind: "Operation" },
      fragments: [`Operation "${operation}" was not found.`],
    });
  });

  it("ALREADY_EXISTS names the existing resource", async () => {
    await createCluster(emulator);
    await assertCallFails(
      emulator.streams("CreateCluster", { parent: LOCATION, cluster_id: "video-cluster", cluster: {} }),
      {
        code: grpc.status.ALREADY_EXISTS,
        reason: "RESOURCE_ALREADY_EXISTS",
        metadata: { resource: CLUSTER, kind: "Cluster" },
        fragments: [`Cluster "${CLUSTER}" already exists.`],
      },
    );
  });

  it("FAILED_PRECONDITION for a resource with dependants names it and counts them", async () => {
    await createCluster(emulator);
    await createStream(emulator);
    await createEvent(emulator);
    await assertCallFails(emulator.streams("DeleteCluster", { name: CLUSTER }), {
      code: grpc.status.FAILED_PRECONDITION,
      reason: "RESOURCE_HAS_DEPENDANTS",
      metadata: { resource: CLUSTER, dependants: "2" },
      fragments: [
        `Cluster "${CLUSTER}" still has 2 dependant resource(s)`,
        STREAM,
        EVENT,
        "Delete them first",
      ],
    });
  });

  it("FAILED_PRECONDITION for an HLS token names the stream and the setting to change", async () => {
    await createCluster(emulator);
    await createStream(emulator, "camera-1", { enable_hls_playback: false });
    await assertCallFails(emulator.streams("GenerateStreamHlsToken", { stream: STREAM }), {
      code: grpc.status.FAILED_PRECONDITION,
      reason: "HLS_PLAYBACK_DISABLED",
      metadata: { resource: STREAM },
      fragments: [`Stream "${STREAM}" has HLS playback disabled`, "enable_hls_playback = true"],
    });
  });

  it("ABORTED for a resource another operation is changing names both", async () => {
    await createCluster(emulator);
    await createStream(emulator);
    await emulator.control("SetOptions", { operation_delay_ms: DELAY_MILLIS });
    const update = {
      stream: { name: STREAM, display_name: "Lobby" },
      update_mask: { paths: ["display_name"] },
    };
    const running = await emulator.streams("UpdateStream", update);
    await assertCallFails(emulator.streams("UpdateStream", update), {
      code: grpc.status.ABORTED,
      reason: "CONCURRENT_MUTATION",
      metadata: { resource: STREAM, operation: running.name },
      fragments: [`Stream "${STREAM}" is being changed by operation "${running.name}"`, "retry"],
    });
    clock.advance(DELAY_MILLIS);
  });

  it("an injected fault carries its chosen code and message with reason EMULATOR_INJECTED_FAULT", async () => {
    await emulator.control("AddFault", {
      method: "ListStreams",
      code: "RESOURCE_EXHAUSTED",
      message: "Quota exceeded for streams reads.",
    });
    await assertCallFails(emulator.streams("ListStreams", { parent: CLUSTER }), {
      code: grpc.status.RESOURCE_EXHAUSTED,
      reason: "EMULATOR_INJECTED_FAULT",
      metadata: {},
      fragments: ["Quota exceeded for streams reads."],
    });
  });

  describe("a failed operation's error is the same google.rpc.Status", () => {
    it("an injected operation failure", async () => {
      await emulator.control("FailNextOperations", { count: 1, code: "UNAVAILABLE", message: "zone down" });
      const operation = await emulator.streams("CreateCluster", {
        parent: LOCATION,
        cluster_id: "video-cluster",
        cluster: {},
      });
      assert.equal(operation.done, true);
      assertStatusModel(operation.error, {
        code: grpc.status.UNAVAILABLE,
        reason: "EMULATOR_INJECTED_FAULT",
        metadata: {},
        fragments: ["zone down"],
      });
    });

    it("a thumbnail whose stream was deleted before the operation finished", async () => {
      await createCluster(emulator);
      await createStream(emulator);
      await emulator.control("SetOptions", { operation_delay_ms: DELAY_MILLIS });
      const thumbnail = await emulator.streams("GetStreamThumbnail", {
        stream: STREAM,
        gcs_object_name: "thumbnails/camera-1.jpg",
      });
      await emulator.control("SetOptions", { operation_delay_ms: 0 });
      await emulator.streams("DeleteStream", { name: STREAM });
      clock.advance(DELAY_MILLIS);
      const finished = await emulator.operations("GetOperation", { name: thumbnail.name });
      assertStatusModel(finished.error, {
        code: grpc.status.NOT_FOUND,
        reason: "RESOURCE_NOT_FOUND",
        metadata: { resource: STREAM, kind: "Stream" },
        fragments: [`Stream "${STREAM}" was not found.`, "deleted before its thumbnail was taken"],
      });
    });
  });
});
