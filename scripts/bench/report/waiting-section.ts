import type { WaitingResults } from "../operation-waiting";
import { fixed, markdownTable } from "./markdown-table";
import { mark } from "./targets";
import { summarizeWaiting } from "./waiting-summary";

export function waitingSection(waiting: WaitingResults): string {
  const rows = summarizeWaiting(waiting.samples).map((s) => [
    s.mode,
    fixed(s.durationMillis / 1000, 1),
    String(s.runs),
    fixed(s.delayMillis),
    fixed(s.maxDelayMillis),
    fixed(s.delayTargetMillis),
    mark(s.meetsDelay),
    fixed(s.calls, 1),
    fixed(s.callsPerSecond, 2),
  ]);
  return [
    "## 2. Operation waiting",
    "",
    "A cluster create whose operation runs for the given time (emulator `--operation-delay-ms`), waited " +
      "for with `operation.result()` at the client's defaults. Delay = from the operation's `end_time` to " +
      "`result()` returning (median of the runs). Calls = GetOperation and WaitOperation calls for the " +
      "operation in the audit log; calls / s divides them by the operation's duration, or by one second " +
      "for an operation shorter than that (one call is the fewest possible). One emulator serves " +
      "WaitOperation; the other answers it UNIMPLEMENTED, as a server without it would, so the client " +
      "polls there. Both ran at the same time. " +
      `Load average ${waiting.load.start} at the start, ${waiting.load.end} at the end.`,
    "",
    markdownTable(
      [
        "server",
        "operation s",
        "runs",
        "delay ms",
        "max delay ms",
        "target ms",
        "meets",
        "calls / op",
        "calls / s",
      ],
      rows,
    ),
  ].join("\n");
}
