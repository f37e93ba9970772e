import * as grpc from "@grpc/grpc-js";
import { setTimeout as sleep } from "node:timers/promises";
import { addressedResource, type AuditLog } from "../control/audit-log";
import type { FaultRules } from "../control/faults";
import { ApiError } from "../errors/api-error";
import { injectedFault } from "../errors/catalogue";
import type { Handler, HandlerContext } from "../handlers/context";
import { projectOf, quotaMetricOf } from "../quota/call-metric";
import { quotaExceeded } from "../quota/quota-exceeded";
import type { QuotaLedger } from "../quota/quota-ledger";
import { asApiError, toServiceError } from "./status";
import type { LoadedProtos } from "./protos";
import { assertDecoded, withTolerantDecoding } from "./request-decoding";

export interface ServerParts {
  protos: LoadedProtos;
  context: HandlerContext;
  /** API handlers by service name, then RPC name (handlers/table.ts). */
  handlers: Readonly<Record<string, Readonly<Record<string, Handler>>>>;
  /** EmulatorControl handlers by RPC name; exempt from faults and the audit log. */
  controlHandlers: Readonly<Record<string, (request: Record<string, unknown>) => unknown>>;
  faults: FaultRules;
  audit: AuditLog;
  /** Per-project rate quotas; a call beyond one is refused before it is handled. */
  quotas: QuotaLedger;
}

type UnaryImplementation = grpc.handleUnaryCall<Record<string, unknown>, unknown>;

function unary(
  run: (request: Record<string, unknown>) => Promise<unknown>,
  protos: LoadedProtos,
): UnaryImplementation {
  return (call, callback) => {
    run(call.request).then(
      (response) => callback(null, response),
      (error: unknown) => callback(toServiceError(protos.root, asApiError(error))),
    );
  };
}

/**
 * Wraps one API RPC: fault rules of phase BEFORE first (latency, then failure), then the quota of the
 * call's metric and project (a refused call is not handled, as with Google's quotas), then the handler, then
 * rules of phase AFTER (latency, then the response replaced by their status: the change stays applied).
 * Every call, whatever its outcome, lands in the audit log. Authorization metadata is ignored: the
 * emulator has no auth.
 */
function apiImplementation(
  service: string,
  method: string,
  handler: Handler | undefined,
  parts: ServerParts,
) {
  return async (request: Record<string, unknown>): Promise<unknown> => {
    const { clock } = parts.context;
    const mask = request.update_mask as { paths?: string[] } | null | undefined;
    const entry = {
      method,
      service,
      resource: addressedResource(request),
      requestId: typeof request.request_id === "string" ? request.request_id : "",
      updateMaskPaths: mask?.paths ?? [],
      time: new Date(clock.now()).toISOString(),
    };
    const effect = parts.faults.effectFor(method);
    const failure = effect.failure;
    let operation = "";
    try {
      if (effect.latencyBeforeMillis > 0) await sleep(effect.latencyBeforeMillis);
      if (failure?.phase === "BEFORE") throw injectedFault(failure.code, failure.message);
      chargeQuota(parts, method, entry.resource);
      assertDecoded(request, method);
      if (!handler) {
        throw new ApiError(
          "UNIMPLEMENTED",
          `${service}/${method} is not implemented by this emulator (emulator limit).`,
          "UNIMPLEMENTED",
        );
      }
      const response = await handler(request, parts.context);
      operation = service === "google.longrunning.Operations" ? "" : operationName(response);
      if (effect.latencyAfterMillis > 0) await sleep(effect.latencyAfterMillis);
      if (failure?.phase === "AFTER") throw injectedFault(failure.code, failure.message);
      parts.audit.record({ ...entry, code: "OK", operation, faultPhase: "" });
      return response;
    } catch (error) {
      const apiError = asApiError(error);
      const injected = apiError.reason === "EMULATOR_INJECTED_FAULT" ? (failure?.phase ?? "") : "";
      parts.audit.record({ ...entry, code: apiError.status, operation, faultPhase: injected });
      throw error;
    }
  };
}

/** Counts the call against its quota; throws RESOURCE_EXHAUSTED when the quota refuses it. */
function chargeQuota(parts: ServerParts, method: string, resource: string): void {
  // A call that names no project cannot be charged; it fails on its malformed name instead.
  const project = projectOf(resource);
  if (!project) return;
  const refusal = parts.quotas.take(quotaMetricOf(method), project, parts.context.clock.now());
  if (refusal) throw quotaExceeded(refusal);
}

function operationName(response: unknown): string {
  const candidate = response as { name?: unknown; done?: unknown } | null;
  return candidate && typeof candidate.name === "string" && typeof candidate.done === "boolean"
    ? candidate.name
    : "";
}

function serviceName(definition: grpc.ServiceDefinition): string {
  const first = Object.values(definition)[0] as grpc.MethodDefinition<unknown, unknown>;
  return first.path.split("/")[1]!;
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/** Serves StreamsService, Operations and EmulatorControl on one plaintext port. */
export async function startServer(host: string, port: number, parts: ServerParts): Promise<RunningServer> {
  const server = new grpc.Server();
  for (const definition of [parts.protos.streamsService, parts.protos.operations]) {
    const service = serviceName(definition);
    const implementation: grpc.UntypedServiceImplementation = {};
    for (const method of Object.keys(definition)) {
      const handler = parts.handlers[service]?.[method];
      implementation[method] = unary(apiImplementation(service, method, handler, parts), parts.protos);
    }
    server.addService(withTolerantDecoding(definition), implementation);
  }
  const control: grpc.UntypedServiceImplementation = {};
  for (const method of Object.keys(parts.protos.control)) {
    const handler = parts.controlHandlers[method];
    control[method] = unary(async (request) => {
      assertDecoded(request, method);
      if (!handler)
        throw new ApiError("UNIMPLEMENTED", `EmulatorControl/${method} is not implemented.`, "UNIMPLEMENTED");
      return handler(request);
    }, parts.protos);
  }
  server.addService(withTolerantDecoding(parts.protos.control), control);
  const boundPort = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    port: boundPort,
    stop: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), 2000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}
