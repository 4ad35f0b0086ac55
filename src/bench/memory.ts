/**
 * Peak memory of a whole process tree. `maxRSS` covers only the Node process
 * that builds; Pagefind indexes in a binary it starts, which `maxRSS` cannot
 * see, so the benchmark also samples the tree's summed resident memory.
 * Linux only (reads /proc); elsewhere the sampler reports undefined.
 */
import { readFileSync, readdirSync } from "node:fs";

/** A running sampler; `stop()` ends it and returns the peak in KB. */
export interface TreeSampler {
  stop(): number | undefined;
}

/**
 * Samples the summed RSS of `rootPid` and all its descendants every `intervalMs`.
 * Short spikes between two samples are missed, so the figure is a lower bound.
 */
export function sampleTreeRss(rootPid: number, intervalMs = 50): TreeSampler {
  let peak: number | undefined;
  const sample = () => {
    const total = treeRssKb(rootPid);
    if (total !== undefined && (peak === undefined || total > peak)) peak = total;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
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

function parentOf(pid: string): number | undefined {
  try {
    // The command name in parentheses may contain spaces; the parent pid is the second field after it.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
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
