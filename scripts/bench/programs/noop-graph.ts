import type * as pulumi from "@pulumi/pulumi";
import { buildGraph, graphConfig } from "./graph";
import { NoopResource } from "./noop-resource";

const PARENT = "projects/bench-project/locations/us-central1";

/** The benchmark graph of no-op resources; with `floorAddress`, each makes one minimal gRPC call per service call. */
export function buildNoopGraph(floorAddress?: string): void {
  const noop = (
    kind: "Cluster" | "Stream" | "Event" | "Series",
    name: string,
    inputs: Record<string, pulumi.Input<unknown>>,
  ) => new NoopResource(kind, name, inputs, floorAddress);
  buildGraph(
    {
      cluster: (name, args) =>
        noop("Cluster", name, { parent: PARENT, id: args.clusterId, labels: args.labels }),
      stream: (name, args) => noop("Stream", name, { parent: args.cluster, id: name, labels: args.labels }),
      event: (name, args) => noop("Event", name, { parent: args.cluster, id: name, labels: args.labels }),
      series: (name, args) =>
        noop("Series", name, {
          parent: args.cluster,
          id: name,
          labels: args.labels,
          stream: args.stream,
          event: args.event,
        }),
    },
    graphConfig(),
  );
}
