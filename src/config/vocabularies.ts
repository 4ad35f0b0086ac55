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
}

const defineVocabulary = <const T extends Record<string, Term>>(terms: T): T => terms;

export const topics = defineVocabulary({
  "sprache-integration": {
    label: "Sprache & Integration",
    description: "Deutschkurse, Berufssprachkurse, Integrationskurse und Orientierung im Alltag.",
  },
  "digitalisierung-it": {
    label: "Digitalisierung & IT",
    description: "Computer-Grundlagen, Office, IT-Berufe und digitale Kompetenzen.",
  },
  "kaufmaennisch-verwaltung": {
    label: "Kaufmännisch & Verwaltung",
    description: "Büro, Buchhaltung, Verwaltung und kaufmännische Umschulungen.",
  },
  "gesundheit-pflege-soziales": {
    label: "Gesundheit, Pflege & Soziales",
    description: "Pflegehilfe, Betreuung, Alltagsbegleitung und soziale Berufe.",
  },
  "paedagogik-kinderbetreuung": {
    label: "Pädagogik & Kinderbetreuung",
    description: "Kindertagespflege, Erziehung, Ganztag und pädagogische Assistenz.",
  },
  "gewerblich-technisch": {
    label: "Gewerblich-technisch",
    description: "Metall, Elektro, CNC, Schweißen, Handwerk und Produktion.",
  },
  "lager-logistik": {
    label: "Lager & Logistik",
    description: "Lager, Staplerschein, Versand, Fahrerinnen und Fahrer.",
  },
  "handel-verkauf": {
    label: "Handel & Verkauf",
    description: "Einzelhandel, Kasse, Kundenberatung und Verkauf.",
  },
  "gastronomie-hauswirtschaft": {
    label: "Gastronomie & Hauswirtschaft",
    description: "Küche, Service, Hauswirtschaft und Reinigung.",
  },
  "orientierung-bewerbung": {
    label: "Berufsorientierung & Bewerbung",
    description: "Coaching, Bewerbungstraining, berufliche Orientierung und Praktika.",
  },
  "grundbildung-schulabschluss": {
    label: "Grundbildung & Schulabschlüsse",
    description: "Lesen, Schreiben, Rechnen und Schulabschlüsse nachholen.",
  },
  existenzgruendung: {
    label: "Existenzgründung",
    description: "Beratung und Seminare für den Weg in die Selbstständigkeit.",
  },
});

export const audiences = defineVocabulary({
  berufsrueckkehrende: {
    label: "Berufsrückkehrende",
    description: "Zurück in den Beruf, zum Beispiel nach der Elternzeit oder der Pflege von Angehörigen.",
  },
  alleinerziehende: {
    label: "Alleinerziehende",
    description: "Mütter und Väter, die ihre Kinder allein erziehen.",
  },
  "gefluechtete-zugewanderte": {
    label: "Geflüchtete & Zugewanderte",
    description: "Menschen, die nach Deutschland gekommen sind, zum Beispiel nach dem Deutschkurs.",
  },
  jugendliche: {
    label: "Jugendliche & junge Erwachsene",
    description: "Junge Menschen bis 27 Jahre auf dem Weg in Ausbildung und Arbeit.",
  },
  langzeitarbeitslose: {
    label: "Langzeitarbeitslose",
    description: "Menschen, die seit einem Jahr oder länger arbeitslos sind.",
  },
  "ohne-berufsabschluss": {
    label: "Menschen ohne Berufsabschluss",
    description: "Menschen ohne abgeschlossene Ausbildung, auch mit Berufserfahrung.",
  },
  beschaeftigte: {
    label: "Beschäftigte",
    description: "Berufstätige, die sich neben oder mit ihrer Arbeit weiterbilden.",
  },
  "menschen-mit-behinderung": {
    label: "Menschen mit Behinderung",
    description: "Menschen mit Behinderung oder gesundheitlichen Einschränkungen, auch in der Reha.",
  },
  aeltere: {
    label: "Ältere (50+)",
    description: "Menschen ab 50 Jahren.",
  },
  arbeitsuchende: {
    label: "Arbeitsuchende",
    description: "Menschen, die eine Arbeit suchen oder bald arbeitslos werden.",
  },
});

export const funding = defineVocabulary({
  bildungsgutschein: {
    label: "Bildungsgutschein",
    description: "Die Agentur für Arbeit oder das Jobcenter zahlt die Weiterbildung (AZAV-zertifiziert).",
  },
  avgs: {
    label: "Aktivierungs- und Vermittlungsgutschein (AVGS)",
    description: "Gutschein der Agentur für Arbeit oder des Jobcenters für Coaching und Vermittlung.",
  },
  jobcenter: {
    label: "Jobcenter",
    description: "Maßnahme im Auftrag des Jobcenters, zum Beispiel nach § 16 SGB II.",
  },
  "aufstiegs-bafoeg": {
    label: "Aufstiegs-BAföG",
    description: "Förderung für Aufstiegsfortbildungen wie Meister, Fachwirt oder Erzieher.",
  },
  beschaeftigtenfoerderung: {
    label: "Beschäftigtenförderung (Qualifizierungschancengesetz)",
    description: "Die Agentur für Arbeit fördert Weiterbildung von Beschäftigten gemeinsam mit dem Arbeitgeber.",
  },
  landesfoerderung: {
    label: "Landesförderung NRW",
    description: "Förderung aus Programmen des Landes Nordrhein-Westfalen.",
  },
  rentenversicherung: {
    label: "Rentenversicherung",
    description: "Leistungen zur Teilhabe am Arbeitsleben der Deutschen Rentenversicherung.",
  },
  bildungsurlaub: {
    label: "Bildungsurlaub",
    description: "Als Bildungsurlaub (Arbeitnehmerweiterbildung NRW) anerkannt.",
  },
  kostenfrei: {
    label: "Kostenfrei",
    description: "Für Teilnehmende ohne Kosten.",
  },
  selbstzahlung: {
    label: "Selbstzahlung",
    description: "Die Teilnehmenden zahlen selbst, oft mit Ratenzahlung.",
  },
});

export const schedules = defineVocabulary({
  vollzeit: { label: "Vollzeit", description: "Ungefähr 35 bis 40 Stunden pro Woche." },
  teilzeit: { label: "Teilzeit", description: "Weniger Stunden pro Woche, gut mit Familie vereinbar." },
  vormittags: { label: "Vormittags", description: "Unterricht nur am Vormittag." },
  abends: { label: "Abends", description: "Unterricht am Abend, nach der Arbeit." },
  wochenende: { label: "Am Wochenende", description: "Unterricht am Samstag oder Sonntag." },
  berufsbegleitend: { label: "Berufsbegleitend", description: "Neben einer Arbeit möglich." },
});

export const formats = defineVocabulary({
  praesenz: { label: "Präsenz", description: "Unterricht vor Ort." },
  online: { label: "Online", description: "Unterricht im Internet, von zu Hause." },
  hybrid: { label: "Hybrid", description: "Teils vor Ort, teils online." },
});

export const cities = defineVocabulary({
  wuppertal: { label: "Wuppertal", description: "Angebote in Wuppertal." },
  solingen: { label: "Solingen", description: "Angebote in Solingen." },
  remscheid: { label: "Remscheid", description: "Angebote in Remscheid." },
  online: { label: "Online", description: "Angebote, die ganz im Internet stattfinden." },
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
