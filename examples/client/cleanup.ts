/**
 * The seed's `cleanup_resources`: delete the cluster's series, then its events and streams, then the cluster
 * (the service refuses to delete a resource something still depends on). Run last:
 *   VISIONAI_EMULATOR_HOST=localhost:8790 node dist/examples/client/cleanup.js
 */
import { CLUSTER_PATH, runAsScript, withClient, type ExampleOptions } from "./example-support";

/** Names of everything deleted, in deletion order. */
export function main(options: ExampleOptions = {}): Promise<string[]> {
  return withClient(options, async (client, log) => {
    const deleted: string[] = [];
    const deleteAll = async (
      kind: string,
      items: AsyncIterable<{ name: string }>,
      remove: (name: string) => Promise<{ result(): Promise<unknown> }>,
    ) => {
      // Collect first: deleting while paging would shift the pages under the iterator.
      const names: string[] = [];
      for await (const item of items) names.push(item.name);
      for (const name of names) {
        await (await remove(name)).result();
        deleted.push(name);
        log(`Deleted ${kind}: ${name}`);
      }
    };

    await deleteAll("series", client.listSeries({ parent: CLUSTER_PATH }), (name) =>
      client.deleteSeries({ name }),
    );
    await deleteAll("event", client.listEvents({ parent: CLUSTER_PATH }), (name) =>
      client.deleteEvent({ name }),
    );
    await deleteAll("stream", client.listStreams({ parent: CLUSTER_PATH }), (name) =>
      client.deleteStream({ name }),
    );

    const deleteClusterOp = await client.deleteCluster({ name: CLUSTER_PATH });
    await deleteClusterOp.result();
    deleted.push(CLUSTER_PATH);
    log(`Deleted cluster: ${CLUSTER_PATH}`);
    return deleted;
  });
}

if (require.main === module) runAsScript(main);
