// "Läs in tidigare år" in the real window (issue 23, part 2): a förbund started 2012 brings
// 2019–2025 in from its own workbook through the six steps, with a bad cell named by sheet,
// row and column and left out; the insats then runs 2021–2026 and "Alla år" shows seven years.
// "Återställ till före inläsningen" brings the file back, the saved mapping is proposed
// when the file is read again, and typing into 2023 is still refused. Other files (one that
// is not a workbook, an ODS with a hidden sheet, a long preview) are in las_in_filer.test.js.
//
// The workbooks are CSV written here by hand, as Swedish Excel saves one (semicolons,
// UTF-8 with BOM): a spec can write them without a spreadsheet library, and the core's own
// tests cover XLSX, XLS and ODS; the wizard's steps are the same for every format.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { AllaArPage } from "../pages/AllaArPage.js";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { LasInPage } from "../pages/LasInPage.js";
import { StartPage } from "../pages/StartPage.js";
import { YearPage } from "../pages/YearPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-12-07";
const SHEET = "Gränsland 2019-2025.csv";
const BLAD = "Gränsland 2019-2025";

/** The officer's workbook: a title, the header row, medel per year, the insats's figures
 * per year with its register repeated, and one insats with an impossible start date. */
function workbook() {
  const rows = [
    ["Samordningsförbundet Gränsland, uppföljning 2019–2025"],
    [
      "Insats",
      "Inriktning",
      "Preciserad inriktning",
      "Startdatum",
      "Slutdatum",
      "ESF",
      "År",
      "Budget",
      "Utfall",
      "Kvinnor",
      "Män",
      "Pengar in",
      "Överskott",
      "Anteckning",
    ],
  ];
  for (const year of [2019, 2020]) {
    rows.push(["", "", "", "", "", "", year, "", "", "", "", "3 000 000", "100 000", ""]);
  }
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    rows.push([
      "Steget vidare",
      "Individinriktad",
      "Stöd till arbete",
      "2021-03-01",
      "31/12/2026",
      "Nej",
      year,
      "500 000 kr",
      "480 000",
      "10",
      "7",
      "3 000 000",
      "100 000",
      year === 2021 ? "Startade i mars" : "",
    ]);
  }
  // Row 10: the bad cell.
  rows.push([
    "Jobbspåret",
    "Individinriktad",
    "Stöd till arbete",
    "2024-02-30",
    "",
    "Nej",
    2024,
    "100 000",
    "",
    "",
    "",
    "",
    "",
    "",
  ]);
  // Excel writes every row as wide as the sheet's used range: the title too.
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r) => [...r, ...Array(width - r.length).fill("")].join(";");
  return "\ufeff" + rows.map(line).join("\r\n") + "\r\n";
}

