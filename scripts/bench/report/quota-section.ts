import type { QuotaResults } from "../quota-results";
import { fixed, markdownTable } from "./markdown-table";

/** Targets of a deployment under a quota: time within 1.3x of the quota's bound, at most 1 refusal a resource. */
const QUOTA_TIME_RATIO_TARGET = 1.3;
const QUOTA_REFUSALS_PER_RESOURCE_TARGET = 1;

const met = (ok: boolean) => (ok ? "met" : "NOT met");

export function quotaSection(quota: QuotaResults): string {
  const run = [
    `command \`${quota.command ?? "node dist/scripts/bench/quota.js"}\``,
    `commit ${quota.commit ?? "not recorded (the first recorded run predates the field)"}`,
    quota.startedAt ? `started ${quota.startedAt}` : "start time not recorded",
    `load average ${fixed(quota.loadAverage, 2)} on ${quota.machine.cores} cores`,
  ].join(", ");
  return [
    "## 6. Under a mutation quota",
    "",
    `Deployments against an emulator enforcing a per-project quota (\`--quota\`), from \`scripts/bench/results/quota.json\` (${run}). ` +
      "The bound is the least time the quota allows: (ceil(M / N) - 1) x PERIOD for M mutations at N per PERIOD. " +
      `Targets: time within ${QUOTA_TIME_RATIO_TARGET}x of the bound, at most ${QUOTA_REFUSALS_PER_RESOURCE_TARGET} refused call per resource, no failure.`,
    "",
    markdownTable(
      [
        "scenario",
        "quota",
        "resources",
        "bound s",
        "time s",
        "time / bound",
        "refused",
        "refused / resource",
        "failures",
        "each created once",
        "targets",
      ],
      quota.rows.map((row) => [
        row.scenario,
        row.quota,
        String(row.resources),
        fixed(row.lowerBoundSeconds, 1),
        fixed(row.seconds, 1),
        fixed(row.ratio, 2),
        String(row.refused),
        fixed(row.refusedPerResource, 2),
        String(row.failures),
        row.createdOnce ? "yes" : "no",
        [
          `time ${met(row.ratio <= QUOTA_TIME_RATIO_TARGET)}`,
          `refusals ${met(row.refusedPerResource <= QUOTA_REFUSALS_PER_RESOURCE_TARGET)}`,
          `failures ${met(row.failures === 0 && row.createdOnce)}`,
        ].join(", "),
      ]),
    ),
  ].join("\n");
}
