// Förhandskontroll through the real window: the start page shows the open year's state and
// the days left to 15 April; the check lists errors with links, a link leads to where the
// error is fixed, and after the fix the check no longer reports it. While the year runs
// (Y7), its missing medel and budget are "Att fylla i nu" and its missing utfall and counts
// "Fylls i efter årets slut", none of them errors; next year's missing medel and budget
// are information before it begins.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { Key, YearPage } from "../pages/YearPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";
import { launchAfterSpring2025, STEGET_VIDARE } from "../support/history.js";

/** The codes listed, read again if the list re-renders while being read. */
async function remarks(driver, listId) {
  return driver.wait(async () => {
    try {
      const found = await driver.findElements(By.css(`#${listId} li`));
      return await Promise.all(found.map((li) => li.getAttribute("data-kod")));
    } catch {
      return null;
    }
  }, 5000);
}

describe("förhandskontroll", () => {
  const dataFile = path.join(tempDir(), "kontroll.db");
  let app;
  let year;

  before(async () => {
    // The insats starts in 2025, which is locked on 2026-11-24 (Y6): it was registered in
    // the spring of 2025, while 2025 was still open.
    ({ app, year } = await launchAfterSpring2025({
      dataFile,
      namn: "Finsam Kontroll",
      insatser: [STEGET_VIDARE],
      today: "2026-11-24",
    }));
  });

  after(async () => {
    await app?.quit();
  });

  it("shows the open year's state and the days left to 15 April", async () => {
    // Reload the start page so the state reflects the new insats.
    await click(app.driver, await visible(app.driver, "#nav-forbund"));
    await click(app.driver, await visible(app.driver, "#nav-start"));
    const lage = await visible(app.driver, "#kontroll-lage");
    // 2026 runs until 31 December: 1 fel (Försäkringskassan), 4 to fill in now (medel, the
    // two budgets, the budgeted participants), not the 3 that wait for the year's end (Y7).
    assert.equal(
      await lage.getText(),
      "2026: 1 fel, 4 att fylla i nu, 1 varning · 142 dagar kvar till 15 april 2027",
    );
    await screenshot(app.driver, "kontroll-lage");
  });

  it("lists errors with links, and what waits for the year's end on its own", async () => {
    await year.press("kontroll-kor");
    await visible(app.driver, "#kontroll-fel");
    const fel = await remarks(app.driver, "kontroll-fel");
    assert.deepEqual(fel, ["m1_fk_financier"], "the fel the state at the top counts");
    assert.equal(
      await year.text("kontroll-fel-rubrik"),
      "Fel att rätta före inlämningen 15 april 2027",
    );
    const nu = await remarks(app.driver, "kontroll-att-fylla-i-nu");
    assert.deepEqual(
      [...nu].sort(),
      ["budget_saknas", "budget_saknas", "budgeterade_deltagare_saknas", "medel_saknas"],
      "medel and budget of the running year are to fill in now",
    );
    assert.equal(
      await (await visible(app.driver, "#kontroll-efter-rubrik")).getText(),
      "Fylls i efter årets slut",
    );
    const efter = await remarks(app.driver, "kontroll-efter-arets-slut");
    assert.deepEqual(
      [...efter].sort(),
      ["deltagare_saknas", "utfall_saknas", "utfall_saknas"],
      "utfall of the insats and the admin costs, and the insats's counts",
    );
    assert.match(
      await (await visible(app.driver, "#kontroll-efter-arets-slut")).getText(),
      /Insatsen ”Steget vidare”: utfall för 2026\./,
    );
    assert.match(
      await (await visible(app.driver, "#kontroll-summa")).getText(),
      /^1 fel och 1 varning\. Fel behöver rättas innan uppgifterna för 2026 lämnas in, senast 15 april 2027\./,
    );
    await screenshot(app.driver, "forhandskontroll");
    await app.driver.executeScript(
      "document.getElementById('kontroll-efter-rubrik').scrollIntoView({ block: 'center' })",
    );
    await screenshot(app.driver, "forhandskontroll-efter-arets-slut");
    await assertAccessible(app.driver);

    const medel = await app.driver.findElement(
      By.css("#kontroll-att-fylla-i-nu li[data-kod='medel_saknas'] button"),
    );
    await click(app.driver, medel);
    await year.waitForFocus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys("900 000", Key.TAB, Key.TAB, Key.TAB, Key.ENTER);
    await year.waitGone("medel-spara");

    await year.press("kontroll-kor");
    await app.driver.wait(
      async () => !(await remarks(app.driver, "kontroll-att-fylla-i-nu")).includes("medel_saknas"),
      5000,
      "medel_saknas is still reported",
    );
  });

  it("leads from an organisation error to the förbund page", async () => {
    const fk = await app.driver.findElement(
      By.css("#kontroll-fel li[data-kod='m1_fk_financier'] button"),
    );
    await click(app.driver, fk);
    await visible(app.driver, "#org-heading");
  });
});

