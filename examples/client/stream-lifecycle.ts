/**
 * The seed's `manage_stream_lifecycle`: list the cluster's streams, get an HLS token for each stream with
 * playback enabled, and write a thumbnail of each. Run after infrastructure-setup:
 *   VISIONAI_EMULATOR_HOST=localhost:8790 node dist/examples/client/stream-lifecycle.js
 */
import type { Stream, StreamHlsToken } from "../../client";
import { CLUSTER_PATH, runAsScript, withClient, type ExampleOptions } from "./example-support";

export interface StreamReport {
  stream: Stream;
  hlsToken?: StreamHlsToken;
  thumbnailObject: string;
}

export function main(options: ExampleOptions = {}): Promise<StreamReport[]> {
  return withClient(options, async (client, log) => {
    const reports: StreamReport[] = [];
    for await (const stream of client.listStreams({ parent: CLUSTER_PATH })) {
      log(`Stream: ${stream.name}`);
      log(`  Display Name: ${stream.displayName}`);
      log(`  HLS Enabled: ${stream.enableHlsPlayback}`);
      log(`  Created: ${stream.createTime?.toISOString()}`);
      const report: StreamReport = {
        stream,
        thumbnailObject: `thumbnails/${stream.name.split("/").at(-1)}.jpg`,
      };

      if (stream.enableHlsPlayback) {
        report.hlsToken = await client.generateStreamHlsToken({ stream: stream.name });
        log(`  HLS Token: ${report.hlsToken.token}`);
        log(`  Token Expires: ${report.hlsToken.expirationTime?.toISOString()}`);
      }

      const thumbnailOp = await client.getStreamThumbnail({
        stream: stream.name,
        gcsObjectName: report.thumbnailObject,
      });
      await thumbnailOp.result();
      log("  Thumbnail generated");
      reports.push(report);
    }
    return reports;
  });
}

if (require.main === module) runAsScript(main);
