import type { DatabaseSync } from "node:sqlite";
import type { Clock } from "../clock";
import type { OperationEngine } from "../operations/engine";
import type { RuntimeOptions } from "../options";
import type { ObjectStore } from "../store/object-store";
import type { OperationStore } from "../store/operation-store";
import type { RequestIdStore } from "../store/request-id-store";
import type { ResourceStore } from "../store/resource-store";
import type { SettingsStore } from "../store/settings-store";
import type { LoadedProtos } from "../transport/protos";

/** What every handler may use. One per running emulator. */
export interface HandlerContext {
  db: DatabaseSync;
  resources: ResourceStore;
  operations: OperationStore;
  requestIds: RequestIdStore;
  objects: ObjectStore;
  settings: SettingsStore;
  engine: OperationEngine;
  clock: Clock;
  protos: LoadedProtos;
  /** Current runtime options; control SetOptions changes them in place. */
  options: RuntimeOptions;
}

/** A unary RPC implementation: request in wire shape (snake_case), response in wire shape. */
export type Handler = (request: Record<string, unknown>, context: HandlerContext) => unknown;
