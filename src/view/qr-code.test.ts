import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { qrSvg } from "./qr-code.js";

/** Paints the SVG's path (absolute "M x y", relative "m dx 0", "h n") into a black-on-white RGBA bitmap. */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; width: number } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path d="([^"]+)"/.exec(svg)?.[1] ?? "";
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === "M") [x, y] = [Number(a), Math.floor(Number(b))];
    else if (command === "m") x += Number(a);
    else {
      for (let column = x; column < x + Number(a); column++)
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++)
            data.fill(
              0,
              ((y * scale + dy) * width + column * scale + dx) * 4,
              ((y * scale + dy) * width + column * scale + dx) * 4 + 3,
            );
      x += Number(a);
    }
  }
  return { data, width };
}

describe("#7: qrSvg", () => {
  it("draws a code that decodes to the URL", () => {
    const url =
      "https://weiterbildung.example.org/angebote/arbeit-und-zukunft-wuppertal/fachlagerist-umschulung-mit-staplerschein/";
    const { data, width } = rasterise(qrSvg(url, "app-qr"));
    expect(jsQR.default(data, width, width)?.data).toBe(url);
  });

  it("names the link in its text alternative, escaped", () => {
    const svg = qrSvg("https://example.org/?a=1&b=<2>", "app-qr");
    expect(svg).toContain("<title>QR-Code: https://example.org/?a=1&amp;b=&lt;2></title>");
    expect(svg).toMatch(/^<svg class="app-qr" [^>]*role="img"/);
  });
});
