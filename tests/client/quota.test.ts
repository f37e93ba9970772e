import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { VisionAiError, type StreamsServiceClient } from "../../client";
import { QuotaLimiter, quotaKey } from "../../client/quota-limiter";
import { startHarness, type Harness } from "./support/emulator";

/** Each test uses its own project, so the process's limiter carries nothing from one test to the next. */
let projectNumber = 0;
function freshLocation(): string {
  projectNumber += 1;
  return `projects/quota-project-${projectNumber}/locations/us-central1`;
}

function createClusterIn(client: StreamsServiceClient, location: string, clusterId: string) {
  return client
    .createCluster({ parent: location, clusterId, cluster: {} })
    .then((operation) => operation.result());
}

describe("the client under a quota", () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.stop());
  beforeEach(() => harness.emulator.control.reset());

  const auditCodes = (method: string, location: string) =>
    harness.emulator.control
      .auditLog(method)
      .filter((entry) => entry.resource.startsWith(location))
      .map((entry) => entry.code);

  it("waits as long as RetryInfo asks, then the call succeeds", async () => {
    harness.emulator.control.setQuota({ metric: "mutations", limit: 1, periodMillis: 1500 });
    const location = freshLocation();
    await createClusterIn(harness.client, location, "first");
    const started = Date.now();
    await createClusterIn(harness.client, location, "second");
    const waited = Date.now() - started;
    assert.deepEqual(auditCodes("CreateCluster", location), ["OK", "RESOURCE_EXHAUSTED", "OK"]);
    // The window opened with the first create, a moment before the second one started.
    assert.ok(waited >= 1200 && waited < 3000, `waited ${waited} ms for a window of 1500 ms`);
  });

  it("a quota wait does not count against totalTimeoutMillis", async () => {
    harness.emulator.control.setQuota({ metric: "mutations", limit: 1, periodMillis: 2000 });
    const client = harness.clientWith({ retry: { initialDelayMillis: 5, totalTimeoutMillis: 300 } });
    const location = freshLocation();
    await createClusterIn(client, location, "first");
    const cluster = await createClusterIn(client, location, "second");
    assert.equal(cluster.name, `${location}/clusters/second`);
  });

  it("a quota whose next admission lies beyond quotaTimeoutMillis fails at once with one error naming the quota", async () => {
    harness.emulator.control.setQuota({ metric: "mutations", limit: 0, periodMillis: 60_000 });
    const client = harness.clientWith({ retry: { quotaTimeoutMillis: 1000 } });
    const location = freshLocation();
    const started = Date.now();
    const error = await createClusterIn(client, location, "first").then(
      () => assert.fail("the quota admitted the call"),
      (failure: VisionAiError) => failure,
    );
    assert.ok(error instanceof VisionAiError);
    assert.equal(error.status, "RESOURCE_EXHAUSTED");
    assert.equal(error.reason, "RATE_LIMIT_EXCEEDED");
    assert.equal(error.errorMetadata.quota_metric, "visionai.googleapis.com/mutate_requests");
    assert.equal(error.retryDelayMillis, 60_000);
    assert.match(
      error.message,
      /^CreateCluster projects\/quota-project-\d+\/locations\/us-central1\/clusters\/first failed with RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Mutate requests' and limit 'Mutate requests per minute per project'.* The quota admits the next call in 60 s, after the call's quota timeout of 1 s \(the resource's timeout\) ends: raise the quota or the timeout, or make fewer calls at once\./,
    );
    // RetryInfo asked for a minute, more than the timeout: the client gives up at once instead of hammering.
    assert.ok(Date.now() - started < 1000);
    assert.deepEqual(auditCodes("CreateCluster", location), ["RESOURCE_EXHAUSTED"]);
  });

  it("calls of one process share the quota: waiting calls go one at a time instead of all retrying at once", async () => {
    harness.emulator.control.setQuota({ metric: "mutations", limit: 2, periodMillis: 1000 });
    const location = freshLocation();
    const ids = Array.from({ length: 8 }, (_, index) => `cluster-${index}`);
    await Promise.all(ids.map((id) => createClusterIn(harness.client, location, id)));
    const codes = auditCodes("CreateCluster", location);
    assert.equal(codes.filter((code) => code === "OK").length, ids.length);
    // The first burst is refused 6 times (nothing is known yet); after that each window of two admissions
    // costs one refusal. Without the shared limiter every waiting call retries when its RetryInfo ends, and
    // the refusals add up to 6 + 4 + 2 = 12.
    const refused = codes.filter((code) => code === "RESOURCE_EXHAUSTED").length;
    assert.ok(refused <= 9, `${refused} refusals for ${ids.length} creates`);
  });

  it("reads are limited apart from mutations, per project", async () => {
    harness.emulator.control.setQuota({ metric: "reads", limit: 1, periodMillis: 60_000 });
    const client = harness.clientWith({ retry: { quotaTimeoutMillis: 500 } });
    const location = freshLocation();
    await client.createCluster({ parent: location, clusterId: "first", cluster: {} });
    const name = `${location}/clusters/first`;
    await client.getCluster({ name });
    await assert.rejects(client.getCluster({ name }), /Read requests per minute per project/);
    const elsewhere = freshLocation();
    await client.createCluster({ parent: elsewhere, clusterId: "first", cluster: {} });
    assert.equal(
      (await client.getCluster({ name: `${elsewhere}/clusters/first` })).name,
      `${elsewhere}/clusters/first`,
    );
  });
});

describe("the quota limiter", () => {
  it("keys a call by its kind and project", () => {
    assert.equal(quotaKey("mutation", "projects/p1/locations/l/clusters/c"), "mutation:p1");
    assert.equal(quotaKey("read", "projects/p1/locations/l/operations/o"), "read:p1");
  });

  it("lets calls go at once until the quota refuses, then holds them until it reopens", async () => {
    let now = 0;
    const limiter = new QuotaLimiter(() => now);
    const first = await limiter.acquire("mutation:p", Number.MAX_SAFE_INTEGER);
    const second = await limiter.acquire("mutation:p", Number.MAX_SAFE_INTEGER);
    assert.ok(first && second, "calls go freely before any refusal");
    second.refused(50, new VisionAiError(8, "quota", { method: "CreateCluster" }));
    first.admitted();
    let released = false;
    const waiting = limiter.acquire("mutation:p", Number.MAX_SAFE_INTEGER).then((ticket) => {
      released = true;
      return ticket;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(released, false, "held while the quota is closed");
    now = 100;
    const ticket = await waiting;
    assert.ok(ticket);
    // A call of another quota is not held.
    assert.ok(await limiter.acquire("mutation:other", Number.MAX_SAFE_INTEGER));
  });

  it("gives up on a call whose deadline passes while it waits", async () => {
    const limiter = new QuotaLimiter();
    const ticket = await limiter.acquire("read:p", Number.MAX_SAFE_INTEGER);
    ticket!.refused(60_000, new VisionAiError(8, "quota", { method: "GetCluster" }));
    assert.equal(await limiter.acquire("read:p", Date.now() + 30), undefined);
  });
});
