import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { after, afterEach, before, beforeEach, describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import { parseCliArgs } from "../../emulator/cli-args";
import { parseQuotaSpec } from "../../emulator/quota/quota-spec";
import { EmulatorProcesses, runCli } from "./support/emulator-process";
import { LOCATION, startTestEmulator, type TestEmulator } from "./support/harness";
import { rpcStatus, unpack, type Message } from "./support/wire-client";

const OTHER_LOCATION = "projects/other-project/locations/us-central1";
const TEN_SECONDS = 10_000;
const MUTATIONS_2_PER_10S = { metric: "mutations" as const, limit: 2, periodMillis: TEN_SECONDS };
const QUOTA_MESSAGE =
  "Quota exceeded for quota metric 'Mutate requests' and limit 'Mutate requests per 10 seconds per project' " +
  "of service 'visionai.googleapis.com' for consumer 'projects/test-project'.";

function createCluster(emulator: TestEmulator, clusterId: string, location = LOCATION): Promise<Message> {
  return emulator.streams("CreateCluster", { parent: location, cluster_id: clusterId, cluster: {} });
}

async function refusal(call: Promise<unknown>): Promise<grpc.ServiceError> {
  const error = await call.then(
    () => assert.fail("the call was admitted"),
    (failure: grpc.ServiceError) => failure,
  );
  assert.equal(grpc.status[error.code], "RESOURCE_EXHAUSTED");
  return error;
}

/** The status details by type name, unpacked. */
function detailsOf(error: grpc.ServiceError): Record<string, Message> {
  const status = rpcStatus(error);
  return Object.fromEntries(
    status.details.map((detail: Message) => {
      const typeName = String(detail.type_url).replace("type.googleapis.com/", "");
      return [typeName, unpack(detail, typeName)];
    }),
  );
}

function retryDelayMillis(error: grpc.ServiceError): number {
  const delay = detailsOf(error)["google.rpc.RetryInfo"].retry_delay;
  return Number(delay.seconds) * 1000 + delay.nanos / 1e6;
}

describe("emulator quotas", () => {
  let emulator: TestEmulator;
  let clock: ManualClock;

  before(async () => {
    clock = new ManualClock();
    emulator = await startTestEmulator({ clock, quotas: [MUTATIONS_2_PER_10S] });
  });
  after(() => emulator.stop());
  beforeEach(() => emulator.emulator.control.reset());

  it("a mutation beyond the quota is RESOURCE_EXHAUSTED with Google's ErrorInfo, QuotaFailure, RetryInfo and Help", async () => {
    await createCluster(emulator, "first");
    clock.advance(4000);
    await createCluster(emulator, "second");
    const error = await refusal(createCluster(emulator, "third"));

    assert.equal(error.details, QUOTA_MESSAGE);
    const details = detailsOf(error);
    assert.deepEqual(Object.keys(details), [
      "google.rpc.ErrorInfo",
      "google.rpc.QuotaFailure",
      "google.rpc.RetryInfo",
      "google.rpc.Help",
    ]);
    assert.deepEqual(details["google.rpc.ErrorInfo"], {
      reason: "RATE_LIMIT_EXCEEDED",
      domain: "googleapis.com",
      metadata: {
        service: "visionai.googleapis.com",
        consumer: "projects/test-project",
        quota_metric: "visionai.googleapis.com/mutate_requests",
        quota_limit: "MutateRequestsPer10SecondsPerProject",
        quota_limit_value: "2",
        quota_location: "global",
      },
    });
    const [violation] = details["google.rpc.QuotaFailure"].violations;
    assert.equal(violation.subject, "projects/test-project");
    assert.equal(violation.quota_metric, "visionai.googleapis.com/mutate_requests");
    assert.equal(violation.quota_id, "MutateRequestsPer10SecondsPerProject");
    assert.equal(String(violation.quota_value), "2");
    // The first admitted call leaves the window 10 s after it came, 4 s have passed.
    assert.equal(retryDelayMillis(error), 6000);
    assert.match(details["google.rpc.Help"].links[0].url, /quotas/);
    const stored = emulator.emulator.control.listResources().map((resource) => resource.name);
    assert.deepEqual(stored, [`${LOCATION}/clusters/first`, `${LOCATION}/clusters/second`]);
  });

  it("the quota admits a call again exactly when RetryInfo says", async () => {
    await createCluster(emulator, "first");
    await createCluster(emulator, "second");
    const delay = retryDelayMillis(await refusal(createCluster(emulator, "third")));
    clock.advance(delay - 1);
    await refusal(createCluster(emulator, "third"));
    clock.advance(1);
    await createCluster(emulator, "third");
  });

  it("is counted per project, and reads are not counted against the mutation quota", async () => {
    await createCluster(emulator, "first");
    await createCluster(emulator, "second");
    await refusal(createCluster(emulator, "third"));
    await createCluster(emulator, "first", OTHER_LOCATION);
    await emulator.streams("ListClusters", { parent: LOCATION });
    await emulator.streams("GetCluster", { name: `${LOCATION}/clusters/first` });
  });

  it("a refused call is audit-logged as RESOURCE_EXHAUSTED and counted by ListQuotas", async () => {
    await createCluster(emulator, "first");
    await createCluster(emulator, "second");
    await refusal(createCluster(emulator, "third"));
    const codes = emulator.emulator.control.auditLog("CreateCluster").map((entry) => entry.code);
    assert.deepEqual(codes, ["OK", "OK", "RESOURCE_EXHAUSTED"]);
    const { quotas } = await emulator.control("ListQuotas", {});
    assert.deepEqual(
      quotas.map((quota: Message) => ({
        ...quota,
        admitted: String(quota.admitted),
        refused: String(quota.refused),
      })),
      [{ metric: "mutations", limit: 2, period_ms: TEN_SECONDS, admitted: "2", refused: "1" }],
    );
  });

  it("SetQuota sets a read quota through the control surface, which Reset takes away again", async () => {
    await emulator.control("SetQuota", { metric: "reads", limit: 1, period_ms: 60_000 });
    await emulator.streams("ListClusters", { parent: LOCATION });
    const error = await refusal(emulator.streams("ListClusters", { parent: LOCATION }));
    assert.match(error.details, /limit 'Read requests per minute per project'/);
    assert.equal(retryDelayMillis(error), 60_000);
    // Polling an operation is a read too.
    await refusal(emulator.operations("GetOperation", { name: `${LOCATION}/operations/any` }));
    emulator.emulator.control.reset();
    await emulator.streams("ListClusters", { parent: LOCATION });
    await emulator.streams("ListClusters", { parent: LOCATION });
  });

  it("a quota of 0 admits no call and ClearQuotas lifts it", async () => {
    await emulator.control("SetQuota", { metric: "mutations", limit: 0, period_ms: 60_000 });
    await refusal(createCluster(emulator, "first"));
    await emulator.control("ClearQuotas", { metric: "mutations" });
    await createCluster(emulator, "first");
  });

  it("SetQuota with an unknown metric or a zero period is INVALID_ARGUMENT naming the field", async () => {
    const badMetric = await emulator
      .control("SetQuota", { metric: "writes", limit: 1, period_ms: 1000 })
      .then(
        () => assert.fail("accepted"),
        (error: grpc.ServiceError) => error,
      );
    assert.equal(grpc.status[badMetric.code], "INVALID_ARGUMENT");
    assert.match(badMetric.details, /`metric` is "writes".*Use "mutations" or "reads"/);
    const badPeriod = await emulator.control("SetQuota", { metric: "reads", limit: 1, period_ms: 0 }).then(
      () => assert.fail("accepted"),
      (error: grpc.ServiceError) => error,
    );
    assert.match(badPeriod.details, /`period_ms`: the period must be from 1 ms/);
  });
});

describe("the --quota flag", () => {
  const processes = new EmulatorProcesses();
  afterEach(() => processes.killAll());

  it("parses METRIC=N/PERIOD for each metric, with periods in ms, s, m or h", () => {
    assert.deepEqual(parseQuotaSpec("mutations=2/10s"), MUTATIONS_2_PER_10S);
    assert.deepEqual(parseQuotaSpec("reads=100/1m"), { metric: "reads", limit: 100, periodMillis: 60_000 });
    assert.deepEqual(parseQuotaSpec("reads=5/250ms"), { metric: "reads", limit: 5, periodMillis: 250 });
    const command = parseCliArgs(["--in-memory", "--quota", "mutations=2/10s", "--quota", "reads=1/1h"]);
    assert.deepEqual(command.help === false && command.options.quotas, [
      MUTATIONS_2_PER_10S,
      { metric: "reads", limit: 1, periodMillis: 3_600_000 },
    ]);
  });

  it("a malformed or repeated --quota is a one-line usage error with an example", async () => {
    const malformed = await runCli(["--in-memory", "--quota", "mutations=2"]);
    assert.equal(malformed.code, 2);
    assert.equal(
      malformed.stderr,
      'visionai-emulator: invalid --quota: "mutations=2" is not METRIC=N/PERIOD; write it like "mutations=2/10s" (PERIOD in ms, s, m or h)\n',
    );
    const unknown = await runCli(["--in-memory", "--quota", "writes=2/10s"]);
    assert.match(unknown.stderr, /the metric must be "mutations" or "reads", got "writes"/);
    const twice = await runCli(["--in-memory", "--quota", "reads=2/10s", "--quota", "reads=3/10s"]);
    assert.equal(twice.stderr, "visionai-emulator: --quota reads is given twice; give each metric once\n");
  });

  it("the CLI enforces the quota it is given", async () => {
    const emulator = await processes.start(["--in-memory", "--quota", "mutations=1/1h"]);
    await emulator.streams("CreateCluster", { parent: LOCATION, cluster_id: "first", cluster: {} });
    const error = await refusal(
      emulator.streams("CreateCluster", { parent: LOCATION, cluster_id: "second", cluster: {} }),
    );
    assert.match(error.details, /Mutate requests per hour per project/);
  });
});
