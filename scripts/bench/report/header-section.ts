import type { BenchResults } from "../bench-results";
import { fixed, markdownTable } from "./markdown-table";

function runsNote(results: BenchResults): string {
  const { sizes, perSize, atLargest } = results.runs;
  const largest = Math.max(...sizes);
  const smaller = sizes.filter((n) => n !== largest);
  return (
    "provider overhead: " +
    (smaller.length > 0 ? `${perSize} runs per variant at N = ${smaller.join(", ")}, ` : "") +
    `${atLargest} at N = ${largest}`
  );
}

/** The title, what produced the figures and on what, and how to read them under load. */
export function headerSection(results: BenchResults): string {
  const { machine } = results;
  return [
    "# Benchmarks",
    "",
    "Rendered by `npm run bench:report` (scripts/bench/report/) from the raw results of one run, " +
      "scripts/bench/results/bench.json, which `npm run bench` writes; the findings at the end come from " +
      "scripts/bench/findings.md. Do not edit by hand: `npm test` renders it again and fails on any difference.",
    "",
    markdownTable(
      ["", ""],
      [
        ["command", `\`${results.command}\``],
        ["commit", `\`${results.commit}\``],
        ["started", results.startedAt],
        ["one run took", `${fixed(results.seconds / 60, 1)} min`],
        ["machine", `${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB`],
        ["Node.js", machine.node],
        ["Pulumi", `CLI ${machine.pulumiCli}, @pulumi/pulumi ${machine.pulumiSdk}`],
        ["load average (1 min)", `${results.load.start} at the start, ${results.load.end} at the end`],
        ...(results.overhead ? [["runs", runsNote(results)]] : []),
      ],
    ),
    "",
    "The machine is shared with other work, which slows both sides of every comparison; the load averages " +
      "above and in the tables say how much there was. To keep that load from favouring one side, the " +
      "variants compared run interleaved: command by command for the provider overhead, in alternating " +
      "rounds for the emulator and its floor and for the two proto loaders, and at the same time for " +
      "operation waiting. Absolute times move with the load; the ratios are the figures to read.",
  ].join("\n");
}
