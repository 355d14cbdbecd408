// "Läs in tidigare år" with an XLSX workbook through the real window (issue 23): the round
// trip of Finsamkollen's own export. One förbund types a year's budget and utfall and
// exports the årsrapport as XLSX ("Exportera årsrapport"); a second, new förbund's file
// reads that workbook back through the wizard, with every column of its Insatser sheet
// recognised, and the insatser and their figures arrive.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { LasInPage } from "../pages/LasInPage.js";
import { StartPage } from "../pages/StartPage.js";
import { YearPage } from "../pages/YearPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-12-07";
const SHEET = "Insatser";
const GRID = [
  ["Kompetenslyft", "300 000", "290 000", "", "−10 000", "−3,3 %"],
  ["Steget vidare", "400 000", "380 000", "–", "−20 000", "−5,0 %"],
  ["Administrativa kostnader", "150 000", "140 000", "", "−10 000", "−6,7 %"],
];

/** Förbund A's 2026, typed, and its årsrapport exported as XLSX into `exportDir`. */
async function exportFrom(dataFile, exportDir) {
  const app = await launchApp({ dataFile, today: TODAY, exportDir });
  try {
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Samordningsförbundet Källan",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    const insatser = new InsatserPage(app.driver);
    for (const insats of [
      {
        namn: "Steget vidare",
        inriktning: "individinriktad",
        preciserad: "Stöd till arbete",
        startdatum: "2026-01-01",
      },
      {
        namn: "Kompetenslyft",
        inriktning: "strukturovergripande",
        foljer: "false",
        preciserad: "Kompetensutveckling",
        startdatum: "2026-02-01",
      },
    ]) {
      await insatser.addInsats(insats);
      await insatser.waitDialogClosed();
    }
    const year = new YearPage(app.driver);
    await year.focusCell("0-1");
    await year.paste("300 000\t290 000\n400 000\t380 000\n150 000\t140 000\n");
    await year.press("budget-spara");
    await year.waitGone("budget-spara");
    assert.deepEqual(await year.grid(), GRID);
    await year.press("export-xlsx");
    await app.driver.wait(
      async () =>
        /arsrapport-2026\.xlsx/.test(
          await (await visible(app.driver, "#export-resultat")).getText(),
        ),
      10000,
    );
  } finally {
    await app.quit();
  }
}

describe("Läs in tidigare år, Finsamkollen's own XLSX export", () => {
  const dir = tempDir();
  const exportDir = tempDir();
  const file = path.join(exportDir, "arsrapport-2026.xlsx");
  let app;
  let wizard;

  before(async () => {
    await exportFrom(path.join(dir, "kallan.db"), exportDir);
    assert.ok(existsSync(file), "the export was written");
    app = await launchApp({
      dataFile: path.join(dir, "ny.db"),
      today: TODAY,
      extraEnv: { FINSAMKOLLEN_DIALOG_INLASNING_FILE: file },
    });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Samordningsförbundet Källan",
      organisationsnummer: "222000-1354",
      startdatum: "2012-01-01",
    });
    wizard = new LasInPage(app.driver);
  });

  after(async () => {
    await app?.quit();
  });

  it("chooses the exported workbook and ticks only its Insatser sheet", async () => {
    await wizard.open();
    await wizard.chooseFile();
    const facts = await wizard.fileFacts();
    assert.match(facts, /arsrapport-2026\.xlsx/);
    assert.match(facts, /Excel-arbetsbok \(XLSX\)/);
    await screenshot(app.driver, "las-in-xlsx-1-fil");
    await wizard.next();
    await wizard.waitStep(2);
    // Only the insatser are ticked: the other sheets are the report's own summaries, whose
    // sums would read as insatser that do not exist.
    assert.deepEqual(await wizard.sheets(), [
      ["Kostnadsrapport", false],
      [SHEET, true],
      ["Förhandskontroll", false],
      ["Organisationer", false],
    ]);
    assert.match(
      await (await visible(app.driver, "#las-in-blad")).getText(),
      /Kostnadsrapport .*sammanställning i Finsamkollens årsrapport/,
    );
    await screenshot(app.driver, "las-in-xlsx-2-blad");
    await assertAccessible(app.driver);
    await wizard.next();
    await wizard.waitStep(3);
    await wizard.next();
    await wizard.waitStep(4);
  });

  it("recognises every column of the export", async () => {
    const letters = await wizard.columns(SHEET);
    assert.ok(letters.length >= 10, `${letters.length} columns`);
    for (const letter of letters) {
      assert.notEqual(await wizard.columnField(SHEET, letter), "Används inte", `column ${letter}`);
    }
    assert.equal(await wizard.columnField(SHEET, "A"), "Insats");
    await screenshot(app.driver, "las-in-xlsx-4-kolumner");
    await assertAccessible(app.driver);
  });

  it("previews and reads in both insatser with their budget and utfall", async () => {
    await wizard.next();
    await wizard.waitStep(5);
    // Read as proposed, with no sheet unticked or column changed: nothing to correct.
    assert.deepEqual(await wizard.problems(), []);
    assert.equal(await wizard.canReadIn(), true);
    assert.equal(
      await wizard.counts(),
      "Nya insatser 2 Insatser som redan finns 0 År 2026 Värden som skrivs 4",
    );
    await screenshot(app.driver, "las-in-xlsx-5-forhandsgranska");
    await wizard.readIn();
    assert.match(await wizard.summary(), /2 nya insatser/);
    await click(app.driver, await visible(app.driver, "#las-in-klar"));
    await visible(app.driver, "#alla-ar");
    await click(app.driver, await visible(app.driver, "#nav-start"));
    const start = await new StartPage(app.driver).waitUntilShown();
    assert.equal(await start.selectedYear(), 2026);
    await new InsatserPage(app.driver).waitForRows(["Kompetenslyft", "Steget vidare"]);
    const grid = await new YearPage(app.driver).grid();
    // The two insatser's budget and utfall; the administrativa kostnader are not on the
    // Insatser sheet.
    assert.deepEqual(grid.slice(0, 2), GRID.slice(0, 2));
    assert.equal(
      (await app.driver.findElements(By.css("#las-in-steg-1"))).length,
      0,
      "the wizard is left",
    );
  });
});
