/**
 * The seed's `monitor_events_and_series`: list the cluster's high-priority events, newest first, and the
 * series of each. Run after infrastructure-setup:
 *   VISIONAI_EMULATOR_HOST=localhost:8790 node dist/examples/client/monitor-events-and-series.js
 */
import type { Event, Series } from "../../client";
import { CLUSTER_PATH, runAsScript, withClient, type ExampleOptions } from "./example-support";

export interface EventReport {
  event: Event;
  series: Series[];
}

export function main(options: ExampleOptions = {}): Promise<EventReport[]> {
  return withClient(options, async (client, log) => {
    const reports: EventReport[] = [];
    const events = client.listEvents({
      parent: CLUSTER_PATH,
      filter: 'labels.priority="high"',
      orderBy: "create_time desc",
    });
    for await (const event of events) {
      log(`Event: ${event.displayName}`);
      log(`  Description: ${event.description}`);
      log(`  Created: ${event.createTime?.toISOString()}`);

      const report: EventReport = { event, series: [] };
      for await (const series of client.listSeries({
        parent: CLUSTER_PATH,
        filter: `event="${event.name}"`,
      })) {
        log(`  Associated Series: ${series.displayName}`);
        log(`    Stream: ${series.stream}`);
        report.series.push(series);
      }
      reports.push(report);
    }
    if (reports.length === 0) log('No events match labels.priority="high".');
    return reports;
  });
}

if (require.main === module) runAsScript(main);
