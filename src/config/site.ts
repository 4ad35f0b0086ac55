/**
 * Site configuration: the one place for names, paths, the deployment sub-path
 * and the texts of the legal pages. A network elsewhere edits this file.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (the folder holding package.json). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const paths = {
  offers: path.join(projectRoot, "offers"),
  output: path.join(projectRoot, "dist"),
  /** The rebuild cache (`npm run build`; `--no-cache` builds without it). */
  buildCache: path.join(projectRoot, ".cache", "build"),
} as const;

/**
 * The URL sub-path the site is deployed under, e.g. "/weiterbildung/".
 * Set `BASE_PATH` when building, or change the default here.
 */
export const pathPrefix = normalisePrefix(process.env.BASE_PATH ?? "/");

/** Ensures a leading and a trailing slash. */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** A postal address as printed on the legal pages. */
export interface PostalAddress {
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
}

/** A link in the header navigation or the footer. */
export interface NavigationLink {
  readonly label: string;
  readonly url: string;
}

/**
 * Names, contacts and texts of the site. Everything here is sample content and
 * clearly fictional: a network that adopts the directory replaces this object.
 */
export const site = {
  name: "Bildungsbrücke",
  tagline: "Weiterbildung in Wuppertal, Solingen und Remscheid",
  /** The browser's colour for the site's window and the installed app (the accent of src/styles/main.css). */
  themeColor: "#005a87",
  /** Absolute origin of the deployed site, without the sub-path; used for sitemap, feed and JSON-LD. */
  url: "https://weiterbildung.example.org",
  description:
    "Die Bildungsbrücke zeigt Kurse, Umschulungen und Beratung von Bildungsträgern in Wuppertal, Solingen und Remscheid. Sie finden hier, was zu Ihnen passt, wann es beginnt, was es kostet und wer es bezahlen kann.",
  network: {
    name: "Quallianz Bergisches Städtedreieck (Beispiel)",
    region: "Wuppertal, Solingen und Remscheid",
    about: [
      "Die Quallianz ist ein Netzwerk von 16 Bildungs-, Beratungs- und Beschäftigungsträgern im Bergischen Städtedreieck. Die Mitglieder bieten Weiterbildung, Umschulung, Sprachkurse und Beratung an.",
      "In diesem Wegweiser stehen die Angebote aller Mitglieder an einem Ort. Jeder Träger pflegt seine Angebote selbst. Die Netzwerkstelle prüft sie vor der Veröffentlichung auf Vollständigkeit.",
      "Beratungsfachkräfte in Jobcentern, Arbeitsagenturen und bei den Trägern können Angebote nach der Lage ihrer Kundinnen und Kunden filtern und als Broschüre drucken.",
    ],
  },
  operator: {
    name: "Quallianz Bergisches Städtedreieck e. V. (Beispiel)",
    office: "Netzwerkstelle",
    address: { street: "Beispielplatz 1", postalCode: "42103", city: "Wuppertal" } satisfies PostalAddress,
    phone: "0202 0000000",
    email: "netzwerk@example.org",
    register: "Vereinsregister beim Amtsgericht Wuppertal, VR 00000 (Beispiel)",
    representedBy: "Vorstand: Erika Beispiel (Vorsitzende), Max Muster (stellvertretender Vorsitzender)",
    vatId: "Umsatzsteuer-Identifikationsnummer: DE000000000 (Beispiel)",
  },
  /** Responsible for the content according to § 18 Abs. 2 MStV. */
  responsible: {
    name: "Erika Beispiel",
    address: { street: "Beispielplatz 1", postalCode: "42103", city: "Wuppertal" } satisfies PostalAddress,
  },
  privacy: {
    hosting: "Beispiel-Hosting GmbH, Serverstraße 1, 40210 Düsseldorf (Beispiel), Server in Deutschland",
    logRetentionDays: 7,
    dataProtectionOfficer: "Datenschutzbeauftragte der Netzwerkstelle, datenschutz@example.org",
    authority:
      "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Kavalleriestraße 2–4, 40213 Düsseldorf",
  },
  accessibility: {
    status: "teilweise vereinbar",
    standard: "BITV 2.0 und WCAG 2.1, Konformitätsstufe AA",
    statementDate: "2026-11-20",
    method:
      "Selbstbewertung durch die Netzwerkstelle mit automatischen Prüfungen (axe-core) und Tests mit Tastatur und Screenreader.",
    knownLimits: [
      "Die Beschreibungen der Angebote schreiben die Träger selbst. Sie sind nicht immer in einfacher Sprache geschrieben.",
      "Die Broschüren als PDF sind noch nicht vollständig barrierefrei (zum Beispiel fehlen teilweise Strukturinformationen).",
      "Die Suche mit Filtern braucht JavaScript. Ohne JavaScript finden Sie alle Angebote über die Seiten Orte, Themen, Zielgruppen und Förderung.",
    ],
    feedbackEmail: "barrierefreiheit@example.org",
    feedbackPhone: "0202 0000001",
    enforcement: {
      name: "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (BGG)",
      text: "Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie einen Antrag auf ein Schlichtungsverfahren stellen. Die Schlichtungsstelle hilft, Streit über Barrieren ohne Gericht zu lösen. Das Verfahren ist kostenlos. Sie brauchen keinen Rechtsbeistand.",
      address: "Mauerstraße 53, 10117 Berlin",
      phone: "030 18 527-2805",
      email: "info@schlichtungsstelle-bgg.de",
      website: "https://www.schlichtungsstelle-bgg.de",
    },
  },
  /** Where providers send the offer files they make with the form `/einreichen/`. */
  submission: {
    recipient: "die Netzwerkstelle",
    email: "angebote@example.org",
  },
  /** The open data under `/daten/`: the licence every download carries. */
  openData: {
    license: {
      name: "CC BY 4.0",
      title: "Creative Commons Namensnennung 4.0 International",
      url: "https://creativecommons.org/licenses/by/4.0/deed.de",
    },
    /** How users of the data name the source, as the licence requires. */
    attribution: "Quallianz Bergisches Städtedreieck (Beispiel), Bildungsbrücke",
  },
  /** Shown in every footer: the sample directory must never be mistaken for a real one. */
  fictionNote:
    "Alle Angebote, Träger, Namen und Kontaktdaten auf dieser Seite sind erfunden. Es handelt sich um Beispielinhalte.",
  navigation: [
    { label: "Angebote finden", url: "/suche/" },
    { label: "Orte", url: "/orte/" },
    { label: "Themen", url: "/themen/" },
    { label: "Zielgruppen", url: "/zielgruppen/" },
    { label: "Förderung", url: "/foerderung/" },
    { label: "Träger", url: "/traeger/" },
    { label: "Broschüren", url: "/broschuere/" },
  ] satisfies NavigationLink[],
  footerLinks: [
    { label: "Über den Wegweiser", url: "/ueber/" },
    { label: "Leichte Sprache", url: "/leichte-sprache/" },
    { label: "Barrierefreiheit", url: "/barrierefreiheit/" },
    { label: "Alle Träger", url: "/traeger/" },
    { label: "Angebot einreichen", url: "/einreichen/" },
    { label: "Offene Daten", url: "/daten/" },
    { label: "Offline-Kopie", url: "/offline-kopie/" },
    { label: "Impressum", url: "/impressum/" },
    { label: "Datenschutz", url: "/datenschutz/" },
  ] satisfies NavigationLink[],
} as const;

/** The site configuration as templates see it: `site` plus the absolute URL of the site root. */
export type SiteData = typeof site & {
  /** Absolute URL of the site root including the sub-path, e.g. "https://weiterbildung.example.org/weiterbildung/". */
  readonly baseUrl: string;
};

/**
 * The site data for one build, for a normalised prefix (see `normalisePrefix`).
 * @example siteData("/weiterbildung/").baseUrl // "https://weiterbildung.example.org/weiterbildung/"
 */
export function siteData(prefix: string): SiteData {
  return { ...site, baseUrl: `${site.url.replace(/\/+$/, "")}${prefix}` };
}
