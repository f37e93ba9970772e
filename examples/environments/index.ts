/**
 * Environment templating: one program, one stack per environment (dev, staging, prod), each stack's
 * Pulumi.<stack>.yaml saying what differs. The stack name becomes the `environment` label and the
 * cluster ID prefix, so environments can share a project without colliding.
 */
import * as pulumi from "@pulumi/pulumi";
import { Cluster, Event, Series, Stream } from "pulumi-visionai";

interface CameraConfig {
  /** Names the camera in this program (and in Pulumi's state). */
  id: string;
  displayName: string;
  /** The stream's ID in the service, when it is not `id`; changing it replaces the stream. */
  streamId?: string;
}

interface EventConfig {
  id: string;
  displayName: string;
  gracePeriod: string;
}

const config = new pulumi.Config();
const environment = pulumi.getStack();
const cameras = config.requireObject<CameraConfig[]>("cameras");
const events = config.requireObject<EventConfig[]>("events");
const hlsPlayback = config.getBoolean("hlsPlayback") ?? false;
const labels = { environment, team: config.get("team") ?? "video-analytics" };

const cluster = new Cluster("cluster", {
  clusterId: `${environment}-video`,
  displayName: `Video cluster (${environment})`,
  labels,
});

const streams = cameras.map(
  (camera) =>
    new Stream(camera.id, {
      cluster: cluster.name,
      streamId: camera.streamId,
      displayName: camera.displayName,
      enableHlsPlayback: hlsPlayback,
      labels,
    }),
);

const eventResources = events.map(
  (event) =>
    new Event(event.id, {
      cluster: cluster.name,
      displayName: event.displayName,
      gracePeriod: event.gracePeriod,
      labels,
    }),
);

const series = streams.flatMap((stream, i) =>
  eventResources.map(
    (event, j) =>
      new Series(`${cameras[i].id}-${events[j].id}`, {
        cluster: cluster.name,
        stream: stream.name,
        event: event.name,
        labels,
      }),
  ),
);

export const clusterName = cluster.name;
export const streamNames = streams.map((stream) => stream.name);
export const seriesCount = series.length;
