/**
 * A small seeded random source, so a benchmark set is the same on every run
 * and every machine (Math.random cannot be seeded).
 */

/** Picks, counts and chances drawn from one seeded sequence. */
export interface Random {
  /** A whole number in [min, max], both included. @example random.int(1, 6) */
  int(min: number, max: number): number;
  /** True with the given probability. @example random.chance(0.2) */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements in list order (all of them when the list is shorter). */
  pickSome<T>(items: readonly T[], count: number): T[];
}

/**
 * Mulberry32: tiny, fast and good enough for test data (not for anything secret).
 * @example createRandom(42).int(1, 6) // always the same number for seed 42
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(0, items.length - 1)] as T;
    },
    pickSome<T>(items: readonly T[], count: number): T[] {
      // Partial Fisher–Yates over the indices, then back to list order so
      // generated YAML lists read like a person wrote them.
      const indices = items.map((_, index) => index);
      const take = Math.min(count, items.length);
      for (let index = 0; index < take; index++) {
        const swap = int(index, indices.length - 1);
        [indices[index], indices[swap]] = [indices[swap] as number, indices[index] as number];
      }
      return indices
        .slice(0, take)
        .sort((a, b) => a - b)
        .map((index) => items[index] as T);
    },
  };
}
