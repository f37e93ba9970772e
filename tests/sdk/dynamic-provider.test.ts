import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { Series, Stream } from "../../sdk";
import { serializedProvider } from "../../sdk/dynamic-provider";

const CLUSTER = "projects/my-project/locations/us-central1/clusters/video-cluster";

/** Where @pulumi/pulumi serializes a dynamic provider's closure, looked up by it at each call. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const closureSerializer = require("@pulumi/pulumi/runtime/closure/serializeClosure") as {
  serializeFunction: (...args: unknown[]) => unknown;
};

describe("the provider object resources hand to Pulumi", () => {
  let serializations = 0;
  const original = closureSerializer.serializeFunction;

  before(async () => {
    await pulumi.runtime.setMocks(
      {
        newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
        call: (args) => args.inputs,
      },
      "project",
      "stack",
      false,
    );
    closureSerializer.serializeFunction = (...args: unknown[]) => {
      serializations++;
      return original(...args);
    };
  });

  after(() => {
    closureSerializer.serializeFunction = original;
  });

  it("is the same object for every resource of a kind, and another one for each kind", () => {
    assert.equal(serializedProvider("Stream"), serializedProvider("Stream"));
    assert.equal(serializedProvider("Series"), serializedProvider("Series"));
    assert.notEqual(serializedProvider("Stream"), serializedProvider("Series"));
  });

  it("is serialized once per kind however many resources a program declares", () => {
    for (let i = 0; i < 3; i++) {
      const stream = new Stream(`camera-${i}`, { cluster: CLUSTER });
      new Series(`series-${i}`, { cluster: CLUSTER, stream: stream.name, event: `${CLUSTER}/events/motion` });
    }
    assert.equal(serializations, 2, "one closure serialization per kind");
  });
});
