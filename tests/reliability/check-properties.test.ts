import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { KINDS, fieldsWhere, isInput, type KindName, type KindTable } from "../../kinds";
import { KIND_NAMES, providerFor } from "../../provider";
import { runtime } from "@pulumi/pulumi";

/**
 * Every argument name any kind takes, so random inputs hit real fields (with wrong values) as often as
 * unknown ones.
 */
const ARGUMENT_NAMES = [
  "project",
  "location",
  "clusterId",
  "streamId",
  "eventId",
  "seriesId",
  "channelId",
  "cluster",
  "stream",
  "event",
  "displayName",
  "description",
  "labels",
  "annotations",
  "enableHlsPlayback",
  "mediaWarehouseAsset",
  "gracePeriod",
  "alignmentClock",
  "inputConfig",
  "adoptExisting",
  "timeouts",
] as const;

const CLUSTER = "projects/my-project/locations/us-central1/clusters/video-cluster";

/** Values a program can hand the engine: plausible ones, wrong types, unknowns, odd strings, nesting. */
const argumentValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(
      "",
      "video-cluster",
      "Bad_ID",
      "-x",
      CLUSTER,
      `${CLUSTER}/streams/camera-1`,
      `${CLUSTER}/events/motion`,
      "30s",
      "1.5s",
      "-3s",
      "INGEST",
      "LIVE",
      "CAPTURE",
      "pulumi-visionai/display-name",
      runtime.unknownValue,
    ),
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.string({ minLength: 64, maxLength: 400 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 70 }), tie("value"), { maxKeys: 4 }),
  ),
})).value;

const argumentName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ARGUMENT_NAMES) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
);

const inputs = fc.dictionary(argumentName, argumentValue, { maxKeys: 10 });

describe("check, given random arguments", () => {
  for (const kind of KIND_NAMES) {
    it(`${kind} check never throws, and each failure names a path into the arguments and the argument in backticks`, async () => {
      const provider = providerFor(kind);
      await fc.assert(
        fc.asyncProperty(inputs, async (news) => {
          const result = await provider.check!({}, news);
          for (const failure of result.failures ?? []) {
            assert.ok(failure.property.length > 0, `a failure with no property: ${failure.reason}`);
            assert.notEqual(
              failure.property,
              "(inputs)",
              `a failure with no argument path: ${failure.reason}`,
            );
            assert.ok(
              failure.reason.includes(`\`${failure.property}\``),
              `reason "${failure.reason}" does not name \`${failure.property}\``,
            );
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

/** The smallest valid arguments of each kind: check accepts them with no failure (asserted below). */
const VALID_ARGUMENTS: Record<KindName, Record<string, unknown>> = {
  Cluster: { project: "my-project", location: "us-central1", clusterId: "video-cluster" },
  Stream: { cluster: CLUSTER, streamId: "camera-1" },
  Event: { cluster: CLUSTER, eventId: "motion" },
  Series: {
    cluster: CLUSTER,
    seriesId: "camera-1-motion",
    stream: `${CLUSTER}/streams/camera-1`,
    event: `${CLUSTER}/events/motion`,
  },
  Channel: {
    cluster: CLUSTER,
    channelId: "camera-1-motion",
    stream: `${CLUSTER}/streams/camera-1`,
    event: `${CLUSTER}/events/motion`,
  },
};

/** A value of a JavaScript type the field's schema type never accepts: a string for a flag, else a number or flag. */
function wrongTypeFor(kind: KindName, field: string): fc.Arbitrary<unknown> {
  const schema = (KINDS[kind] as KindTable).fields[field]!.type.schema;
  return "type" in schema && schema.type === "boolean"
    ? fc.oneof(fc.string(), fc.integer())
    : fc.oneof(fc.integer(), fc.boolean());
}

/**
 * These fail when validation is taken out of `check` (tried by making check return its inputs unchecked):
 * every argument of every kind, given a value of the wrong type or an unknown name, must be refused by name.
 */
describe("check, given valid arguments with one of them wrong", () => {
  for (const kind of KIND_NAMES) {
    const provider = providerFor(kind);
    const inputFields = fieldsWhere(KINDS[kind], isInput);

    it(`${kind} accepts its smallest valid arguments with no failure`, async () => {
      const result = await provider.check!({}, VALID_ARGUMENTS[kind]);
      assert.deepEqual(result.failures ?? [], []);
    });

    it(`${kind} refuses any argument of the wrong type, with a failure under that argument's name`, async () => {
      const oneWrong = fc
        .constantFrom(...inputFields)
        .chain((field) => wrongTypeFor(kind, field).map((value) => ({ field, value })));
      await fc.assert(
        fc.asyncProperty(oneWrong, async ({ field, value }) => {
          const result = await provider.check!({}, { ...VALID_ARGUMENTS[kind], [field]: value });
          const named = (result.failures ?? []).filter((failure) => failure.property.split(".")[0] === field);
          assert.ok(named.length > 0, `\`${field}\` = ${JSON.stringify(value)} was accepted`);
        }),
        { numRuns: 200 },
      );
    });

    it(`${kind} refuses any argument name it does not know, naming it`, async () => {
      const unknownName = fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((name) => !inputFields.includes(name) && !name.startsWith("__") && name !== "name");
      await fc.assert(
        fc.asyncProperty(unknownName, fc.string(), async (name, value) => {
          const result = await provider.check!({}, { ...VALID_ARGUMENTS[kind], [name]: value });
          assert.ok(
            (result.failures ?? []).some((failure) => failure.property === name),
            `unknown argument \`${name}\` was accepted`,
          );
        }),
        { numRuns: 100 },
      );
    });
  }
});

/** Counterexamples the properties above found, kept as fixed cases. */
describe("check, given arguments random runs once broke", () => {
  it("an argument another kind takes (seed -856542353) fails under its own name", async () => {
    const result = await providerFor("Cluster").check!({}, { gracePeriod: "" });
    const failure = result.failures?.find((candidate) => candidate.property === "gracePeriod");
    assert.equal(
      failure?.reason,
      "Cluster argument `gracePeriod` is not a known field: remove it or check the spelling",
    );
  });

  it("an unknown key nested in timeouts fails under its path", async () => {
    const result = await providerFor("Stream").check!(
      {},
      { cluster: CLUSTER, streamId: "cam", timeouts: { soon: 1 } },
    );
    assert.deepEqual(
      result.failures?.map((failure) => failure.property),
      ["timeouts.soon"],
    );
  });
});
