import { randomUUID } from "node:crypto";
import { VisionAiError } from "./errors";
import { channelMapping } from "./mapping/channel";
import { clusterMapping } from "./mapping/cluster";
import { eventMapping } from "./mapping/event";
import { seriesMapping } from "./mapping/series";
import { streamMapping } from "./mapping/stream";
import type { Operation } from "./operation";
import { resolveEndpoint, type Endpoint, type StreamsServiceClientOptions } from "./options";
import type { Page } from "./paging";
import { checkId, checkName, ResourceCalls, type ListRequest } from "./resource-calls";
import type {
  Channel,
  ChannelInput,
  Cluster,
  ClusterInput,
  Event,
  EventInput,
  Series,
  SeriesInput,
  Stream,
  StreamHlsToken,
  StreamInput,
  StreamThumbnail,
} from "./resources";
import { DEFAULT_POLLING_SETTINGS, DEFAULT_RETRY_SETTINGS, settingsProblem } from "./retry-policy";
import { prepare, Rpc, type CallOptions } from "./rpc";
import { dateFromWire } from "./timestamps";
import { Transport } from "./transport";
import type { UpdateMaskInput } from "./update-mask";
import type { WireGenerateStreamHlsTokenResponse } from "./wire-types";

/** Optional on every mutation: the request_id sent on each attempt; a fresh UUID v4 when left out. */
interface Idempotent {
  requestId?: string;
}

export type GetRequest = { name: string };
export type DeleteRequest = { name: string } & Idempotent;
export type CreateClusterRequest = { parent: string; clusterId: string; cluster: ClusterInput } & Idempotent;
export type CreateStreamRequest = { parent: string; streamId: string; stream: StreamInput } & Idempotent;
export type CreateEventRequest = { parent: string; eventId: string; event: EventInput } & Idempotent;
export type CreateSeriesRequest = { parent: string; seriesId: string; series: SeriesInput } & Idempotent;
/** `updateMask`: fields to change, camelCase or snake_case; left out, every updatable field is replaced. */
export type UpdateClusterRequest = {
  cluster: ClusterInput & { name: string };
  updateMask?: UpdateMaskInput;
} & Idempotent;
export type UpdateStreamRequest = {
  stream: StreamInput & { name: string };
  updateMask?: UpdateMaskInput;
} & Idempotent;
export type UpdateEventRequest = {
  event: EventInput & { name: string };
  updateMask?: UpdateMaskInput;
} & Idempotent;
export type UpdateSeriesRequest = {
  series: SeriesInput & { name: string };
  updateMask?: UpdateMaskInput;
} & Idempotent;
/** `event`: the event to take the thumbnail from; the latest one when left out. */
export type GetStreamThumbnailRequest = {
  stream: string;
  gcsObjectName: string;
  event?: string;
} & Idempotent;
export type GenerateStreamHlsTokenRequest = { stream: string };
export type MaterializeChannelRequest = {
  parent: string;
  channelId: string;
  channel: ChannelInput;
} & Idempotent;

/**
 * Typed client for google.cloud.visionai.v1.StreamsService, with the seed's methods in camelCase.
 *
 * Guarantees: reads are retried on transient failures and mutations only where resending is safe, each
 * mutation carrying one request_id on all its attempts so a retry never duplicates; create, update and delete
 * return an Operation whose `result()` waits for the outcome; list methods iterate across every page; every
 * failure is a VisionAiError. With an emulator (`emulatorHost` or VISIONAI_EMULATOR_HOST) the client sends
 * plaintext and never looks up credentials.
 */
export class StreamsServiceClient {
  /** Where calls go; `secure: false` for an emulator. */
  readonly endpoint: Endpoint;
  private readonly transport: Transport;
  private readonly rpc: Rpc;
  private readonly clusters: ResourceCalls<Cluster, ClusterInput, unknown>;
  private readonly streams: ResourceCalls<Stream, StreamInput, unknown>;
  private readonly events: ResourceCalls<Event, EventInput, unknown>;
  private readonly seriesCalls: ResourceCalls<Series, SeriesInput, unknown>;

