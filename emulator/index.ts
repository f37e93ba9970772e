/**
 * The Vision AI emulator: google.cloud.visionai.v1.StreamsService and google.longrunning.Operations over
 * plaintext gRPC, with a control surface for tests. See emulator/README.md.
 */
export { startEmulator, type RunningEmulator, type StartEmulatorOptions } from "./emulator";
export { EmulatorControl } from "./control/control";
export type { AuditEntry } from "./control/audit-log";
export type { FaultRule, FaultRuleInput } from "./control/faults";
export type { StatusName } from "./errors/api-error";
export { ManualClock, systemClock, type Clock } from "./clock";
export { DEFAULT_RUNTIME_OPTIONS, type RuntimeOptions } from "./options";
export { controlProtoPath, GOOGLE_PROTOS_DIR } from "./transport/protos";
