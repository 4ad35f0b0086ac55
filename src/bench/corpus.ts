/**
 * Word material for synthetic offers: titles, contents and sentences in the
 * register providers write in. Kept apart from the generator so the generator
 * reads as the rules of an offer and this file as plain data.
 */
import type { CitySlug, TopicSlug } from "../config/vocabularies.js";

/** What the generator needs to know about one topic to write an offer for it. */
export interface TopicMaterial {
  readonly titles: readonly string[];
  /** Noun phrases for "Sie lernen …". */
  readonly focus: readonly string[];
  /** Bullet points for the "Inhalte" section. */
  readonly contents: readonly string[];
  readonly degrees: readonly string[];
  /** Typical conditions for taking part. */
  readonly requirements: readonly string[];
}

export const topicMaterial: Record<TopicSlug, TopicMaterial> = {
  "sprache-integration": {
    titles: [
      "Integrationskurs mit Alphabetisierung",
      "Berufssprachkurs Deutsch B2",
      "Deutsch für den Beruf",
      "Deutsch im Alltag – Gesprächskurs",
      "Berufssprachkurs Pflege",
      "Orientierungskurs Leben in Deutschland",
    ],
    focus: [
      "Deutsch für Alltag und Beruf",
      "Gespräche am Arbeitsplatz",
      "Briefe und E-Mails auf Deutsch",
      "den Wortschatz Ihres Berufs",
    ],
    contents: [
      "Gespräche mit Kolleginnen, Kollegen und Vorgesetzten führen",
      "Telefonate und E-Mails im Beruf sicher schreiben und verstehen",
      "Formulare ausfüllen und Briefe von Behörden verstehen",
      "Fachwortschatz für Pflege, Handwerk, Handel und Büro",
      "Vorbereitung auf die telc- oder DTZ-Prüfung",
      "Landeskunde: Arbeit, Wohnen und Gesundheit in Deutschland",
      "Aussprache und Hörverstehen mit Übungen aus dem Alltag",
      "Bewerbung und Vorstellungsgespräch auf Deutsch",
    ],
    degrees: [
      "telc-Zertifikat B1",
      "telc-Zertifikat B2",
      "Deutsch-Test für Zuwanderer (DTZ)",
      "Zertifikat Berufssprachkurs",
    ],
    requirements: [
      "Deutschkenntnisse auf Niveau A2",
      "Abgeschlossener Integrationskurs",
      "Berechtigungsschein des BAMF",
    ],
  },
  "digitalisierung-it": {
    titles: [
      "Computer-Grundlagen für Einsteigerinnen und Einsteiger",
      "Office-Anwendungen kompakt",
      "Fachinformatiker/in Systemintegration – Umschulung",
      "Digitale Kompetenzen im Beruf",
      "Webseiten gestalten mit HTML und CSS",
      "IT-Support und Netzwerke",
    ],
    focus: [
      "den sicheren Umgang mit dem Computer",
      "Word, Excel und Outlook",
      "Netzwerke und IT-Sicherheit",
      "digitale Werkzeuge im Büro",
    ],
    contents: [
      "Dateien ordnen, speichern und wiederfinden",
      "Texte schreiben und gestalten mit Word",
      "Tabellen und einfache Formeln mit Excel",
      "E-Mails, Kalender und Videokonferenzen",
      "Sicher im Internet: Passwörter, Datenschutz und Betrugsmaschen",
      "Netzwerktechnik, Server und Benutzerverwaltung",
      "Fehler finden und Anwenderinnen und Anwender unterstützen",
      "Projektarbeit im Team mit digitalen Werkzeugen",
    ],
    degrees: ["IHK-Abschluss", "Zertifikat des Trägers", "ECDL/ICDL-Zertifikat", "Teilnahmebescheinigung"],
    requirements: [
      "Keine Vorkenntnisse nötig",
      "Grundkenntnisse am PC",
      "Mittlerer Schulabschluss oder Berufserfahrung",
    ],
  },
  "kaufmaennisch-verwaltung": {
    titles: [
      "Kauffrau/Kaufmann für Büromanagement – Umschulung",
      "Buchhaltung mit DATEV",
      "Lohn und Gehalt in der Praxis",
      "Bürokommunikation und Textverarbeitung",
      "Fit für die Verwaltung",
    ],
    focus: [
      "Buchhaltung und Rechnungswesen",
      "die Abläufe im Büro",
      "Lohnabrechnung mit DATEV",
      "Kundenkorrespondenz und Terminplanung",
    ],
    contents: [
      "Grundlagen der doppelten Buchführung",
      "Rechnungen prüfen, buchen und ablegen",
      "Lohn- und Gehaltsabrechnung mit aktueller Software",
      "Geschäftsbriefe nach DIN 5008",
      "Termine, Reisen und Besprechungen organisieren",
      "Personalwesen und Arbeitsrecht im Überblick",
      "Praktikum in einem Unternehmen aus der Region",
      "Prüfungsvorbereitung mit Probeprüfungen",
    ],
    degrees: ["IHK-Abschluss", "Zertifikat Finanzbuchhaltung", "Xpert Business Zertifikat", "Zertifikat des Trägers"],
    requirements: [
      "Hauptschulabschluss",
      "Mittlerer Schulabschluss oder Berufserfahrung",
      "Deutschkenntnisse auf Niveau B2",
    ],
  },
  "gesundheit-pflege-soziales": {
    titles: [
      "Pflegebasiskurs",
      "Betreuungskraft nach § 53c SGB XI",
      "Alltagsbegleitung für Seniorinnen und Senioren",
      "Vorbereitung auf die Pflegefachassistenz",
      "Medizinische Fachangestellte – Teilqualifizierung",
    ],
    focus: [
      "die Grundlagen der Pflege",
      "die Betreuung älterer Menschen",
      "Erste Hilfe und Hygiene",
      "den Umgang mit Demenz",
    ],
    contents: [
      "Körperpflege, Lagerung und Mobilisation",
      "Umgang mit Menschen mit Demenz",
      "Erste Hilfe und Notfälle im Pflegealltag",
      "Hygiene, Infektionsschutz und Arbeitssicherheit",
      "Beschäftigung und Gespräche mit älteren Menschen",
      "Dokumentation und rechtliche Grundlagen",
      "Praktikum in einer Pflegeeinrichtung",
      "Selbstfürsorge und Umgang mit Belastung",
    ],
    degrees: ["Zertifikat Betreuungskraft", "Zertifikat Pflegebasiskurs", "Teilnahmebescheinigung"],
    requirements: [
      "Deutschkenntnisse auf Niveau B1",
      "Gesundheitliche Eignung",
      "Orientierungspraktikum von 40 Stunden",
    ],
  },
  "paedagogik-kinderbetreuung": {
    titles: [
      "Qualifizierung Kindertagespflege (QHB)",
      "Pädagogische Assistenz im Offenen Ganztag",
      "Erzieherin/Erzieher berufsbegleitend",
      "Sprachförderung in der Kita",
      "Grundlagen der Pädagogik",
    ],
    focus: [
      "die Begleitung von Kindern im Alltag",
      "Spiel- und Lernangebote",
      "Elterngespräche",
      "Sprachförderung für Kinder",
    ],
    contents: [
      "Entwicklung von Kindern von null bis zehn Jahren",
      "Spiel- und Bewegungsangebote planen",
      "Gespräche mit Eltern führen",
      "Kinderschutz und rechtliche Grundlagen",
      "Alltagsintegrierte Sprachförderung",
      "Hospitation in Kita oder Offenem Ganztag",
      "Gesunde Ernährung und Hygiene mit Kindern",
      "Pädagogische Haltung und Reflexion",
    ],
    degrees: ["Zertifikat Kindertagespflege", "Staatliche Anerkennung", "Zertifikat des Trägers"],
    requirements: ["Erweitertes Führungszeugnis", "Mittlerer Schulabschluss", "Deutschkenntnisse auf Niveau B2"],
  },
  "gewerblich-technisch": {
    titles: [
      "CNC-Fräsen und -Drehen",
      "Schweißkurs MAG und WIG",
      "Elektrofachkraft für festgelegte Tätigkeiten",
      "Industriemechanik – Teilqualifizierung",
      "Maschinen- und Anlagenführer/in",
    ],
    focus: [
      "die Arbeit an CNC-Maschinen",
      "Schweißverfahren nach Norm",
      "Elektrotechnik im Betrieb",
      "Metallbearbeitung von Hand und an der Maschine",
    ],
    contents: [
      "Technische Zeichnungen lesen",
      "CNC-Programme nach PAL erstellen und testen",
      "Schweißen in verschiedenen Positionen",
      "Prüfen und Messen in der Fertigung",
      "Arbeitssicherheit und Unfallverhütung",
      "Wartung und Instandhaltung von Anlagen",
      "Praxis in der Lehrwerkstatt",
      "Vorbereitung auf die Externenprüfung",
    ],
    degrees: [
      "IHK-Abschluss",
      "Schweißerprüfung nach DIN EN ISO 9606",
      "Teilqualifikation (IHK-Zertifikat)",
      "Zertifikat des Trägers",
    ],
    requirements: ["Handwerkliches Geschick", "Hauptschulabschluss", "Gute körperliche Belastbarkeit"],
  },
  "lager-logistik": {
    titles: [
      "Fachlagerist/in – Umschulung",
      "Gabelstaplerschein",
      "Lagerlogistik mit SAP",
      "Weiterbildung für Berufskraftfahrer/innen",
      "Versand und Kommissionierung",
    ],
    focus: [
      "Abläufe im Lager",
      "das sichere Fahren mit dem Gabelstapler",
      "Warenwirtschaft mit SAP",
      "Versand und Verpackung",
    ],
    contents: [
      "Waren annehmen, prüfen und einlagern",
      "Kommissionieren, verpacken und versenden",
      "Flurförderzeuge sicher bedienen",
      "Warenwirtschaft und Inventur mit SAP",
      "Ladungssicherung und Gefahrgut",
      "Praktische Fahrübungen auf dem Übungsgelände",
      "Arbeitsschutz im Lager",
      "Prüfungsvorbereitung für Theorie und Praxis",
    ],
    degrees: ["Staplerschein nach DGUV 308-001", "IHK-Abschluss", "Zertifikat des Trägers"],
    requirements: ["Mindestalter 18 Jahre", "Deutschkenntnisse auf Niveau A2", "Gesundheitliche Eignung"],
  },
  "handel-verkauf": {
    titles: [
      "Verkäufer/in – Umschulung",
      "Kassentraining und Warenkunde",
      "Kundenberatung im Einzelhandel",
      "Onlinehandel für Einsteigerinnen und Einsteiger",
    ],
    focus: ["die Beratung von Kundinnen und Kunden", "Kasse und Warenkunde", "Verkaufsgespräche", "den Onlinehandel"],
    contents: [
      "Verkaufsgespräche führen und Einwände beantworten",
      "Kasse, Kartenzahlung und Kassenabschluss",
      "Warenpräsentation und Dekoration",
      "Reklamationen freundlich bearbeiten",
      "Onlineshop pflegen und Bestellungen bearbeiten",
      "Praktikum in einem Geschäft der Region",
      "Rechnen im Handel",
    ],
    degrees: ["IHK-Abschluss", "Zertifikat des Trägers", "Teilnahmebescheinigung"],
    requirements: ["Freundliches Auftreten", "Deutschkenntnisse auf Niveau B1", "Keine Vorkenntnisse nötig"],
  },
  "gastronomie-hauswirtschaft": {
    titles: [
      "Küchenhilfe mit Hygieneschulung",
      "Servicekraft in der Gastronomie",
      "Hauswirtschaft und Alltagshilfe",
      "Gebäudereinigung – Grundlagen",
    ],
    focus: [
      "die Arbeit in der Küche",
      "Service und Gästebetreuung",
      "Hauswirtschaft im Privathaushalt",
      "professionelle Reinigung",
    ],
    contents: [
      "Lebensmittelhygiene nach HACCP",
      "Gemüse putzen, schneiden und garen",
      "Gäste begrüßen, beraten und bedienen",
      "Reinigungsmittel richtig auswählen und dosieren",
      "Wäschepflege und Ordnung im Haushalt",
      "Praxistage in einer Großküche",
      "Belehrung nach dem Infektionsschutzgesetz",
    ],
    degrees: ["Hygienezertifikat", "Zertifikat des Trägers", "Teilnahmebescheinigung"],
    requirements: ["Keine Vorkenntnisse nötig", "Gesundheitliche Eignung", "Deutschkenntnisse auf Niveau A2"],
  },
  "orientierung-bewerbung": {
    titles: [
      "Bewerbungscoaching",
      "Berufliche Orientierung für Frauen",
      "Jobcoaching mit AVGS",
      "Perspektiven nach der Elternzeit",
      "Praktikum und Orientierung für junge Erwachsene",
    ],
    focus: [
      "Ihre Stärken",
      "eine gute Bewerbung",
      "Ihren nächsten beruflichen Schritt",
      "den Weg in Ausbildung und Arbeit",
    ],
    contents: [
      "Stärken und Interessen herausfinden",
      "Lebenslauf und Anschreiben gemeinsam erstellen",
      "Vorstellungsgespräche im Rollenspiel üben",
      "Stellen suchen online und in der Zeitung",
      "Praktikumsplätze finden und begleiten",
      "Familie und Beruf gut vereinbaren",
      "Einzelgespräche mit Ihrer Beraterin oder Ihrem Berater",
      "Kontakte zu Betrieben in der Region",
    ],
    degrees: ["Teilnahmebescheinigung", "Zertifikat des Trägers"],
    requirements: [
      "Keine Vorkenntnisse nötig",
      "AVGS der Agentur für Arbeit oder des Jobcenters",
      "Wohnsitz im Bergischen Städtedreieck",
    ],
  },
  "grundbildung-schulabschluss": {
    titles: [
      "Lesen und Schreiben für Erwachsene",
      "Hauptschulabschluss nachholen",
      "Mittlerer Schulabschluss am Abend",
      "Rechnen im Alltag",
    ],
    focus: ["Lesen und Schreiben", "Rechnen im Alltag", "den Stoff für den Schulabschluss", "Lernen in Ihrem Tempo"],
    contents: [
      "Lesen und Schreiben in kleinen Schritten",
      "Rechnen mit Geld, Maßen und Prozenten",
      "Deutsch, Mathematik und Englisch für den Abschluss",
      "Lerntechniken und Prüfungsangst",
      "Arbeit mit dem Computer und dem Smartphone",
      "Begleitung durch feste Lernpatinnen und Lernpaten",
    ],
    degrees: ["Hauptschulabschluss", "Mittlerer Schulabschluss (FOR)", "Teilnahmebescheinigung"],
    requirements: ["Keine Vorkenntnisse nötig", "Mindestalter 18 Jahre", "Deutschkenntnisse auf Niveau A2"],
  },
  existenzgruendung: {
    titles: [
      "Von der Idee zum Businessplan",
      "Gründungsberatung für Frauen",
      "Selbstständig im Nebenerwerb",
      "Marketing für Gründerinnen und Gründer",
    ],
    focus: [
      "Ihren Businessplan",
      "Marketing und Preise",
      "Steuern und Versicherungen",
      "den Weg in die Selbstständigkeit",
    ],
    contents: [
      "Geschäftsidee prüfen und schärfen",
      "Businessplan und Finanzplan erstellen",
      "Steuern, Buchhaltung und Versicherungen",
      "Marketing mit kleinem Budget",
      "Förderprogramme und Gründungszuschuss",
      "Einzelberatung zu Ihrem Vorhaben",
    ],
    degrees: ["Teilnahmebescheinigung", "Zertifikat des Trägers"],
    requirements: ["Eine Geschäftsidee", "Keine Vorkenntnisse nötig"],
  },
};

