/**
 * The command line both benchmark scripts share (`npm run bench`,
 * `npm run bench:search`): the same option names, defaults and checks.
 */
import { todayIso } from "../schema/dates.js";
import { defaultSeed } from "./generate.js";

/**
 * `parseArgs` options for the generated set and the repetitions; each script adds its own.
 * @example parseArgs({ options: { ...benchOptions(1000), measure: { type: "string" } } })
 */
export function benchOptions(defaultOffers: number) {
  return {
    offers: { type: "string", default: String(defaultOffers) },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: String(defaultSeed) },
    today: { type: "string", default: todayIso() },
  } as const;
}

/**
 * A whole number above 0 from the option `--name`; throws a message naming the option otherwise.
 * @example positiveInteger("4000", "offers") // 4000
 */
export function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number above 0, got "${text}".`);
  return value;
}
