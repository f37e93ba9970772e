import type { FieldViolation, StatusName } from "../errors/api-error";
import type { WireResource } from "../resources/wire-resource";

/** What a running operation does when it finishes. Stored with the operation, so it survives restarts. */
export type OperationPlan =
  | { type: "create"; kind: string; name: string }
  | { type: "update"; kind: string; name: string; body: WireResource }
  | { type: "delete"; kind: string; name: string }
  | { type: "thumbnail"; stream: string; event: string; objectName: string };

/** An error recorded on a finished operation (the fields of an ApiError). */
export interface RecordedError {
  status: StatusName;
  message: string;
  reason: string;
  fieldViolations: FieldViolation[];
  metadata: Record<string, string>;
}

export interface OperationRecord {
  name: string;
  /** `projects/{project}/locations/{location}`: what ListOperations lists under. */
  location: string;
  /** The RPC that started it, e.g. "CreateCluster". */
  method: string;
  verb: string;
  target: string;
  createMillis: number;
  dueMillis: number;
  endMillis?: number;
  done: boolean;
  requestedCancellation: boolean;
  plan: OperationPlan;
  /** Decided when the operation starts (control FailNextOperations): it will end with this error. */
  injectedFailure?: RecordedError;
  response?: { typeName: string; message: object };
  error?: RecordedError;
}