/** Endings of the summary's first sentence: "Sie lernen … und bereiten sich … vor". */
export const goals = [
  "den Einstieg in einen neuen Beruf",
  "eine Prüfung vor der IHK",
  "eine feste Stelle in der Region",
  "die nächsten Schritte im Beruf",
  "mehr Sicherheit im Arbeitsalltag",
];

/** Second sentences of the summary. */
export const supports = [
  "Einstieg auch ohne Vorkenntnisse.",
  "Mit Praktikum in einem Betrieb der Region.",
  "Unterricht in kleinen Gruppen mit persönlicher Begleitung.",
  "Bei der Suche nach Kinderbetreuung helfen wir Ihnen.",
  "Die Kosten können gefördert werden, wir beraten Sie dazu.",
  "Die Zeiten passen gut zu Schule und Kita.",
];

/** Sentences for "Ablauf": how a course is run. */
export const procedure = [
  "Vor dem Kurs laden wir Sie zu einem persönlichen Beratungsgespräch ein.",
  "Gemeinsam klären wir, ob das Angebot zu Ihrer Lebenslage passt und wie es gefördert werden kann.",
  "Der Unterricht findet in kleinen Gruppen statt, so bleibt Zeit für Ihre Fragen.",
  "Unsere Dozentinnen und Dozenten kommen aus der Praxis und kennen die Betriebe in der Region.",
  "Zwischen den Unterrichtsblöcken üben Sie das Gelernte an praktischen Aufgaben.",
  "Eine feste Ansprechperson begleitet Sie vom ersten bis zum letzten Tag.",
  "Wenn Sie einmal fehlen, bekommen Sie die Unterlagen und können den Stoff nachholen.",
  "Ein Teil des Unterrichts findet online statt, einen Laptop können Sie bei uns ausleihen.",
  "Im Praktikum lernen Sie einen Betrieb von innen kennen und knüpfen erste Kontakte.",
  "Am Ende erhalten Sie ein Zeugnis, das Ihre Kenntnisse und Ihre Anwesenheit bestätigt.",
  "Die Räume sind gut mit Bus und Bahn zu erreichen.",
  "Pausenzeiten und Ferien richten sich nach den Schulferien in Nordrhein-Westfalen.",
];

