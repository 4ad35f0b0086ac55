/** The web app manifest, so the directory can be added to a phone's home screen. */
import type { SiteData } from "../config/site.js";

/** The icons below the site root (PNG, made from src/static/favicon.svg by `npm run icons`). */
export const icons = [
  { src: "icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
  { src: "icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
  { src: "icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
] as const;

/**
 * The manifest as JSON. Its URLs are relative to the manifest at the site root,
 * so it works under any deployment sub-path.
 * @example webManifest(siteData("/")) // '{"name":"Bildungsbrücke: Weiterbildung in …", …}'
 */
export function webManifest(site: Pick<SiteData, "name" | "tagline" | "description" | "themeColor">): string {
  return JSON.stringify(
    {
      name: `${site.name}: ${site.tagline}`,
      short_name: site.name,
      description: site.description,
      lang: "de",
      dir: "ltr",
      start_url: "./",
      scope: "./",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: site.themeColor,
      icons,
    },
    null,
    2,
  );
}
