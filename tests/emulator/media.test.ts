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
import type { Message } from "./support/wire-client";

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
    const expected = createHmac("sha256", hlsSigningKey(dataDir))
      .update(`${header}.${payload}`)
      .digest("base64url");
    assert.equal(signature, expected, "the signature verifies with the emulator's key");
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

  for (const [objectName, rule] of [
    ["", "gcs_object_name"],
    ["../outside.jpg", "not a usable object name"],
    ["/absolute.jpg", "not a usable object name"],
  ]) {
    it(`gcs_object_name "${objectName}" fails with INVALID_ARGUMENT and writes nothing`, async () => {
      const details = await assertRejects(
        emulator.streams("GetStreamThumbnail", { stream: STREAM, gcs_object_name: objectName }),
        grpc.status.INVALID_ARGUMENT,
        rule,
      );
      assert.equal(details.badRequest?.field_violations[0].field, "gcs_object_name");
      assert.equal(fs.existsSync(path.join(dataDir, "outside.jpg")), false);
    });
  }

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
});
