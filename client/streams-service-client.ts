import { VisionAiError } from "./errors";
import type { CLUSTER, EVENT, SERIES, STREAM } from "../kinds";
import { MAPPINGS, rpcNamesOf } from "./mapping/kind-mappings";
import type { Operation } from "./operation";
import { resolveEndpoint, type Endpoint, type StreamsServiceClientOptions } from "./options";
import type { Page } from "./paging";
import type {
  CreateClusterRequest,
  CreateEventRequest,
  CreateSeriesRequest,
  CreateStreamRequest,
  DeleteRequest,
  GenerateStreamHlsTokenRequest,
  GetRequest,
  GetStreamThumbnailRequest,
  MaterializeChannelRequest,
  UpdateClusterRequest,
  UpdateEventRequest,
  UpdateSeriesRequest,
  UpdateStreamRequest,
} from "./requests";
import { checkName, ResourceCalls, type ListRequest } from "./resource-calls";
import type { Channel, Cluster, Event, Series, Stream, StreamHlsToken, StreamThumbnail } from "./resources";
import { DEFAULT_POLLING_SETTINGS, DEFAULT_RETRY_SETTINGS, settingsProblem } from "./retry-policy";
import { checkArguments, Rpc, type CallOptions } from "./rpc";
import * as streamCalls from "./stream-calls";
import { Transport } from "./transport";

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
  private readonly clusters: ResourceCalls<typeof CLUSTER>;
  private readonly streams: ResourceCalls<typeof STREAM>;
  private readonly events: ResourceCalls<typeof EVENT>;
  private readonly seriesCalls: ResourceCalls<typeof SERIES>;

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
    this.clusters = new ResourceCalls(this.rpc, MAPPINGS.Cluster, rpcNamesOf(MAPPINGS.Cluster.table));
    this.streams = new ResourceCalls(this.rpc, MAPPINGS.Stream, rpcNamesOf(MAPPINGS.Stream.table));
    this.events = new ResourceCalls(this.rpc, MAPPINGS.Event, rpcNamesOf(MAPPINGS.Event.table));
    this.seriesCalls = new ResourceCalls(this.rpc, MAPPINGS.Series, rpcNamesOf(MAPPINGS.Series.table));
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
    return streamCalls.getStreamThumbnail(this.rpc, request, options);
  }

  /** A token for `Authorization: Bearer` on the stream's HLS playlist; a fresh token on every call. */
  generateStreamHlsToken(
    request: GenerateStreamHlsTokenRequest,
    options?: CallOptions,
  ): Promise<StreamHlsToken> {
    return streamCalls.generateStreamHlsToken(this.rpc, request, options);
  }

  /** Creates a channel for a stream and event; `channel.inputConfig` is accepted and not sent (v1 lacks it). */
  materializeChannel(request: MaterializeChannelRequest, options?: CallOptions): Promise<Operation<Channel>> {
    return streamCalls.materializeChannel(this.rpc, request, options);
  }

  /** Picks up an operation by name (e.g. after a timeout, or in another process) and returns its handle. */
  operation<T = unknown>(name: string, options?: CallOptions): Promise<Operation<T>> {
    checkArguments({ method: "GetOperation", resourceName: name }, () =>
      checkName("operation", name, "name"),
    );
    return this.rpc.resumeOperation<T>(name, options);
  }

  /** Closes the connection; later calls fail. */
  close(): Promise<void> {
    return this.transport.close();
  }
}
