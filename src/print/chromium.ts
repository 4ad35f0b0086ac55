/**
 * The system Chromium that prints the brochures (and runs the browser tests and
 * benchmarks): found on the machine, never downloaded, launched with flags that
 * keep it off the network.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** Chromium's path: `CHROME_PATH`, else the first Debian/Ubuntu/Chrome location that exists. */
export function findChromium(): string | undefined {
  const configured = process.env.CHROME_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  return candidates.find((candidate) => existsSync(candidate));
}

/** Launch flags: no sandbox (CI runs as root), no GPU, no background traffic to Google. */
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** What to do when no Chromium is found, in German. */
export const missingChromiumHint =
  "Chromium wurde nicht gefunden. Installieren Sie ihn mit `npm run setup:chromium` (als root; sonst z. B. `sudo apt-get install chromium`) oder setzen Sie CHROME_PATH auf eine vorhandene Chromium- oder Chrome-Datei.";

/** No Chromium where one is required; the message says in German how to get one. */
export class ChromiumMissingError extends Error {
  constructor(detail = "") {
    super(detail === "" ? missingChromiumHint : `${missingChromiumHint}\n${detail}`);
    this.name = "ChromiumMissingError";
  }
}

/** Starts headless Chromium; fails with a German hint when none is installed. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === undefined) {
    throw new ChromiumMissingError();
  }
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
