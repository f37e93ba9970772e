/**
 * The parity scenario's program (tests/e2e/parity/scenario.ts) with the dynamic resources, as
 * examples/python and examples/go write it with the generated SDKs. It has no `lobbyCamera` setting:
 * dynamic resources cannot be imported (they adopt with `adoptExisting` instead).
 */
import * as pulumi from "@pulumi/pulumi";
import {
  Channel,
  Cluster,
  Event,
  Series,
  Stream,
  getStreamHlsTokenOutput,
  getStreamOutput,
} from "../../../../../sdk";

const config = new pulumi.Config();

const cluster = new Cluster("video-cluster", {
  displayName: "Video Processing Cluster",
  description: "Cluster for real-time video processing",
  labels: { environment: "production", team: "video-analytics" },
});

const displayNames = ["Camera 1 Stream", config.get("camera2DisplayName") ?? "Camera 2 Stream"];
const cameras = displayNames.map(
  (displayName, i) =>
    new Stream(`camera-${i + 1}-stream`, {
      cluster: cluster.name,
      displayName,
      description: `Security camera ${i + 1} video stream`,
      enableHlsPlayback: true,
    }),
);

const events = [
  ["motion-detection-event", "Motion Detection Event", "Motion detected in surveillance area", "30s"],
  ["person-detected-event", "Person Detected Event", "Person detected in restricted area", "10s"],
].map(
  ([id, displayName, description, gracePeriod]) =>
    new Event(id!, { cluster: cluster.name, displayName, description, gracePeriod }),
);

cameras.forEach((camera, i) =>
  events.forEach(
    (event, j) =>
      new Series(`series-${i + 1}-${j + 1}`, {
        cluster: cluster.name,
        displayName: `Series ${i + 1}-${j + 1}`,
        description: `Time series for stream ${i + 1} and event ${j + 1}`,
        stream: camera.name,
        event: event.name,
      }),
  ),
);

const channel = new Channel("motion-detection-channel", {
  cluster: cluster.name,
  stream: cameras[0]!.name,
  event: events[0]!.name,
});

// getStreamOutput takes an Input of the whole argument object, not of each field.
const lookup = getStreamOutput(cameras[0]!.name.apply((name) => ({ name })));
const playback = getStreamHlsTokenOutput({ stream: cameras[0]!.name });

export const clusterName = cluster.name;
export const clusterState = cluster.state;
export const streamNames = cameras.map((camera) => camera.name);
export const eventNames = events.map((event) => event.name);
export const channelName = channel.name;
export const camera1DisplayName = lookup.displayName;
export const camera1HlsToken = playback.token;
