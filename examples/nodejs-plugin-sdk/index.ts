/**
 * The seed's infrastructure-setup workflow on the Node.js SDK generated from the provider plugin's
 * schema (`pulumi-visionai/plugin`): the resources are `visionai:index:*` and run in the plugin
 * `pulumi-resource-visionai` (on PATH from node_modules/.bin once the package is installed), as a
 * pulumi-gcp program's run in the gcp plugin. The same graph as examples/yaml: a cluster holds two camera
 * streams and two events, a series joins every stream to every event, and a channel is materialized from
 * the first camera's motion events. Project and location come from the `visionai:*` config.
 */
import * as visionai from "pulumi-visionai/plugin";

const cluster = new visionai.Cluster("video-cluster", {
  displayName: "Video Processing Cluster",
  description: "Cluster for real-time video processing",
  labels: { environment: "production", team: "video-analytics" },
});

const cameras = [
  { id: "camera-1-stream", displayName: "Camera 1 Stream", description: "Security camera 1 video stream" },
  { id: "camera-2-stream", displayName: "Camera 2 Stream", description: "Security camera 2 video stream" },
].map(
  (camera) =>
    new visionai.Stream(camera.id, {
      cluster: cluster.name,
      displayName: camera.displayName,
      description: camera.description,
      enableHlsPlayback: true,
    }),
);

const events = [
  {
    id: "motion-detection-event",
    displayName: "Motion Detection Event",
    description: "Motion detected in surveillance area",
    gracePeriod: "30s",
  },
  {
    id: "person-detected-event",
    displayName: "Person Detected Event",
    description: "Person detected in restricted area",
    gracePeriod: "10s",
  },
].map(
  (event) =>
    new visionai.Event(event.id, {
      cluster: cluster.name,
      displayName: event.displayName,
      description: event.description,
      gracePeriod: event.gracePeriod,
    }),
);

// Each series takes its stream's and event's `name` outputs, so Pulumi deletes the series first.
const series = cameras.flatMap((stream, i) =>
  events.map(
    (event, j) =>
      new visionai.Series(`series-${i + 1}-${j + 1}`, {
        cluster: cluster.name,
        displayName: `Series ${i + 1}-${j + 1}`,
        description: `Time series for stream ${i + 1} and event ${j + 1}`,
        stream: stream.name,
        event: event.name,
      }),
  ),
);

const motionChannel = new visionai.Channel("motion-detection-channel", {
  cluster: cluster.name,
  stream: cameras[0].name,
  event: events[0].name,
});

// Lookups are the plugin's functions. The HLS playback token is secret: masked in output, encrypted in state.
const camera1 = visionai.getStreamOutput({ name: cameras[0].name });
const camera1Playback = visionai.getStreamHlsTokenOutput({ stream: cameras[0].name });

export const clusterName = cluster.name;
export const clusterState = cluster.state;
export const streamNames = cameras.map((stream) => stream.name);
export const eventNames = events.map((event) => event.name);
export const seriesNames = series.map((s) => s.name);
export const channelName = motionChannel.name;
export const camera1DisplayName = camera1.displayName;
export const camera1HlsToken = camera1Playback.token;
