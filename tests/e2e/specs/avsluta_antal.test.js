// "Avsluta insats" warns before it freezes the counts (D2, issue 27): ending mid-year with
// the end year's counts empty shows the warning in the dialog, the counts are typed there,
// and the end and the counts are saved together, frozen from then on. The insats has no
// planned end, so its panel offers next year's counts in advance; the dialog lists only the
// years up to the end year as the ones that will be locked.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-11-24";

describe("Avsluta insats with empty counts", () => {
  const dataFile = path.join(tempDir(), "avsluta.db");
  let app;
  let page;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Norra Dalarna",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    page = new InsatserPage(app.driver);
    await page.addInsats({
      namn: "Steget vidare",
      inriktning: "individinriktad",
      preciserad: "Stöd till arbete",
      startdatum: "2026-01-01",
    });
    await page.waitDialogClosed();
  });

  after(async () => {
    await app?.quit();
  });

  it("lists the counts locked up to the end year only, not next year's", async () => {
    await page.openPanel("Steget vidare");
    assert.ok(await page.countsRow(2027), "the panel offers 2027's counts in advance");
    assert.equal(
      await page.panelText("panel-spara-hjalp"),
      "Enter eller radens Spara sparar året.",
      "open years: the hint says how to save one",
    );
    await page.press("panel-avsluta");
    await visible(app.driver, "#avsluta-dialog[open]");
    assert.deepEqual(await page.avslutaYears(), ["2026"], "ending today locks 2026 only");
    await page.type("avsluta-datum", "2026-06-30");
    await app.driver.wait(async () => (await page.avslutaYears()).join() === "2026", 5000);
    await screenshot(app.driver, "avsluta-lasta-ar");
  });

  it("says the end year's counts are empty before confirming, and passes axe", async () => {
    const varning = await visible(app.driver, "#avsluta-varning");
    await app.driver.wait(async () => (await varning.getText()).includes("tomma"), 5000);
    assert.match(
      await varning.getText(),
      /^Deltagarantalen för 2026 är tomma\. Fyll i dem nedan innan du avslutar: efteråt kan inga deltagare läggas till\./,
    );
    await visible(app.driver, "#avsluta-kvinnor");
    await visible(app.driver, "#avsluta-man");
    await screenshot(app.driver, "avsluta-tomma-antal");
    await assertAccessible(app.driver);
  });

  it("saves the counts typed in the dialog with the end, and freezes them", async () => {
    await page.type("avsluta-kvinnor", "4");
    await page.type("avsluta-man", "5");
    await screenshot(app.driver, "avsluta-antal-ifyllda");
    await page.press("avsluta-ok");
    await page.waitDialogClosed();
    assert.equal(await page.panelText("panel-status"), "Avslutad");
    assert.equal(await page.panelText("panel-slutdatum"), "2026-06-30");
    const row = await page.countsRow(2026);
    assert.deepEqual(row.slice(0, 2), ["4", "5"], `the counts are stored: ${row}`);
    assert.equal((await page.countInputs(2026)).length, 0, "and frozen: no count field");
    assert.deepEqual(await page.lockedYear(2026), [
      "Låst",
      "Insatsen är avslutad: antalen är låsta",
    ]);
    assert.equal(
      (await app.driver.findElements(By.css("#panel-spara-hjalp"))).length,
      0,
      "every year is locked: no hint about saving one",
    );
    await app.driver.executeScript(
      "document.getElementById('panel-deltagare').scrollIntoView({ block: 'center' })",
    );
    await screenshot(app.driver, "avsluta-antal-lasta");
  });
});