describe("Läs in tidigare år", () => {
  const dir = tempDir();
  const dataFile = path.join(dir, "gränsland.db");
  const file = path.join(dir, SHEET);
  let app;
  let wizard;

  before(async () => {
    writeFileSync(file, workbook(), "utf8");
    app = await launchApp({
      dataFile,
      today: TODAY,
      extraEnv: {
        FINSAMKOLLEN_DIALOG_INLASNING_FILE: file,
        FINSAMKOLLEN_DIALOG_MALL_FILE: path.join(dir, "mall.xlsx"),
      },
    });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Samordningsförbundet Gränsland",
      organisationsnummer: "222000-1354",
      startdatum: "2012-01-01",
    });
    wizard = new LasInPage(app.driver);
  });

  after(async () => {
    await app?.quit();
  });

  it("step 1: chooses the file, shows its name and type, and saves the template", async () => {
    await wizard.open();
    assert.equal(await wizard.step(), "Steg 1 av 6: Välj fil");
    await click(app.driver, await visible(app.driver, "#las-in-mall"));
    const saved = await visible(app.driver, "#las-in-mall-sparad");
    assert.match(await saved.getText(), /^Mallen sparades i .*mall\.xlsx\.$/);
    assert.equal(readFileSync(path.join(dir, "mall.xlsx")).subarray(0, 2).toString(), "PK");
    await wizard.chooseFile();
    const facts = await wizard.fileFacts();
    assert.match(facts, new RegExp(SHEET));
    assert.match(facts, /Textfil med kolumner \(CSV\)/);
    await screenshot(app.driver, "las-in-1-fil");
    await assertAccessible(app.driver);
    await wizard.next();
    await wizard.waitStep(2);
  });

  it("step 2: offers the sheet, ticked", async () => {
    assert.deepEqual(await wizard.sheets(), [[BLAD, true]]);
    await screenshot(app.driver, "las-in-2-blad");
    await assertAccessible(app.driver);
    await wizard.next();
    await wizard.waitStep(3);
  });

  it("step 3: guesses the header row under the title, and takes another one typed", async () => {
    assert.deepEqual(await wizard.headerRow(BLAD), [2, 2]);
    await wizard.typeHeaderRow(BLAD, 1);
    await wizard.typeHeaderRow(BLAD, 2);
    await screenshot(app.driver, "las-in-3-rubrikrad");
    await assertAccessible(app.driver);
    await wizard.next();
    await wizard.waitStep(4);
  });

  it("step 4: guesses each column from its header, and the officer maps the rest", async () => {
    assert.equal(await wizard.columnField(BLAD, "A"), "Insats");
    assert.equal(await wizard.columnField(BLAD, "D"), "Startdatum");
    assert.equal(await wizard.columnField(BLAD, "G"), "År");
    assert.equal(await wizard.columnField(BLAD, "L"), "Används inte");
    assert.equal(await wizard.columnField(BLAD, "N"), "Används inte");
    await wizard.setColumnField(BLAD, "L", "Samverkansparterna");
    await wizard.saveMapping(0, "Gränslands arbetsbok");
    await screenshot(app.driver, "las-in-4-kolumner");
    await assertAccessible(app.driver);
    await wizard.next();
    await wizard.waitStep(5);
  });

  it("step 5: the preview names the bad cell by sheet, row and column", async () => {
    const problems = await wizard.problems();
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], new RegExp(`^Blad ${BLAD}, rad 10, Startdatum: `));
    assert.equal(await wizard.canReadIn(), false);
    await screenshot(app.driver, "las-in-5-problem");
    await assertAccessible(app.driver);
  });

  it("step 5: with the bad row left out, it can be read in", async () => {
    await wizard.setIncluded(BLAD, 10, false);
    assert.deepEqual(await wizard.problems(), []);
    assert.equal(await wizard.canReadIn(), true);
    assert.equal(
      await wizard.counts(),
      "Nya insatser 1 Insatser som redan finns 0 År 2019–2025 Värden som skrivs 34",
    );
    await screenshot(app.driver, "las-in-5-forhandsgranska");
    await assertAccessible(app.driver);
  });

  it("refuses a file changed on disk since it was chosen, and reads it once it is back", async () => {
    writeFileSync(file, workbook().replace("500 000 kr", "900 000 kr"), "utf8");
    await wizard.readIn();
    assert.match(await wizard.error(), /har ändrats eller flyttats sedan den valdes/);
    writeFileSync(file, workbook(), "utf8");
  });

  it("step 6: reads it in and says what came in", async () => {
    await wizard.readIn();
    const summary = await wizard.summary();
    assert.match(summary, /1 ny insats/);
    assert.match(summary, /åren 2019–2025/);
    const left = await (await visible(app.driver, "#las-in-utelamnade")).getText();
    assert.match(left, new RegExp(`Undantagna rader: Blad ${BLAD}: rad 10\\.`));
    await screenshot(app.driver, "las-in-6-sammanfattning");
    await assertAccessible(app.driver);
  });

  it("Återställ till före inläsningen brings the file back", async () => {
    await click(app.driver, await visible(app.driver, "#las-in-restore"));
    await visible(app.driver, "#las-in-restore-dialog[open]");
    await screenshot(app.driver, "las-in-6-restore");
    await assertAccessible(app.driver);
    await click(app.driver, await visible(app.driver, "#las-in-restore-ok"));
    const notice = await visible(app.driver, "#restored", 15000);
    assert.match(await notice.getText(), /^Återställt från säkerhetskopian/);
    const start = await new StartPage(app.driver).waitUntilShown();
    await start.chooseYear(2023);
    await new InsatserPage(app.driver).waitForRows([]);
    const allaAr = await new AllaArPage(app.driver).open();
    assert.doesNotMatch(await allaAr.rowText(2023), /kr/);
  });

  it("reads it in again with the saved mapping", async () => {
    await wizard.open();
    await wizard.chooseFile();
    await wizard.next();
    await wizard.waitStep(2);
    await wizard.next();
    await wizard.waitStep(3);
    await wizard.next();
    await wizard.waitStep(4);
    assert.equal(await wizard.columnField(BLAD, "L"), "Samverkansparterna");
    await wizard.next();
    await wizard.waitStep(5);
    await wizard.setIncluded(BLAD, 10, false);
    await wizard.readIn();
    assert.match(await wizard.summary(), /1 ny insats/);
    await click(app.driver, await visible(app.driver, "#las-in-klar"));
    await visible(app.driver, "#alla-ar");
  });

  it("lists the insats in 2021–2026 and Alla år shows seven years", async () => {
    const allaAr = new AllaArPage(app.driver);
    for (const year of [2019, 2020, 2021, 2022, 2023, 2024, 2025]) {
      // Samverkansparterna 3 000 000 and överskott 100 000.
      assert.equal(await allaAr.figure(year, "medel"), "3 100 000 kr", `${year}`);
    }
    // Marked "*": the year's administrativa kostnader were not in the file.
    assert.equal(await allaAr.figure(2023, "kostnader"), "480 000 kr*");
    // The years before the first figures (2012–2018) are left out, and a line says so.
    assert.deepEqual(await allaAr.years(), [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    assert.equal(await allaAr.siffrorFran(), "Siffror finns från 2019.");
    // Seven years of figures: drawn as lines.
    assert.deepEqual(
      (await allaAr.chartKinds()).map((k) => k.kind),
      ["linjer", "linjer"],
    );
    await allaAr.goToYear(2021);
    const start = await new StartPage(app.driver).waitUntilShown();
    const insatser = new InsatserPage(app.driver);
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      await start.chooseYear(year);
      await insatser.waitForRows(["Steget vidare"]);
    }
    await start.chooseYear(2020);
    await insatser.waitForRows([]);
  });

  it("still refuses typing into 2023 (Y1)", async () => {
    const error = await new YearPage(app.driver).invokeError("save_medel", {
      input: { year: 2023, samverkansparterna: "1 000 000", esfPlus: "0", overskott: "0" },
    });
    assert.equal(error.code, "y1_locked");
  });

  it("lists a differing value of a locked year, which is kept and cannot be ticked", async () => {
    const rows = workbook().split("\r\n");
    // Row 7 is 2023's: another budget in the file.
    rows[6] = rows[6].replace("500 000 kr", "550 000 kr");
    writeFileSync(file, rows.join("\r\n"), "utf8");
    await wizard.open();
    await wizard.chooseFile();
    for (const step of [2, 3, 4, 5]) {
      await wizard.next();
      await wizard.waitStep(step);
    }
    const row = await visible(app.driver, "#las-in-konflikter tbody tr");
    assert.match(await row.getText(), /Steget vidare, Budget 2023: .*Året är låst/);
    const box = await row.findElement(By.css("input[type=checkbox]"));
    assert.equal(await box.isEnabled(), false);
    await screenshot(app.driver, "las-in-5-konflikt");
    await assertAccessible(app.driver);
    await click(app.driver, await visible(app.driver, "#las-in-avbryt"));
    // Mid-way, Avbryt asks before the choices are dropped (las_in_lamna.test.js).
    await click(app.driver, await visible(app.driver, "#leave-discard"));
    await visible(app.driver, "#alla-ar");
    writeFileSync(file, workbook(), "utf8");
  });
});
