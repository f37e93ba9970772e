/**
 * One Markdown pull-request comment for the previews of every stack: a table of change counts, then
 * per stack a warning line for each replacement and the changed inputs of each changed resource.
 */
import type { PropertyChange } from "./property-diff";
import type { ResourceChange, StackPreview } from "./stack-preview";

/** The first line of every comment; the workflow finds the comment to update by it. */
export const COMMENT_MARKER = "<!-- pulumi-visionai preview -->";

/** GitHub refuses comment bodies longer than 65,536 characters; stay under it with room for the note. */
export const MAX_COMMENT_CHARS = 65_000;

const OPERATION_SIGN: Record<ResourceChange["operation"], string> = {
  create: "+",
  update: "~",
  replace: "+-",
  delete: "-",
};

export function renderComment(previews: StackPreview[]): string {
  const lines = [
    COMMENT_MARKER,
    "## Pulumi preview",
    "",
    "| stack | creates | updates | replaces | deletes |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...previews.map(tableRow),
    ...previews.flatMap(stackSection),
  ];
  return truncate(`${lines.join("\n")}\n`);
}

function tableRow(preview: StackPreview): string {
  if (preview.errors.length > 0) return `| ${preview.stack} | preview failed | | | |`;
  const { create, update, replace, delete: deletes } = preview.counts;
  return `| ${preview.stack} | ${create} | ${update} | ${replace} | ${deletes} |`;
}

function stackSection(preview: StackPreview): string[] {
  if (preview.errors.length === 0 && preview.resources.length === 0) return [];
  const lines = ["", `### ${preview.stack}`];
  for (const error of preview.errors) lines.push("", "```", error, "```");
  const replaced = preview.resources.filter((resource) => resource.operation === "replace");
  if (replaced.length > 0) lines.push("", ...replaced.map(replaceWarning));
  if (preview.resources.length > 0) {
    lines.push("", "```diff", ...preview.resources.flatMap(resourceDiff), "```");
  }
  return lines;
}

/** Replacing gives the resource a new name and loses what the service kept under the old one. */
function replaceWarning(resource: ResourceChange): string {
  const reasons = resource.replaceReasons.map((reason) => `\`${reason}\``).join(", ");
  const because = reasons ? ` because ${reasons} changed` : "";
  return (
    `> ⚠️ **Warning:** ${resource.kind} \`${resource.name}\` will be replaced${because}: ` +
    "it is deleted and created again under its new name."
  );
}

function resourceDiff(resource: ResourceChange): string[] {
  const sign = OPERATION_SIGN[resource.operation];
  const header = `${sign} ${resource.kind} ${resource.name} (${resource.operation})`;
  if (resource.operation === "delete") return [header];
  return [header, ...resource.changes.flatMap(propertyLines)];
}

function propertyLines(change: PropertyChange): string[] {
  const lines: string[] = [];
  if (change.before !== undefined) lines.push(`-     ${change.path}: ${change.before}`);
  if (change.after !== undefined) lines.push(`+     ${change.path}: ${change.after}`);
  return lines;
}

function truncate(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = "\n```\n\n_The preview is too long for one comment; the workflow run's log has all of it._\n";
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}
