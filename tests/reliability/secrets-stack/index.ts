/**
 * The secrets test's stack: an HLS token from getStreamHlsTokenOutput, and a credential from secret stack
 * config (`secrets:playerApiKey`), both exported, so the test can search every place they could leak.
 */
import * as pulumi from "@pulumi/pulumi";
import { Cluster, getStreamHlsTokenOutput, Stream } from "../../../sdk";

const cluster = new Cluster("secrets-cluster", { displayName: "Secrets" });
const stream = new Stream("lobby", { cluster: cluster.name, enableHlsPlayback: true });

export const streamName = stream.name;
export const hlsToken = getStreamHlsTokenOutput({ stream: stream.name }).token;
export const playerApiKey = new pulumi.Config("secrets").requireSecret("playerApiKey");
