/**
 * The report as people read it: a short German summary for the terminal, the
 * ready e-mail to each provider (a `mailto:` link), and the self-contained
 * HTML page (`templates/report/netzwerk-bericht.njk`, styles inline).
 */
import nunjucks from "nunjucks";
import path from "node:path";
import type { SiteData } from "../config/site.js";
import { formatDate } from "../schema/dates.js";
import type { NetworkReport, ProviderReport, ReportOffer } from "./network-report.js";

/** Where the report template lives, below the project root. */
const templateDir = "templates/report";

/** Above this length some mail programs cut a `mailto:` link; the e-mail then points to the report. */
const maxBodyLength = 1800;

const short = (iso: string | undefined) => (iso === undefined ? "" : formatDate(iso, "short"));
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The German headings of a provider's lists, with how each entry reads. */
const listTexts = {
  expired: { heading: "Abgelaufen (nicht mehr veröffentlicht)", date: "gültig bis" },
  withoutFutureDate: { heading: "Keine Termine in der Zukunft (nicht veröffentlicht)", date: "letzter Beginn" },
  expiringSoon: { heading: "Läuft in den nächsten 30 Tagen ab", date: "gültig bis" },
  stale: { heading: "Angaben älter als 6 Monate", date: "Stand" },
} as const;

/** The list keys in the order the report shows them. */
export const offerLists = ["expired", "withoutFutureDate", "expiringSoon", "stale"] as const;

const fileName = (file: string) => file.slice(file.lastIndexOf("/") + 1);

/** One offer as a line of the e-mail and the report. */
export function offerLine(offer: ReportOffer, list: (typeof offerLists)[number]): string {
  const date = offer.date === undefined ? "" : `, ${listTexts[list].date} ${short(offer.date)}`;
  return `„${offer.title}“ (${fileName(offer.file)}${date})`;
}

/** The lines of the e-mail body that say what to fix, grouped like the report. */
function fixLines(provider: ProviderReport): string[] {
  const lines: string[] = [];
  if (provider.invalid.length > 0) {
    lines.push("Fehlerhafte Dateien (werden erst nach der Korrektur veröffentlicht):");
    for (const file of provider.invalid) {
      for (const error of file.errors) {
        const where = [error.line === undefined ? "" : `Zeile ${error.line}`, error.field ?? ""]
          .filter(Boolean)
          .join(", ");
        lines.push(`- ${fileName(file.file)}${where === "" ? "" : ` (${where})`}: ${error.message}`);
      }
    }
    lines.push("");
  }
  for (const list of offerLists) {
    if (provider[list].length === 0) continue;
    lines.push(`${listTexts[list].heading}:`, ...provider[list].map((offer) => `- ${offerLine(offer, list)}`), "");
  }
  return lines;
}

/**
 * A `mailto:` link to the provider with a subject and a body listing what to
 * fix; undefined when there is nothing to fix. Every part is percent-encoded.
 */
