import { ApiError, type StatusName } from "../errors/api-error";
import { invalidField } from "../errors/catalogue";
import type { EmulatorControl } from "../control/control";
import type { RuntimeOptions } from "../options";
import { isStatusName } from "../transport/status";
import { HANDLERS } from "./table";

type ControlHandler = (request: Record<string, unknown>) => unknown;

function statusNameField(field: string, value: unknown): StatusName | undefined {
  if (value === undefined || value === "") return undefined;
  const name = String(value).toUpperCase();
  if (name === "OK" || !isStatusName(name)) {
    throw invalidField(
      field,
      `Field \`${field}\` is "${String(value)}", which is not a gRPC status name.`,
      'Use a name such as "UNAVAILABLE" or "INTERNAL".',
    );
  }
  return name;
}

/** Every RPC a fault rule can name: a misspelt name would otherwise make a rule that never fires. */
const FAULTABLE_METHODS = new Set(Object.values(HANDLERS).flatMap((service) => Object.keys(service)));

function faultMethodField(value: unknown): string {
  const method = String(value ?? "");
  if (method === "" || method === "*" || FAULTABLE_METHODS.has(method)) return method;
  throw invalidField(
    "method",
    `Field \`method\` is "${method}", which is not a StreamsService or Operations RPC.`,
    `Use "*" for every RPC or one of: ${[...FAULTABLE_METHODS].sort().join(", ")}.`,
  );
}

function wireOptions(options: RuntimeOptions): Record<string, unknown> {
  return {
    operation_delay_ms: options.operationDelayMillis,
    hls_token_ttl_seconds: options.hlsTokenTtlSeconds,
    delete_with_dependants: options.deleteWithDependants,
    missing_update_mask: options.missingUpdateMask,
  };
}

/** The EmulatorControl service (emulator/proto/control.proto), keyed by RPC name. */
export function controlHandlers(control: EmulatorControl): Record<string, ControlHandler> {
  return {
    Reset: () => {
      control.reset();
      return {};
    },
    AddFault: (request) => {
      const rule = control.addFault({
        method: faultMethodField(request.method),
        code: statusNameField("code", request.code),
        message: String(request.message ?? ""),
        probability: Number(request.probability ?? 0),
        count: Number(request.count ?? 0),
        latencyMillis: Number(request.latency_ms ?? 0),
      });
      return { ...rule, code: rule.code ?? "", latency_ms: rule.latencyMillis };
    },
    ClearFaults: () => {
      control.clearFaults();
      return {};
    },
    FailNextOperations: (request) => ({
      pending: control.failNextOperations(Number(request.count ?? 0), {
        code: statusNameField("code", request.code),
        message: String(request.message ?? "") || undefined,
      }),
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
      })),
    }),
    ClearAuditLog: () => {
      control.clearAuditLog();
      return {};
    },
    SetOptions: (request) => {
      const changes: Partial<RuntimeOptions> = {
        operationDelayMillis: request.operation_delay_ms as number | undefined,
        hlsTokenTtlSeconds: request.hls_token_ttl_seconds as number | undefined,
        deleteWithDependants: request.delete_with_dependants as
          RuntimeOptions["deleteWithDependants"] | undefined,
        missingUpdateMask: request.missing_update_mask as RuntimeOptions["missingUpdateMask"] | undefined,
      };
      try {
        return wireOptions(control.setOptions(changes));
      } catch (error) {
        throw new ApiError(
          "INVALID_ARGUMENT",
          `Emulator option rejected: ${(error as Error).message}.`,
          "INVALID_ARGUMENT",
        );
      }
    },
    GetOptions: () => wireOptions(control.options()),
    CompleteOperations: () => ({ completed: control.completeOperations() }),
    ReadObject: (request) => {
      const data = control.readObject(String(request.object_name ?? ""));
      return { found: data !== undefined, data: data ?? Buffer.alloc(0) };
    },
  };
}
