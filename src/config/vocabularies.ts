/**
 * Controlled vocabularies of the offer files: slug → German label and a short
 * explanation. This module is the only place where they are defined; the
 * schema, the JSON Schema, the provider guide, the browse pages and the search
 * facets all read from here.
 *
 * @example vocabularies.topics["lager-logistik"].label // "Lager & Logistik"
 */

/** A vocabulary entry as shown to people. */
export interface Term {
  readonly label: string;
  readonly description: string;
  /**
   * Everyday words people search with for this term (`Deutschkurs` for Sprache & Integration).
   * The search indexes them with every offer that has the term, weighted below the title.
   */
  readonly searchWords?: readonly string[];
}

/** A funding term: how a participant's costs are paid that way, as a phrase after „für Sie kostenfrei …“. */
export interface FundingTerm extends Term {
  /** E.g. "mit Bildungsgutschein", "über das Jobcenter". */
  readonly paidPhrase: string;
}

const defineVocabulary = <const T extends Record<string, Term>>(terms: T): T => terms;

export const topics = defineVocabulary({
  "sprache-integration": {
    label: "Sprache & Integration",
    description: "Deutschkurse, Berufssprachkurse, Integrationskurse und Orientierung im Alltag.",
    searchWords: ["Deutschkurs", "Sprachkurs", "Deutsch lernen", "Integrationskurs", "Sprachschule", "Sprachförderung"],
  },
  "digitalisierung-it": {
    label: "Digitalisierung & IT",
    description: "Computer-Grundlagen, Office, IT-Berufe und digitale Kompetenzen.",
    searchWords: ["Computer", "Computerkurs", "PC", "EDV", "Internet", "Informatik", "digital"],
  },
  "kaufmaennisch-verwaltung": {
    label: "Kaufmännisch & Verwaltung",
    description: "Büro, Buchhaltung, Verwaltung und kaufmännische Umschulungen.",
    searchWords: ["Büro", "Bürojob", "Bürokauffrau", "Bürokaufmann", "Verwaltung", "Sekretariat", "kaufmännisch"],
  },
  "gesundheit-pflege-soziales": {
    label: "Gesundheit, Pflege & Soziales",
    description: "Pflegehilfe, Betreuung, Alltagsbegleitung und soziale Berufe.",
    searchWords: ["Pflege", "Altenpflege", "Krankenpflege", "Pflegeberuf", "Betreuung", "Senioren", "Gesundheit"],
  },
  "paedagogik-kinderbetreuung": {
    label: "Pädagogik & Kinderbetreuung",
    description: "Kindertagespflege, Erziehung, Ganztag und pädagogische Assistenz.",
    searchWords: ["Kita", "Kindergarten", "Erzieherin", "Erzieher", "Tagesmutter", "Tagesvater", "Kinder"],
  },
  "gewerblich-technisch": {
    label: "Gewerblich-technisch",
    description: "Metall, Elektro, CNC, Schweißen, Handwerk und Produktion.",
    searchWords: ["Handwerk", "Technik", "Metall", "Elektro", "Werkstatt", "Produktion", "Industrie", "Fabrik"],
  },
  "lager-logistik": {
    label: "Lager & Logistik",
    description: "Lager, Staplerschein, Versand, Fahrerinnen und Fahrer.",
    searchWords: ["Lager", "Lagerarbeit", "Staplerschein", "Gabelstapler", "Logistik", "Versand", "Lkw", "Fahrer"],
  },
  "handel-verkauf": {
    label: "Handel & Verkauf",
    description: "Einzelhandel, Kasse, Kundenberatung und Verkauf.",
    searchWords: ["Verkauf", "Verkäuferin", "Verkäufer", "Einzelhandel", "Kasse", "Supermarkt", "Laden"],
  },
  "gastronomie-hauswirtschaft": {
    label: "Gastronomie & Hauswirtschaft",
    description: "Küche, Service, Hauswirtschaft und Reinigung.",
    searchWords: ["Küche", "Koch", "Köchin", "Kochen", "Gastronomie", "Restaurant", "Kellner", "Reinigung"],
  },
  "orientierung-bewerbung": {
    label: "Berufsorientierung & Bewerbung",
    description: "Coaching, Bewerbungstraining, berufliche Orientierung und Praktika.",
    searchWords: [
      "Bewerbung",
      "Bewerbungstraining",
      "Lebenslauf",
      "Jobsuche",
      "Coaching",
      "Berufsberatung",
      "Beratung",
    ],
  },
  "grundbildung-schulabschluss": {
    label: "Grundbildung & Schulabschlüsse",
    description: "Lesen, Schreiben, Rechnen und Schulabschlüsse nachholen.",
    searchWords: [
      "Schulabschluss",
      "Hauptschulabschluss",
      "Realschulabschluss",
      "Lesen",
      "Schreiben",
      "Rechnen",
      "Alphabetisierung",
    ],
  },
  existenzgruendung: {
    label: "Existenzgründung",
    description: "Beratung und Seminare für den Weg in die Selbstständigkeit.",
    searchWords: ["Gründung", "gründen", "selbstständig", "selbständig", "Selbstständigkeit", "Firma", "Geschäftsidee"],
  },
});

