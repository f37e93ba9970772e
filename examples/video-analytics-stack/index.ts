/**
 * The stack `npm run demo` deploys: the seed's infrastructure-setup workflow as a Pulumi program. A
 * cluster holds two camera streams and two events; a series joins every stream to every event, and a
 * channel is materialized from the first camera's motion events.
 *
 * Project and location come from stack config (`visionai:project`, `visionai:location`). Because each
 * series takes its stream's and event's `name` outputs, Pulumi creates the cluster first and deletes the
 * series (and the channel) first on `pulumi destroy`, as the service requires.
 */
import { Channel, Cluster, Event, Series, Stream } from "../../sdk";

const cluster = new Cluster("video-cluster", {
  displayName: "Video Processing Cluster",
  description: "Cluster for real-time video processing",
  labels: { environment: "production", team: "video-analytics" },
});

const cameras = [1, 2].map(
  (camera) =>
    new Stream(`camera-${camera}-stream`, {
      cluster: cluster.name,
      displayName: `Camera ${camera} Stream`,
      description: `Security camera ${camera} video stream`,
      enableHlsPlayback: true,
    }),
);

const events = [
  {
    id: "motion-detection-event",
    displayName: "Motion Detection Event",
    description: "Motion detected in surveillance area",
    graceSeconds: 30,
  },
  {
    id: "person-detected-event",
    displayName: "Person Detected Event",
    description: "Person detected in restricted area",
    graceSeconds: 10,
  },
].map(
  (event) =>
    new Event(event.id, {
      cluster: cluster.name,
      displayName: event.displayName,
      description: event.description,
      gracePeriod: { seconds: event.graceSeconds },
    }),
);

const series = cameras.flatMap((stream, i) =>
  events.map(
    (event, j) =>
      new Series(`series-${i + 1}-${j + 1}`, {
        cluster: cluster.name,
        displayName: `Series ${i + 1}-${j + 1}`,
        description: `Time series for stream ${i + 1} and event ${j + 1}`,
        stream: stream.name,
        event: event.name,
      }),
  ),
);

const motionChannel = new Channel("motion-detection-channel", {
  cluster: cluster.name,
  stream: cameras[0].name,
  event: events[0].name,
});

export const clusterName = cluster.name;
export const clusterState = cluster.state;
export const streamNames = cameras.map((stream) => stream.name);
export const eventNames = events.map((event) => event.name);
export const seriesNames = series.map((s) => s.name);
export const channelName = motionChannel.name;
