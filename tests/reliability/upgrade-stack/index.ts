/**
 * The upgrade test's stack: one resource of every kind. Stack config `upgrade:previousRelease` = true
 * registers the resources as the release before the creation marker did: without the `__createdFor`
 * input that SDK did not yet add (kinds/creation-marker.ts), so nothing sends a marker and state records
 * none. `upgrade:revision` = 2 changes the labels of the cluster, stream, event and series in place.
 */
import * as pulumi from "@pulumi/pulumi";
import { CREATED_FOR_INPUT } from "../../../kinds/creation-marker";
import { Channel, Cluster, Event, Series, Stream } from "../../../sdk";

const config = new pulumi.Config("upgrade");
if (config.getBoolean("previousRelease")) {
  pulumi.runtime.registerStackTransformation((args) => {
    const { [CREATED_FOR_INPUT]: _identity, ...props } = args.props;
    return { props, opts: args.opts };
  });
}
const labels = { revision: String(config.getNumber("revision") ?? 1) };

const cluster = new Cluster("upgrade-cluster", { displayName: "Upgrade", labels });
const stream = new Stream("lobby", { cluster: cluster.name, displayName: "Lobby", labels });
const event = new Event("motion", { cluster: cluster.name, gracePeriod: "30s", labels });
new Series("lobby-motion", { cluster: cluster.name, stream: stream.name, event: event.name, labels });
new Channel("lobby-motion", { cluster: cluster.name, stream: stream.name, event: event.name });
