/**
 * The submission form driven as a provider uses it: for the browser test and
 * for the guide's screenshots (`npm run screenshots`), so both show the same.
 */
import type { Page } from "playwright-core";

/** The form's root, shown once its script has started. */
export const formReady = "[data-submission]:not([hidden])";

/** What a provider types into the form. */
export interface FormEntry {
  /** The provider's name as the form's list shows it. */
  readonly provider: string;
  readonly title: string;
  readonly summary: string;
  readonly topics: readonly string[];
  readonly audiences: readonly string[];
  readonly schedule: readonly string[];
  readonly start: string;
  readonly end: string;
  readonly duration: string;
  readonly amount: string;
  readonly funding: readonly string[];
  /** The funding with which participants pay nothing. */
  readonly freeWith: readonly string[];
  readonly contactName: string;
  readonly validUntil: string;
  readonly body: string;
}

/** A fictional offer as a provider would type it (labels as the form shows them), for the fixture site's provider. */
export const sampleEntry: FormEntry = {
  provider: "Bildungswerk Beispiel gGmbH",
  title: "Bewerbungstraining für den Wiedereinstieg",
  summary:
    "Vier Wochen Training für Lebenslauf, Anschreiben und Vorstellungsgespräch, passend zu Kita- und Schulzeiten.",
  topics: ["Berufsorientierung & Bewerbung"],
  audiences: ["Berufsrückkehrende", "Alleinerziehende"],
  schedule: ["Teilzeit", "Vormittags"],
  start: "2027-03-01",
  end: "2027-03-26",
  duration: "4 Wochen, 15 Std./Woche",
  amount: "1480",
  funding: ["Aktivierungs- und Vermittlungsgutschein (AVGS)"],
  freeWith: ["Aktivierungs- und Vermittlungsgutschein (AVGS)"],
  contactName: "Frau Beispiel",
  validUntil: "2027-12-31",
  body: "## Inhalte\n\n- Lebenslauf und Anschreiben\n- Üben für das Vorstellungsgespräch\n\n*Fiktives Beispielangebot.*",
};

/** A radio or checkbox in the group of `legend` with the label `label`. */
const choice = (page: Page, legend: string, label: string) =>
  page
    .locator("fieldset", { has: page.locator(`legend:text-is("${legend}"), legend:text-is("${legend} (optional)")`) })
    .first()
    .getByLabel(label, { exact: true });

/** Fills every field of the sample offer except the summary; the caller decides how the summary goes. */
export async function fillSampleOffer(page: Page, entry: FormEntry = sampleEntry): Promise<void> {
  await page.getByLabel("Träger", { exact: true }).selectOption({ label: entry.provider });
  await page.getByLabel("Titel", { exact: true }).fill(entry.title);
  for (const topic of entry.topics) await choice(page, "Themen", topic).check();
  for (const audience of entry.audiences) await choice(page, "Zielgruppen", audience).check();
  await choice(page, "Unterrichtsform", "Präsenz").check();
  for (const time of entry.schedule) await choice(page, "Zeitmodell", time).check();
  await page.getByLabel("Beginn", { exact: true }).fill(entry.start);
  await page.getByLabel("Ende (optional)", { exact: true }).fill(entry.end);
  await page.getByLabel("Dauer", { exact: true }).fill(entry.duration);
  await page.getByLabel("Kosten in Euro", { exact: true }).fill(entry.amount);
  for (const source of entry.funding) await choice(page, "Förderung", source).check();
  for (const source of entry.freeWith) await choice(page, "Kostenfrei für Teilnehmende mit", source).check();
  await page.getByLabel("Ansprechperson (optional)", { exact: true }).fill(entry.contactName);
  await page.getByLabel("Gültig bis", { exact: true }).fill(entry.validUntil);
  await page.getByLabel("Beschreibung", { exact: true }).fill(entry.body);
}
