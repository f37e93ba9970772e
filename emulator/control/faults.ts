import type { StatusName } from "../errors/api-error";

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
  /** Added before the call is handled. */
  latencyMillis?: number;
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
}

/** What the matching rules do to one call. */
export interface FaultEffect {
  latencyMillis: number;
  failure?: { code: StatusName; message: string };
}

/** Fault rules, checked in the order they were added; the first failing rule decides the status. */
export class FaultRules {
  private rules: FaultRule[] = [];
  private nextId = 1;

  constructor(private readonly random: () => number = Math.random) {}

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
    const effect: FaultEffect = { latencyMillis: 0 };
    for (const rule of this.rules) {
      if (rule.method !== "*" && rule.method !== method) continue;
      if (rule.probability < 1 && this.random() >= rule.probability) continue;
      effect.latencyMillis += rule.latencyMillis;
      if (rule.code && !effect.failure) effect.failure = { code: rule.code, message: rule.message };
      if (rule.remaining > 0) {
        rule.remaining -= 1;
        if (rule.remaining === 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
      }
    }
    return effect;
  }
}
