import { NAME_PATTERNS, snakeCase } from "../../kinds";
import { memberName, type PackageSpec } from "./package-schema";

/** A value in an example: a literal string, or another declared resource's `name` output. */
type ExampleValue = { literal: string } | { nameOf: Declaration };

/** One resource an example declares: its type, its Pulumi name and the inputs it sets. */
interface Declaration {
  token: string;
  logicalName: string;
  /** The variable that holds it, in camelCase (Python gets snake_case). */
  variable: string;
  inputs: [string, ExampleValue][];
}

/** What one example shows: the resources it declares, in order (each after those it refers to). */
export interface Example {
  declarations: Declaration[];
  /** A function call, for a function's page. */
  call?: { token: string; inputs: [string, ExampleValue][] };
}

const lowerFirst = (text: string) => text[0].toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * The smallest program that declares the resource `token`: its required inputs, plus a display name
 * where it has one. An input named after another resource kind of the package (`cluster`, `stream`,
 * `event`) takes that resource's `name` output, so the example first declares what it refers to.
 */
export function resourceExample(schema: PackageSpec, token: string): Example {
  const declarations: Declaration[] = [];
  const declare = (resourceToken: string): Declaration => {
    const existing = declarations.find((declaration) => declaration.token === resourceToken);
    if (existing) return existing;
    const spec = schema.resources[resourceToken];
    const kind = memberName(resourceToken);
    const inputs: [string, ExampleValue][] = [];
    for (const input of spec.requiredInputs ?? []) {
      const referenced = referencedResource(schema, input);
      inputs.push([input, referenced ? { nameOf: declare(referenced) } : { literal: `example-${input}` }]);
    }
    if (spec.inputProperties?.displayName) inputs.push(["displayName", { literal: `Example ${kind}` }]);
    const declaration = {
      token: resourceToken,
      logicalName: `example-${kind.toLowerCase()}`,
      variable: lowerFirst(kind),
      inputs,
    };
    declarations.push(declaration);
    return declaration;
  };
  declare(token);
  return { declarations };
}

/**
 * A call of the function `token` with its required inputs. A full resource `name` input gets an example
 * name of the kind the function looks up (its result's kind, from the function's name).
 */
export function functionExample(schema: PackageSpec, token: string): Example {
  const inputs: [string, ExampleValue][] = (schema.functions[token].inputs?.required ?? []).map((input) => {
    const referenced = referencedResource(schema, input);
    const looked = input === "name" ? lookedUpKind(schema, token) : referenced && memberName(referenced);
    return [input, { literal: looked ? exampleName(looked) : `example-${input}` }];
  });
  return { declarations: [], call: { token, inputs } };
}

function referencedResource(schema: PackageSpec, input: string): string | undefined {
  return Object.keys(schema.resources).find((token) => memberName(token).toLowerCase() === input);
}

/** `getStream` looks up a `Stream`. */
function lookedUpKind(schema: PackageSpec, token: string): string | undefined {
  const kind = memberName(token).replace(/^get/, "");
  return Object.keys(schema.resources)
    .map(memberName)
    .find((resource) => resource === kind);
}

/** A full resource name of `kind` from its v1 name pattern, with example values for each part. */
export function exampleName(kind: string): string {
  const pattern = NAME_PATTERNS[kind.toLowerCase() as keyof typeof NAME_PATTERNS];
  const values: Record<string, string> = { project: "my-project", location: "us-central1" };
  return pattern.replace(/\{(\w+)\}/g, (_match, part: string) => values[part] ?? `example-${part}`);
}

/** The example's program in each language the reference shows, as Markdown code blocks' contents. */
export function renderExample(
  schema: PackageSpec,
  example: Example,
): Record<"typescript" | "yaml" | "python" | "go", string> {
  return {
    typescript: typescript(example),
    yaml: yaml(example),
    python: python(schema, example),
    go: go(schema, example),
  };
}

function typescript(example: Example): string {
  const value = (v: ExampleValue) =>
    "literal" in v ? JSON.stringify(v.literal) : `${v.nameOf.variable}.name`;
  const args = (inputs: [string, ExampleValue][]) =>
    `{ ${inputs.map(([key, v]) => `${key}: ${value(v)}`).join(", ")} }`;
  const imported = example.declarations.map((d) => memberName(d.token));
  const call = example.call && `${memberName(example.call.token)}Output`;
  const lines = [
    `import { ${[...imported, ...(call ? [call] : [])].sort().join(", ")} } from "pulumi-visionai";`,
    "",
  ];
  for (const d of example.declarations) {
    lines.push(
      `const ${d.variable} = new ${memberName(d.token)}(${JSON.stringify(d.logicalName)}, ${args(d.inputs)});`,
    );
  }
  if (example.call) lines.push(`export const result = ${call}(${args(example.call.inputs)});`);
  else lines.push(`export const name = ${example.declarations.at(-1)!.variable}.name;`);
  return lines.join("\n");
}

