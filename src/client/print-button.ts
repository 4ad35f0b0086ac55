/**
 * The offer page's "Angebot drucken" button: shown only when this script runs
 * (without JavaScript the browser's own print command does the same), and it
 * opens the browser's print dialog. print.css makes the page an "Angebotsblatt".
 */
for (const holder of document.querySelectorAll<HTMLElement>("[data-print-button]")) {
  holder.hidden = false;
  holder.querySelector("button")?.addEventListener("click", () => window.print());
}
