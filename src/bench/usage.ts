/**
 * Memory and CPU time of a whole process tree. `maxRSS` and `cpuUsage()` cover
 * only the Node process that builds; Pagefind indexes in a binary it starts,
 * which they cannot see. Linux only (reads /proc); elsewhere these report undefined.
 */
import { readFileSync, readdirSync } from "node:fs";

/** A running sampler; `stop()` ends it and returns the peak in KB. */
export interface TreeSampler {
  stop(): number | undefined;
}

/**
 * Samples the summed RSS of `rootPid` and all its descendants every 100 ms.
 * Short spikes between two samples are missed, so the figure is a lower bound.
 */
export function sampleTreeRss(rootPid: number): TreeSampler {
  let peak: number | undefined;
  const sample = () => {
    const total = treeRssKb(rootPid);
    if (total !== undefined && (peak === undefined || total > peak)) peak = total;
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Summed VmRSS in KB of a process and its descendants, or undefined without /proc. */
export function treeRssKb(rootPid: number): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent === undefined) continue;
    const siblings = children.get(parent);
    if (siblings) siblings.push(Number(pid));
    else children.set(parent, [Number(pid)]);
  }
  let total = 0;
  const queue = [rootPid];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += rssOf(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * The fields of `/proc/<pid>/stat` after the command name, from field 3 (state)
 * on; the name in parentheses may contain spaces. Throws when there is no such file.
 * @example statFields("self")[1] // the parent pid (field 4)
 */
function statFields(pid: string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function parentOf(pid: string): number | undefined {
  try {
    return Number(statFields(pid)[1]);
  } catch {
    return undefined; // the process ended while we looked
  }
}

function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Linux reports process times in USER_HZ ticks, 100 per second on every common architecture. */
const clockTicksPerSecond = 100;

/**
 * CPU time (user + system) in ms that this process's finished, waited-for
 * children used, including their own waited-for children. The difference
 * around one child run is that run's CPU time, unaffected by how busy the
 * machine was, unlike wall time.
 */
export function childrenCpuMs(): number | undefined {
  try {
    // cutime and cstime, fields 16 and 17 of the file, at 13 and 14 from field 3.
    const fields = statFields("self");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicksPerSecond;
  } catch {
    return undefined;
  }
}