/** Sentences for "Ihr Nutzen". */
export const benefits = [
  "Sie gewinnen Sicherheit und wissen, was Betriebe heute erwarten.",
  "Viele Teilnehmende finden während oder kurz nach dem Kurs eine Stelle.",
  "Sie lernen Menschen in einer ähnlichen Lage kennen und unterstützen sich gegenseitig.",
  "Ihr Abschluss wird von Arbeitgeberinnen und Arbeitgebern in ganz Deutschland anerkannt.",
  "Nach dem Kurs helfen wir Ihnen bei Bewerbungen und begleiten Sie in den ersten Wochen im neuen Job.",
  "Sie können Familie und Lernen gut miteinander verbinden.",
  "Das Gelernte können Sie sofort im Alltag und im Beruf anwenden.",
];

/** Sentences for "Anmeldung"; `{phone}` is replaced with the contact's number. */
export const registration = [
  "Rufen Sie uns an unter **{phone}**, wir beantworten gern Ihre Fragen.",
  "Sprechen Sie mit Ihrer Beraterin oder Ihrem Berater bei der Agentur für Arbeit oder dem Jobcenter über eine Förderung.",
  "Bringen Sie zum Beratungsgespräch bitte Ihren Lebenslauf und, wenn vorhanden, Ihre Zeugnisse mit.",
  "Eine Anmeldung ist auch nach Kursbeginn noch möglich, solange Plätze frei sind.",
];

