// Inställningar → Uppdateringar opened as the officer does, for the update specs: a new
// förbund, then the tab, with the update endpoint and install kind set through the
// environment that only debug builds honour.
import { readFileSync } from "node:fs";
import path from "node:path";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { click, launchApp, repoRoot, visible } from "./app.js";

/** The app's own version, as tauri.conf.json gives it to the build. */
export const appVersion = JSON.parse(
  readFileSync(path.join(repoRoot, "src-tauri/tauri.conf.json"), "utf8"),
).version;

/**
 * Starts the app on `dataFile` with `extraEnv`, creates the förbund `namn` and opens
 * Inställningar → Uppdateringar. Returns the app.
 */
export async function launchOnUpdates({ dataFile, namn, extraEnv }) {
  const app = await launchApp({ dataFile, extraEnv });
  await CreateForbundPage.createForbund(app.driver, {
    namn,
    organisationsnummer: "222000-1354",
    startdatum: "2019-01-01",
  });
  await click(app.driver, await app.driver.findElement(By.css("#nav-installningar")));
  await click(app.driver, await visible(app.driver, "#flik-updates"));
  await visible(app.driver, "#updates-heading");
  return app;
}
