/**
 * The seed's `materialize_data_channels`: materialize a channel from camera 1's motion events. Run after
 * infrastructure-setup:
 *   VISIONAI_EMULATOR_HOST=localhost:8790 node dist/examples/client/materialize-channels.js
 */
import type { Channel } from "../../client";
import { CLUSTER_PATH, runAsScript, withClient, type ExampleOptions } from "./example-support";

export function main(options: ExampleOptions = {}): Promise<Channel> {
  return withClient(options, async (client, log) => {
    const materializeOp = await client.materializeChannel({
      parent: CLUSTER_PATH,
      channelId: "motion-detection-channel",
      channel: {
        stream: `${CLUSTER_PATH}/streams/camera-1-stream`,
        event: `${CLUSTER_PATH}/events/motion-detection-event`,
        inputConfig: {},
      },
    });
    const channel = await materializeOp.result();
    log(`Materialized channel: ${channel.name}`);
    return channel;
  });
}

if (require.main === module) runAsScript(main);