export const audiences = defineVocabulary({
  berufsrueckkehrende: {
    label: "Berufsrückkehrende",
    description: "Zurück in den Beruf, zum Beispiel nach der Elternzeit oder der Pflege von Angehörigen.",
    searchWords: ["Wiedereinstieg", "Elternzeit", "Familienzeit", "Rückkehr", "Mütter", "Väter"],
  },
  alleinerziehende: {
    label: "Alleinerziehende",
    description: "Mütter und Väter, die ihre Kinder allein erziehen.",
    searchWords: ["alleinerziehend", "Mutter", "Vater", "Eltern", "Familie"],
  },
  "gefluechtete-zugewanderte": {
    label: "Geflüchtete & Zugewanderte",
    description: "Menschen, die nach Deutschland gekommen sind, zum Beispiel nach dem Deutschkurs.",
    searchWords: ["Flüchtlinge", "geflüchtet", "Migranten", "Migration", "Zuwanderer", "Ausländer", "Asyl"],
  },
  jugendliche: {
    label: "Jugendliche & junge Erwachsene",
    description: "Junge Menschen bis 27 Jahre auf dem Weg in Ausbildung und Arbeit.",
    searchWords: ["Jugendliche", "junge Leute", "Schüler", "Azubi", "U25"],
  },
  langzeitarbeitslose: {
    label: "Langzeitarbeitslose",
    description: "Menschen, die seit einem Jahr oder länger arbeitslos sind.",
    searchWords: ["arbeitslos", "Bürgergeld", "ohne Arbeit"],
  },
  "ohne-berufsabschluss": {
    label: "Menschen ohne Berufsabschluss",
    description: "Menschen ohne abgeschlossene Ausbildung, auch mit Berufserfahrung.",
    searchWords: ["ohne Ausbildung", "ungelernt", "Quereinstieg", "Quereinsteiger", "Helfer"],
  },
  beschaeftigte: {
    label: "Beschäftigte",
    description: "Berufstätige, die sich neben oder mit ihrer Arbeit weiterbilden.",
    searchWords: ["berufstätig", "Arbeitnehmer", "Angestellte", "Fortbildung"],
  },
  "menschen-mit-behinderung": {
    label: "Menschen mit Behinderung",
    description: "Menschen mit Behinderung oder gesundheitlichen Einschränkungen, auch in der Reha.",
    searchWords: ["Behinderung", "behindert", "Reha", "Rehabilitation", "Inklusion", "Krankheit"],
  },
  aeltere: {
    label: "Ältere (50+)",
    description: "Menschen ab 50 Jahren.",
    searchWords: ["50 plus", "50+", "Senioren", "ältere", "Ü50"],
  },
  arbeitsuchende: {
    label: "Arbeitsuchende",
    description: "Menschen, die eine Arbeit suchen oder bald arbeitslos werden.",
    searchWords: ["arbeitslos", "Arbeitssuche", "Jobsuche", "Job", "Arbeit finden"],
  },
});

const defineFunding = <const T extends Record<string, FundingTerm>>(terms: T): T => terms;

export const funding = defineFunding({
  bildungsgutschein: {
    label: "Bildungsgutschein",
    description: "Die Agentur für Arbeit oder das Jobcenter zahlt die Weiterbildung (AZAV-zertifiziert).",
    paidPhrase: "mit Bildungsgutschein",
    searchWords: ["Gutschein", "Agentur für Arbeit", "Arbeitsagentur", "gefördert"],
  },
  avgs: {
    label: "Aktivierungs- und Vermittlungsgutschein (AVGS)",
    description: "Gutschein der Agentur für Arbeit oder des Jobcenters für Coaching und Vermittlung.",
    paidPhrase: "mit AVGS",
    searchWords: ["AVGS", "Aktivierungsgutschein", "Vermittlungsgutschein", "Coaching-Gutschein"],
  },
  jobcenter: {
    label: "Jobcenter",
    description: "Maßnahme im Auftrag des Jobcenters, zum Beispiel nach § 16 SGB II.",
    paidPhrase: "über das Jobcenter",
    searchWords: ["Bürgergeld", "Maßnahme", "SGB II"],
  },
  "aufstiegs-bafoeg": {
    label: "Aufstiegs-BAföG",
    description: "Förderung für Aufstiegsfortbildungen wie Meister, Fachwirt oder Erzieher.",
    paidPhrase: "mit Aufstiegs-BAföG",
    searchWords: ["BAföG", "Meister-BAföG", "Aufstiegsfortbildung"],
  },
  beschaeftigtenfoerderung: {
    label: "Beschäftigtenförderung (Qualifizierungschancengesetz)",
    description: "Die Agentur für Arbeit fördert Weiterbildung von Beschäftigten gemeinsam mit dem Arbeitgeber.",
    paidPhrase: "mit Beschäftigtenförderung",
    searchWords: ["Qualifizierungschancengesetz", "Arbeitgeber", "Weiterbildung im Job"],
  },
  landesfoerderung: {
    label: "Landesförderung NRW",
    description: "Förderung aus Programmen des Landes Nordrhein-Westfalen.",
    paidPhrase: "mit Landesförderung NRW",
    searchWords: ["Land NRW", "Landesprogramm", "Bildungsscheck"],
  },
  rentenversicherung: {
    label: "Rentenversicherung",
    description: "Leistungen zur Teilhabe am Arbeitsleben der Deutschen Rentenversicherung.",
    paidPhrase: "über die Rentenversicherung",
    searchWords: ["Reha", "Rehabilitation", "DRV", "Teilhabe"],
  },
  bildungsurlaub: {
    label: "Bildungsurlaub",
    description: "Als Bildungsurlaub (Arbeitnehmerweiterbildung NRW) anerkannt.",
    paidPhrase: "als Bildungsurlaub",
    searchWords: ["Bildungsfreistellung", "AWbG", "Arbeitnehmerweiterbildung"],
  },
  kostenfrei: {
    label: "Kostenfrei",
    description: "Für alle Teilnehmenden ohne Kosten.",
    paidPhrase: "ohne Kosten",
    searchWords: ["kostenlos", "gratis", "umsonst", "ohne Kosten"],
  },
  selbstzahlung: {
    label: "Selbstzahlung",
    description: "Die Teilnehmenden zahlen selbst, oft mit Ratenzahlung.",
    paidPhrase: "als Selbstzahlung",
    searchWords: ["selbst zahlen", "Selbstzahler", "Ratenzahlung"],
  },
});

