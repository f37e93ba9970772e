import type { StatusName } from "../errors/api-error";
import { freshSeed, seededRandom } from "./seeded-random";

/**
 * When a rule acts on a call. BEFORE: the call fails without being handled, as when a request is lost on
 * the way in. AFTER: the call is handled (its change is applied and committed) and then its response is
 * replaced by the status, as when the response is lost on the way out: the case request_id exists for.
 */
export type FaultPhase = "BEFORE" | "AFTER";

export const FAULT_PHASES: readonly FaultPhase[] = ["BEFORE", "AFTER"];

/** What a test asks for: fail or slow down calls of one RPC (or all). */
export interface FaultRuleInput {
  /** RPC name such as "CreateCluster"; "*" or omitted = every StreamsService / Operations RPC. */
  method?: string;
  /** Status to fail with; omitted = do not fail (latency only). */
  code?: StatusName;
  message?: string;
  /** Chance in (0, 1] that a matching call is affected; omitted or 0 = always. */
  probability?: number;
  /** How many matching calls the rule affects before it expires; omitted or 0 = unlimited. */
  count?: number;
  /** Added before the call is handled (phase BEFORE) or after it, before the response (phase AFTER). */
  latencyMillis?: number;
  /** Omitted = BEFORE. */
  phase?: FaultPhase;
}

export interface FaultRule {
  id: string;
  method: string;
  code: StatusName | undefined;
  message: string;
  probability: number;
  /** Calls still to affect; 0 = unlimited. */
  remaining: number;
  latencyMillis: number;
  phase: FaultPhase;
}

/** What the matching rules do to one call: latency in each phase, and the status it ends with, if any. */
export interface FaultEffect {
  latencyBeforeMillis: number;
  latencyAfterMillis: number;
  failure?: { code: StatusName; message: string; phase: FaultPhase };
}

/**
 * Fault rules, checked in the order they were added; the first failing rule decides the status. Whether a
 * rule with a probability acts on a call is drawn from a generator seeded with `seed`, one draw per such
 * rule per call in the order calls arrive, so the same seed and the same calls give the same faults.
 */
export class FaultRules {
  private rules: FaultRule[] = [];
  private nextId = 1;
  private currentSeed: number;
  private random: () => number;

  /** `seed` omitted: one is chosen at random, and `seed()` reports it. */
  constructor(seed: number = freshSeed()) {
    this.currentSeed = seed;
    this.random = seededRandom(seed);
  }

  /** The seed the current sequence of draws started from. */
  seed(): number {
    return this.currentSeed;
  }

  /** Starts the sequence of draws again from `seed`. */
  reseed(seed: number): void {
    this.currentSeed = seed;
    this.random = seededRandom(seed);
  }

  add(input: FaultRuleInput): FaultRule {
    const id = `fault-${this.nextId++}`;
    const rule: FaultRule = {
      id,
      method: input.method || "*",
      code: input.code,
      message: input.message || `Injected ${input.code ?? "latency"} (emulator fault rule ${id}).`,
      probability: input.probability && input.probability > 0 ? Math.min(input.probability, 1) : 1,
      remaining: input.count && input.count > 0 ? Math.floor(input.count) : 0,
      latencyMillis: Math.max(0, Math.floor(input.latencyMillis ?? 0)),
      phase: input.phase ?? "BEFORE",
    };
    this.rules.push(rule);
    return { ...rule };
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  /** Applies the rules to one call of `method`, using up counted rules that fire. */
  effectFor(method: string): FaultEffect {
    const effect: FaultEffect = { latencyBeforeMillis: 0, latencyAfterMillis: 0 };
    for (const rule of this.rules) {
      if (rule.method !== "*" && rule.method !== method) continue;
      if (rule.probability < 1 && this.random() >= rule.probability) continue;
      if (rule.phase === "AFTER") effect.latencyAfterMillis += rule.latencyMillis;
      else effect.latencyBeforeMillis += rule.latencyMillis;
      if (rule.code && !effect.failure) {
        effect.failure = { code: rule.code, message: rule.message, phase: rule.phase };
      }
      if (rule.remaining > 0) {
        rule.remaining -= 1;
        if (rule.remaining === 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
      }
    }
    return effect;
  }
}
