import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import * as protobuf from "protobufjs";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { apiMethods, loadServiceRoot, RawClient, type ApiMethod, type RawOutcome } from "../support/raw-grpc";

const LOCATION = "projects/fuzz-project/locations/us-central1";
const CLUSTER = `${LOCATION}/clusters/fuzz-cluster`;

/** Names the random requests pick from, so some reach real resources and the handlers behind them. */
const NAMES = [
  LOCATION,
  CLUSTER,
  `${CLUSTER}/streams/camera-1`,
  `${CLUSTER}/events/motion`,
  `${CLUSTER}/series/camera-1-motion`,
  `${CLUSTER}/channels/camera-1-motion`,
  `${LOCATION}/operations/0`,
  "camera-1",
  "projects/*/locations/*",
  "",
];

/**
 * Statuses that would mean the emulator failed on the input rather than judged it: an internal error, or
 * no answer at all (DEADLINE_EXCEEDED: the call hung past the client's deadline; UNAVAILABLE: the server
 * went away). Operations finish at once here, so no valid request has a reason to wait that long.
 */
const BROKEN_CODES = new Set([
  grpc.status.INTERNAL,
  grpc.status.UNKNOWN,
  grpc.status.DATA_LOSS,
  grpc.status.DEADLINE_EXCEEDED,
  grpc.status.UNAVAILABLE,
]);

/** Far longer than any judged answer takes, short enough that a hung call fails the run quickly. */
const ANSWER_DEADLINE_MILLIS = 5_000;

const INT32_EDGES = [0, -1, 1, 1000, 1001, 2 ** 31 - 1, -(2 ** 31), 2 ** 30];

/** A value for one proto field of a request: in range, out of range, oversized or of the wrong shape. */
function fieldValue(field: protobuf.Field, depth: number): fc.Arbitrary<unknown> {
  const resolved = field.resolvedType;
  let single: fc.Arbitrary<unknown>;
  if (resolved instanceof protobuf.Enum) {
    single = fc.oneof(fc.constantFrom(...Object.values(resolved.values)), fc.integer({ min: -5, max: 1000 }));
  } else if (resolved instanceof protobuf.Type) {
    single = depth > 3 ? fc.constant({}) : messageValue(resolved, depth + 1);
  } else if (field.type === "string") {
    single = fc.oneof(
      fc.constantFrom(...NAMES),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.string({ maxLength: 8 }).map((tail) => `${CLUSTER}/streams/${tail}`),
      fc.integer({ min: 1000, max: 200_000 }).map((length) => "x".repeat(length)),
    );
  } else if (field.type === "bool") {
    single = fc.boolean();
  } else if (field.type === "bytes") {
    single = fc.uint8Array({ maxLength: 64 });
  } else if (field.type === "double" || field.type === "float") {
    single = fc.double();
  } else {
    single = fc.oneof(fc.constantFrom(...INT32_EDGES), fc.integer());
  }
  if (field.map)
    return fc.dictionary(fc.string({ maxLength: 70 }), fc.string({ maxLength: 70 }), { maxKeys: 5 });
  if (field.repeated) return fc.array(single, { maxLength: 4 });
  return single;
}

function messageValue(type: protobuf.Type, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  if (type.fullName === ".google.protobuf.Timestamp" || type.fullName === ".google.protobuf.Duration") {
    return fc.record({ seconds: fc.oneof(fc.integer(), fc.constantFrom(-1, 2 ** 53)), nanos: fc.integer() });
  }
  const fields = Object.fromEntries(type.fieldsArray.map((field) => [field.name, fieldValue(field, depth)]));
  return fc.record(fields, { requiredKeys: [] });
}

/** A request of the RPC's own type, encoded as any client would, with random field values. */
function typedRequest(method: ApiMethod): fc.Arbitrary<Uint8Array> {
  return messageValue(method.requestType).map((value) =>
    method.requestType.encode(method.requestType.fromObject(value)).finish(),
  );
}

/**
 * Protobuf-shaped bytes no typed client sends: fields with arbitrary numbers and wire types, invalid
 * UTF-8 where a string belongs, truncated lengths, deeply nested groups and messages.
 */
const malformedRequest: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc
    .array(
      fc.record({
        id: fc.integer({ min: 1, max: 12 }),
        payload: fc.oneof(
          fc.uint8Array({ maxLength: 40 }).map((bytes) => ({ kind: "bytes" as const, bytes })),
          fc
            .constantFrom(
              Uint8Array.of(0xff, 0xfe, 0xfd),
              Uint8Array.of(0xc3, 0x28),
              Uint8Array.of(0xed, 0xa0, 0x80),
              Uint8Array.of(0xf4, 0x90, 0x80, 0x80),
            )
            .map((bytes) => ({ kind: "bytes" as const, bytes })),
          fc.oneof(fc.integer(), fc.constantFrom(2 ** 31 - 1, -1, 99)).map((number) => ({
            kind: "varint" as const,
            number,
          })),
          fc.integer({ min: 1, max: 3000 }).map((depth) => ({ kind: "nested" as const, depth })),
          fc.integer({ min: 1, max: 3000 }).map((depth) => ({ kind: "group" as const, depth })),
        ),
      }),
      { maxLength: 6 },
    )
    .map((fields) => {
      const writer = protobuf.Writer.create();
      for (const { id, payload } of fields) {
        if (payload.kind === "bytes") writer.uint32((id << 3) | 2).bytes(payload.bytes);
        else if (payload.kind === "varint") writer.uint32(id << 3).int32(payload.number);
        else if (payload.kind === "nested") {
          let inner: Uint8Array = Uint8Array.of(0x0a, 0x00);
          for (let level = 0; level < payload.depth; level++) {
            inner = protobuf.Writer.create()
              .uint32((id << 3) | 2)
              .bytes(inner)
              .finish();
          }
          writer.uint32((id << 3) | 2).bytes(inner);
        } else {
          for (let level = 0; level < payload.depth; level++) writer.uint32((id << 3) | 3);
          for (let level = 0; level < payload.depth; level++) writer.uint32((id << 3) | 4);
        }
      }
      return writer.finish();
    }),
);

