import { COMMANDS, type OverheadResults } from "../provider-overhead";
import { callsAsExpected, describeCalls, expectedCalls, sameCalls } from "./expected-calls";
import { markdownTable } from "./markdown-table";
import { mark } from "./targets";

export function callsSection(overhead: OverheadResults): string {
  const rows: string[][] = [];
  for (const [n, byCommand] of Object.entries(overhead.calls)) {
    for (const command of COMMANDS) {
      const runs = byCommand[command] ?? [];
      const allSame = runs.every((counts) => sameCalls(counts, runs[0]!));
      rows.push([
        n,
        command,
        describeCalls(runs[0] ?? {}) + (allSame ? "" : " (runs differ)"),
        describeCalls(expectedCalls(command, Number(n))),
        mark(callsAsExpected(runs, command, Number(n))),
      ]);
    }
  }
  return [
    "## 3. API calls per command",
    "",
    "Every StreamsService and Operations call the emulator's audit log recorded during the command " +
      "(this package's stacks, operations finishing at once, so no waiting calls are needed).",
    "",
    markdownTable(["N", "command", "calls (audit log)", "expected", "as expected"], rows),
  ].join("\n");
}