  constructor(options: StreamsServiceClientOptions = {}) {
    const problem = settingsProblem({ ...options.retry }) ?? settingsProblem({ ...options.polling });
    if (problem) throw VisionAiError.invalidArgument(problem, { method: "StreamsServiceClient" });
    this.endpoint = resolveEndpoint(options);
    this.transport = new Transport({
      endpoint: this.endpoint,
      auth: options.auth,
      quotaProjectId: options.quotaProjectId,
    });
    const retry = { ...DEFAULT_RETRY_SETTINGS, ...options.retry };
    this.rpc = new Rpc(this.transport, retry, { ...DEFAULT_POLLING_SETTINGS, ...options.polling });
    const kind = (singular: string, plural: string, bodyField: string) => ({
      singular,
      plural,
      bodyField,
      listField: plural.toLowerCase(),
      idField: `${bodyField}Id`,
      parentKind: singular === "Cluster" ? ("location" as const) : ("cluster" as const),
    });
    this.clusters = new ResourceCalls(this.rpc, clusterMapping, kind("Cluster", "Clusters", "cluster"));
    this.streams = new ResourceCalls(this.rpc, streamMapping, kind("Stream", "Streams", "stream"));
    this.events = new ResourceCalls(this.rpc, eventMapping, kind("Event", "Events", "event"));
    this.seriesCalls = new ResourceCalls(this.rpc, seriesMapping, kind("Series", "Series", "series"));
  }

  // Clusters: parent is `projects/{project}/locations/{location}`.

  listClusters(request: ListRequest, options?: CallOptions): AsyncIterable<Cluster> {
    return this.clusters.list(request, options);
  }
  listClustersPage(request: ListRequest, options?: CallOptions): Promise<Page<Cluster>> {
    return this.clusters.listPage(request, options);
  }
  getCluster(request: GetRequest, options?: CallOptions): Promise<Cluster> {
    return this.clusters.get(request.name, options);
  }
  createCluster(request: CreateClusterRequest, options?: CallOptions): Promise<Operation<Cluster>> {
    return this.clusters.create(
      request.parent,
      request.clusterId,
      request.cluster,
      request.requestId,
      options,
    );
  }
  updateCluster(request: UpdateClusterRequest, options?: CallOptions): Promise<Operation<Cluster>> {
    return this.clusters.update(request.cluster, request.updateMask, request.requestId, options);
  }
  deleteCluster(request: DeleteRequest, options?: CallOptions): Promise<Operation<undefined>> {
    return this.clusters.delete(request.name, request.requestId, options);
  }

  // Streams, events and series: parent is a cluster name.

  listStreams(request: ListRequest, options?: CallOptions): AsyncIterable<Stream> {
    return this.streams.list(request, options);
  }
  listStreamsPage(request: ListRequest, options?: CallOptions): Promise<Page<Stream>> {
    return this.streams.listPage(request, options);
  }
  getStream(request: GetRequest, options?: CallOptions): Promise<Stream> {
    return this.streams.get(request.name, options);
  }
  createStream(request: CreateStreamRequest, options?: CallOptions): Promise<Operation<Stream>> {
    return this.streams.create(request.parent, request.streamId, request.stream, request.requestId, options);
  }
  updateStream(request: UpdateStreamRequest, options?: CallOptions): Promise<Operation<Stream>> {
    return this.streams.update(request.stream, request.updateMask, request.requestId, options);
  }
  deleteStream(request: DeleteRequest, options?: CallOptions): Promise<Operation<undefined>> {
    return this.streams.delete(request.name, request.requestId, options);
  }

  listEvents(request: ListRequest, options?: CallOptions): AsyncIterable<Event> {
    return this.events.list(request, options);
  }
  listEventsPage(request: ListRequest, options?: CallOptions): Promise<Page<Event>> {
    return this.events.listPage(request, options);
  }
  getEvent(request: GetRequest, options?: CallOptions): Promise<Event> {
    return this.events.get(request.name, options);
  }
  createEvent(request: CreateEventRequest, options?: CallOptions): Promise<Operation<Event>> {
    return this.events.create(request.parent, request.eventId, request.event, request.requestId, options);
  }
  updateEvent(request: UpdateEventRequest, options?: CallOptions): Promise<Operation<Event>> {
    return this.events.update(request.event, request.updateMask, request.requestId, options);
  }
  deleteEvent(request: DeleteRequest, options?: CallOptions): Promise<Operation<undefined>> {
    return this.events.delete(request.name, request.requestId, options);
  }