describe("förhandskontroll in March (Y7)", () => {
  // On 2026-03-15: 2025 has ended and is due on 15 April 2026; 2026 runs; 2027 has not
  // begun. Each year's check groups what is missing by when it is due.
  const dataFile = path.join(tempDir(), "kontroll-mars.db");
  let app;
  let year;
  let start;

  before(async () => {
    ({ app, start, year } = await launchAfterSpring2025({
      dataFile,
      namn: "Finsam Mars",
      insatser: [STEGET_VIDARE],
      today: "2026-03-15",
    }));
  });

  after(async () => {
    await app?.quit();
  });

  it("counts the running year's missing medel and budget as to fill in now", async () => {
    const lage = await (await visible(app.driver, "#kontroll-lage")).getText();
    assert.match(lage, /^2025: 8 fel, 1 varning · 31 dagar kvar till 15 april 2026/);
    assert.match(
      lage,
      /2026: 1 fel, 4 att fylla i nu, 1 varning · 396 dagar kvar till 15 april 2027$/,
    );
    await screenshot(app.driver, "kontroll-lage-mars");
  });

  it("lists the running year's groups apart from the errors of its own deadline", async () => {
    await start.chooseYear(2026);
    await year.press("kontroll-kor");
    await visible(app.driver, "#kontroll-nu-rubrik");
    assert.deepEqual(await remarks(app.driver, "kontroll-fel"), ["m1_fk_financier"]);
    assert.equal(
      await year.text("kontroll-fel-rubrik"),
      "Fel att rätta före inlämningen 15 april 2027",
    );
    assert.equal(await year.text("kontroll-nu-rubrik"), "Att fylla i nu");
    assert.deepEqual([...(await remarks(app.driver, "kontroll-att-fylla-i-nu"))].sort(), [
      "budget_saknas",
      "budget_saknas",
      "budgeterade_deltagare_saknas",
      "medel_saknas",
    ]);
    assert.equal(await year.text("kontroll-efter-rubrik"), "Fylls i efter årets slut");
    assert.deepEqual([...(await remarks(app.driver, "kontroll-efter-arets-slut"))].sort(), [
      "deltagare_saknas",
      "utfall_saknas",
      "utfall_saknas",
    ]);
    await app.driver.executeScript(
      "document.getElementById('kontroll-heading').scrollIntoView({ block: 'start' })",
    );
    await screenshot(app.driver, "forhandskontroll-mars-2026");
    await assertAccessible(app.driver);
  });

  it("lists next year's missing medel and budget as information", async () => {
    await start.chooseYear(2027);
    await year.press("kontroll-kor");
    await visible(app.driver, "#kontroll-fore-rubrik");
    assert.equal(await year.text("kontroll-fore-rubrik"), "Fylls i före årets början");
    assert.deepEqual([...(await remarks(app.driver, "kontroll-fore-arets-borjan"))].sort(), [
      "budget_saknas",
      "budget_saknas",
      "budgeterade_deltagare_saknas",
      "medel_saknas",
    ]);
    assert.deepEqual(await remarks(app.driver, "kontroll-fel"), ["m1_fk_financier"]);
    assert.equal(await year.exists("kontroll-nu-rubrik"), false);
    await app.driver.executeScript(
      "document.getElementById('kontroll-heading').scrollIntoView({ block: 'start' })",
    );
    await screenshot(app.driver, "forhandskontroll-mars-2027");
    await assertAccessible(app.driver);
  });

  it("keeps everything missing of the ended year as errors", async () => {
    await start.chooseYear(2025);
    await year.press("kontroll-kor");
    await visible(app.driver, "#kontroll-fel");
    const fel = await remarks(app.driver, "kontroll-fel");
    for (const kod of ["medel_saknas", "budget_saknas", "utfall_saknas", "deltagare_saknas"]) {
      assert.ok(fel.includes(kod), `${kod} in ${fel}`);
    }
    assert.equal(
      await year.text("kontroll-fel-rubrik"),
      "Fel att rätta före inlämningen 15 april 2026",
    );
    assert.equal(await year.exists("kontroll-nu-rubrik"), false);
    assert.equal(await year.exists("kontroll-efter-rubrik"), false);
  });
});

