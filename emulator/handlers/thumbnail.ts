import { failedPrecondition, invalidField, missingField, resourceNotFound } from "../errors/catalogue";
import { renderThumbnail } from "../media/thumbnail-image";
import type { OperationPlan } from "../operations/operation-record";
import { NAME_PATTERNS, clusterOf, locationOf, requireName } from "../resources/names";
import { ObjectNotStorableError } from "../store/object-store";
import type { Handler, HandlerContext } from "./context";
import { runMutation } from "./long-running";
import { stringField } from "./request-fields";
import { findResource } from "./resource-handlers";

/** Cloud Storage forbids CR and LF in names, and a NUL cannot be part of a file name in data-dir mode. */
function hasControlCharacter(value: string): boolean {
  return [...value].some((character) => character < " " || character === "\u007f");
}

/**
 * Cloud Storage object names: 1-1024 characters, no control characters, no `.`/`..` or empty segments,
 * no leading slash.
 */
function requireObjectName(value: string): string {
  if (!value) throw missingField("gcs_object_name", '"thumbnails/my-stream.jpg"');
  // The request has no bucket field, and the seed's examples pass a bare path; a URL is a likely mistake.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw invalidField(
      "gcs_object_name",
      `Field \`gcs_object_name\` is "${value}", a URL rather than an object name.`,
      'Send the object path alone, without "gs://" and the bucket, e.g. "thumbnails/my-stream.jpg".',
    );
  }
  const segments = value.split("/");
  if (
    value.length > 1024 ||
    value.startsWith("/") ||
    segments.some((s) => s === "." || s === ".." || s === "") ||
    hasControlCharacter(value)
  ) {
    throw invalidField(
      "gcs_object_name",
      `Field \`gcs_object_name\` is "${value}", which is not a usable object name.`,
      'Use a relative path of 1-1024 characters without control characters or empty, "." or ".." segments, e.g. "thumbnails/my-stream.jpg".',
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
  try {
    context.objects.put(plan.objectName, renderThumbnail(plan.stream, plan.event));
  } catch (error) {
    if (!(error instanceof ObjectNotStorableError)) throw error;
    throw failedPrecondition(
      `Object "${plan.objectName}" cannot be written to the emulator's data dir: ${error.why}. ` +
        "This is an emulator limit (each object is a file under <data-dir>/objects; Cloud Storage has " +
        "no such rule). Choose another gcs_object_name, or run the emulator in memory.",
      "OBJECT_NOT_STORABLE",
      { resource: plan.stream, object: plan.objectName },
    );
  }
  return {};
}
