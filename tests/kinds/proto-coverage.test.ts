import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadProtos } from "../../emulator/transport/protos";
import { KINDS, fieldsWhere, storageOf, wireNameOf, type KindTable } from "../../kinds";

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
