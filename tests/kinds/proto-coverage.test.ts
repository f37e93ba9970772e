import assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { loadProtos } from "../../emulator/transport/protos";
import { KINDS, fieldsWhere, storageOf, wireNameOf, type KindTable } from "../../kinds";
import {
  V1_FIELDS_FILE,
  V1_RESOURCES_FILE,
  v1FieldsSource,
  v1ResourcesSource,
} from "../../scripts/v1-fields";
import { V1_ENUM_VALUES, V1_NAME_PATTERNS } from "../../kinds/v1-resources";

/** The official v1 message of each kind, as google-proto-files ships it. */
function protoFields(kind: string) {
  return loadProtos().root.lookupType(`google.cloud.visionai.v1.${kind}`).fieldsArray;
}

const isOutputOnly = (field: ReturnType<typeof protoFields>[number]) =>
  ((field.parsedOptions ?? []) as Record<string, unknown>[]).some(
    (option) => option["(google.api.field_behavior)"] === "OUTPUT_ONLY",
  );

describe("the kind tables cover the official v1 messages", () => {
  for (const table of Object.values(KINDS) as KindTable[]) {
    it(`every field of google.cloud.visionai.v1.${table.kind} is in the ${table.kind} table, and no other wire field`, () => {
      const inTable = fieldsWhere(table, (spec) => storageOf(spec) === "wire").map(wireNameOf);
      assert.deepEqual(
        inTable.sort(),
        protoFields(table.kind)
          .map((field) => field.name)
          .sort(),
      );
    });

    it(`the ${table.kind} table's output-only fields are the ones the proto marks OUTPUT_ONLY (and the name)`, () => {
      const inTable = fieldsWhere(
        table,
        (spec) => spec.lifecycle === "outputOnly" && storageOf(spec) === "wire",
      );
      const inProto = protoFields(table.kind)
        .filter((field) => isOutputOnly(field) || field.name === "name")
        .map((field) => field.name);
      assert.deepEqual(inTable.map(wireNameOf).sort(), inProto.sort());
    });
  }
});

describe("kinds/v1-fields.ts, which makes a table that leaves out a v1 field fail to compile", () => {
  it("is what `npm run gen-v1-fields` writes from the installed google-proto-files", async () => {
    assert.equal(fs.readFileSync(V1_FIELDS_FILE, "utf8"), await v1FieldsSource());
  });
});

describe("kinds/v1-resources.ts, the name patterns and enum values the kinds take from the protos", () => {
  it("is what `npm run gen-v1-fields` writes from the installed google-proto-files", async () => {
    assert.equal(fs.readFileSync(V1_RESOURCES_FILE, "utf8"), await v1ResourcesSource());
  });

  it("holds the v1 name patterns and the cluster states and event clocks as the protos declare them", () => {
    assert.deepEqual(V1_NAME_PATTERNS, {
      cluster: "projects/{project}/locations/{location}/clusters/{cluster}",
      stream: "projects/{project}/locations/{location}/clusters/{cluster}/streams/{stream}",
      event: "projects/{project}/locations/{location}/clusters/{cluster}/events/{event}",
      series: "projects/{project}/locations/{location}/clusters/{cluster}/series/{series}",
      channel: "projects/{project}/locations/{location}/clusters/{cluster}/channels/{channel}",
    });
    assert.deepEqual(V1_ENUM_VALUES, {
      Cluster: { state: ["STATE_UNSPECIFIED", "PROVISIONING", "RUNNING", "STOPPING", "ERROR"] },
      Event: { alignmentClock: ["CLOCK_UNSPECIFIED", "CAPTURE", "INGEST"] },
    });
  });
});
