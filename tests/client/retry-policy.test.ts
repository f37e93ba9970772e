import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { status as Status } from "@grpc/grpc-js";
import {
  backoffDelayMillis,
  DEFAULT_RETRY_SETTINGS,
  retryableCodes,
  settingsProblem,
  withJitter,
} from "../../client";

const SETTINGS = { initialDelayMillis: 100, delayMultiplier: 2, maxDelayMillis: 1_000 };

describe("retry policy", () => {
  it("reads retry UNAVAILABLE, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED and ABORTED", () => {
    assert.deepEqual(retryableCodes("read"), [
      Status.UNAVAILABLE,
      Status.RESOURCE_EXHAUSTED,
      Status.DEADLINE_EXCEEDED,
      Status.ABORTED,
    ]);
  });

  it("mutations do not retry ABORTED", () => {
    assert.deepEqual(retryableCodes("mutation"), [
      Status.UNAVAILABLE,
      Status.RESOURCE_EXHAUSTED,
      Status.DEADLINE_EXCEEDED,
    ]);
  });

  it("backoff grows by the multiplier and stops at the cap", () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((retry) => backoffDelayMillis(SETTINGS, retry)),
      [100, 200, 400, 800, 1_000, 1_000],
    );
  });

  it("jitter keeps each wait within [delay / 2, delay]", () => {
    assert.equal(
      withJitter(800, () => 0),
      400,
    );
    assert.equal(
      withJitter(800, () => 0.5),
      600,
    );
    assert.ok(withJitter(800, () => 0.999999) <= 800);
  });

  it("defaults carry units in their names and fit inside the total deadline", () => {
    assert.ok(DEFAULT_RETRY_SETTINGS.maxDelayMillis < DEFAULT_RETRY_SETTINGS.totalTimeoutMillis);
    assert.ok(DEFAULT_RETRY_SETTINGS.attemptTimeoutMillis <= DEFAULT_RETRY_SETTINGS.totalTimeoutMillis);
  });

  it("settingsProblem names a negative or non-numeric setting and a multiplier below 1", () => {
    assert.equal(
      settingsProblem({ totalTimeoutMillis: -1 }),
      "`totalTimeoutMillis` must be a finite number >= 0, got -1",
    );
    assert.equal(settingsProblem({ delayMultiplier: 0.5 }), "`delayMultiplier` must be >= 1, got 0.5");
    assert.equal(settingsProblem({ initialDelayMillis: 10 }), undefined);
  });
});
