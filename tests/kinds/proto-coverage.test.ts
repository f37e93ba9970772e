import assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { loadProtos } from "../../emulator/transport/protos";
import { KINDS, fieldsWhere, storageOf, wireNameOf, type KindTable } from "../../kinds";
import { V1_FIELDS_FILE, v1FieldsSource } from "../../scripts/v1-fields";

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
