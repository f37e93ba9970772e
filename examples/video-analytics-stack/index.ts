/**
 * The stack `npm run demo` deploys: the seed's infrastructure-setup workflow as a Pulumi program.
 * Project and location come from stack config (`visionai:project`, `visionai:location`).
 */
import { Cluster } from "../../sdk";

const cluster = new Cluster("video-cluster", {
  displayName: "Video Processing Cluster",
  description: "Cluster for real-time video processing",
  labels: { environment: "production", team: "video-analytics" },
});

export const clusterName = cluster.name;
export const clusterState = cluster.state;
