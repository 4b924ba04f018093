import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let clockTicks: number | undefined;

/** Kernel clock ticks per second (USER_HZ), the unit of utime/stime in /proc/<pid>/stat. */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** CPU seconds (user + system) a process has used so far, and its resident set size in bytes. */
export function readProcess(pid: number): { cpuSeconds: number; rssBytes: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]); // field 14
  const stime = Number(fields[12]); // field 15
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  return { cpuSeconds: (utime + stime) / ticksPerSecond(), rssBytes: rssKb * 1024 };
}

export interface ProcessUsage {
  /** Average CPU over the window, in % of one core. */
  cpuPercent: number;
  /** Highest 1-sample CPU, in % of one core. */
  cpuPeakPercent: number;
  rssMaxMb: number;
  rssEndMb: number;
  seconds: number;
}

/**
 * Samples CPU and RSS of some processes at a fixed interval over a window (start → stop), from
 * /proc, so the figures are those of the processes themselves, whatever else runs on the machine.
 */
export class ProcessSampler {
  private timer?: NodeJS.Timeout;
  private readonly first = new Map<string, { cpu: number; at: number }>();
  private readonly last = new Map<string, { cpu: number; at: number; rss: number }>();
  private readonly rssMax = new Map<string, number>();
  private readonly peak = new Map<string, number>();

  constructor(
    private readonly pids: Record<string, number>,
    private readonly intervalMs = 1000,
  ) {}

  start(): this {
    const now = performance.now();
    for (const [name, pid] of Object.entries(this.pids)) {
      const { cpuSeconds, rssBytes } = readProcess(pid);
      this.first.set(name, { cpu: cpuSeconds, at: now });
      this.last.set(name, { cpu: cpuSeconds, at: now, rss: rssBytes });
      this.rssMax.set(name, rssBytes);
      this.peak.set(name, 0);
    }
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  /** Ends the window and returns each process's usage over it. */
  stop(): Record<string, ProcessUsage> {
    clearInterval(this.timer);
    this.sample();
    const out: Record<string, ProcessUsage> = {};
    for (const name of Object.keys(this.pids)) {
      const first = this.first.get(name)!;
      const last = this.last.get(name)!;
      const seconds = (last.at - first.at) / 1000;
      out[name] = {
        cpuPercent: seconds > 0 ? ((last.cpu - first.cpu) / seconds) * 100 : 0,
        cpuPeakPercent: this.peak.get(name)!,
        rssMaxMb: this.rssMax.get(name)! / 2 ** 20,
        rssEndMb: last.rss / 2 ** 20,
        seconds,
      };
    }
    return out;
  }

  private sample(): void {
    const now = performance.now();
    for (const [name, pid] of Object.entries(this.pids)) {
      let usage: { cpuSeconds: number; rssBytes: number };
      try {
        usage = readProcess(pid);
      } catch {
        continue; // the process ended; keep what was measured
      }
      const prev = this.last.get(name)!;
      const dt = (now - prev.at) / 1000;
      if (dt > 0.2) this.peak.set(name, Math.max(this.peak.get(name)!, ((usage.cpuSeconds - prev.cpu) / dt) * 100));
      this.last.set(name, { cpu: usage.cpuSeconds, at: now, rss: usage.rssBytes });
      this.rssMax.set(name, Math.max(this.rssMax.get(name)!, usage.rssBytes));
    }
  }
}
