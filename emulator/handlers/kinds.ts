import type { EmulatedKind } from "../resources/emulated-kind";
import { EMULATED_CHANNEL } from "./channel";
import { EMULATED_CLUSTER } from "./cluster";
import { EMULATED_EVENT } from "./event";
import { EMULATED_SERIES } from "./series";
import { EMULATED_STREAM } from "./stream";

/** Every resource kind by name, for code that handles all of them (operation effects). */
const EMULATED_KINDS: Readonly<Record<string, EmulatedKind>> = {
  Cluster: EMULATED_CLUSTER,
  Stream: EMULATED_STREAM,
  Event: EMULATED_EVENT,
  Series: EMULATED_SERIES,
  Channel: EMULATED_CHANNEL,
};

export function emulatedKindOf(kind: string): EmulatedKind {
  const spec = EMULATED_KINDS[kind];
  if (!spec) throw new Error(`unknown resource kind ${kind}`);
  return spec;
}
