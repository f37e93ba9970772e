import type { KindSpec } from "../resources/kind-spec";
import { CLUSTER } from "./cluster";

/** Every resource kind by name, for code that handles all of them (operation effects). */
export const KINDS: Readonly<Record<string, KindSpec>> = {
  Cluster: CLUSTER,
};

export function kindSpec(kind: string): KindSpec {
  const spec = KINDS[kind];
  if (!spec) throw new Error(`unknown resource kind ${kind}`);
  return spec;
}
