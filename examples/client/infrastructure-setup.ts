/**
 * The seed's "Infrastructure Setup Workflow": a cluster, two camera streams, two events, and a series for
 * every stream and event pair. Run against an emulator:
 *   VISIONAI_EMULATOR_HOST=localhost:8790 node dist/examples/client/infrastructure-setup.js
 */
import type { Cluster, Event, EventInput, Series, Stream, StreamInput } from "../../client";
import { PARENT, runAsScript, withClient, type ExampleOptions } from "./example-support";

export interface SetupResult {
  cluster: Cluster;
  streams: Stream[];
  events: Event[];
  series: Series[];
}

const STREAMS: { id: string; config: StreamInput }[] = [
  {
    id: "camera-1-stream",
    config: {
      displayName: "Camera 1 Stream",
      description: "Security camera 1 video stream",
      enableHlsPlayback: true,
    },
  },
  {
    id: "camera-2-stream",
    config: {
      displayName: "Camera 2 Stream",
      description: "Security camera 2 video stream",
      enableHlsPlayback: true,
    },
  },
];

const EVENTS: { id: string; config: EventInput }[] = [
  {
    id: "motion-detection-event",
    config: {
      displayName: "Motion Detection Event",
      description: "Motion detected in surveillance area",
      gracePeriod: { seconds: 30 },
    },
  },
  {
    id: "person-detected-event",
    config: {
      displayName: "Person Detected Event",
      description: "Person detected in restricted area",
      gracePeriod: { seconds: 10 },
    },
  },
];

export function main(options: ExampleOptions = {}): Promise<SetupResult> {
  return withClient(options, async (client, log) => {
    // Step 1: create the cluster.
    const createClusterOp = await client.createCluster({
      parent: PARENT,
      clusterId: "video-cluster",
      cluster: {
        displayName: "Video Processing Cluster",
        description: "Cluster for real-time video processing",
        labels: { environment: "production", team: "video-analytics" },
      },
    });
    const cluster = await createClusterOp.result();
    const clusterPath = cluster.name;
    log(`Created cluster: ${clusterPath}`);

    // Step 2: create streams within the cluster.
    const streams: Stream[] = [];
    for (const streamInfo of STREAMS) {
      const op = await client.createStream({
        parent: clusterPath,
        stream: streamInfo.config,
        streamId: streamInfo.id,
      });
      const stream = await op.result();
      streams.push(stream);
      log(`Created stream: ${stream.name}`);
    }

    // Step 3: create events for temporal organization.
    const events: Event[] = [];
    for (const eventInfo of EVENTS) {
      const op = await client.createEvent({
        parent: clusterPath,
        event: eventInfo.config,
        eventId: eventInfo.id,
      });
      const event = await op.result();
      events.push(event);
      log(`Created event: ${event.name}`);
    }

    // Step 4: create a time series for every stream and event.
    const series: Series[] = [];
    for (const [i, stream] of streams.entries()) {
      for (const [j, event] of events.entries()) {
        const op = await client.createSeries({
          parent: clusterPath,
          series: {
            displayName: `Series ${i + 1}-${j + 1}`,
            description: `Time series for stream ${i + 1} and event ${j + 1}`,
            stream: stream.name,
            event: event.name,
          },
          seriesId: `series-${i + 1}-${j + 1}`,
        });
        const created = await op.result();
        series.push(created);
        log(`Created series: ${created.name}`);
      }
    }
    return { cluster, streams, events, series };
  });
}

if (require.main === module) runAsScript(main);