describe("exporting the yearly report", () => {
  it("writes JSON and XLSX to the chosen folder, marked preliminär while errors remain", async () => {
    const dataFile = path.join(tempDir(), "export.db");
    const exportDir = tempDir();
    const app = await launchApp({ dataFile, today: "2026-11-24", exportDir });
    try {
      await CreateForbundPage.createForbund(app.driver, {
        namn: "Finsam Export",
        organisationsnummer: "222000-1354",
        startdatum: "2019-01-01",
      });
      const year = new YearPage(app.driver);
      await year.press("export-json");
      const status = await visible(app.driver, "#export-resultat");
      assert.match(await status.getText(), /arsrapport-2026\.json/);
      assert.match(await status.getText(), /Preliminär: förhandskontrollen har \d+ fel kvar\./);
      await year.press("export-xlsx");
      await app.driver.wait(
        async () =>
          /arsrapport-2026\.xlsx/.test(
            await (await visible(app.driver, "#export-resultat")).getText(),
          ),
        5000,
      );
      const arkiv = await visible(app.driver, "#export-arkiv");
      await app.driver.wait(async () => /Excel/.test(await arkiv.getText()), 5000);
      assert.match(await arkiv.getText(), /JSON/);
      await screenshot(app.driver, "export");
      await assertAccessible(app.driver);
      const json = JSON.parse(readFileSync(path.join(exportDir, "arsrapport-2026.json"), "utf8"));
      assert.equal(json.format, "finsamkollen-arsrapport");
      assert.equal(json.ar, 2026);
      assert.equal(json.preliminar, true);
      assert.equal(json.forbund.namn, "Finsam Export");
      const xlsx = readFileSync(path.join(exportDir, "arsrapport-2026.xlsx"));
      // Import the JSON report into a new data file from an empty one.
      const importDir = tempDir();
      const importer = await launchApp({
        dataFile: path.join(importDir, "tom.db"),
        today: "2026-11-24",
        extraEnv: {
          FINSAMKOLLEN_IMPORT_FILES: path.join(exportDir, "arsrapport-2026.json"),
          FINSAMKOLLEN_IMPORT_TARGET: path.join(importDir, "importerad.db"),
        },
      });
      try {
        await new CreateForbundPage(importer.driver).waitUntilShown();
        await assertAccessible(importer.driver);
        await click(importer.driver, await visible(importer.driver, "#import-knapp"));
        const start = await new StartPage(importer.driver).waitUntilShown();
        assert.equal(await start.forbundNamn(), "Finsam Export");
        const footer = await visible(importer.driver, ".statusbar");
        assert.match(await footer.getText(), /importerad\.db/);
        await screenshot(importer.driver, "importerad");
      } finally {
        await importer.quit();
      }
      assert.equal(xlsx.subarray(0, 2).toString(), "PK", "an XLSX file is a zip");
      assert.ok(existsSync(path.join(exportDir, "arsrapport-2026.xlsx")));
    } finally {
      await app.quit();
    }
  });
});
