import type { EmulatorControl } from "../control/control";
import { quotaControlHandlers } from "../quota/quota-control-handlers";
import {
  faultRuleFields,
  faultSeedField,
  nonNegativeIntegerField,
  optionChangeFields,
  statusNameField,
  wireOptions,
} from "./control-fields";

type ControlHandler = (request: Record<string, unknown>) => unknown;

/** The EmulatorControl service (emulator/proto/control.proto), keyed by RPC name. */
export function controlHandlers(control: EmulatorControl): Record<string, ControlHandler> {
  return {
    Reset: () => {
      control.reset();
      return {};
    },
    AddFault: (request) => {
      const rule = control.addFault(faultRuleFields(request));
      return { ...rule, code: rule.code ?? "", latency_ms: rule.latencyMillis };
    },
    ClearFaults: () => {
      control.clearFaults();
      return {};
    },
    SeedFaults: (request) => ({ seed: control.seedFaults(faultSeedField(request.seed)) }),
    GetFaultSeed: () => ({ seed: control.faultSeed() }),
    FailNextOperations: (request) => ({
      pending: control.failNextOperations(
        nonNegativeIntegerField("count", request.count, "no new failures"),
        {
          code: statusNameField("code", request.code),
          message: String(request.message ?? "") || undefined,
        },
      ),
    }),
    ListAuditLog: (request) => ({
      entries: control.auditLog(String(request.method ?? "") || undefined).map((entry) => ({
        method: entry.method,
        service: entry.service,
        resource: entry.resource,
        request_id: entry.requestId,
        update_mask_paths: entry.updateMaskPaths,
        code: entry.code,
        time: entry.time,
        operation: entry.operation,
        fault_phase: entry.faultPhase || "FAULT_PHASE_UNSPECIFIED",
      })),
    }),
    ClearAuditLog: () => {
      control.clearAuditLog();
      return {};
    },
    SetOptions: (request) => wireOptions(control.setOptions(optionChangeFields(request))),
    GetOptions: () => wireOptions(control.options()),
    CompleteOperations: () => ({ completed: control.completeOperations() }),
    ListResources: () => ({ resources: control.listResources() }),
    ReadObject: (request) => {
      const data = control.readObject(String(request.object_name ?? ""));
      return { found: data !== undefined, data: data ?? Buffer.alloc(0) };
    },
    ...quotaControlHandlers(control),
  };
}
