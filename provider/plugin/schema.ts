import {
  DEFAULT_TIMEOUTS_TEXT,
  KINDS,
  forcesReplacement,
  inputRules as rules,
  isInput,
  type FieldSpec,
  type KindTable,
} from "../../kinds";
import { PROVIDER_CONFIG } from "../stack-config";
import { HLS_TOKEN_FUNCTION, LOOKUP_KINDS } from "./lookups";
import { TYPE_PREFIX } from "./resource-urn";

/** A property in Pulumi's package schema: a type spec plus description, secret and replace flags. */
type PropertySpec = Record<string, unknown>;

/** Where the Go SDK lives, so `go get` finds it in this repository. */
export const GO_IMPORT_BASE_PATH = "github.com/visionai-pulumi/pulumi-visionai/sdk/go/visionai";

/**
 * The provider's Pulumi package schema, generated from the kind table so every language sees the same
 * resources, property names, types, descriptions and lifecycles as the TypeScript SDK.
 */
export function packageSchema(version: string) {
  const kinds: KindTable[] = Object.values(KINDS);
  return {
    name: "visionai",
    displayName: "Vision AI Streams",
    version,
    description:
      "Google Cloud Vision AI streaming infrastructure (StreamsService): clusters, streams, events, series and channels.",
    keywords: ["pulumi", "visionai", "google-cloud", "category/cloud", "kind/native"],
    license: "Apache-2.0",
    publisher: "pulumi-visionai",
    config: { variables: configProperties() },
    provider: {
      description: "The visionai provider. Explicit instances let one program target several projects.",
      inputProperties: configProperties(),
    },
    resources: Object.fromEntries(kinds.map((table) => [TYPE_PREFIX + table.kind, resourceSpec(table)])),
    functions: {
      ...Object.fromEntries(
        Object.entries(LOOKUP_KINDS).map(([token, kind]) => [token, lookupSpec(KINDS[kind])]),
      ),
      [HLS_TOKEN_FUNCTION]: hlsTokenSpec(),
    },
    types: { [OPERATION_TIMEOUTS]: operationTimeoutsSpec() },
    // `respectSchemaVersion`: every SDK's package metadata carries this version (the package's), because
    // each ships with the plugin it drives; without it the generators write placeholders (0.0.0, ${VERSION}).
    language: {
      csharp: { rootNamespace: "Pulumi", packageReferences: { Pulumi: "3.*" }, respectSchemaVersion: true },
      go: {
        importBasePath: GO_IMPORT_BASE_PATH,
        generateResourceContainerTypes: false,
        respectSchemaVersion: true,
      },
      nodejs: { packageName: "pulumi-visionai", respectSchemaVersion: true },
      python: { packageName: "pulumi_visionai", pyproject: { enabled: true }, respectSchemaVersion: true },
    },
  };
}

function configProperties(): Record<string, PropertySpec> {
  return Object.fromEntries(
    Object.entries(PROVIDER_CONFIG).map(([key, { doc }]) => [key, { type: "string", description: doc }]),
  );
}

/**
 * Docs of the plugin's resources where the kind table's doc speaks of the dynamic resources of the
 * TypeScript classes: plugin resources are not dynamic, so they can be imported and receive
 * `customTimeouts`.
 */
export const PLUGIN_FIELD_DOCS: Partial<Record<string, string>> = {
  adoptExisting:
    "Take over a resource that already exists under the same name instead of failing with ALREADY_EXISTS " +
    "(`pulumi import` adopts one too, and writes its declaration).",
  timeouts:
    "Operation time limits in seconds. The `customTimeouts` resource option, when set, takes precedence for " +
    `the operation it names. ${DEFAULT_TIMEOUTS_TEXT}`,
};

/** The table's field as a schema property: its type, doc, secret-ness and whether a change replaces. */
function property(name: string, field: FieldSpec): PropertySpec {
  const spec: PropertySpec = { ...field.type.schema, description: PLUGIN_FIELD_DOCS[name] ?? field.doc };
  if (field.secret) spec.secret = true;
  if (forcesReplacement(field)) spec.replaceOnChanges = true;
  return spec;
}

/** Fields a program gives: everything but output-only fields. */
function inputFields(table: KindTable): [string, FieldSpec][] {
  return Object.entries(table.fields).filter(([, field]) => isInput(field));
}

/** Fields the service reports back (the provider's own settings are not part of a lookup's result). */
function resourceFields(table: KindTable): [string, FieldSpec][] {
  return Object.entries(table.fields).filter(([, field]) => field.lifecycle !== "provider");
}

function resourceSpec(table: KindTable) {
  const inputs = inputFields(table);
  const outputs = Object.entries(table.fields);
  // A field with a default (the ID from the resource name, project and location from provider config)
  // may be left out by the program even when the service needs it.
  const requiredInputs = inputs
    .filter(([, field]) => field.required && !field.sdkDefault)
    .map(([name]) => name);
  return {
    description: table.doc,
    inputProperties: Object.fromEntries(inputs.map(([name, field]) => [name, property(name, field)])),
    ...nonEmpty("requiredInputs", requiredInputs),
    properties: Object.fromEntries(outputs.map(([name, field]) => [name, property(name, field)])),
    required: alwaysPresent(outputs),
  };
}

/** `{ [key]: list }`, or nothing for an empty list: the schema's own encoding leaves empty lists out. */
function nonEmpty(key: string, list: string[]): Record<string, string[]> {
  return list.length > 0 ? { [key]: list } : {};
}

/**
 * Outputs a resource always has: its full name and the fields that form it or that a program must give.
 * Output-only fields are left optional: the service may leave them unset (a channel has no state).
 */
function alwaysPresent(fields: [string, FieldSpec][]): string[] {
  return fields
    .filter(([name, field]) => name === "name" || field.required || field.lifecycle === "name")
    .map(([name]) => name);
}

function lookupSpec(table: KindTable) {
  const outputs = resourceFields(table);
  return {
    description: `Looks up an existing ${table.kind} that the program does not manage, by its full name.`,
    inputs: {
      properties: { name: { type: "string", description: `The ${table.kind}'s full name.` } },
      required: ["name"],
    },
    outputs: {
      properties: Object.fromEntries(outputs.map(([name, field]) => [name, property(name, field)])),
      required: alwaysPresent(outputs),
    },
  };
}

/** The object type of every kind's `timeouts` (its field type refers to it by this token). */
const OPERATION_TIMEOUTS = "visionai:index:OperationTimeouts";

/** One integer property per operation the `timeouts` rule accepts (`createSeconds`, …). */
function operationTimeoutsSpec() {
  const properties = Object.keys(rules.timeouts().shape).map((key) => {
    const operation = key.replace(/Seconds$/, "");
    return [
      key,
      { type: "integer", description: `How long to wait for the ${operation} operation, in seconds.` },
    ];
  });
  return {
    type: "object",
    description: "Operation time limits in seconds.",
    properties: Object.fromEntries(properties),
  };
}

function hlsTokenSpec() {
  return {
    description:
      "Generates an HLS playback token for a stream that has `enableHlsPlayback`. The token is secret: it never shows in previews, logs or unencrypted state.",
    inputs: {
      properties: { stream: { type: "string", description: "The stream's full name." } },
      required: ["stream"],
    },
    outputs: {
      properties: {
        token: {
          type: "string",
          secret: true,
          description: "A JWT to send as `Authorization: Bearer` when fetching the HLS playlist.",
        },
        expirationTime: { type: "string", description: "When the token expires (RFC 3339)." },
      },
      required: ["token", "expirationTime"],
    },
  };
}
