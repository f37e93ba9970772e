import { materializeChannel } from "./channel";
import { clusterHandlers } from "./cluster";
import type { Handler } from "./context";
import { eventHandlers } from "./event";
import { generateStreamHlsToken } from "./hls-token";
import { operationHandlers } from "./operations";
import { seriesHandlers } from "./series";
import { streamHandlers } from "./stream";
import { getStreamThumbnail } from "./thumbnail";

const STREAMS_SERVICE = "google.cloud.visionai.v1.StreamsService";
const OPERATIONS_SERVICE = "google.longrunning.Operations";

/** Every StreamsService and Operations RPC the emulator serves, keyed by service then RPC name. */
export const HANDLERS: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
  [STREAMS_SERVICE]: {
    ...clusterHandlers,
    ...streamHandlers,
    ...eventHandlers,
    ...seriesHandlers,
    GetStreamThumbnail: getStreamThumbnail,
    GenerateStreamHlsToken: generateStreamHlsToken,
    MaterializeChannel: materializeChannel,
  },
  [OPERATIONS_SERVICE]: operationHandlers,
};
