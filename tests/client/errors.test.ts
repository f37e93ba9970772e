import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Metadata, status as Status } from "@grpc/grpc-js";
import { VisionAiError } from "../../client";
import { protoRoot } from "../../client/protos";

const CLUSTER = "projects/p/locations/l/clusters/c";

/** A serialized google.rpc.Status with a BadRequest and an ErrorInfo, as a server sends in its trailer. */
function statusTrailer(): Buffer {
  const root = protoRoot();
  const pack = (typeName: string, value: object) => ({
    type_url: `type.googleapis.com/${typeName}`,
    value: root.lookupType(typeName).encode(root.lookupType(typeName).fromObject(value)).finish(),
  });
  const status = root.lookupType("google.rpc.Status");
  const message = status.fromObject({
    code: Status.INVALID_ARGUMENT,
    message: "bad cluster",
    details: [
      pack("google.rpc.BadRequest", {
        fieldViolations: [{ field: "cluster_id", description: "must be lower case" }],
      }),
      pack("google.rpc.ErrorInfo", {
        reason: "INVALID_ID",
        domain: "visionai.googleapis.com",
        metadata: { id: "C" },
      }),
    ],
  });
  return Buffer.from(status.encode(message).finish());
}

describe("VisionAiError", () => {
  it("carries the status, RPC, resource and the server's field violations and reason", () => {
    const metadata = new Metadata();
    metadata.set("grpc-status-details-bin", statusTrailer());
    const grpcError = Object.assign(new Error("3 INVALID_ARGUMENT: bad cluster"), {
      code: Status.INVALID_ARGUMENT,
      details: "bad cluster",
      metadata,
    });
    const error = VisionAiError.fromCallError(grpcError, { method: "CreateCluster", resourceName: CLUSTER });
    assert.equal(error.code, 3);
    assert.equal(error.status, "INVALID_ARGUMENT");
    assert.equal(error.method, "CreateCluster");
    assert.equal(error.resourceName, CLUSTER);
    assert.deepEqual(error.fieldViolations, [{ field: "cluster_id", description: "must be lower case" }]);
    assert.equal(error.reason, "INVALID_ID");
    assert.equal(error.domain, "visionai.googleapis.com");
    assert.deepEqual(error.errorMetadata, { id: "C" });
    assert.equal(
      error.message,
      `CreateCluster ${CLUSTER} failed with INVALID_ARGUMENT: bad cluster. [reason INVALID_ID] ` +
        "Field violations: cluster_id: must be lower case. Fix the argument named above and call again.",
    );
  });

  it("NOT_FOUND says to check the name or create the resource first", () => {
    const error = new VisionAiError(Status.NOT_FOUND, "no such cluster", {
      method: "GetCluster",
      resourceName: CLUSTER,
    });
    assert.equal(
      error.message,
      `GetCluster ${CLUSTER} failed with NOT_FOUND: no such cluster. Check the name, or create the resource first.`,
    );
  });

  it("FAILED_PRECONDITION on a stream delete says to delete its series first", () => {
    const error = new VisionAiError(Status.FAILED_PRECONDITION, "in use", { method: "DeleteStream" });
    assert.match(error.message, /Delete its series first/);
  });

  it("an error without a gRPC status becomes UNKNOWN and keeps its message", () => {
    const error = VisionAiError.fromCallError(new Error("socket hang up"), { method: "GetStream" });
    assert.equal(error.status, "UNKNOWN");
    assert.equal(error.serverMessage, "socket hang up");
  });

  it("a malformed details trailer does not hide the status", () => {
    const metadata = new Metadata();
    metadata.set("grpc-status-details-bin", Buffer.from([0xff, 0xff, 0xff]));
    const error = VisionAiError.fromCallError(
      { code: Status.INTERNAL, details: "boom", metadata },
      { method: "GetEvent" },
    );
    assert.equal(error.status, "INTERNAL");
    assert.deepEqual(error.fieldViolations, []);
  });
});
