import { status as Status } from "@grpc/grpc-js";

/**
 * What a caller should do next, by status code, with overrides for specific RPCs. Kept as data so the whole
 * catalogue can be read (and tested) in one place.
 */
const ADVICE_BY_CODE: Partial<Record<Status, string>> = {
  [Status.NOT_FOUND]: "Check the name, or create the resource first.",
  [Status.ALREADY_EXISTS]: "Choose another id, or adopt the existing resource.",
  [Status.INVALID_ARGUMENT]: "Fix the argument named above and call again.",
  [Status.FAILED_PRECONDITION]:
    "The resource is not in a state that allows this call; check its state first.",
  [Status.PERMISSION_DENIED]:
    "Check that the caller has Vision AI permissions on the project and that the API is enabled.",
  [Status.UNAUTHENTICATED]:
    "Run `gcloud auth application-default login` or set GOOGLE_APPLICATION_CREDENTIALS; " +
    "to use a local emulator set VISIONAI_EMULATOR_HOST=host:port.",
  [Status.ABORTED]: "Another change raced this one; read the resource again and retry.",
  [Status.UNAVAILABLE]: "The service could not be reached; check the endpoint and try again later.",
  [Status.RESOURCE_EXHAUSTED]: "A quota or rate limit was hit; wait, or raise the quota, and try again.",
  [Status.DEADLINE_EXCEEDED]:
    "The call did not finish in time; raise `totalTimeoutMillis` or try again later.",
  [Status.INTERNAL]: "The service failed; try again later.",
  [Status.UNIMPLEMENTED]: "This endpoint does not offer the method; check `apiEndpoint`.",
  [Status.CANCELLED]: "The call was cancelled before it finished.",
};

const ADVICE_BY_METHOD: Record<string, Partial<Record<Status, string>>> = {
  DeleteCluster: {
    [Status.FAILED_PRECONDITION]: "Delete its series first, then its events and streams, then the cluster.",
  },
  DeleteStream: {
    [Status.FAILED_PRECONDITION]: "Delete its series first (the series that name this stream).",
  },
  DeleteEvent: { [Status.FAILED_PRECONDITION]: "Delete its series first (the series that name this event)." },
  CreateSeries: {
    [Status.FAILED_PRECONDITION]: "Create the stream and the event the series names first.",
    [Status.NOT_FOUND]: "Create the cluster, and the stream and event the series names, first.",
  },
  MaterializeChannel: {
    [Status.NOT_FOUND]: "Create the stream and the event the channel names first.",
  },
};

/** The sentence telling the caller what to do about `code` from `method`; empty when there is nothing to add. */
export function adviceFor(method: string, code: Status): string {
  return ADVICE_BY_METHOD[method]?.[code] ?? ADVICE_BY_CODE[code] ?? "";
}
