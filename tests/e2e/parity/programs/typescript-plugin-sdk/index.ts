/**
 * The parity scenario's program (tests/e2e/parity/scenario.ts) on the Node.js SDK generated from the
 * plugin's schema, as examples/python and examples/go write it with theirs. Settings are stack config:
 * `camera2DisplayName`, and `lobbyCamera`, the full name of a stream made outside Pulumi, which the program
 * then adopts with the `import` option, declaring it with the values it already has.
 */
import * as pulumi from "@pulumi/pulumi";
import * as visionai from "pulumi-visionai/plugin";

const config = new pulumi.Config();

const cluster = new visionai.Cluster("video-cluster", {
  displayName: "Video Processing Cluster",
  description: "Cluster for real-time video processing",
  labels: { environment: "production", team: "video-analytics" },
});

const displayNames = ["Camera 1 Stream", config.get("camera2DisplayName") ?? "Camera 2 Stream"];
const cameras = displayNames.map(
  (displayName, i) =>
    new visionai.Stream(`camera-${i + 1}-stream`, {
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
    new visionai.Event(id!, { cluster: cluster.name, displayName, description, gracePeriod }),
);

cameras.forEach((camera, i) =>
  events.forEach(
    (event, j) =>
      new visionai.Series(`series-${i + 1}-${j + 1}`, {
        cluster: cluster.name,
        displayName: `Series ${i + 1}-${j + 1}`,
        description: `Time series for stream ${i + 1} and event ${j + 1}`,
        stream: camera.name,
        event: event.name,
      }),
  ),
);

const channel = new visionai.Channel("motion-detection-channel", {
  cluster: cluster.name,
  stream: cameras[0]!.name,
  event: events[0]!.name,
});

const lobbyCamera = config.get("lobbyCamera");
if (lobbyCamera) {
  // Import adopts the existing stream; the arguments must equal what it already has.
  new visionai.Stream(
    "lobby-camera",
    {
      cluster: cluster.name,
      streamId: lobbyCamera.slice(lobbyCamera.lastIndexOf("/") + 1),
      displayName: "Lobby camera",
      enableHlsPlayback: true,
      labels: { team: "facilities" },
    },
    { import: lobbyCamera },
  );
}

const lookup = visionai.getStreamOutput({ name: cameras[0]!.name });
const playback = visionai.getStreamHlsTokenOutput({ stream: cameras[0]!.name });

export const clusterName = cluster.name;
export const clusterState = cluster.state;
export const streamNames = cameras.map((camera) => camera.name);
export const eventNames = events.map((event) => event.name);
export const channelName = channel.name;
export const camera1DisplayName = lookup.displayName;
export const camera1HlsToken = playback.token;
