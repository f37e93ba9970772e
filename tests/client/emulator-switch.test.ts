import assert from "node:assert/strict";
import { after, afterEach, before, describe, it } from "node:test";
import { GoogleAuth } from "google-auth-library";
import { DEFAULT_API_ENDPOINT, StreamsServiceClient, VisionAiError } from "../../client";
import { FAST_SETTINGS, LOCATION_NAME, startHarness, type Harness } from "./support/emulator";

const MISSING_CREDENTIALS_FILE = "/nonexistent/visionai-test-credentials.json";

describe("emulator switch", () => {
  let harness: Harness;
  const savedEnv = { ...process.env };
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.stop());
  afterEach(() => {
    process.env = { ...savedEnv };
  });

  it("VISIONAI_EMULATOR_HOST selects a plaintext endpoint", () => {
    process.env.VISIONAI_EMULATOR_HOST = harness.emulator.address;
    const client = new StreamsServiceClient();
    assert.deepEqual(client.endpoint, {
      host: harness.emulator.host,
      port: harness.emulator.port,
      secure: false,
    });
  });

  it("the emulatorHost option wins over the environment", () => {
    process.env.VISIONAI_EMULATOR_HOST = "elsewhere:1";
    const client = new StreamsServiceClient({ emulatorHost: harness.emulator.address });
    assert.equal(client.endpoint.port, harness.emulator.port);
  });

  it("without an emulator the client uses TLS to visionai.googleapis.com:443", () => {
    delete process.env.VISIONAI_EMULATOR_HOST;
    assert.equal(DEFAULT_API_ENDPOINT, "visionai.googleapis.com:443");
    assert.deepEqual(new StreamsServiceClient().endpoint, {
      host: "visionai.googleapis.com",
      port: 443,
      secure: true,
    });
    assert.deepEqual(new StreamsServiceClient({ apiEndpoint: "eu-visionai.example.com" }).endpoint, {
      host: "eu-visionai.example.com",
      port: 443,
      secure: true,
    });
  });

  it("a malformed emulator host is rejected naming the option", () => {
    assert.throws(
      () => new StreamsServiceClient({ emulatorHost: "localhost" }),
      (error: unknown) =>
        error instanceof VisionAiError &&
        error.serverMessage === '`emulatorHost` must be host:port (e.g. "localhost:8790"), got "localhost"',
    );
  });

  it("calls through the emulator look up no credentials, even with a broken GOOGLE_APPLICATION_CREDENTIALS", async (t) => {
    process.env.GOOGLE_APPLICATION_CREDENTIALS = MISSING_CREDENTIALS_FILE;
    process.env.VISIONAI_EMULATOR_HOST = harness.emulator.address;
    const lookups = [
      t.mock.method(GoogleAuth.prototype, "getClient"),
      t.mock.method(GoogleAuth.prototype, "getApplicationDefault"),
      t.mock.method(GoogleAuth.prototype, "getRequestHeaders"),
    ];
    const client = new StreamsServiceClient(FAST_SETTINGS);
    try {
      const operation = await client.createCluster({
        parent: LOCATION_NAME,
        clusterId: "no-creds",
        cluster: {},
      });
      assert.equal((await operation.result()).name, `${LOCATION_NAME}/clusters/no-creds`);
      assert.deepEqual(
        lookups.map((lookup) => lookup.mock.callCount()),
        [0, 0, 0],
      );
    } finally {
      await client.close();
    }
  });

  it("settings with a negative value are rejected naming the setting", () => {
    assert.throws(
      () =>
        new StreamsServiceClient({ emulatorHost: harness.emulator.address, polling: { maxDelayMillis: -5 } }),
      /`maxDelayMillis` must be a finite number >= 0, got -5/,
    );
  });

  it("without an emulator, missing credentials fail as UNAUTHENTICATED with the way to fix them", async () => {
    delete process.env.VISIONAI_EMULATOR_HOST;
    process.env.GOOGLE_APPLICATION_CREDENTIALS = MISSING_CREDENTIALS_FILE;
    const client = new StreamsServiceClient({ apiEndpoint: "127.0.0.1:1" });
    try {
      const error: unknown = await client
        .getCluster({ name: `${LOCATION_NAME}/clusters/c` })
        .catch((caught) => caught);
      assert.ok(error instanceof VisionAiError);
      assert.equal(error.status, "UNAUTHENTICATED");
      assert.match(error.message, new RegExp(MISSING_CREDENTIALS_FILE));
      assert.match(error.message, /gcloud auth application-default login/);
    } finally {
      await client.close();
    }
  });
});
