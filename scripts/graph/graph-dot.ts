/**
 * The picture's DOT source: each teardown step a box, step 1 at the top, so reading down follows
 * `pulumi destroy`; arrows go from a resource to what it depends on, labelled with the input that refers to
 * it, so every arrow points at something deleted later.
 */
import type { StackGraph } from "./stack-graph";

export function graphDot(graph: StackGraph, steps: Map<string, number>, title: string): string {
  const lastStep = Math.max(0, ...steps.values());
  const lines = [
    "digraph stack {",
    `  graph [label=${quote(`${title}\nteardown runs step 1 first; arrows point at what a resource depends on`)}, labelloc=t, fontname="Helvetica", fontsize=14, nodesep=0.3, ranksep=0.6];`,
    '  node [shape=box, style="rounded,filled", fillcolor="#eef4fb", color="#4a6fa5", fontname="Helvetica", fontsize=12];',
    '  edge [color="#7a8699", fontname="Helvetica", fontsize=10, fontcolor="#4d5766"];',
  ];
  for (let step = 1; step <= lastStep; step++) {
    lines.push(
      `  subgraph cluster_step_${step} {`,
      `    label=${quote(`teardown step ${step}`)}; labeljust=l; style="dashed,rounded"; color="#b0b8c4"; fontcolor="#4d5766";`,
    );
    for (const resource of graph.resources.filter((candidate) => steps.get(candidate.id) === step)) {
      lines.push(`    ${resource.id} [label=${quote(`${resource.kind}\n${resource.name}`)}];`);
    }
    lines.push("  }");
  }
  for (const { dependant, dependency, property } of graph.dependencies) {
    lines.push(`  ${dependant} -> ${dependency}${property ? ` [label=${quote(property)}]` : ""};`);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** A DOT string literal; `\n` inside it is Graphviz's centred line break. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
