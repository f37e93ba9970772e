/**
 * The fault campaign's larger stack: two clusters, each with 6 streams, 3 events, a series joining every
 * stream to 2 events, and 3 channels (50 resources). Stack config `campaign:revision` = 2 changes several
 * fields of every cluster, stream and event in place (labels, display names, descriptions, HLS playback,
 * grace periods) without replacing anything.
 */
import * as pulumi from "@pulumi/pulumi";
import { Channel, Cluster, Event, Series, Stream } from "../../../sdk";

const CLUSTERS = 2;
const STREAMS_PER_CLUSTER = 6;
const EVENTS_PER_CLUSTER = 3;
const CHANNELS_PER_CLUSTER = 3;

const revision = new pulumi.Config("campaign").getNumber("revision") ?? 1;
const revised = revision >= 2;

for (let c = 1; c <= CLUSTERS; c++) {
  const cluster = new Cluster(`cluster-${c}`, {
    displayName: `Campaign cluster ${c}`,
    labels: { campaign: "faults", revision: String(revision) },
  });
  const streams = Array.from(
    { length: STREAMS_PER_CLUSTER },
    (_, s) =>
      new Stream(`c${c}-camera-${s + 1}`, {
        cluster: cluster.name,
        displayName: revised ? `Camera ${s + 1} (revised)` : `Camera ${s + 1}`,
        labels: revised ? { floor: String(s % 3), revised: "yes" } : { floor: String(s % 3) },
        enableHlsPlayback: revised ? s % 2 === 0 : true,
      }),
  );
  const events = Array.from(
    { length: EVENTS_PER_CLUSTER },
    (_, e) =>
      new Event(`c${c}-event-${e + 1}`, {
        cluster: cluster.name,
        description: revised ? `Event ${e + 1}, revised` : `Event ${e + 1}`,
        gracePeriod: revised ? "45s" : "30s",
      }),
  );
  streams.forEach((stream, s) => {
    for (const e of [s % EVENTS_PER_CLUSTER, (s + 1) % EVENTS_PER_CLUSTER]) {
      new Series(`c${c}-series-${s + 1}-${e + 1}`, {
        cluster: cluster.name,
        stream: stream.name,
        event: events[e]!.name,
      });
    }
  });
  for (let h = 0; h < CHANNELS_PER_CLUSTER; h++) {
    new Channel(`c${c}-channel-${h + 1}`, {
      cluster: cluster.name,
      stream: streams[h]!.name,
      event: events[h % EVENTS_PER_CLUSTER]!.name,
    });
  }
}
