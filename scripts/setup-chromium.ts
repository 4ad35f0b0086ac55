/**
 * `npm run setup:chromium` (also run before `npm test`): makes sure a system
 * Chromium exists for the browser tests. Installs Debian's package when running
 * as root without CHROME_PATH; otherwise explains what to install. Never
 * downloads a browser build.
 */
import { execFileSync } from "node:child_process";
import { findChromium } from "../src/testing/browser.js";

const found = findChromium();
if (found !== undefined) {
  process.exit(0);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
// With CHROME_PATH set, findChromium looks nowhere else, so installing the package cannot help.
if (isRoot && process.platform === "linux" && !process.env.CHROME_PATH) {
  console.log("Chromium fehlt – installiere das Debian-Paket „chromium“ …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (findChromium() !== undefined) process.exit(0);
}
console.error(
  "Für die Browser-Tests wird Chromium gebraucht. Installieren Sie es, z. B. mit\n" +
    "  sudo apt-get install chromium      (Debian/Ubuntu)\n" +
    "oder setzen Sie CHROME_PATH auf eine vorhandene Chromium- oder Chrome-Datei.",
);
process.exit(1);