export function mailtoLink(provider: ProviderReport, report: NetworkReport, site: SiteData): string | undefined {
  if (!provider.needsAction) return undefined;
  const subject = `${site.name}: Bitte prüfen Sie Ihre Angebote (Stand ${short(report.today)})`;
  const intro = [
    "Guten Tag,",
    "",
    `bei der Prüfung der Angebote von ${provider.name} für den Wegweiser ${site.name} am ${short(report.today)} ist uns Folgendes aufgefallen:`,
    "",
  ];
  const outro = [
    `Bitte schicken Sie uns die korrigierten Angebotsdateien an ${site.submission.email}. Das Formular unter ${site.baseUrl}einreichen/ hilft beim Bearbeiten: Dort können Sie eine Datei öffnen, korrigieren und wieder speichern.`,
    "",
    "Vielen Dank und viele Grüße",
    `${site.operator.office}, ${site.operator.name}`,
  ];
  const lines = fixLines(provider);
  // Long lists are shortened line by line until the link fits.
  let kept = lines.length;
  const body = () => {
    const rest = lines.length - kept;
    const more =
      rest === 0
        ? []
        : [`… und ${plural(rest, "weitere Zeile", "weitere Zeilen")} (siehe Bericht der Netzwerkstelle).`, ""];
    return [...intro, ...lines.slice(0, kept), ...more, ...outro].join("\r\n");
  };
  while (kept > 0 && encodeURIComponent(body()).length > maxBodyLength * 3) kept--;
  const address = /^[^\s?&#%]+@[^\s?&#%]+$/.test(provider.email ?? "") ? provider.email : "";
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body())}`;
}

/** Counts over all providers, for the summary line and table. */
export function reportTotals(report: NetworkReport) {
  const sum = (count: (provider: ProviderReport) => number) =>
    report.providers.reduce((total, provider) => total + count(provider), 0);
  return {
    providers: report.providers.length,
    published: sum((provider) => provider.published),
    invalid: sum((provider) => provider.invalid.length) + (report.other.length > 0 ? 1 : 0),
    expired: sum((provider) => provider.expired.length),
    withoutFutureDate: sum((provider) => provider.withoutFutureDate.length),
    expiringSoon: sum((provider) => provider.expiringSoon.length),
    stale: sum((provider) => provider.stale.length),
    added: sum((provider) => provider.changes.added.length),
    changed: sum((provider) => provider.changes.changed.length),
    removed: sum((provider) => provider.changes.removed.length),
    needingAction: report.providers.filter((provider) => provider.needsAction).length,
  };
}

/**
 * The summary printed by `npm run report`.
 * @example "Netzwerk-Bericht vom 02.12.2026: 16 Träger, 89 Angebote veröffentlicht. …"
 */
export function reportSummary(report: NetworkReport, output: string): string {
  const totals = reportTotals(report);
  const changes =
    report.lastBuild === undefined
      ? "Kein veröffentlichter Build gefunden (dist/daten/manifest.json fehlt): Änderungen lassen sich nicht bestimmen."
      : `Seit dem letzten Build vom ${short(report.lastBuild)}: ${totals.added} neu, ${totals.changed} geändert, ${totals.removed} entfernt.`;
  const busy = report.providers
    .filter((provider) => provider.needsAction)
    .map((provider) => {
      const parts = [
        [provider.invalid.length, "fehlerhaft"],
        [provider.expired.length, "abgelaufen"],
        [provider.withoutFutureDate.length, "ohne Termin"],
        [provider.expiringSoon.length, "läuft bald ab"],
        [provider.stale.length, "veraltet"],
      ] as const;
      return `  ${provider.name}: ${parts
        .filter(([count]) => count > 0)
        .map(([count, text]) => `${count} ${text}`)
        .join(", ")}`;
    });
  return [
    `Netzwerk-Bericht vom ${short(report.today)}: ${plural(totals.providers, "Träger", "Träger")}, ${plural(totals.published, "Angebot", "Angebote")} veröffentlicht.`,
    `${totals.invalid} fehlerhafte Dateien, ${totals.expired} abgelaufen, ${totals.withoutFutureDate} ohne künftigen Termin, ` +
      `${totals.expiringSoon} laufen in 30 Tagen ab, ${totals.stale} älter als 6 Monate.`,
    changes,
    ...(busy.length === 0
      ? ["Kein Träger muss etwas tun."]
      : [`Handlungsbedarf bei ${plural(busy.length, "Träger", "Trägern")}:`, ...busy]),
    `Bericht: ${output}`,
  ].join("\n");
}

/** The report page: one HTML file with its styles inline, no other file or request needed. */
export function renderReportHtml(report: NetworkReport, site: SiteData, root: string): string {
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(root, templateDir)), {
    autoescape: true,
    throwOnUndefined: false,
  });
  environment.addFilter("date", (iso: string) => formatDate(iso, "short"));
  environment.addFilter("fileName", fileName);
  environment.addFilter("offerLine", offerLine);
  return environment.render("netzwerk-bericht.njk", {
    report,
    site,
    totals: reportTotals(report),
    lists: offerLists.map((key) => ({ key, heading: listTexts[key].heading })),
    mailto: Object.fromEntries(report.providers.map((provider) => [provider.slug, mailtoLink(provider, report, site)])),
  });
}
