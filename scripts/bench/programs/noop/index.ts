/** The benchmark graph built with no-op dynamic resources: the Pulumi engine's own floor. */
import { buildGraph, graphConfig } from "../graph";
import { NoopResource } from "./noop-resource";

const PARENT = "projects/bench-project/locations/us-central1";

buildGraph(
  {
    cluster: (name, args) =>
      new NoopResource("Cluster", name, { parent: PARENT, id: args.clusterId, labels: args.labels }),
    stream: (name, args) =>
      new NoopResource("Stream", name, { parent: args.cluster, id: name, labels: args.labels }),
    event: (name, args) =>
      new NoopResource("Event", name, { parent: args.cluster, id: name, labels: args.labels }),
    series: (name, args) =>
      new NoopResource("Series", name, {
        parent: args.cluster,
        id: name,
        labels: args.labels,
        stream: args.stream,
        event: args.event,
      }),
  },
  graphConfig(),
);
