// Inställningar through the real window: the reference lists can be extended, renamed and
// hidden; an entry an insats uses cannot be deleted, and a hidden one is no longer offered.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { HistorikPage } from "../pages/HistorikPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-11-24";

async function rowNames(driver, tableId) {
  const rows = await driver.findElements(By.css(`#${tableId} tbody tr[data-namn]`));
  return Promise.all(rows.map((r) => r.getAttribute("data-namn")));
}

async function rowAction(driver, tableId, namn, text) {
  const row = await driver.findElement(By.css(`#${tableId} tr[data-namn='${namn}']`));
  const buttons = await row.findElements(By.css("button, input"));
  for (const b of buttons) {
    const label = (await b.getText()) || (await b.getAttribute("aria-label"));
    if (label.startsWith(text)) return click(driver, b);
  }
  throw new Error(`no ${text} on ${namn}`);
}

describe("inställningar", () => {
  const dataFile = path.join(tempDir(), "installningar.db");
  let app;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Listor",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    await new InsatserPage(app.driver).addInsats({
      namn: "Arbetsträning Syd",
      inriktning: "individinriktad",
      preciserad: "Stöd till arbete",
      startdatum: "2026-01-15",
    });
    await new InsatserPage(app.driver).waitDialogClosed();
    await click(app.driver, await app.driver.findElement(By.css("#nav-installningar")));
    await visible(app.driver, "#installningar-heading");
  });

  after(async () => {
    await app?.quit();
  });

  it("shows the default lists with their use, and passes axe", async () => {
    const names = await rowNames(app.driver, "lista-individ");
    assert.ok(names.includes("Stöd till arbete"), names.join(", "));
    const row = await app.driver.findElement(
      By.css("#lista-individ tr[data-namn='Stöd till arbete']"),
    );
    assert.match(await row.getText(), /1 insats\b/);
    await screenshot(app.driver, "installningar");
    await assertAccessible(app.driver);
  });

  it("adds and renames a målgrupp", async () => {
    const namn = await app.driver.findElement(By.css("#lista-malgrupp-namn"));
    await namn.sendKeys("Föräldrar i långvarigt biståndsberoende");
    await app.driver
      .findElement(By.css("#lista-malgrupp-hjalptext"))
      .sendKeys("Vårdnadshavare med ekonomiskt bistånd i mer än ett år.");
    await click(app.driver, await app.driver.findElement(By.css("#lista-malgrupp-spara")));
    await app.driver.wait(
      async () =>
        (await rowNames(app.driver, "lista-malgrupp")).includes(
          "Föräldrar i långvarigt biståndsberoende",
        ),
      5000,
    );
    await rowAction(
      app.driver,
      "lista-malgrupp",
      "Föräldrar i långvarigt biståndsberoende",
      "Ändra",
    );
    const edit = await app.driver.findElement(By.css("#lista-malgrupp-namn"));
    await edit.clear();
    await edit.sendKeys("Föräldrar med långvarigt bistånd");
    await click(app.driver, await app.driver.findElement(By.css("#lista-malgrupp-spara")));
    await app.driver.wait(
      async () =>
        (await rowNames(app.driver, "lista-malgrupp")).includes("Föräldrar med långvarigt bistånd"),
      5000,
    );
    // The lists' history names the rename.
    const historik = await new HistorikPage(app.driver, "listor-historik").open();
    const newest = await historik.waitForNewest("Spara i listan: Föräldrar med långvarigt bistånd");
    assert.deepEqual(newest.andringar, [
      ["Målgrupp", "Föräldrar i långvarigt biståndsberoende", "Föräldrar med långvarigt bistånd"],
    ]);
  });

  it("refuses to delete an entry in use and says to hide it", async () => {
    await rowAction(app.driver, "lista-individ", "Stöd till arbete", "Ta bort");
    const alert = await visible(app.driver, "#lista-individ [role='alert']");
    assert.equal(
      await alert.getText(),
      "”Stöd till arbete” används av 1 insats och kan inte tas bort. Dölj den i stället.",
    );
  });

  it("shows where the data lives in its own tab and makes a backup on request", async () => {
    await click(app.driver, await visible(app.driver, "#flik-data"));
    // Creating the förbund was the day's first save, and it made a backup.
    assert.match(
      await (await visible(app.driver, "#backup-senaste")).getText(),
      /^2026-11-24 \d\d:\d\d:\d\d \(1 sparade\)$/,
    );
    await click(app.driver, await visible(app.driver, "#backup-nu"));
    const status = await visible(app.driver, "#backup-status");
    assert.match(await status.getText(), /^Säkerhetskopian är gjord 2026-11-24 \d\d:\d\d:\d\d\.$/);
    await app.driver.wait(
      async () =>
        /\(2 sparade\)/.test(await (await visible(app.driver, "#backup-senaste")).getText()),
      5000,
    );
    const folder = path.join(path.dirname(dataFile), "Säkerhetskopior");
    assert.equal(readdirSync(folder).filter((f) => f.endsWith(".db")).length, 2);
    await screenshot(app.driver, "dina-data");
    await assertAccessible(app.driver);
    // The lists are one tab away, as they were.
    await click(app.driver, await visible(app.driver, "#flik-listor"));
    await visible(app.driver, "#lista-individ");
  });

  it("hides an entry so the insats form no longer offers it", async () => {
    await rowAction(app.driver, "lista-individ", "Kartläggning och bedömning", "Visas");
    await app.driver.wait(async () => {
      const box = await app.driver.findElement(
        By.css("#lista-individ tr[data-namn='Kartläggning och bedömning'] input[type='checkbox']"),
      );
      return !(await box.isSelected());
    }, 5000);
    await click(app.driver, await app.driver.findElement(By.css("#nav-start")));
    const page = new InsatserPage(app.driver);
    await page.openWizard();
    await page.choose("inriktning", "individinriktad");
    await page.press("ny-insats-nasta");
    await page.choose("esf", "false");
    await page.press("ny-insats-nasta");
    await visible(app.driver, "#ny-preciserad");
    const options = await app.driver.findElements(By.css("#ny-preciserad option"));
    const labels = await Promise.all(options.map((o) => o.getText()));
    assert.ok(!labels.includes("Kartläggning och bedömning"), labels.join(", "));
    assert.ok(labels.includes("Stöd till arbete"));
  });
});
