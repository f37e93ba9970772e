import { resourceNotFound } from "../errors/catalogue";
import type { HandlerContext } from "../handlers/context";
import { emulatedKindOf } from "../handlers/kinds";
import { timestampFromMillis } from "../resources/wire-resource";
import type { PlanEffects } from "./engine";
import type { OperationPlan } from "./operation-record";

export type ThumbnailWriter = (
  plan: Extract<OperationPlan, { type: "thumbnail" }>,
  context: HandlerContext,
) => object;

/**
 * What finishing an operation does. A create's resource already exists (visible while the operation
 * runs) and only gets its final output fields; an update's new body was fixed when it was accepted; a
 * delete removes the resource and everything deleted with it (its channels, and in cascade mode its
 * dependants).
 */
export function planEffects(context: () => HandlerContext, writeThumbnail: ThumbnailWriter): PlanEffects {
  return {
    apply(plan) {
      const ctx = context();
      if (plan.type === "thumbnail") {
        return {
          typeName: "google.cloud.visionai.v1.GetStreamThumbnailResponse",
          message: writeThumbnail(plan, ctx),
        };
      }
      const spec = emulatedKindOf(plan.kind);
      const stored = ctx.resources.get(plan.name);
      if (!stored) throw resourceNotFound(plan.kind, plan.name, "It was deleted while the operation ran.");
      if (plan.type === "delete") {
        for (const name of spec.deletedWith(plan.name, ctx)) ctx.resources.delete(name);
        ctx.resources.delete(plan.name);
        return { typeName: "google.protobuf.Empty", message: {} };
      }
      const body =
        plan.type === "create"
          ? { ...stored.body, ...spec.readyOutput?.(stored.body) }
          : { ...plan.body, update_time: timestampFromMillis(ctx.clock.now()) };
      ctx.resources.replaceBody(body);
      return { typeName: spec.typeName, message: body };
    },
    rollback(plan) {
      if (plan.type !== "create") return;
      const ctx = context();
      // Whatever was made under or against the resource meanwhile goes too: a series must not be left
      // naming a stream that never came to be.
      for (const name of emulatedKindOf(plan.kind).deletedWith(plan.name, ctx)) ctx.resources.delete(name);
      ctx.resources.delete(plan.name);
    },
  };
}