  listSeries(request: ListRequest, options?: CallOptions): AsyncIterable<Series> {
    return this.seriesCalls.list(request, options);
  }
  listSeriesPage(request: ListRequest, options?: CallOptions): Promise<Page<Series>> {
    return this.seriesCalls.listPage(request, options);
  }
  getSeries(request: GetRequest, options?: CallOptions): Promise<Series> {
    return this.seriesCalls.get(request.name, options);
  }
  createSeries(request: CreateSeriesRequest, options?: CallOptions): Promise<Operation<Series>> {
    return this.seriesCalls.create(
      request.parent,
      request.seriesId,
      request.series,
      request.requestId,
      options,
    );
  }
  updateSeries(request: UpdateSeriesRequest, options?: CallOptions): Promise<Operation<Series>> {
    return this.seriesCalls.update(request.series, request.updateMask, request.requestId, options);
  }
  deleteSeries(request: DeleteRequest, options?: CallOptions): Promise<Operation<undefined>> {
    return this.seriesCalls.delete(request.name, request.requestId, options);
  }

  /** Starts writing a thumbnail of the stream to the Cloud Storage object `gcsObjectName`. */
  getStreamThumbnail(
    request: GetStreamThumbnailRequest,
    options?: CallOptions,
  ): Promise<Operation<StreamThumbnail>> {
    const method = "GetStreamThumbnail";
    const context = { method, resourceName: request.stream, requestId: request.requestId ?? randomUUID() };
    prepare(context, () => {
      checkName("stream", request.stream, "stream");
      if (request.event) checkName("event", request.event, "event");
      if (!request.gcsObjectName)
        throw new Error("`gcsObjectName` must name the object to write the image to");
    });
    const { stream, gcsObjectName } = request;
    const wireRequest = { stream, gcsObjectName, event: request.event ?? "", requestId: context.requestId };
    const call = { method, kind: "mutation" as const, request: wireRequest, routing: { stream }, context };
    return this.rpc.startOperation(call, options);
  }

  /** A token for `Authorization: Bearer` on the stream's HLS playlist; a fresh token on every call. */
  async generateStreamHlsToken(
    request: GenerateStreamHlsTokenRequest,
    options?: CallOptions,
  ): Promise<StreamHlsToken> {
    const method = "GenerateStreamHlsToken";
    const context = { method, resourceName: request.stream };
    prepare(context, () => checkName("stream", request.stream, "stream"));
    const call = {
      method,
      kind: "read" as const,
      request: { stream: request.stream },
      routing: { stream: request.stream },
      context,
    };
    const response = await this.rpc.call<WireGenerateStreamHlsTokenResponse>(call, options);
    const token: StreamHlsToken = { token: response.token ?? "" };
    const expirationTime = dateFromWire(response.expirationTime);
    if (expirationTime) token.expirationTime = expirationTime;
    return token;
  }

  /** Creates a channel for a stream and event; `channel.inputConfig` is accepted and not sent (v1 lacks it). */
  materializeChannel(request: MaterializeChannelRequest, options?: CallOptions): Promise<Operation<Channel>> {
    const method = "MaterializeChannel";
    const { parent, channelId } = request;
    const context = {
      method,
      resourceName: `${parent}/channels/${channelId}`,
      requestId: request.requestId ?? randomUUID(),
    };
    const channel = prepare(context, () => {
      checkName("cluster", parent, "parent");
      checkId(channelId, "channelId");
      return channelMapping.toWire(request.channel);
    });
    const wireRequest = { parent, channelId, channel, requestId: context.requestId };
    return this.rpc.startOperation(
      { method, kind: "mutation", request: wireRequest, routing: { parent }, context },
      options,
    );
  }

  /** Picks up an operation by name (e.g. after a timeout, or in another process) and returns its handle. */
  operation<T = unknown>(name: string, options?: CallOptions): Promise<Operation<T>> {
    prepare({ method: "GetOperation", resourceName: name }, () => checkName("operation", name, "name"));
    return this.rpc.resumeOperation<T>(name, options);
  }

  /** Closes the connection; later calls fail. */
  close(): Promise<void> {
    return this.transport.close();
  }
}
