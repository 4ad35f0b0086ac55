/**
 * Memory and CPU time of a whole process tree. `maxRSS` and `cpuUsage()` cover
 * only the Node process that builds; Pagefind indexes in a binary it starts,
 * which they cannot see. Linux only (reads /proc); elsewhere these report undefined.
 */
import { readFileSync, readdirSync } from "node:fs";

/** What a sampler saw of a process tree until `stop()`. */
export interface TreeUsage {
  /** Peak summed RSS in KB; short spikes between two samples are missed, so it is a lower bound. */
  readonly peakRssKb: number | undefined;
  /**
   * User + system CPU time in ms of the root and its descendants, each process's last
   * sampled figure (the root's last 100 ms before its exit are missed). `/proc/<pid>/stat` of a finished child stays readable
   * until its parent reaps it, and Pagefind's Node API never reaps its binary before
   * Node exits, so this counts the binary's CPU time that `cutime` misses. Processes
   * that live less than one sampling interval are missed.
   */
  readonly treeCpuMs: number | undefined;
}

/** A running sampler; `stop()` ends it and returns what it saw. */
export interface TreeSampler {
  stop(): TreeUsage;
}

/** Samples the summed RSS and the CPU time of `rootPid`'s process tree every 100 ms. */
export function sampleTree(rootPid: number): TreeSampler {
  let peak: number | undefined;
  const cpu = new Map<number, number>();
  const sample = () => {
    const tree = treePids(rootPid);
    if (tree === undefined) return;
    const total = tree.reduce((sum, pid) => sum + rssOf(pid), 0);
    if (peak === undefined || total > peak) peak = total;
    for (const pid of tree) {
      const used = cpuOf(pid);
      if (used !== undefined) cpu.set(pid, Math.max(used, cpu.get(pid) ?? 0));
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      const treeCpuMs = peak === undefined ? undefined : [...cpu.values()].reduce((sum, ms) => sum + ms, 0);
      return { peakRssKb: peak, treeCpuMs };
    },
  };
}

/** Summed VmRSS in KB of a process and its descendants, or undefined without /proc. */
export function treeRssKb(rootPid: number): number | undefined {
  return treePids(rootPid)?.reduce((sum, pid) => sum + rssOf(pid), 0);
}

/** A process and all its descendants (zombies included), or undefined without /proc. */
function treePids(rootPid: number): number[] | undefined {
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
  const tree: number[] = [];
  const queue = [rootPid];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
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

/** User + system CPU time in ms a process has used itself (utime + stime), or undefined when it is gone. */
function cpuOf(pid: number): number | undefined {
  try {
    // utime and stime, fields 14 and 15 of the file, at 11 and 12 from field 3.
    const fields = statFields(String(pid));
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return undefined;
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
