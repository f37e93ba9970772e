/**
 * The benchmark graph of no-op dynamic resources that each make one minimal gRPC call wherever this
 * package's provider makes a service call: the floor for the commands that must call the service.
 */
import * as pulumi from "@pulumi/pulumi";
import { buildNoopGraph } from "../noop-graph";

buildNoopGraph(new pulumi.Config("bench").require("floorAddress"));
