import * as fs from "node:fs";

/** The peak resident set size of a live process in MiB (Linux VmHWM), or undefined once it is gone. */
export function peakRssMiB(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function readProc(pid: string, file: string): string {
  try {
    return file === "cwd"
      ? fs.readlinkSync(`/proc/${pid}/cwd`)
      : fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
}

/** Live processes whose command line contains `commandPart`, filtered by `accept(pid)`. */
export function findProcesses(commandPart: string, accept: (pid: number) => boolean): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry) && readProc(entry, "cmdline").includes(commandPart))
    .map(Number)
    .filter(accept);
}

export function parentOf(pid: number): number {
  const stat = readProc(String(pid), "stat");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

export function workingDirectoryOf(pid: number): string {
  return readProc(String(pid), "cwd");
}

/**
 * Watches for processes while a command runs and keeps the highest peak RSS any of them reached. A
 * process's VmHWM only grows, so sampling every `intervalMillis` misses at most the growth of its last
 * interval.
 */
export class PeakRssWatcher {
  private peakMiB = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly find: () => number[],
    intervalMillis = 100,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMillis);
  }

  /** Stops watching and returns the peak in MiB (0 if no process was seen). */
  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return this.peakMiB;
  }

  private sample(): void {
    for (const pid of this.find()) this.peakMiB = Math.max(this.peakMiB, peakRssMiB(pid) ?? 0);
  }
}
