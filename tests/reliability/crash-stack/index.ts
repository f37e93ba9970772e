/**
 * The crash-recovery tests' stack: a cluster, then 3 streams and 2 events created side by side, then 2
 * series, so a killed `up` can be cut while the cluster, or several resources at once, are being created.
 * No channels: Vision AI v1 cannot read a channel back, so a channel cannot be proven to be this stack's
 * (README, "When a run is interrupted").
 */
import { Cluster, Event, Series, Stream } from "../../../sdk";

const cluster = new Cluster("crash-cluster", { displayName: "Crash recovery", labels: { test: "crash" } });
const streams = [1, 2, 3].map(
  (n) => new Stream(`camera-${n}`, { cluster: cluster.name, displayName: `Camera ${n}` }),
);
const events = [1, 2].map(
  (n) => new Event(`event-${n}`, { cluster: cluster.name, description: `Event ${n}`, gracePeriod: "30s" }),
);
[0, 1].forEach(
  (n) =>
    new Series(`series-${n + 1}`, {
      cluster: cluster.name,
      stream: streams[n]!.name,
      event: events[n]!.name,
    }),
);
