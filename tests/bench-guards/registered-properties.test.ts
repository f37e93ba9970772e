import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { STREAM } from "../../kinds";
import { Stream } from "../../sdk";
import { resourceProps } from "../../sdk/resource-props";

const CLUSTER = "projects/my-project/locations/us-central1/clusters/video-cluster";

function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply(resolve));
}

/**
 * @pulumi/pulumi builds an Output of four promises for every property a resource registers, so declaring a
 * resource costs in proportion to them; a resource registers what it was given and what the engine fills
 * in, and nothing for the arguments left out.
 */
describe("the properties a resource registers", () => {
  before(() =>
    pulumi.runtime.setMocks(
      {
        newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
        call: (args) => args.inputs,
      },
      "project",
      "stack",
      false,
    ),
  );

  it("are the arguments given, the SDK's defaults, the output-only fields and the creation marker", () => {
    const props = resourceProps(STREAM, "camera-1", { cluster: CLUSTER, labels: { a: "b" } }, undefined);
    assert.deepEqual(Object.keys(props).sort(), [
      "__createdFor",
      "cluster",
      "createTime",
      "labels",
      "name",
      "streamId",
      "updateTime",
    ]);
  });

  it("are every property for a resource read by ID, whose values all come from the service", () => {
    const props = resourceProps(STREAM, "camera-1", {}, { id: `${CLUSTER}/streams/camera-1` });
    for (const field of ["displayName", "annotations", "enableHlsPlayback", "timeouts"]) {
      assert.ok(field in props, `${field} should be registered`);
    }
  });

  it("leave an argument left out readable as an Output of what the deployment records for it", async () => {
    const stream = new Stream("camera-2", { cluster: CLUSTER, labels: { a: "b" } });
    assert.deepEqual(await valueOf(stream.labels), { a: "b" });
    assert.equal(await valueOf(stream.displayName), "");
    assert.deepEqual(await valueOf(stream.annotations), {});
    assert.equal(await valueOf(stream.enableHlsPlayback), false);
  });
});
