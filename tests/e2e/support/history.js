// History registered the way an officer built it: on an earlier day, while its years were
// still open. Rule Y6 refuses a new insats whose start lies in a locked year, so a spec
// that needs insatser in 2025 registers them on a day in the spring of 2025 (or 2026).
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { onEarlierDay } from "./app.js";

/** Creates the förbund `namn` and adds each of `insatser` (the wizard's answers) on `today`. */
export async function registerOnEarlierDay({ dataFile, today, namn, insatser }) {
  await onEarlierDay({ dataFile, today }, async (driver) => {
    await CreateForbundPage.createForbund(driver, {
      namn,
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    const page = new InsatserPage(driver);
    for (const insats of insatser) {
      await page.addInsats(insats);
      await page.waitDialogClosed();
    }
  });
}
