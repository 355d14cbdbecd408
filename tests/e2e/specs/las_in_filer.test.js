// "Läs in tidigare år" in the real window with other files than the officer's workbook
// (issue 23, part 2; the six steps themselves are in las_in.test.js): a file that is not a
// workbook is refused with its sentence and nothing is written; the reader's ODS fixture
// offers its hidden sheet only when asked; a preview of 2 000 rows draws only the rows near
// the window.

import assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { LasInPage } from "../pages/LasInPage.js";
import { click, launchApp, repoRoot, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-12-07";

describe("Läs in tidigare år, a file that is not a workbook", () => {
  const dir = tempDir();
  const dataFile = path.join(dir, "gränsland.db");
  const file = path.join(dir, "Budget 2024.xlsx");
  let app;

  before(async () => {
    // A PNG picture renamed .xlsx.
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
      "hex",
    );
    writeFileSync(file, png);
    app = await launchApp({
      dataFile,
      today: TODAY,
      extraEnv: { FINSAMKOLLEN_DIALOG_INLASNING_FILE: file },
    });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Samordningsförbundet Gränsland",
      organisationsnummer: "222000-1354",
      startdatum: "2012-01-01",
    });
  });

  after(async () => {
    await app?.quit();
  });

  it("is refused with its sentence, and nothing is written", async () => {
    const wizard = await new LasInPage(app.driver).open();
    const before = readFileSync(dataFile);
    await wizard.chooseFile();
    assert.match(await wizard.error(), /Budget 2024\.xlsx .*är en bild, inte en arbetsbok/);
    assert.equal(await wizard.hasFileFacts(), false);
    await screenshot(app.driver, "las-in-1-fel");
    await assertAccessible(app.driver);
    // No file, no next step; the sentence saying why stays.
    await wizard.next();
    assert.equal(await wizard.step(), "Steg 1 av 6: Välj fil");
    assert.match(await wizard.error(), /är en bild, inte en arbetsbok/);
    assert.ok(readFileSync(dataFile).equals(before), "the data file is unchanged");
  });
});

describe("Läs in tidigare år, a LibreOffice workbook with a hidden sheet", () => {
  const dir = tempDir();
  const dataFile = path.join(dir, "gränsland.db");
  // The reader's fixture: "Insatser" with a merged title, an empty row 2 and the header in
  // row 3, and a hidden sheet "Listor".
  const file = path.join(dir, "Överkalix.ods");
  let app;

  before(async () => {
    copyFileSync(path.join(repoRoot, "tests/fixtures/inlasning/inlasning.ods"), file);
    app = await launchApp({
      dataFile,
      today: TODAY,
      extraEnv: { FINSAMKOLLEN_DIALOG_INLASNING_FILE: file },
    });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Samordningsförbundet Gränsland",
      organisationsnummer: "222000-1354",
      startdatum: "2012-01-01",
    });
  });

  after(async () => {
    await app?.quit();
  });

  it("offers the hidden sheet only behind Visa dolda blad, and finds the header in row 3", async () => {
    const wizard = await new LasInPage(app.driver).open();
    await wizard.chooseFile();
    assert.match(await wizard.fileFacts(), /LibreOffice-arbetsbok \(ODS\).*1 blad, och 1 dolt/s);
    await wizard.next();
    await wizard.waitStep(2);
    assert.deepEqual(await wizard.sheets(), [["Insatser", true]]);
    await click(app.driver, await visible(app.driver, "#las-in-visa-dolda"));
    assert.deepEqual(await wizard.sheets(), [
      ["Insatser", true],
      ["Listor", false],
    ]);
    await screenshot(app.driver, "las-in-2-dolda-blad");
    await assertAccessible(app.driver);
    await wizard.next();
    await wizard.waitStep(3);
    assert.deepEqual(await wizard.headerRow("Insatser"), [3, 3]);
    await screenshot(app.driver, "las-in-3-ods");
  });
});

describe("Läs in tidigare år, a long preview", () => {
  const dir = tempDir();
  const dataFile = path.join(dir, "gränsland.db");
  const file = path.join(dir, "Register.csv");
  const COUNT = 2000;
  let app;

  before(async () => {
    const rows = [["Insats", "Inriktning", "Preciserad inriktning", "Startdatum", "År", "Budget"]];
    for (let i = 1; i <= COUNT; i += 1) {
      rows.push([
        `Insats ${i}`,
        "Individinriktad",
        "Stöd till arbete",
        "2024-01-01",
        "2024",
        "1000",
      ]);
    }
    writeFileSync(file, rows.map((r) => r.join(";")).join("\r\n") + "\r\n", "utf8");
    app = await launchApp({
      dataFile,
      today: TODAY,
      extraEnv: { FINSAMKOLLEN_DIALOG_INLASNING_FILE: file },
    });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Samordningsförbundet Gränsland",
      organisationsnummer: "222000-1354",
      startdatum: "2012-01-01",
    });
  });

  after(async () => {
    await app?.quit();
  });

  it("draws only the rows near the window, and the last row once scrolled to", async (t) => {
    const wizard = await new LasInPage(app.driver).open();
    await wizard.chooseFile();
    for (const step of [2, 3, 4, 5]) {
      const started = Date.now();
      await wizard.next();
      await wizard.waitStep(step);
      if (step === 5) t.diagnostic(`preview of ${COUNT} rows shown in ${Date.now() - started} ms`);
    }
    const table = await visible(app.driver, "#las-in-rader");
    assert.equal(await table.getAttribute("aria-rowcount"), String(COUNT + 1));
    const drawn = () =>
      app.driver.executeScript(
        "return document.querySelectorAll('#las-in-rader tbody tr:not(.spacer)').length",
      );
    assert.ok((await drawn()) < 200, `drew ${await drawn()} rows`);
    await app.driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
    await visible(app.driver, `#las-in-rader tr[data-rad='Register|${COUNT + 1}']`);
    assert.ok((await drawn()) < 200);
  });
});
