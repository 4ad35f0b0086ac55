/**
 * `npm run icons`: the app icons of the web app manifest (src/offline/manifest.ts),
 * rendered as PNG from the site's logo src/static/favicon.svg in Chromium and
 * written to src/static/icons/. The maskable icon fills its square and keeps the
 * logo inside the middle 80 %, which every phone's mask leaves visible.
 */
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot, site } from "../src/config/site.js";
import { icons } from "../src/offline/manifest.js";
import { launchChromium } from "../src/testing/browser.js";

const logo = await readFile(path.join(projectRoot, "src/static/favicon.svg"), "utf8");
const browser = await launchChromium();
try {
  for (const icon of icons) {
    const size = Number(icon.sizes.split("x")[0]);
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = icon.purpose === "maskable" ? "width:70%;height:70%" : "width:100%;height:100%";
    const background = icon.purpose === "maskable" ? site.themeColor : "transparent";
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;height:100vh;background:${background}"><div style="${inner}">${logo.replace("<svg ", '<svg width="100%" height="100%" ')}</div></body>`,
    );
    const file = path.join(projectRoot, "src/static", icon.src);
    await mkdir(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, omitBackground: icon.purpose !== "maskable" });
    await page.close();
    console.log(`${path.relative(projectRoot, file)} (${icon.sizes})`);
  }
} finally {
  await browser.close();
}
