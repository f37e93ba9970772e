/**
 * A stack's resources and the dependencies between them, read from the DOT file `pulumi stack graph
 * --ignore-parent-edges` writes. The CLI writes one statement per line: a node per resource labelled with
 * its URN, and an edge from each dependency to its dependant labelled with the dependant's input that
 * refers to it.
 */

export interface GraphResource {
  /** The node's ID in Pulumi's DOT file. */
  id: string;
  /** The resource type's last segment (`Cluster`, `Stream`, …). */
  kind: string;
  /** The Pulumi resource name. */
  name: string;
}

export interface GraphDependency {
  dependant: string;
  dependency: string;
  /** The dependant's input that refers to the dependency (`cluster`, `stream`, …), when Pulumi knows it. */
  property?: string;
}

export interface StackGraph {
  resources: GraphResource[];
  dependencies: GraphDependency[];
}

const NODE = /^(\w+) \[label="([^"]+)"\];$/;
const EDGE = /^(\w+) -> (\w+) \[color = "[^"]*"(?:, label = "([^"]*)")?\];$/;

/**
 * The stack's own resources: the stack itself and the engine's providers (types in the `pulumi:`
 * package) are left out, since they are neither created by the program nor torn down in its order.
 */
export function parseStackGraph(dot: string): StackGraph {
  const lines = dot
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && line !== "strict digraph {" && line !== "}");
  const resources: GraphResource[] = [];
  const edges: GraphDependency[] = [];
  for (const line of lines) {
    const node = NODE.exec(line);
    const edge = EDGE.exec(line);
    if (node) {
      const [type, name] = node[2].split("::").slice(-2);
      if (!type.startsWith("pulumi:")) resources.push({ id: node[1], kind: type.split(":").at(-1)!, name });
    } else if (edge) {
      edges.push({ dependency: edge[1], dependant: edge[2], property: edge[3] || undefined });
    } else {
      throw new Error(`unexpected line in the output of \`pulumi stack graph\`: ${line}`);
    }
  }
  const known = new Set(resources.map((resource) => resource.id));
  return {
    resources,
    dependencies: edges.filter((edge) => known.has(edge.dependant) && known.has(edge.dependency)),
  };
}
