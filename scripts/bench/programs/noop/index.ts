/** The benchmark graph built with no-op dynamic resources: the Pulumi engine's own floor. */
import { buildNoopGraph } from "../noop-graph";

buildNoopGraph();
