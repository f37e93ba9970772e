import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { KINDS, forcesReplacement, isInput, type FieldSpec } from "../../../kinds";
import { PLUGIN_FIELD_DOCS, packageSchema } from "../../../provider/plugin/schema";

type Property = {
  type?: string;
  $ref?: string;
  description?: string;
  secret?: boolean;
  replaceOnChanges?: boolean;
};
type ResourceSpec = {
  description: string;
  inputProperties: Record<string, Property>;
  requiredInputs?: string[];
  properties: Record<string, Property>;
  required: string[];
};

const VERSION = "1.2.3";
const schema = packageSchema(VERSION);
const resourceOf = (kind: string) =>
  (schema.resources as Record<string, ResourceSpec>)[`visionai:index:${kind}`];

/** What the schema must say about a field, read from the table entry alone. */
function expectedProperty(name: string, spec: FieldSpec): Property {
  return {
    ...spec.type.schema,
    description: PLUGIN_FIELD_DOCS[name] ?? spec.doc,
    ...(spec.secret ? { secret: true } : {}),
    ...(forcesReplacement(spec) ? { replaceOnChanges: true } : {}),
  };
}

describe("the provider plugin's package schema", () => {
  it("is the visionai package at the given version, with one resource per kind", () => {
    assert.equal(schema.name, "visionai");
    assert.equal(schema.version, VERSION);
    assert.deepEqual(
      Object.keys(schema.resources).sort(),
      Object.keys(KINDS)
        .map((kind) => `visionai:index:${kind}`)
        .sort(),
    );
  });

  for (const table of Object.values(KINDS)) {
    it(`${table.kind} has every table field, with its doc, secret-ness and replacement`, () => {
      const resource = resourceOf(table.kind);
      assert.equal(resource.description, table.doc);
      const fields = Object.entries(table.fields as Record<string, FieldSpec>);
      assert.deepEqual(
        resource.properties,
        Object.fromEntries(fields.map(([name, spec]) => [name, expectedProperty(name, spec)])),
      );
      assert.deepEqual(
        resource.inputProperties,
        Object.fromEntries(
          fields
            .filter(([, spec]) => isInput(spec))
            .map(([name, spec]) => [name, expectedProperty(name, spec)]),
        ),
      );
    });
  }

  it("requires only the inputs that have no default: a child's cluster and sources, nothing of a cluster", () => {
    assert.equal(resourceOf("Cluster").requiredInputs, undefined);
    assert.deepEqual(resourceOf("Stream").requiredInputs, ["cluster"]);
    assert.deepEqual(resourceOf("Series").requiredInputs, ["cluster", "stream", "event"]);
    assert.deepEqual(resourceOf("Channel").requiredInputs, ["cluster", "stream", "event"]);
  });

  it("replaces on a change of a name part or a channel's inputs, and updates the rest in place", () => {
    const replacing = (kind: string) =>
      Object.entries(resourceOf(kind).inputProperties)
        .filter(([, property]) => property.replaceOnChanges)
        .map(([name]) => name);
    assert.deepEqual(replacing("Cluster"), ["project", "location", "clusterId"]);
    assert.deepEqual(replacing("Series"), ["cluster", "seriesId"]);
    assert.deepEqual(replacing("Channel"), [
      "cluster",
      "channelId",
      "stream",
      "event",
      "labels",
      "annotations",
      "inputConfig",
    ]);
  });

  it('writes durations as strings such as "30s"', () => {
    assert.equal(resourceOf("Event").inputProperties.gracePeriod!.type, "string");
  });

  it("defines the timeouts object with one integer per operation", () => {
    const types = schema.types as Record<string, { properties: Record<string, Property> }>;
    const timeouts = resourceOf("Stream").inputProperties.timeouts!.$ref!.replace("#/types/", "");
    assert.deepEqual(
      Object.entries(types[timeouts]!.properties).map(([name, property]) => [name, property.type]),
      [
        ["createSeconds", "integer"],
        ["updateSeconds", "integer"],
        ["deleteSeconds", "integer"],
      ],
    );
  });

  it("has the TypeScript SDK's lookups as functions, the HLS token secret", () => {
    const functions = schema.functions as Record<
      string,
      { outputs: { properties: Record<string, Property> } }
    >;
    assert.deepEqual(Object.keys(functions).sort(), [
      "visionai:index:getCluster",
      "visionai:index:getEvent",
      "visionai:index:getSeries",
      "visionai:index:getStream",
      "visionai:index:getStreamHlsToken",
    ]);
    assert.equal(functions["visionai:index:getStreamHlsToken"]!.outputs.properties.token!.secret, true);
    assert.deepEqual(
      Object.keys(functions["visionai:index:getStream"]!.outputs.properties),
      Object.entries(KINDS.Stream.fields)
        .filter(([, spec]) => spec.lifecycle !== "provider")
        .map(([name]) => name),
    );
  });

  it("configures the provider with project, location, emulatorHost, apiEndpoint and quotaProjectId", () => {
    const keys = ["project", "location", "emulatorHost", "apiEndpoint", "quotaProjectId"];
    assert.deepEqual(Object.keys(schema.config.variables), keys);
    assert.deepEqual(Object.keys(schema.provider.inputProperties), keys);
  });

  it("speaks of plugin resources, which are not dynamic: no text mentions dynamic resources", () => {
    assert.doesNotMatch(JSON.stringify(schema), /dynamic/i);
    const cluster = resourceOf("Cluster").inputProperties;
    assert.match(
      cluster.timeouts.description!,
      /`customTimeouts` resource option, when set, takes precedence/,
    );
    assert.match(cluster.adoptExisting.description!, /`pulumi import` adopts one too/);
  });
});
