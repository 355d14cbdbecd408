// History registered the way an officer built it: on an earlier day, while its years were
// still open. Rule Y6 refuses a new insats whose start lies in a locked year, so a spec
// that needs insatser in 2025 registers them on a day in the spring of 2025 (or 2026).
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { YearPage } from "../pages/YearPage.js";
import { launchApp, onEarlierDay } from "./app.js";

/** An individinriktad insats started on 2025-01-01, as the wizard is answered. */
export const STEGET_VIDARE = {
  namn: "Steget vidare",
  inriktning: "individinriktad",
  preciserad: "Stöd till arbete",
  startdatum: "2025-01-01",
};

/** A strukturövergripande insats that does not follow participants, started on 2025-01-01. */
export const KOMPETENSLYFT = {
  namn: "Kompetenslyft",
  inriktning: "strukturovergripande",
  foljer: "false",
  preciserad: "Kompetensutveckling",
  startdatum: "2025-01-01",
};

/**
 * Creates the förbund `namn` and adds each of `insatser` (the wizard's answers) on `today`.
 * Each of `reported` is then marked inrapporterat, as "Markera året som inrapporterat" does,
 * so that year stays closed once locked (Y6) instead of being historik (Y8).
 */
export async function registerOnEarlierDay({ dataFile, today, namn, insatser, reported = [] }) {
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
    for (const year of reported) {
      await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke("mark_inrapporterat", { year: arguments[0] })
           .then(() => done(null), (e) => done(JSON.stringify(e)));`,
        year,
      );
    }
  });
}

/**
 * Registers the förbund `namn` with `insatser` on 2025-04-15, while 2025 was still open,
 * then starts the app on `today` and waits for the start page. Returns the app with the
 * start page and the year view's page objects.
 */
export async function launchAfterSpring2025({ dataFile, namn, insatser, today }) {
  await registerOnEarlierDay({ dataFile, today: "2025-04-15", namn, insatser });
  const app = await launchApp({ dataFile, today });
  const start = await new StartPage(app.driver).waitUntilShown();
  return { app, start, year: new YearPage(app.driver) };
}
