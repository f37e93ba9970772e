import type { CallOptions, StreamsServiceClient } from "../client";
import type { KindName } from "../kinds";

/** A resource as the client returns it, seen generically: the provider reads it through the kind table. */
export type ClientResource = { name: string } & Record<string, unknown>;

/**
 * The client calls behind one kind's lifecycle, each waiting for its operation within `totalTimeoutMillis`.
 * Kept per kind because the client's methods are per kind; everything else the provider does is derived
 * from the kind table.
 */
export interface ServiceCalls {
  create(
    client: StreamsServiceClient,
    parent: string,
    id: string,
    body: Record<string, unknown>,
    totalTimeoutMillis: number,
  ): Promise<ClientResource>;
  /** Absent where v1 has no Get RPC (channels). */
  get?(client: StreamsServiceClient, name: string): Promise<ClientResource>;
  /** Absent where v1 has no Update RPC (channels). */
  update?(
    client: StreamsServiceClient,
    body: Record<string, unknown> & { name: string },
    updateMask: string[],
    totalTimeoutMillis: number,
  ): Promise<ClientResource>;
  /** Absent where v1 has no Delete RPC (channels): the service removes them with their parents. */
  delete?(client: StreamsServiceClient, name: string, totalTimeoutMillis: number): Promise<void>;
}

/**
 * The call's options for a resource whose timeout is `totalTimeoutMillis`: waiting for a quota to admit the
 * call (and its operation polls) is bounded by that timeout, not by the client's per-call budget.
 */
function withinTimeout(totalTimeoutMillis: number): CallOptions {
  return { retry: { quotaTimeoutMillis: totalTimeoutMillis } };
}

async function done<T>(
  operation: Promise<{ result(options: { totalTimeoutMillis: number }): Promise<T> }>,
  totalTimeoutMillis: number,
): Promise<T> {
  return (await operation).result({ totalTimeoutMillis });
}

const asResource = (resource: object) => resource as ClientResource;

export const SERVICE_CALLS: Record<KindName, ServiceCalls> = {
  Cluster: {
    create: async (client, parent, clusterId, cluster, ms) =>
      asResource(await done(client.createCluster({ parent, clusterId, cluster }, withinTimeout(ms)), ms)),
    get: async (client, name) => asResource(await client.getCluster({ name })),
    update: async (client, cluster, updateMask, ms) =>
      asResource(await done(client.updateCluster({ cluster, updateMask }, withinTimeout(ms)), ms)),
    delete: (client, name, ms) => done(client.deleteCluster({ name }, withinTimeout(ms)), ms),
  },
  Stream: {
    create: async (client, parent, streamId, stream, ms) =>
      asResource(await done(client.createStream({ parent, streamId, stream }, withinTimeout(ms)), ms)),
    get: async (client, name) => asResource(await client.getStream({ name })),
    update: async (client, stream, updateMask, ms) =>
      asResource(await done(client.updateStream({ stream, updateMask }, withinTimeout(ms)), ms)),
    delete: (client, name, ms) => done(client.deleteStream({ name }, withinTimeout(ms)), ms),
  },
  Event: {
    create: async (client, parent, eventId, event, ms) =>
      asResource(await done(client.createEvent({ parent, eventId, event }, withinTimeout(ms)), ms)),
    get: async (client, name) => asResource(await client.getEvent({ name })),
    update: async (client, event, updateMask, ms) =>
      asResource(await done(client.updateEvent({ event, updateMask }, withinTimeout(ms)), ms)),
    delete: (client, name, ms) => done(client.deleteEvent({ name }, withinTimeout(ms)), ms),
  },
  Series: {
    create: async (client, parent, seriesId, series, ms) =>
      asResource(await done(client.createSeries({ parent, seriesId, series }, withinTimeout(ms)), ms)),
    get: async (client, name) => asResource(await client.getSeries({ name })),
    update: async (client, series, updateMask, ms) =>
      asResource(await done(client.updateSeries({ series, updateMask }, withinTimeout(ms)), ms)),
    delete: (client, name, ms) => done(client.deleteSeries({ name }, withinTimeout(ms)), ms),
  },
  Channel: {
    create: async (client, parent, channelId, channel, ms) =>
      asResource(
        await done(client.materializeChannel({ parent, channelId, channel }, withinTimeout(ms)), ms),
      ),
  },
};
