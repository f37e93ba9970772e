import { KINDS } from "../../kinds";
import { NAME_PATTERNS } from "../../client/resource-names";
import {
  exampleName,
  functionExample,
  renderExample,
  resourceExample,
  type Example,
} from "./example-programs";
import { memberName, typeName, type ObjectSpec, type PackageSpec, type PropertySpec } from "./package-schema";

/** docs/reference/<file> -> its Markdown, before formatting. */
export type ReferencePages = Map<string, string>;

const LANGUAGES = [
  ["TypeScript", "typescript", "ts"],
  ["YAML", "yaml", "yaml"],
  ["Python", "python", "python"],
  ["Go", "go", "go"],
] as const;

/**
 * The reference: one page per resource and function of the package schema, and an index. Everything
 * on a page comes from the schema (and, for `pulumi import`, the kind's name pattern and whether v1 can
 * read it back), so the pages cannot say what the schema does not.
 */
export function referencePages(schema: PackageSpec): ReferencePages {
  const pages: ReferencePages = new Map();
  for (const token of Object.keys(schema.resources)) pages.set(pageFile(token), resourcePage(schema, token));
  for (const token of Object.keys(schema.functions)) pages.set(pageFile(token), functionPage(schema, token));
  pages.set("README.md", indexPage(schema));
  return pages;
}

const pageFile = (token: string) => `${memberName(token)}.md`;
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const yesNo = (flag: boolean | undefined) => (flag ? "yes" : "no");

/** The sentence of a description that states a default ("Defaults to …", "Defaults: …"), if any. */
function defaultOf(spec: PropertySpec): string {
  if (spec.default !== undefined) return `\`${JSON.stringify(spec.default)}\``;
  return spec.description?.match(/Defaults?(?: to|:) [^.]*(?:\.\w[^.]*)*\./)?.[0] ?? "";
}

function resourcePage(schema: PackageSpec, token: string): string {
  const spec = schema.resources[token];
  const kind = memberName(token);
  const inputs = spec.inputProperties ?? {};
  const required = new Set(spec.requiredInputs ?? []);
  const alwaysPresent = new Set(spec.required ?? []);
  return [
    `# ${kind}`,
    `\`${token}\` (version ${schema.version})`,
    spec.description ?? "",
    examples(schema, resourceExample(schema, token)),
    "## Inputs",
    table(
      ["Input", "Type", "Required", "Default", "Replaces on change", "Secret", "Description"],
      Object.entries(inputs).map(([name, property]) => [
        `\`${name}\``,
        typeName(property),
        yesNo(required.has(name)),
        defaultOf(property),
        yesNo(property.replaceOnChanges),
        yesNo(property.secret),
        property.description ?? "",
      ]),
    ),
    "## Outputs",
    "Every input is also an output. The outputs the service sets:",
    table(
      ["Output", "Type", "Always present", "Secret", "Description"],
      Object.entries(spec.properties ?? {})
        .filter(([name]) => !(name in inputs))
        .map(([name, property]) => [
          `\`${name}\``,
          typeName(property),
          yesNo(alwaysPresent.has(name)),
          yesNo(property.secret),
          property.description ?? "",
        ]),
    ),
    "## Import",
    importSection(token, kind),
  ].join("\n\n");
}

function importSection(token: string, kind: string): string {
  const table = Object.values(KINDS).find((candidate) => candidate.kind === kind);
  if (!table?.readable) {
    return `A ${kind} cannot be imported: Vision AI v1 has no call that reads one back.`;
  }
  const pattern = NAME_PATTERNS[kind.toLowerCase() as keyof typeof NAME_PATTERNS];
  return [
    `The import ID is the resource's full name, \`${pattern}\`:`,
    "```sh",
    `pulumi import ${token} my-${kind.toLowerCase()} ${exampleName(kind)}`,
    "```",
  ].join("\n");
}

function functionPage(schema: PackageSpec, token: string): string {
  const spec = schema.functions[token];
  return [
    `# ${memberName(token)}`,
    `\`${token}\` (version ${schema.version})`,
    spec.description ?? "",
    examples(schema, functionExample(schema, token)),
    "## Arguments",
    objectTable("Argument", spec.inputs, "Required"),
    "## Result",
    objectTable("Field", spec.outputs),
  ].join("\n\n");
}

/** An object's fields; `presence` heads the column of its `required` list ("Required" for arguments). */
function objectTable(heading: string, object: ObjectSpec | undefined, presence = "Always present"): string {
  const required = new Set(object?.required ?? []);
  return table(
    [heading, "Type", presence, "Secret", "Description"],
    Object.entries(object?.properties ?? {}).map(([name, property]) => [
      `\`${name}\``,
      typeName(property),
      yesNo(required.has(name)),
      yesNo(property.secret),
      property.description ?? "",
    ]),
  );
}

function examples(schema: PackageSpec, example: Example): string {
  const programs = renderExample(schema, example);
  return [
    "## Example",
    "TypeScript programs use the same arguments on the dynamic resources of `pulumi-visionai`, shown here; " +
      "the other languages use the provider plugin's SDKs.",
    ...LANGUAGES.map(([title, key, fence]) => `### ${title}\n\n\`\`\`${fence}\n${programs[key]}\n\`\`\``),
  ].join("\n\n");
}

function indexPage(schema: PackageSpec): string {
  const link = (token: string) => `[${memberName(token)}](${pageFile(token)})`;
  const summary = (description: string | undefined) => description?.split("\n")[0] ?? "";
  return [
    `# ${schema.name} reference (version ${schema.version})`,
    "Generated from the provider's package schema by `npm run gen-reference-docs`; `npm test` fails when a page " +
      "differs from what the schema gives. Resource and function names are the same in every language: " +
      "TypeScript and YAML use them as written, Python in snake_case, Go with a capital first letter.",
    schema.description ?? "",
    "## Resources",
    table(
      ["Resource", "Type token", "What it is"],
      Object.entries(schema.resources).map(([token, spec]) => [
        link(token),
        `\`${token}\``,
        summary(spec.description),
      ]),
    ),
    "## Functions",
    table(
      ["Function", "Type token", "What it does"],
      Object.entries(schema.functions).map(([token, spec]) => [
        link(token),
        `\`${token}\``,
        summary(spec.description),
      ]),
    ),
    "## Provider configuration",
    "Stack config `" +
      schema.name +
      ":<key>` for the default provider, or the arguments of an explicit provider resource.",
    table(
      ["Key", "Type", "Description"],
      Object.entries(schema.config?.variables ?? {}).map(([key, property]) => [
        `\`${key}\``,
        typeName(property),
        property.description ?? "",
      ]),
    ),
    "## Types",
    ...Object.entries(schema.types ?? {}).map(([token, type]) =>
      [`### ${memberName(token)}`, type.description ?? "", objectTable("Field", type, "Required")].join(
        "\n\n",
      ),
    ),
  ].join("\n\n");
}

function table(headings: string[], rows: string[][]): string {
  if (rows.length === 0) return "None.";
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(headings), line(headings.map(() => "---")), ...rows.map(line)].join("\n");
}