describe("the emulator, given random and malformed requests on every RPC", () => {
  const root = loadServiceRoot();
  const methods = apiMethods(root);
  let emulator: RunningEmulator;
  let client: RawClient;

  before(async () => {
    emulator = await startEmulator();
    client = new RawClient(emulator.address);
  });
  after(async () => {
    client?.close();
    await emulator?.stop();
  });

  /** Recreates the resources NAMES point at, so every run starts with things to find; each must succeed. */
  async function seed(): Promise<void> {
    emulator.control.reset();
    const encode = async (method: string, request: Record<string, unknown>) => {
      const { path, requestType } = methods.find((candidate) => candidate.name === method)!;
      const outcome = await client.call(path, requestType.encode(requestType.fromObject(request)).finish());
      assert.equal(grpc.status[outcome.code], "OK", `seeding ${method}: ${outcome.details}`);
    };
    await encode("CreateCluster", { parent: LOCATION, cluster_id: "fuzz-cluster", cluster: {} });
    await encode("CreateStream", {
      parent: CLUSTER,
      stream_id: "camera-1",
      stream: { enable_hls_playback: true },
    });
    await encode("CreateEvent", { parent: CLUSTER, event_id: "motion", event: {} });
    await encode("CreateSeries", {
      parent: CLUSTER,
      series_id: "camera-1-motion",
      series: { stream: `${CLUSTER}/streams/camera-1`, event: `${CLUSTER}/events/motion` },
    });
  }

  async function assertStillServing(): Promise<void> {
    const type = methods.find((method) => method.name === "ListClusters")!;
    const outcome = await client.call(type.path, type.requestType.encode({ parent: LOCATION }).finish());
    assert.equal(outcome.code, grpc.status.OK, `ListClusters after the run: ${outcome.details}`);
  }

  const judged = (method: ApiMethod, outcome: RawOutcome) =>
    assert.ok(
      !BROKEN_CODES.has(outcome.code),
      `${method.name} answered ${grpc.status[outcome.code]}: ${outcome.details}`,
    );

  for (const method of methods) {
    it(`${method.name}: random field values get a judged status, never INTERNAL`, async () => {
      await seed();
      await fc.assert(
        fc.asyncProperty(typedRequest(method), async (request) =>
          judged(method, await client.call(method.path, request, ANSWER_DEADLINE_MILLIS)),
        ),
        { numRuns: 30 },
      );
      await assertStillServing();
    });

    it(`${method.name}: malformed bytes get INVALID_ARGUMENT or a judged status, never INTERNAL`, async () => {
      await seed();
      await fc.assert(
        fc.asyncProperty(malformedRequest, async (request) =>
          judged(method, await client.call(method.path, request, ANSWER_DEADLINE_MILLIS)),
        ),
        { numRuns: 30 },
      );
      await assertStillServing();
    });
  }
});

/** Inputs random runs once broke the emulator with, kept as fixed cases. */
describe("the emulator, given requests random runs once broke it with", () => {
  const root = loadServiceRoot();
  const listClusters = apiMethods(root).find((method) => method.name === "ListClusters")!;
  let emulator: RunningEmulator;
  let client: RawClient;

  before(async () => {
    emulator = await startEmulator();
    client = new RawClient(emulator.address);
  });
  after(async () => {
    client?.close();
    await emulator?.stop();
  });

  it("a truncated field tag (the byte 0x00) is INVALID_ARGUMENT saying the message cannot be decoded, not INTERNAL", async () => {
    const outcome = await client.call(listClusters.path, Uint8Array.of(0));
    assert.equal(grpc.status[outcome.code], "INVALID_ARGUMENT");
    assert.match(
      outcome.details,
      /^The ListClusters request is not a valid protobuf message of its request type/,
    );
  });

  it("a 200,000-character parent is INVALID_ARGUMENT with a clipped message, and the same connection keeps working", async () => {
    const request = listClusters.requestType.encode({ parent: "x".repeat(200_000) }).finish();
    const outcome = await client.call(listClusters.path, request);
    assert.equal(grpc.status[outcome.code], "INVALID_ARGUMENT");
    assert.ok(outcome.details.length < 1100, `message of ${outcome.details.length} characters`);
    assert.match(outcome.details, /… \(\d+ more characters\)$/);
    const next = await client.call(
      listClusters.path,
      listClusters.requestType.encode({ parent: LOCATION }).finish(),
    );
    assert.equal(grpc.status[next.code], "OK");
  });
});
