import * as grpc from "@grpc/grpc-js";
import * as jpeg from "jpeg-js";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { after, before, beforeEach, describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  EVENT,
  STREAM,
  createCluster,
  createEvent,
  createStream,
  runToDone,
  startTestEmulator,
  type TestEmulator,
} from "./support/harness";
import { fromRpcStatus, type Message } from "./support/wire-client";

const TOKEN_TTL_SECONDS = 600;

function decodeJwtPart(part: string): Message {
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Message;
}

/** The HS256 key the emulator keeps in its database, so tokens stay verifiable across restarts. */
function hlsSigningKey(dataDir: string): Buffer {
  const db = new DatabaseSync(path.join(dataDir, "visionai-emulator.sqlite"), { readOnly: true });
  try {
    const row = db.prepare("SELECT value FROM settings WHERE key = 'hls-token'").get() as { value: string };
    return Buffer.from(row.value, "base64");
  } finally {
    db.close();
  }
}

function assertSignedWith(token: string, key: Buffer): void {
  const [header, payload, signature] = token.split(".");
  const expected = createHmac("sha256", key).update(`${header}.${payload}`).digest("base64url");
  assert.equal(signature, expected, "the HS256 signature verifies with the emulator's key");
}

function assertJpeg(bytes: Uint8Array): void {
  assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xd8], "a JPEG starts with SOI");
  assert.deepEqual([...bytes.subarray(-2)], [0xff, 0xd9], "a JPEG ends with EOI");
  const image = jpeg.decode(bytes, { useTArray: true });
  assert.ok(image.width > 0 && image.height > 0, "the JPEG decodes to a non-empty image");
}

describe("HLS tokens and thumbnails", () => {
  let emulator: TestEmulator;
  let dataDir: string;
  const clock = new ManualClock();

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-media-"));
    emulator = await startTestEmulator({ clock, dataDir, hlsTokenTtlSeconds: TOKEN_TTL_SECONDS });
  });
  after(async () => {
    await emulator.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    emulator.emulator.control.reset();
    await createCluster(emulator);
    await createStream(emulator, "camera-1", { enable_hls_playback: true });
    await createEvent(emulator);
  });

  it("GenerateStreamHlsToken returns an HS256 JWT for the stream, expiring after the configured lifetime", async () => {
    const response = await emulator.streams("GenerateStreamHlsToken", { stream: STREAM });
    const [header, payload, signature] = response.token.split(".");
    assert.deepEqual(decodeJwtPart(header), { alg: "HS256", typ: "JWT" });
    const claims = decodeJwtPart(payload);
    assert.equal(claims.sub, STREAM);
    assert.equal(claims.exp - claims.iat, TOKEN_TTL_SECONDS);
    assert.equal(claims.iat, Math.floor(clock.now() / 1000));
    assert.equal(Number(response.expiration_time.seconds), claims.exp);
    assert.ok(claims.exp * 1000 > clock.now(), "the token expires in the future");
    assert.ok(signature, "the token is signed");
    assertSignedWith(response.token, hlsSigningKey(dataDir));
  });

  it("the token lifetime follows SetOptions hls_token_ttl_seconds", async () => {
    await emulator.control("SetOptions", { hls_token_ttl_seconds: 60 });
    const response = await emulator.streams("GenerateStreamHlsToken", { stream: STREAM });
    assert.equal(Number(response.expiration_time.seconds), Math.floor(clock.now() / 1000) + 60);
  });

  it("a stream with HLS playback off gets FAILED_PRECONDITION saying how to turn it on", async () => {
    await createStream(emulator, "camera-2", { enable_hls_playback: false });
    const stream = `${CLUSTER}/streams/camera-2`;
    const details = await assertRejects(
      emulator.streams("GenerateStreamHlsToken", { stream }),
      grpc.status.FAILED_PRECONDITION,
      stream,
      "enable_hls_playback = true",
    );
    assert.equal(details.errorInfo?.reason, "HLS_PLAYBACK_DISABLED");
  });

  it("a missing stream gets NOT_FOUND", async () => {
    const stream = `${CLUSTER}/streams/no-such-camera`;
    await assertRejects(
      emulator.streams("GenerateStreamHlsToken", { stream }),
      grpc.status.NOT_FOUND,
      stream,
    );
  });

  it("GetStreamThumbnail writes a JPEG under <data-dir>/objects at the gcs_object_name path", async () => {
    const operation = await runToDone(emulator, "GetStreamThumbnail", {
      stream: STREAM,
      gcs_object_name: "thumbnails/camera-1.jpg",
      event: EVENT,
    });
    assert.equal(operation.result, "response");
    assert.equal(
      operation.response.type_url,
      "type.googleapis.com/google.cloud.visionai.v1.GetStreamThumbnailResponse",
    );
    assertJpeg(fs.readFileSync(path.join(dataDir, "objects", "thumbnails", "camera-1.jpg")));
    const read = await emulator.control("ReadObject", { object_name: "thumbnails/camera-1.jpg" });
    assert.equal(read.found, true);
    assertJpeg(read.data);
  });

  it("GetStreamThumbnail is long-running: the object appears when its operation finishes", async () => {
    await emulator.control("SetOptions", { operation_delay_ms: 5000 });
    const operation = await emulator.streams("GetStreamThumbnail", {
      stream: STREAM,
      gcs_object_name: "thumbnails/later.jpg",
    });
    assert.equal(operation.done, false);
    const before = await emulator.control("ReadObject", { object_name: "thumbnails/later.jpg" });
    assert.equal(before.found, false, "nothing is written while the operation runs");
    clock.advance(5000);
    const finished = await emulator.operations("GetOperation", { name: operation.name });
    assert.equal(finished.result, "response");
    assertJpeg((await emulator.control("ReadObject", { object_name: "thumbnails/later.jpg" })).data);
  });

  for (const [objectName, rule] of [
    ["", "Field `gcs_object_name` is required but was empty."],
    [
      "gs://my-bucket/thumbnails/camera-1.jpg",
      'a URL rather than an object name. Send the object path alone, without "gs://"',
    ],
    ["../outside.jpg", "not a usable object name"],
    ["/absolute.jpg", "not a usable object name"],
    ["thumbnails//camera-1.jpg", "not a usable object name"],
    ["thumbnails/camera\n1.jpg", "not a usable object name"],
  ]) {
    it(`gcs_object_name ${JSON.stringify(objectName)} fails with INVALID_ARGUMENT and writes nothing`, async () => {
      const details = await assertRejects(
        emulator.streams("GetStreamThumbnail", { stream: STREAM, gcs_object_name: objectName }),
        grpc.status.INVALID_ARGUMENT,
        rule,
      );
      assert.equal(details.badRequest?.field_violations[0].field, "gcs_object_name");
      assert.equal(fs.existsSync(path.join(dataDir, "outside.jpg")), false);
    });
  }

  it("an object name the data-dir file layout cannot hold fails the operation with FAILED_PRECONDITION", async () => {
    await runToDone(emulator, "GetStreamThumbnail", { stream: STREAM, gcs_object_name: "shots/latest" });
    const operation = await runToDone(emulator, "GetStreamThumbnail", {
      stream: STREAM,
      gcs_object_name: "shots/latest/1.jpg",
    });
    const error = fromRpcStatus(operation.error);
    assert.equal(error.code, grpc.status.FAILED_PRECONDITION);
    assert.ok(error.message.includes('"shots/latest" is already an object'), error.message);
    assert.ok(error.message.includes("emulator limit"), error.message);
    assert.equal(error.errorInfo?.reason, "OBJECT_NOT_STORABLE");
    assert.deepEqual(error.errorInfo?.metadata, { resource: STREAM, object: "shots/latest/1.jpg" });
    assertJpeg((await emulator.control("ReadObject", { object_name: "shots/latest" })).data);
  });

  it("ReadObject cannot reach files outside the objects folder", async () => {
    const read = await emulator.control("ReadObject", { object_name: "../visionai-emulator.sqlite" });
    assert.equal(read.found, false);
  });

  it("a thumbnail of a missing stream fails with NOT_FOUND", async () => {
    await assertRejects(
      emulator.streams("GetStreamThumbnail", {
        stream: `${CLUSTER}/streams/no-such-camera`,
        gcs_object_name: "thumbnails/none.jpg",
      }),
      grpc.status.NOT_FOUND,
    );
  });
});

