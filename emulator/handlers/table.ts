import { clusterHandlers } from "./cluster";
import type { Handler } from "./context";
import { operationHandlers } from "./operations";

export const STREAMS_SERVICE = "google.cloud.visionai.v1.StreamsService";
export const OPERATIONS_SERVICE = "google.longrunning.Operations";

/** Every StreamsService and Operations RPC the emulator serves, keyed by service then RPC name. */
export const HANDLERS: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
  [STREAMS_SERVICE]: {
    ...clusterHandlers,
  },
  [OPERATIONS_SERVICE]: operationHandlers,
};
