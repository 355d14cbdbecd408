// Day one for a förbund that already exists (issue 23, part 1; Y8): the startdatum typed
// wrong on "Skapa förbund" is corrected, a running insats is registered with its real start
// in a locked year after one plain question, it is listed in every year it runs, and
// typing into a historik year is still refused.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { ForbundPage } from "../pages/ForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { YearPage } from "../pages/YearPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-12-07";
const NOTICE_2023 =
  "2023 är låst sedan 16 april 2024 och Finsamkollen har inga siffror för året. Insatser som " +
  "redan fanns då kan läggas till med sina riktiga datum; årets siffror läses in med " +
  "”Läs in tidigare år”.";

describe("a förbund that already exists", () => {
  const dataFile = path.join(tempDir(), "tidigare år.db");
  let app;
  let start;
  let insatser;
  let year;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
    start = await CreateForbundPage.createForbund(app.driver, {
      namn: "Samordningsförbundet Gränsland",
      organisationsnummer: "222000-1354",
      startdatum: "2021-01-01",
    });
    insatser = new InsatserPage(app.driver);
    year = new YearPage(app.driver);
  });

  after(async () => {
    await app?.quit();
  });

  it("corrects the startdatum typed wrong, while nothing is registered", async () => {
    const page = await new ForbundPage(app.driver).open();
    await page.fill({ "f-startdatum": "2012-01-01" });
    await page.save();
    await page.waitSaved();
    assert.equal(await page.value("f-startdatum"), "2012-01-01");
    await click(app.driver, await visible(app.driver, "#nav-start"));
    start = await new StartPage(app.driver).waitUntilShown();
    assert.equal((await start.years())[0], 2012);
  });

  it("asks before it registers an insats that started in a locked year", async () => {
    await insatser.addInsats({
      namn: "Steget vidare",
      inriktning: "individinriktad",
      foljer: "true",
      preciserad: "Stöd till arbete",
      startdatum: "2021-03-01",
      slutdatum: "2026-12-31",
    });
    const question = await visible(app.driver, "#ny-startdatum-warning");
    assert.match(
      await question.getText(),
      /^Insatsen startade före 2026 och finns redan i Uppföljning Finsam\. Stämmer det\?/,
    );
    const save = await visible(app.driver, "#ny-insats-spara");
    assert.equal(await save.getText(), "Ja, spara insatsen");
    await screenshot(app.driver, "tidigare-ar-fraga");
    await assertAccessible(app.driver);
    await click(app.driver, save);
    await insatser.waitDialogClosed();
    await insatser.waitForRows(["Steget vidare"]);
  });

  it("lists it in every year it ran, and a historik year says how it fills", async () => {
    for (const y of [2021, 2023, 2025]) {
      await start.chooseYear(y);
      await insatser.waitForRows(["Steget vidare"]);
    }
    await start.chooseYear(2020);
    await insatser.waitForRows([]);
    await start.chooseYear(2023);
    assert.equal(await year.text("ar-last"), NOTICE_2023);
    assert.equal(await start.yearStatus(), "Historik, låst sedan 16 april 2024");
    assert.ok(await year.exists("ny-insats-knapp"), "Lägg till insats is offered");
    await screenshot(app.driver, "tidigare-ar-historik");
    await assertAccessible(app.driver);
  });

  it("still refuses typing into a historik year (Y1)", async () => {
    assert.equal(await year.exists("budget-andra"), false);
    const error = await year.invokeError("save_medel", {
      input: { year: 2023, samverkansparterna: "1 000 000", esfPlus: "0", overskott: "0" },
    });
    assert.equal(error.code, "y1_locked");
    assert.equal(error.message, "Medel för 2023 kan inte ändras efter den 15 april 2024.");
  });

  it("checks the historik year with what is missing as information", async () => {
    await click(app.driver, await visible(app.driver, "#kontroll-kor"));
    const historik = await visible(app.driver, "#kontroll-historik");
    assert.match(await historik.getText(), /^2023 är historik:/);
    await visible(app.driver, "#kontroll-information");
    const fel = await app.driver.executeScript(
      "return [...document.querySelectorAll('#kontroll-fel li')].map(li => li.dataset.kod)",
    );
    assert.ok(!fel.some((kod) => kod.endsWith("_saknas")), `no missing-errors: ${fel}`);
    await screenshot(app.driver, "tidigare-ar-kontroll");
    await assertAccessible(app.driver);
  });
});