/** Front parts and places that make provider names. */
export const providerKinds = [
  "Bildungswerk",
  "Bildungszentrum",
  "Akademie",
  "Qualifizierungsgesellschaft",
  "Lernhaus",
  "Frauenbildungswerk",
  "Technikzentrum",
  "Beratungsstelle Arbeit",
  "Jugendberufshilfe",
  "Werkstatt für Arbeit",
  "Institut für Weiterbildung",
  "Familienbildungsstätte",
];
export const providerPlaces = [
  "Bergisch Land",
  "Tal",
  "Wupper",
  "Klingenstadt",
  "Elberfeld",
  "Barmen",
  "Ohligs",
  "Lennep",
  "Vohwinkel",
  "Ronsdorf",
  "Hasten",
  "Cronenberg",
];

/** The cities an offer can take place in (every city but "online"). */
export type PlaceCity = Exclude<CitySlug, "online">;

/** Postcodes and dialling codes of the three cities (their names are the vocabulary's labels). */
export const cityAddresses: Record<PlaceCity, { postcodes: readonly string[]; dialCode: string }> = {
  wuppertal: { postcodes: ["42103", "42105", "42275", "42283", "42349"], dialCode: "0202" },
  solingen: { postcodes: ["42651", "42653", "42655", "42697", "42719"], dialCode: "0212" },
  remscheid: { postcodes: ["42853", "42855", "42857", "42897", "42899"], dialCode: "02191" },
};

/** Street names for addresses in any of the cities. */
export const streets = [
  "Hauptstraße",
  "Bahnhofstraße",
  "Friedrich-Ebert-Straße",
  "Kölner Straße",
  "Alleestraße",
  "Schulstraße",
  "Am Markt",
  "Gartenstraße",
  "Lindenallee",
  "Werkstraße",
];

/** Names for contact persons. */
export const surnames = [
  "Yılmaz",
  "Schneider",
  "Kowalski",
  "Becker",
  "Nguyen",
  "Hoffmann",
  "Öztürk",
  "Wagner",
  "Petrović",
  "Krüger",
  "Haddad",
  "Schulz",
];
