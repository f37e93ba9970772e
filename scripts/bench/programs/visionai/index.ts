/** The benchmark graph built with this package's resources, against the emulator. */
import { Cluster, Event, Series, Stream } from "../../../../sdk";
import { buildGraph, graphConfig } from "../graph";

buildGraph(
  {
    cluster: (name, args) => new Cluster(name, args),
    stream: (name, args) => new Stream(name, args),
    event: (name, args) => new Event(name, args),
    series: (name, args) => new Series(name, args),
  },
  graphConfig(),
);
