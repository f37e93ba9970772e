import { clusterOf } from "../resources/names";
import type { HandlerContext } from "./context";

/** Names of `kinds` directly under `cluster`. */
export function childrenOf(cluster: string, kinds: readonly string[], context: HandlerContext): string[] {
  return kinds.flatMap((kind) => context.resources.list(cluster, kind).map((stored) => stored.body.name));
}

/** Series or channels of `cluster` whose `field` ("stream" or "event") is `target`. */
export function referencing(
  kind: "Series" | "Channel",
  field: "stream" | "event",
  target: string,
  context: HandlerContext,
): string[] {
  return context.resources
    .list(clusterOf(target), kind)
    .filter((stored) => stored.body[field] === target)
    .map((stored) => stored.body.name);
}
