export { StreamsServiceClient } from "./streams-service-client";
export type * from "./requests";
export {
  DEFAULT_API_ENDPOINT,
  EMULATOR_HOST_ENV,
  type Endpoint,
  type StreamsServiceClientOptions,
} from "./options";
export type { CallOptions } from "./rpc";
export type { ListRequest } from "./resource-calls";
export type { Page } from "./paging";
export { Operation } from "./operation";
export type { OperationMetadata } from "./operation-results";
export { VisionAiError, type ErrorContext } from "./errors";
export type { FieldViolation } from "./status-details";
export * from "./retry-policy";
export * from "./resource-names";
export { formatDuration, parseDuration, type Duration, type DurationInput } from "../kinds";
export type { UpdateMaskInput } from "./update-mask";
export { RESERVED_ANNOTATION_PREFIX, annotationKeyFor } from "../kinds";
export { packageInfo, type PackageInfo } from "./package-info";
export type * from "./resources";
