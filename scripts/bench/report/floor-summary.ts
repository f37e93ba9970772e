import type { FloorResults, FloorServer } from "../emulator-load";
import { median } from "../stats";

/** The emulator's closed-loop Get throughput against the bare server's: medians over the rounds. */
export function closedLoopShare(floor: FloorResults): {
  emulatorPerSecond: number;
  barePerSecond: number;
  share: number;
} {
  const perSecond = (server: FloorServer) =>
    median(floor.closedLoop.filter((f) => f.server === server).map((f) => f.perSecond));
  const emulatorPerSecond = perSecond("emulator");
  const barePerSecond = perSecond("bare grpc-js server");
  return { emulatorPerSecond, barePerSecond, share: emulatorPerSecond / barePerSecond };
}
