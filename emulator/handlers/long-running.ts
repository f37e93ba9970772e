import { LIMITS } from "../options";
import type { StartRequest } from "../operations/engine";
import { toWireOperation } from "../operations/wire-operation";
import { checkRequestId } from "../resources/request-id";
import { inTransaction } from "../store/database";
import type { HandlerContext } from "./context";

/**
 * Runs a call that starts a long-running operation, honouring `request_id` (AIP-155): the same id on the
 * same RPC within the window returns the operation it first started, whatever happened since, so a retry
 * never makes a second resource and never sees ALREADY_EXISTS. Validation and the operation's first
 * writes share one transaction: a rejected call changes nothing.
 */
export function runMutation(
  method: string,
  request: Record<string, unknown>,
  context: HandlerContext,
  begin: () => StartRequest,
): Record<string, unknown> {
  const requestId = checkRequestId(String(request.request_id ?? ""));
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    if (requestId) {
      const windowStart = now - LIMITS.requestIdWindowMillis;
      // Only calls with an id add to the table, so only they prune it: older ids can never match again.
      context.requestIds.forgetBefore(windowStart);
      const previous = context.requestIds.find(method, requestId, windowStart);
      const record = previous === undefined ? undefined : context.operations.getAny(previous);
      if (record) return toWireOperation(context.protos.root, record);
    }
    const record = context.engine.start(begin());
    if (requestId) context.requestIds.remember(method, requestId, record.name, now);
    return toWireOperation(context.protos.root, record);
  });
}
