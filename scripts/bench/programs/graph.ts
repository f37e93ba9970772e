import * as pulumi from "@pulumi/pulumi";

/** What one benchmark stack builds, from its stack config (`bench:*`). */
export interface GraphConfig {
  clusterId: string;
  /** Streams and series each; the stack holds 2N+2 resources. */
  n: number;
  /** The `rev` label of the first stream: changing it is the "one changed label" update. */
  revision: string;
}

export function graphConfig(): GraphConfig {
  const config = new pulumi.Config("bench");
  return {
    clusterId: config.require("clusterId"),
    n: config.requireNumber("n"),
    revision: config.get("revision") ?? "1",
  };
}

interface Named {
  name: pulumi.Output<string>;
}

type Labels = Record<string, string>;

/** Constructors for the four kinds; both benchmark programs supply their own and share the graph. */
export interface GraphKinds {
  cluster(name: string, args: { clusterId: string; labels: Labels }): Named;
  stream(name: string, args: { cluster: pulumi.Input<string>; labels: Labels }): Named;
  event(name: string, args: { cluster: pulumi.Input<string>; labels: Labels }): Named;
  series(
    name: string,
    args: {
      cluster: pulumi.Input<string>;
      stream: pulumi.Input<string>;
      event: pulumi.Input<string>;
      labels: Labels;
    },
  ): Named;
}

const LABELS: Labels = { bench: "provider-overhead" };

/**
 * One cluster, N streams, one event and N series (series i joins stream i to the event): the shape of a
 * camera fleet, where every series depends on a stream and the event, and everything on the cluster.
 */
export function buildGraph(kinds: GraphKinds, config: GraphConfig): void {
  const cluster = kinds.cluster("cluster", { clusterId: config.clusterId, labels: LABELS });
  const event = kinds.event("event", { cluster: cluster.name, labels: LABELS });
  for (let i = 0; i < config.n; i++) {
    const labels = i === 0 ? { ...LABELS, rev: config.revision } : LABELS;
    const stream = kinds.stream(`stream-${i}`, { cluster: cluster.name, labels });
    kinds.series(`series-${i}`, {
      cluster: cluster.name,
      stream: stream.name,
      event: event.name,
      labels: LABELS,
    });
  }
}
