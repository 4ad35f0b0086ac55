/**
 * QR codes as inline SVG, made at build time (the `qrcode` package's matrix,
 * drawn here as one path of horizontal runs, so an offer page or a brochure
 * entry carries a code of about 1–2 KB and prints sharp at any size).
 */
import QRCode from "qrcode";

/** The mask pattern every code uses (0–7); see `qrPath`. */
const fixedMask = 2;

/** Modules of white border around the code, as the QR standard asks for. */
const quietZone = 4;

/**
 * The dark modules as one stroked path: per row, a line of width 1 through the
 * middle of each horizontal run, the runs after the first reached by relative moves
 * (about half the size of one rectangle per run).
 * @example qrPath("https://example.org/").path // "M4 4.5h7m1 0h1…"
 */
function qrPath(text: string): { path: string; size: number } {
  const cached = paths.get(text);
  if (cached !== undefined) return cached;
  // Level M survives a smudged or creased print (15 % of the code may be lost). The mask is
  // fixed: choosing the best of the eight by penalty score takes five times as long (about
  // 1.2 ms per code, seconds for a large directory), and codes with any mask decode alike.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M", maskPattern: fixedMask });
  const size = modules.size;
  const rows: string[] = [];
  for (let y = 0; y < size; y++) {
    let row = "";
    let end = 0;
    for (let x = 0; x < size; x++) {
      if (!modules.get(y, x)) continue;
      const start = x;
      while (x + 1 < size && modules.get(y, x + 1)) x++;
      row += row === "" ? `M${start + quietZone} ${y + quietZone + 0.5}` : `m${start - end} 0`;
      row += `h${x + 1 - start}`;
      end = x + 1;
    }
    rows.push(row);
  }
  const drawn = { path: rows.join(""), size: size + 2 * quietZone };
  paths.set(text, drawn);
  return drawn;
}

/** Offer pages and brochure entries show the same code: each is computed once per build. */
const paths = new Map<string, { path: string; size: number }>();

/**
 * An SVG QR code linking to `url`, with a German text alternative.
 * @example qrSvg("https://weiterbildung.example.org/angebote/a/b/", "app-qr") // '<svg class="app-qr" …'
 */
export function qrSvg(url: string, className: string): string {
  const { path, size } = qrPath(url);
  // Only the class and the URL come from outside; the URL goes in as text of <title>, escaped.
  const title = url.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return (
    `<svg class="${className}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" shape-rendering="crispEdges">` +
    `<title>QR-Code: ${title}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000"/></svg>`
  );
}
