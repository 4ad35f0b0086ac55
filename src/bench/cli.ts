/**
 * The command line both benchmark scripts share (`npm run bench`,
 * `npm run bench:search`): the same option names, defaults and checks.
 */
import { UsageError } from "../cli/run.js";
import { todayIso } from "../schema/dates.js";
import { defaultSeed } from "./generate.js";

/**
 * `parseArgs` options for the generated set and the repetitions; each script adds its own.
 * @example parseArgs({ options: { ...benchOptions(1000), measure: { type: "string" } } })
 */
export function benchOptions(defaultOffers: number) {
  return {
    offers: { type: "string", default: String(defaultOffers), value: "<zahl>", help: "Zahl der erzeugten Angebote" },
    runs: { type: "string", default: "3", value: "<zahl>", help: "Wiederholungen je Messung" },
    seed: { type: "string", default: String(defaultSeed), value: "<zahl>", help: "Startwert der erzeugten Angebote" },
    today: { type: "string", default: todayIso(), value: "<JJJJ-MM-TT>", help: "Stichtag der erzeugten Angebote" },
  } as const;
}

/**
 * A whole number above 0 from the option `--name`; a German usage error naming the option otherwise.
 * @example positiveInteger("4000", "offers") // 4000
 */
export function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new UsageError(`--${name} braucht eine ganze Zahl über 0, gefunden: „${text}“.`);
  }
  return value;
}
