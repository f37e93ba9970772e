import { invalidField, missingField, resourceNotFound } from "../errors/catalogue";
import { renderThumbnail } from "../media/thumbnail-image";
import type { OperationPlan } from "../operations/operation-record";
import { NAME_PATTERNS, clusterOf, locationOf, requireName } from "../resources/names";
import type { Handler, HandlerContext } from "./context";
import { runMutation } from "./long-running";
import { stringField } from "./request-fields";
import { findResource } from "./resource-handlers";

/** Cloud Storage object names: 1-1024 characters, no `.`/`..` segments, no leading slash. */
function requireObjectName(value: string): string {
  if (!value) throw missingField("gcs_object_name", '"thumbnails/my-stream.jpg"');
  const segments = value.split("/");
  if (
    value.length > 1024 ||
    value.startsWith("/") ||
    segments.some((s) => s === "." || s === ".." || s === "")
  ) {
    throw invalidField(
      "gcs_object_name",
      `Field \`gcs_object_name\` is "${value}", which is not a usable object name.`,
      'Use a relative path of 1-1024 characters without empty, "." or ".." segments, e.g. "thumbnails/my-stream.jpg".',
    );
  }
  return value;
}

/**
 * GetStreamThumbnail: an operation whose completion writes a JPEG to the object store (see
 * store/object-store.ts) and whose response is an empty GetStreamThumbnailResponse.
 */
export const getStreamThumbnail: Handler = (request, context) =>
  runMutation("GetStreamThumbnail", request, context, () => {
    const stream = requireName("stream", stringField(request, "stream"), NAME_PATTERNS.stream);
    const objectName = requireObjectName(stringField(request, "gcs_object_name"));
    const event = stringField(request, "event");
    if (event) {
      requireName("event", event, NAME_PATTERNS.event);
      if (clusterOf(event) !== clusterOf(stream)) {
        throw invalidField(
          "event",
          `Field \`event\` names "${event}", which is in another cluster than the stream.`,
          "Use an event of the stream's cluster.",
        );
      }
    }
    findResource({ kind: "Stream" }, stream, context);
    if (event) findResource({ kind: "Event" }, event, context);
    return {
      method: "GetStreamThumbnail",
      verb: "getThumbnail",
      target: stream,
      location: locationOf(stream),
      plan: { type: "thumbnail", stream, event, objectName },
    };
  });

/** Completes a thumbnail operation: the stream must still exist. */
export function writeThumbnail(
  plan: Extract<OperationPlan, { type: "thumbnail" }>,
  context: HandlerContext,
): object {
  if (context.resources.get(plan.stream)?.kind !== "Stream") {
    throw resourceNotFound("Stream", plan.stream, "It was deleted before its thumbnail was taken.");
  }
  context.objects.put(plan.objectName, renderThumbnail(plan.stream, plan.event));
  return {};
}
