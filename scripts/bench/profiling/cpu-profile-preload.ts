/**
 * Loaded with `node --require` into every Node.js process a profiled command starts (the program and the
 * dynamic-provider or plugin process): starts V8's sampling profiler and writes the profile into
 * `VISIONAI_PROFILE_DIR` when the process ends. Node's own `--cpu-prof` writes nothing for a process ended
 * by a signal, which is how the engine ends its provider processes, so this also writes on SIGINT and
 * SIGTERM.
 */
import * as fs from "node:fs";
import * as inspector from "node:inspector";
import * as path from "node:path";

const dir = process.env.VISIONAI_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // The inspector answers a session of this thread synchronously, so this completes before exit.
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.on("exit", write);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      write();
      process.exit(128 + (signal === "SIGINT" ? 2 : 15));
    });
  }
}
