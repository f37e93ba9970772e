import { VisionAiError } from "./errors";
import type { KINDS, KindName, KindTable } from "../kinds";
import type { KindMapping } from "./mapping/kind-mapping";
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
  /** One ResourceCalls per kind, built from its mapping. */
  private readonly calls: { [K in KindName]: ResourceCalls<(typeof KINDS)[K]> };

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
    this.calls = Object.fromEntries(
      Object.entries(MAPPINGS).map(([kind, mapping]) => [
        kind,
        new ResourceCalls(this.rpc, mapping as KindMapping, rpcNamesOf(mapping.table)),
      ]),
    ) as StreamsServiceClient["calls"];
  }

  // Clusters: parent is `projects/{project}/locations/{location}`.

  listClusters(request: ListRequest, options?: CallOptions): AsyncIterable<Cluster> {
    return this.calls.Cluster.list(request, options);
  }
  listClustersPage(request: ListRequest, options?: CallOptions): Promise<Page<Cluster>> {
    return this.calls.Cluster.listPage(request, options);
  }
  getCluster(request: GetRequest, options?: CallOptions): Promise<Cluster> {
    return this.calls.Cluster.get(request.name, options);
  }
  createCluster(request: CreateClusterRequest, options?: CallOptions): Promise<Operation<Cluster>> {
    return this.calls.Cluster.create(
      request.parent,
      request.clusterId,
      request.cluster,
      request.requestId,
      options,
    );
  }
  updateCluster(request: UpdateClusterRequest, options?: CallOptions): Promise<Operation<Cluster>> {
    return this.calls.Cluster.update(request.cluster, request.updateMask, request.requestId, options);
  }
  deleteCluster(request: DeleteRequest, options?: CallOptions): Promise<Operation<undefined>> {
    return this.calls.Cluster.delete(request.name, request.requestId, options);
  }

  // Streams, events and series: parent is a cluster name.

  listStreams(request: ListRequest, options?: CallOptions): AsyncIterable<Stream> {
    return this.calls.Stream.list(request, options);
  }
  listStreamsPage(request: ListRequest, options?: CallOptions): Promise<Page<Stream>> {
    return this.calls.Stream.listPage(request, options);
  }
  getStream(request: GetRequest, options?: CallOptions): Promise<Stream> {
    return this.calls.Stream.get(request.name, options);
  }
  createStream(request: CreateStreamRequest, options?: CallOptions): Promise<Operation<Stream>> {
    return this.calls.Stream.create(
      request.parent,
      request.streamId,
      request.stream,
      request.requestId,
      options,
    );
  }
  updateStream(request: UpdateStreamRequest, options?: CallOptions): Promise<Operation<Stream>> {
    return this.calls.Stream.update(request.stream, request.updateMask, request.requestId, options);
  }
  deleteStream(request: DeleteRequest, options?: CallOptions): Promise<Operation<undefined>> {
    return this.calls.Stream.delete(request.name, request.requestId, options);
  }

  listEvents(request: ListRequest, options?: CallOptions): AsyncIterable<Event> {
    return this.calls.Event.list(request, options);
  }
  listEventsPage(request: ListRequest, options?: CallOptions): Promise<Page<Event>> {
    return this.calls.Event.listPage(request, options);
  }
  getEvent(request: GetRequest, options?: CallOptions): Promise<Event> {
    return this.calls.Event.get(request.name, options);
  }
  createEvent(request: CreateEventRequest, options?: CallOptions): Promise<Operation<Event>> {
    return this.calls.Event.create(
      request.parent,
      request.eventId,
      request.event,
      request.requestId,
      options,
    );
  }
  updateEvent(request: UpdateEventRequest, options?: CallOptions): Promise<Operation<Event>> {
    return this.calls.Event.update(request.event, request.updateMask, request.requestId, options);
  }
  deleteEvent(request: DeleteRequest, options?: CallOptions): Promise<Operation<undefined>> {
    return this.calls.Event.delete(request.name, request.requestId, options);
  }

  listSeries(request: ListRequest, options?: CallOptions): AsyncIterable<Series> {
    return this.calls.Series.list(request, options);
  }
  listSeriesPage(request: ListRequest, options?: CallOptions): Promise<Page<Series>> {
    return this.calls.Series.listPage(request, options);
  }
  getSeries(request: GetRequest, options?: CallOptions): Promise<Series> {
    return this.calls.Series.get(request.name, options);
  }
  createSeries(request: CreateSeriesRequest, options?: CallOptions): Promise<Operation<Series>> {
    return this.calls.Series.create(
      request.parent,
      request.seriesId,
      request.series,
      request.requestId,
      options,
    );
  }
  updateSeries(request: UpdateSeriesRequest, options?: CallOptions): Promise<Operation<Series>> {
    return this.calls.Series.update(request.series, request.updateMask, request.requestId, options);
  }
  deleteSeries(request: DeleteRequest, options?: CallOptions): Promise<Operation<undefined>> {
    return this.calls.Series.delete(request.name, request.requestId, options);
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
    return this.calls.Channel.create(
      request.parent,
      request.channelId,
      request.channel,
      request.requestId,
      options,
    );
  }

  /**
   * The calls of one kind by its name, for code that treats every kind alike (the Pulumi provider). Only
   * those the kind's capabilities allow reach a v1 RPC (`KINDS[kind].capabilities`).
   */
  callsFor(kind: KindName): ResourceCalls<KindTable> {
    return this.calls[kind] as unknown as ResourceCalls<KindTable>;
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
