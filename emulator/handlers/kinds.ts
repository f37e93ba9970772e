import type { EmulatedKind } from "../resources/emulated-kind";
import { CHANNEL } from "./channel";
import { CLUSTER } from "./cluster";
import { EVENT } from "./event";
import { SERIES } from "./series";
import { STREAM } from "./stream";

/** Every resource kind by name, for code that handles all of them (operation effects). */
export const KINDS: Readonly<Record<string, EmulatedKind>> = {
  Cluster: CLUSTER,
  Stream: STREAM,
  Event: EVENT,
  Series: SERIES,
  Channel: CHANNEL,
};

export function emulatedKindOf(kind: string): EmulatedKind {
  const spec = KINDS[kind];
  if (!spec) throw new Error(`unknown resource kind ${kind}`);
  return spec;
}
