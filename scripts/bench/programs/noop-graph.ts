import { buildGraph, graphConfig } from "./graph";
import { NoopResource } from "./noop-resource";

const PARENT = "projects/bench-project/locations/us-central1";

/** The benchmark graph of no-op resources; with `floorAddress`, each makes one minimal gRPC call per service call. */
export function buildNoopGraph(floorAddress?: string): void {
  buildGraph(
    {
      cluster: (name, args) =>
        new NoopResource(
          "Cluster",
          name,
          { parent: PARENT, id: args.clusterId, labels: args.labels },
          floorAddress,
        ),
      stream: (name, args) =>
        new NoopResource(
          "Stream",
          name,
          { parent: args.cluster, id: name, labels: args.labels },
          floorAddress,
        ),
      event: (name, args) =>
        new NoopResource(
          "Event",
          name,
          { parent: args.cluster, id: name, labels: args.labels },
          floorAddress,
        ),
      series: (name, args) =>
        new NoopResource(
          "Series",
          name,
          { parent: args.cluster, id: name, labels: args.labels, stream: args.stream, event: args.event },
          floorAddress,
        ),
    },
    graphConfig(),
  );
}
