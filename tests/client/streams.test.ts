import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotationKeyFor } from "../../client";
import { collect, emulatorSuite } from "./support/emulator";
import { rawGet } from "./support/raw-wire";

describe("stream methods", () => {
  const suite = emulatorSuite({ clusterId: "video-cluster" });

  async function createCameraStream() {
    const operation = await suite.harness.client.createStream({
      parent: suite.cluster,
      streamId: "camera-1",
      stream: { displayName: "Camera 1", description: "Lobby camera", enableHlsPlayback: true },
    });
    return operation.result();
  }

  it("createStream keeps displayName as a v1 field and description in annotations", async () => {
    const stream = await createCameraStream();
    assert.equal(stream.name, `${suite.cluster}/streams/camera-1`);
    assert.equal(stream.displayName, "Camera 1");
    assert.equal(stream.description, "Lobby camera");
    assert.equal(stream.enableHlsPlayback, true);
    const stored = await rawGet(suite.harness.emulator, "GetStream", stream.name);
    assert.equal(stored.displayName, "Camera 1");
    assert.deepEqual(stored.annotations, { [annotationKeyFor("description")]: "Lobby camera" });
  });

  it("getStream and listStreams return the same stream", async () => {
    const created = await createCameraStream();
    assert.deepEqual(await suite.harness.client.getStream({ name: created.name }), created);
    assert.deepEqual(await collect(suite.harness.client.listStreams({ parent: suite.cluster })), [created]);
  });

  it("updateStream changes only the fields in the mask", async () => {
    const created = await createCameraStream();
    const operation = await suite.harness.client.updateStream({
      stream: { name: created.name, enableHlsPlayback: false, displayName: "ignored" },
      updateMask: ["enable_hls_playback"],
    });
    const updated = await operation.result();
    assert.equal(updated.enableHlsPlayback, false);
    assert.equal(updated.displayName, "Camera 1");
    assert.deepEqual(suite.harness.emulator.control.auditLog("UpdateStream")[0].updateMaskPaths, [
      "enable_hls_playback",
    ]);
  });

  it("updateStream of the description alone keeps the user's annotations", async () => {
    const created = await createCameraStream();
    await (
      await suite.harness.client.updateStream({
        stream: { name: created.name, annotations: { site: "hq" } },
        updateMask: ["annotations"],
      })
    ).result();
    const operation = await suite.harness.client.updateStream({
      stream: { name: created.name, description: "Front door" },
      updateMask: ["description"],
    });
    const updated = await operation.result();
    assert.equal(updated.description, "Front door");
    assert.deepEqual(updated.annotations, { site: "hq" });
  });

  it("deleteStream removes the stream", async () => {
    const created = await createCameraStream();
    await (await suite.harness.client.deleteStream({ name: created.name })).result();
    assert.deepEqual(await collect(suite.harness.client.listStreams({ parent: suite.cluster })), []);
  });

  it("generateStreamHlsToken returns a token and its expiration time", async () => {
    const stream = await createCameraStream();
    const before = Date.now();
    const token = await suite.harness.client.generateStreamHlsToken({ stream: stream.name });
    assert.match(token.token, /^[\w-]+\.[\w-]+\.[\w-]+$/, "a JWT");
    assert.ok(token.expirationTime instanceof Date);
    assert.ok(token.expirationTime.getTime() > before);
  });

  it("getStreamThumbnail writes the image to the named object", async () => {
    const stream = await createCameraStream();
    const operation = await suite.harness.client.getStreamThumbnail({
      stream: stream.name,
      gcsObjectName: "thumbnails/camera-1.jpg",
    });
    assert.deepEqual(await operation.result(), {});
    const image = suite.harness.emulator.control.readObject("thumbnails/camera-1.jpg");
    assert.ok(image && image.length > 0, "the thumbnail object exists");
    assert.equal(suite.harness.emulator.control.auditLog("GetStreamThumbnail")[0].resource, stream.name);
  });
});
