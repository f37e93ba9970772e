import { z } from "zod";
import { formatDuration, type Event as EventResource } from "../client";
import type { CommonInputs, CommonOutputs, KindSpec } from "./kind-spec";
import { clusterName, commonInputFields, duration, resourceId } from "./input-rules";
import { nameSegments, providerSettings, timestamp } from "./resource-fields";

/** v1 clock names; the seed's `LIVE` is accepted as an alias of `INGEST` (the time data is received). */
export type AlignmentClock = "CAPTURE" | "INGEST";

/** Event inputs as the provider receives them, after `check`. */
export interface EventInputs extends CommonInputs {
  /** Full name of the cluster that holds the event; changing it replaces the event. */
  cluster: string;
  /** The event's ID, the last segment of its name; changing it replaces the event. */
  eventId: string;
  displayName?: string;
  description?: string;
  /** How long the event stays open after its last data, as a duration string such as "30s". */
  gracePeriod?: string;
  alignmentClock?: AlignmentClock;
}

/** What state records for an event. */
export interface EventOutputs extends EventInputs, CommonOutputs {}

const alignmentClock = z
  .enum(["CAPTURE", "INGEST", "LIVE"], {
    error: 'must be "CAPTURE", "INGEST" or "LIVE" (an alias of INGEST)',
  })
  .transform((clock): AlignmentClock => (clock === "LIVE" ? "INGEST" : clock));

const schema = z
  .object({
    ...commonInputFields,
    cluster: clusterName,
    eventId: resourceId,
    displayName: z.string().optional(),
    description: z.string().optional(),
    gracePeriod: duration.optional(),
    alignmentClock: alignmentClock.optional(),
  })
  .strict();

export const eventSpec: KindSpec<EventInputs, EventOutputs, EventResource> = {
  kind: "Event",
  schema: schema as z.ZodType<EventInputs>,
  replaceOnChange: ["cluster", "eventId"],
  updatable: ["displayName", "description", "gracePeriod", "alignmentClock", "labels", "annotations"],

  resourceName: (inputs) => `${inputs.cluster}/events/${inputs.eventId}`,

  async create(client, inputs, totalTimeoutMillis) {
    const operation = await client.createEvent({
      parent: inputs.cluster,
      eventId: inputs.eventId,
      event: eventBody(inputs),
    });
    return operation.result({ totalTimeoutMillis });
  },

  get: (client, name) => client.getEvent({ name }),

  async update(client, inputs, updateMask, totalTimeoutMillis) {
    const operation = await client.updateEvent({
      event: { name: eventSpec.resourceName(inputs), ...eventBody(inputs) },
      updateMask,
    });
    return operation.result({ totalTimeoutMillis });
  },

  async delete(client, name, totalTimeoutMillis) {
    const operation = await client.deleteEvent({ name });
    await operation.result({ totalTimeoutMillis });
  },

  toOutputs(inputs, event) {
    const [project, location, cluster, eventId] = nameSegments(event.name, "events");
    const outputs: EventOutputs = {
      cluster: `projects/${project}/locations/${location}/clusters/${cluster}`,
      eventId,
      displayName: event.displayName ?? "",
      description: event.description ?? "",
      labels: event.labels ?? {},
      annotations: event.annotations ?? {},
      ...providerSettings(inputs),
      name: event.name,
      createTime: timestamp(event.createTime),
      updateTime: timestamp(event.updateTime),
    };
    if (event.gracePeriod) outputs.gracePeriod = formatDuration(event.gracePeriod);
    if (event.alignmentClock === "CAPTURE" || event.alignmentClock === "INGEST") {
      outputs.alignmentClock = event.alignmentClock;
    }
    return outputs;
  },
};

function eventBody(inputs: EventInputs) {
  return {
    displayName: inputs.displayName,
    description: inputs.description,
    gracePeriod: inputs.gracePeriod,
    alignmentClock: inputs.alignmentClock,
    labels: inputs.labels ?? {},
    annotations: inputs.annotations ?? {},
  };
}
