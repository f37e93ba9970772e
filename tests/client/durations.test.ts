import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDuration, parseDuration } from "../../client";

describe("durations", () => {
  it("parse the seed's object form, filling a missing field with 0", () => {
    assert.deepEqual(parseDuration({ seconds: 30 }), { seconds: 30, nanos: 0 });
    assert.deepEqual(parseDuration({ nanos: 5 }), { seconds: 0, nanos: 5 });
  });

  it('parse duration strings such as "30s" and "1.5s"', () => {
    assert.deepEqual(parseDuration("30s"), { seconds: 30, nanos: 0 });
    assert.deepEqual(parseDuration("1.5s"), { seconds: 1, nanos: 500_000_000 });
    assert.deepEqual(parseDuration("0.000000001s"), { seconds: 0, nanos: 1 });
    assert.deepEqual(parseDuration("-2.25s"), { seconds: -2, nanos: -250_000_000 });
  });

  it("reject strings without the s suffix, naming the accepted form", () => {
    assert.throws(() => parseDuration("30"), {
      message: 'a duration string looks like "30s" or "1.5s", got "30"',
    });
    assert.throws(() => parseDuration("1m"), /looks like "30s"/);
  });

  it("reject nanos out of range and mixed signs", () => {
    assert.throws(() => parseDuration({ seconds: 1, nanos: 1_000_000_000 }), /0 <= \|nanos\| < 1e9/);
    assert.throws(() => parseDuration({ seconds: 1, nanos: -1 }), /same sign/);
  });

  it("format without trailing zeros, round-tripping through parse", () => {
    assert.equal(formatDuration({ seconds: 30, nanos: 0 }), "30s");
    assert.equal(formatDuration({ seconds: 1, nanos: 500_000_000 }), "1.5s");
    assert.equal(formatDuration({ seconds: -2, nanos: -250_000_000 }), "-2.25s");
    for (const text of ["30s", "1.5s", "0.000000001s", "-2.25s"]) {
      assert.equal(formatDuration(parseDuration(text)), text);
    }
  });
});
