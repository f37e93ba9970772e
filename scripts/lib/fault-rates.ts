/**
 * What a list of emulator fault rules does to one call, worked out from the rules themselves: the rules
 * are checked in order, each draws against its probability, and the first that fires with a status
 * decides the call's outcome (emulator/control/faults.ts). A rule's stated probability is therefore not
 * the share of calls it fails: a later rule only gets the calls no earlier failing rule took.
 */

/** An AddFault request as the reliability tests send it (emulator/proto/control.proto). */
export interface FaultRuleRequest {
  method: string;
  code: string;
  probability: number;
  phase: "BEFORE" | "AFTER";
  latency_ms?: number;
}

/** The share of the calls matching every rule whose status `rule` decides. */
export interface DecidingShare {
  rule: FaultRuleRequest;
  share: number;
}

export function decidingShares(rules: readonly FaultRuleRequest[]): DecidingShare[] {
  let untaken = 1;
  return rules.map((rule) => {
    const share = untaken * rule.probability;
    if (rule.code) untaken -= share;
    return { rule, share };
  });
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function describeRule(rule: FaultRuleRequest): string {
  const where = rule.method === "*" ? "every RPC" : rule.method;
  const delay = rule.latency_ms ? ` after ${rule.latency_ms} ms` : "";
  const what =
    rule.phase === "AFTER"
      ? `applied, then answered ${rule.code}${delay}`
      : `failed unhandled with ${rule.code}${delay}`;
  return `${percent(rule.probability)} of ${where} ${what}`;
}

/**
 * One line for a report: the rules as stated, in order, and the share of calls each really decides, e.g.
 * "rules in order: 5.0% of every RPC applied, then answered DEADLINE_EXCEEDED after 200 ms; …; so of all
 * calls … 19.0% fail unhandled with UNAVAILABLE, 15.2% are applied, then answered UNAVAILABLE".
 */
export function describeFaultRules(rules: readonly FaultRuleRequest[]): string {
  const stated = rules.map(describeRule).join("; ");
  const met = decidingShares(rules)
    .filter(({ rule }) => rule.code)
    .map(
      ({ rule, share }) =>
        `${percent(share)} ${rule.phase === "AFTER" ? "are applied, then answered" : "fail unhandled with"} ${rule.code}`,
    )
    .join(", ");
  return `rules in order: ${stated}; so of all calls ${met}`;
}
