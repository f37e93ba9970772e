import assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { PROTO_DESCRIPTOR_FILE, protoDescriptorSource } from "../../scripts/proto-descriptor";

describe("client/protos.json, the descriptor the client loads instead of parsing .proto text", () => {
  it("is what `npm run gen-proto-descriptor` writes from the installed google-proto-files", async () => {
    assert.equal(
      fs.readFileSync(PROTO_DESCRIPTOR_FILE, "utf8"),
      await protoDescriptorSource(),
      "client/protos.json is out of date: run `npm run gen-proto-descriptor` and commit the result",
    );
  });
});
