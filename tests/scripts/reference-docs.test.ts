import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { REFERENCE_DIR, formattedReference } from "../../scripts/reference-docs/formatted-reference";
import { packageSchema } from "../../provider/plugin/schema";

describe("the reference pages in docs/reference", () => {
  it("are exactly what npm run gen-reference-docs writes from the current schema", async () => {
    const expected = await formattedReference();
    assert.deepEqual(fs.readdirSync(REFERENCE_DIR).sort(), [...expected.keys()].sort());
    for (const [file, text] of expected) {
      const committed = fs.readFileSync(path.join(REFERENCE_DIR, file), "utf8");
      assert.equal(committed, text, `docs/reference/${file} is stale: run npm run gen-reference-docs`);
    }
  });

  it("give every resource and function a page with an example in TypeScript, YAML, Python and Go", () => {
    const schema = packageSchema("0.0.0");
    for (const token of [...Object.keys(schema.resources), ...Object.keys(schema.functions)]) {
      const page = fs.readFileSync(path.join(REFERENCE_DIR, `${token.split(":")[2]}.md`), "utf8");
      for (const fence of ["```ts", "```yaml", "```python", "```go"]) {
        assert.ok(page.includes(fence), `${token}'s page has a ${fence.slice(3)} example`);
      }
    }
  });

  it("document every input of Stream with its type, requiredness and replace-on-change", () => {
    const page = fs.readFileSync(path.join(REFERENCE_DIR, "Stream.md"), "utf8");
    assert.match(page, /^\| `cluster` +\| string +\| yes +\| +\| yes +\| no +\|/m);
    assert.match(page, /^\| `enableHlsPlayback` +\| boolean +\| no +\| +\| no +\| no +\|/m);
    assert.match(
      page,
      /pulumi import visionai:index:Stream my-stream projects\/my-project\/locations\/us-central1\/clusters\/example-cluster\/streams\/example-stream/,
    );
    const channel = fs.readFileSync(path.join(REFERENCE_DIR, "Channel.md"), "utf8");
    assert.match(channel, /A Channel cannot be imported/);
  });
});
