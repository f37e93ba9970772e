/**
 * The order `pulumi destroy` deletes a stack's resources in, as steps: a resource is deleted only once
 * everything that depends on it is gone, so step 1 holds the resources nothing depends on, and each later
 * step the resources whose dependants were all deleted in earlier ones. Resources in one step may be
 * deleted at the same time.
 */
import type { StackGraph } from "./stack-graph";

/** Each resource's teardown step (1 first), by node ID. */
export function teardownSteps(graph: StackGraph): Map<string, number> {
  const dependants = new Map<string, string[]>(graph.resources.map((resource) => [resource.id, []]));
  for (const { dependant, dependency } of graph.dependencies) dependants.get(dependency)!.push(dependant);

  const steps = new Map<string, number>();
  const visiting = new Set<string>();
  const stepOf = (id: string): number => {
    const known = steps.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) throw new Error(`the stack's dependency graph has a cycle through ${id}`);
    visiting.add(id);
    const step = 1 + Math.max(0, ...dependants.get(id)!.map(stepOf));
    visiting.delete(id);
    steps.set(id, step);
    return step;
  };
  for (const resource of graph.resources) stepOf(resource.id);
  return steps;
}
