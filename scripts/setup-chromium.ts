/**
 * `npm run setup:chromium` (also run before `npm test`, and by CI before the build):
 * makes sure the system tools exist that print the brochures and read them back
 * in the tests: Chromium and poppler-utils (`pdftotext`, `pdfinfo`, `pdftoppm`).
 * Installs Debian's packages when running as root; otherwise explains what to
 * install. Never downloads a browser build.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { runCli } from "../src/cli/run.js";
import { findChromium } from "../src/testing/browser.js";

const hasCommand = (command: string) =>
  (process.env.PATH ?? "").split(":").some((folder) => folder !== "" && existsSync(`${folder}/${command}`));

/** Debian packages still missing, with what to tell a person who cannot install them here. */
const missing = () => [
  ...(findChromium() === undefined ? [{ name: "chromium", hint: "Chromium (oder CHROME_PATH setzen)" }] : []),
  ...(hasCommand("pdftotext") ? [] : [{ name: "poppler-utils", hint: "poppler-utils (pdftotext, pdfinfo, pdftoppm)" }]),
];

await runCli(
  {
    command: "setup:chromium",
    usage: "",
    description:
      "Prüft, ob Chromium und poppler-utils da sind (für die PDF-Broschüren und die Browser-Tests),\n" +
      "und installiert die Debian-Pakete, wenn es als root läuft. Lädt nie einen Browser herunter.",
    options: {},
  },
  () => {
    let packages = missing();
    if (packages.length === 0) return 0;
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    // With CHROME_PATH set, findChromium looks nowhere else, so installing the package cannot help.
    const installable = packages.filter((pkg) => pkg.name !== "chromium" || !process.env.CHROME_PATH);
    if (isRoot && process.platform === "linux" && installable.length > 0) {
      console.log(`Es fehlt: ${installable.map((pkg) => pkg.name).join(", ")} – installiere die Debian-Pakete …`);
      const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
      execFileSync("apt-get", ["install", "-y", "-qq", ...installable.map((pkg) => pkg.name)], {
        stdio: "inherit",
        env,
      });
      packages = missing();
      if (packages.length === 0) return 0;
    }
    console.error(
      `Für die PDF-Broschüren und die Browser-Tests fehlt: ${packages.map((pkg) => pkg.hint).join(", ")}.\n` +
        "Installieren Sie es, z. B. mit\n" +
        `  sudo apt-get install ${packages.map((pkg) => pkg.name).join(" ")}      (Debian/Ubuntu)\n` +
        "Ein anderes Chromium oder Chrome geben Sie mit CHROME_PATH an.",
    );
    return 1;
  },
);
