/**
 * Entry points on the home page: everyday situations in the words people use,
 * each leading to the audience page that fits. A network elsewhere edits this list.
 */
import type { AudienceSlug } from "./vocabularies.js";

/** One entry point: a situation, one sentence about it and the audience it leads to. */
export interface LifeSituation {
  readonly title: string;
  readonly text: string;
  readonly audience: AudienceSlug;
}

export const lifeSituations: readonly LifeSituation[] = [
  {
    title: "Nach der Elternzeit zurück in den Beruf",
    text: "Kurse in Teilzeit, oft am Vormittag, zum Auffrischen oder für einen neuen Beruf.",
    audience: "berufsrueckkehrende",
  },
  {
    title: "Nach dem Deutschkurs in Arbeit",
    text: "Berufssprachkurse, Anerkennung und Weiterbildung für den Einstieg in Arbeit.",
    audience: "gefluechtete-zugewanderte",
  },
  {
    title: "Ohne Berufsabschluss weiterkommen",
    text: "Teilqualifizierungen und Umschulungen, die zu einem anerkannten Abschluss führen.",
    audience: "ohne-berufsabschluss",
  },
  {
    title: "Alleinerziehend und Teilzeit",
    text: "Angebote, die zu Kita- und Schulzeiten passen, oft mit Hilfe bei der Kinderbetreuung.",
    audience: "alleinerziehende",
  },
  {
    title: "Jung und auf dem Weg in Ausbildung",
    text: "Berufsorientierung, Schulabschluss nachholen und Unterstützung bei der Ausbildungssuche.",
    audience: "jugendliche",
  },
  {
    title: "Lange ohne Arbeit",
    text: "Coaching, Praktika und Qualifizierung für den Neustart, oft vom Jobcenter bezahlt.",
    audience: "langzeitarbeitslose",
  },
];