describe("thumbnails in memory", () => {
  let emulator: TestEmulator;
  before(async () => {
    emulator = await startTestEmulator();
    await createCluster(emulator);
    await createStream(emulator);
  });
  after(() => emulator.stop());

  it("without a data dir, the JPEG is kept in the emulator's store and read back with ReadObject", async () => {
    await runToDone(emulator, "GetStreamThumbnail", { stream: STREAM, gcs_object_name: "shots/1.jpg" });
    const read = await emulator.control("ReadObject", { object_name: "shots/1.jpg" });
    assert.equal(read.found, true);
    assertJpeg(read.data);
    assert.equal((await emulator.control("ReadObject", { object_name: "shots/2.jpg" })).found, false);
  });

  it("an object and a longer name under it can both be written", async () => {
    await runToDone(emulator, "GetStreamThumbnail", { stream: STREAM, gcs_object_name: "nested" });
    const operation = await runToDone(emulator, "GetStreamThumbnail", {
      stream: STREAM,
      gcs_object_name: "nested/1.jpg",
    });
    assert.equal(operation.result, "response");
    for (const objectName of ["nested", "nested/1.jpg"])
      assert.equal((await emulator.control("ReadObject", { object_name: objectName })).found, true);
  });
});

describe("HLS tokens across restarts", () => {
  let dataDir: string;
  before(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-hls-restart-"));
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function issueToken(prepare: (emulator: TestEmulator) => Promise<unknown>): Promise<string> {
    const emulator = await startTestEmulator({ dataDir });
    try {
      await prepare(emulator);
      return (await emulator.streams("GenerateStreamHlsToken", { stream: STREAM })).token;
    } finally {
      await emulator.stop();
    }
  }

  it("tokens issued before and after a restart on the same data dir verify with the same key", async () => {
    const first = await issueToken(async (emulator) => {
      await createCluster(emulator);
      await createStream(emulator, "camera-1", { enable_hls_playback: true });
    });
    const second = await issueToken(async () => undefined);
    const key = hlsSigningKey(dataDir);
    for (const token of [first, second]) assertSignedWith(token, key);
  });
});