export const schedules = defineVocabulary({
  vollzeit: {
    label: "Vollzeit",
    description: "Ungefähr 35 bis 40 Stunden pro Woche.",
    searchWords: ["ganztags", "ganztägig"],
  },
  teilzeit: {
    label: "Teilzeit",
    description: "Weniger Stunden pro Woche, gut mit Familie vereinbar.",
    searchWords: ["halbtags"],
  },
  vormittags: { label: "Vormittags", description: "Unterricht nur am Vormittag.", searchWords: ["morgens"] },
  abends: {
    label: "Abends",
    description: "Unterricht am Abend, nach der Arbeit.",
    searchWords: ["Abendkurs", "am Abend", "Feierabend"],
  },
  wochenende: {
    label: "Am Wochenende",
    description: "Unterricht am Samstag oder Sonntag.",
    searchWords: ["Samstag", "Sonntag", "Wochenendkurs"],
  },
  berufsbegleitend: {
    label: "Berufsbegleitend",
    description: "Neben einer Arbeit möglich.",
    searchWords: ["nebenberuflich", "neben dem Beruf", "neben der Arbeit"],
  },
});

export const formats = defineVocabulary({
  praesenz: { label: "Präsenz", description: "Unterricht vor Ort." },
  online: { label: "Online", description: "Unterricht im Internet, von zu Hause." },
  hybrid: { label: "Hybrid", description: "Teils vor Ort, teils online." },
});

export const cities = defineVocabulary({
  wuppertal: {
    label: "Wuppertal",
    description:
      "Kurse, Umschulungen und Beratung an Orten in Wuppertal. Angebote ganz im Internet finden Sie unter „Online“.",
  },
  solingen: {
    label: "Solingen",
    description:
      "Kurse, Umschulungen und Beratung an Orten in Solingen. Angebote ganz im Internet finden Sie unter „Online“.",
  },
  remscheid: {
    label: "Remscheid",
    description:
      "Kurse, Umschulungen und Beratung an Orten in Remscheid. Angebote ganz im Internet finden Sie unter „Online“.",
  },
  online: {
    label: "Online",
    description: "Angebote, die ganz im Internet stattfinden: Sie lernen von zu Hause mit PC, Laptop oder Tablet.",
  },
});

export const germanLevels = defineVocabulary({
  A1: { label: "A1", description: "Anfänger: einfache Sätze verstehen und sagen." },
  A2: { label: "A2", description: "Grundlagen: einfache Gespräche im Alltag." },
  B1: { label: "B1", description: "Mittelstufe: im Alltag und Beruf gut zurechtkommen." },
  B2: { label: "B2", description: "Gute Mittelstufe: auch schwierigere Texte und Gespräche." },
  C1: { label: "C1", description: "Fortgeschritten: fast alles im Beruf verstehen." },
  C2: { label: "C2", description: "Sehr gute Kenntnisse, fast wie Muttersprache." },
});

export type TopicSlug = keyof typeof topics;
export type AudienceSlug = keyof typeof audiences;
export type FundingSlug = keyof typeof funding;
export type ScheduleSlug = keyof typeof schedules;
export type FormatSlug = keyof typeof formats;
export type CitySlug = keyof typeof cities;
export type GermanLevel = keyof typeof germanLevels;

/** The slugs of a vocabulary as a non-empty tuple, in declaration order (for enums). */
export function slugsOf<T extends Record<string, Term>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
  const slugs = Object.keys(vocabulary) as (keyof T & string)[];
  const [first, ...rest] = slugs;
  if (first === undefined) throw new Error("empty vocabulary");
  return [first, ...rest];
}