function yaml(example: Example): string {
  const value = (v: ExampleValue) => ("literal" in v ? v.literal : `\${${v.nameOf.logicalName}.name}`);
  const lines: string[] = [];
  if (example.declarations.length > 0) lines.push("resources:");
  for (const d of example.declarations) {
    lines.push(`  ${d.logicalName}:`, `    type: ${d.token}`, "    properties:");
    for (const [key, v] of d.inputs) lines.push(`      ${key}: ${value(v)}`);
  }
  if (example.call) {
    lines.push(
      "variables:",
      "  result:",
      "    fn::invoke:",
      `      function: ${example.call.token}`,
      "      arguments:",
    );
    for (const [key, v] of example.call.inputs) lines.push(`        ${key}: ${value(v)}`);
    lines.push("outputs:", "  result: ${result}");
  } else {
    lines.push("outputs:", `  name: \${${example.declarations.at(-1)!.logicalName}.name}`);
  }
  return lines.join("\n");
}

function python(schema: PackageSpec, example: Example): string {
  const module = schema.language?.python?.packageName ?? `pulumi_${schema.name}`;
  const value = (v: ExampleValue) =>
    "literal" in v ? JSON.stringify(v.literal) : `${snakeCase(v.nameOf.variable)}.name`;
  const args = (inputs: [string, ExampleValue][]) =>
    inputs.map(([key, v]) => `${snakeCase(key)}=${value(v)}`);
  const lines = ["import pulumi", `import ${module} as ${schema.name}`, ""];
  for (const d of example.declarations) {
    const call = [JSON.stringify(d.logicalName), ...args(d.inputs)].join(", ");
    lines.push(`${snakeCase(d.variable)} = ${schema.name}.${memberName(d.token)}(${call})`);
  }
  if (example.call) {
    const fn = `${snakeCase(memberName(example.call.token))}_output`;
    lines.push(
      `result = ${schema.name}.${fn}(${args(example.call.inputs).join(", ")})`,
      `pulumi.export("result", result)`,
    );
  } else {
    lines.push(`pulumi.export("name", ${snakeCase(example.declarations.at(-1)!.variable)}.name)`);
  }
  return lines.join("\n");
}

function go(schema: PackageSpec, example: Example): string {
  const pkg = schema.name;
  const value = (v: ExampleValue) =>
    "literal" in v ? `pulumi.String(${JSON.stringify(v.literal)})` : `${v.nameOf.variable}.Name`;
  const fields = (inputs: [string, ExampleValue][], indent: string) =>
    inputs.map(([key, v]) => `${indent}${upperFirst(key)}: ${value(v)},`);
  const body: string[] = [];
  for (const d of example.declarations) {
    const kind = memberName(d.token);
    body.push(
      `\t\t${d.variable}, err := ${pkg}.New${kind}(ctx, ${JSON.stringify(d.logicalName)}, &${pkg}.${kind}Args{`,
      ...fields(d.inputs, "\t\t\t"),
      "\t\t})",
      "\t\tif err != nil {",
      "\t\t\treturn err",
      "\t\t}",
    );
  }
  if (example.call) {
    const fn = goFunctionName(schema, example.call.token);
    body.push(
      `\t\tresult := ${pkg}.${fn}Output(ctx, ${pkg}.${fn}OutputArgs{`,
      ...fields(example.call.inputs, "\t\t\t"),
      "\t\t})",
      `\t\tctx.Export("result", result)`,
    );
  } else {
    body.push(`\t\tctx.Export("name", ${example.declarations.at(-1)!.variable}.Name)`);
  }
  body.push("\t\treturn nil");
  return [
    "package main",
    "",
    "import (",
    '\t"github.com/pulumi/pulumi/sdk/v3/go/pulumi"',
    `\t${JSON.stringify(schema.language?.go?.importBasePath ?? pkg)}`,
    ")",
    "",
    "func main() {",
    "\tpulumi.Run(func(ctx *pulumi.Context) error {",
    ...body,
    "\t})",
    "}",
  ].join("\n");
}

/** Pulumi's Go generator names `getX` `LookupX` when the package has a resource `X`. */
function goFunctionName(schema: PackageSpec, token: string): string {
  const name = upperFirst(memberName(token));
  return lookedUpKind(schema, token) ? name.replace(/^Get/, "Lookup") : name;
}
