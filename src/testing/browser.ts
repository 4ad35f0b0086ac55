/** The system Chromium for the browser tests: the one that prints the brochures (src/print/chromium.ts). */
export { findChromium, launchChromium } from "../print/chromium.js";
