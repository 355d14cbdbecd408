// The board's deliverables: the styrelserapport (PDF) exported from the year and recorded
// in the archive, and "Alla år", the multi-year overview, read as the officer reads it and
// left for a year's view. Before any figure the charts give way to the core's sentence saying
// so; without a participant the Deltagare chart does; once counts are saved it is drawn.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { AllaArPage } from "../pages/AllaArPage.js";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { Key, YearPage } from "../pages/YearPage.js";
import { launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

describe("styrelserapport and Alla år", () => {
  let app;
  let exportDir;
  let year;

  before(async () => {
    exportDir = tempDir();
    app = await launchApp({
      dataFile: path.join(tempDir(), "alla-ar.db"),
      today: "2026-11-24",
      exportDir,
    });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Styrelsen",
      organisationsnummer: "222000-1354",
      startdatum: "2025-01-01",
    });
    year = new YearPage(app.driver);
  });

  after(async () => {
    await app?.quit();
  });

  it("says there is nothing to chart before any figure is registered", async () => {
    const alla = await new AllaArPage(app.driver).open();
    // No figure anywhere: every selectable year is a row saying so, and the charts give
    // way to one sentence of the core's, as in the styrelserapport.
    assert.deepEqual(await alla.years(), [2025, 2026, 2027]);
    assert.match(await alla.rowText(2026), /Inga siffror registrerade/);
    // A year without figures is not marked for its missing utfall: no "*", no note.
    assert.equal(await alla.utfallSaknas(2026), "");
    assert.equal(await alla.ofullstandiga(), "");
    assert.equal(await alla.diagramHeading(), "Diagram");
    assert.equal(await alla.ingaSiffror(), "Inga siffror registrerade för 2025–2027.");
    assert.deepEqual(await alla.chartLabels(), []);
    assert.deepEqual(await alla.chartTitles(), []);
    await app.driver.executeScript(
      "document.getElementById('inga-siffror').scrollIntoView({ block: 'center' })",
    );
    await screenshot(app.driver, "alla-ar-inga-siffror");
    await assertAccessible(app.driver);

    // The officer goes to the year and types its funds.
    await alla.goToYear(2026);
    const start = await new StartPage(app.driver).waitUntilShown();
    await app.driver.wait(async () => (await start.selectedYear()) === 2026, 5000);
    await year.focus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys("1 000 000", Key.TAB, "0", Key.TAB, "150 000", Key.TAB, Key.ENTER);
    await year.waitGone("medel-spara");
  });

  it("exports the styrelserapport as a PDF and records it in the archive", async () => {
    await year.press("export-pdf");
    const status = await visible(app.driver, "#export-resultat");
    await app.driver.wait(
      async () => /styrelserapport-2026\.pdf/.test(await status.getText()),
      5000,
    );
    assert.match(await status.getText(), /Preliminär: förhandskontrollen har \d+ fel kvar\./);
    const arkiv = await visible(app.driver, "#export-arkiv");
    await app.driver.wait(async () => /Styrelserapport \(PDF\)/.test(await arkiv.getText()), 5000);
    const file = path.join(exportDir, "styrelserapport-2026.pdf");
    assert.ok(existsSync(file));
    assert.equal(readFileSync(file).subarray(0, 5).toString(), "%PDF-");
    await screenshot(app.driver, "styrelserapport-export");
    await assertAccessible(app.driver);
  });

  it("shows the years from the first figures, as bars while there are few", async () => {
    const alla = await new AllaArPage(app.driver).open();
    // 2025, the start year, has nothing registered: it is left out, and a line says so.
    assert.deepEqual(await alla.years(), [2026, 2027]);
    assert.equal(await alla.siffrorFran(), "Siffror finns från 2026.");
    assert.equal(await alla.ingaSiffror(), "", "charts once there is a figure");
    assert.equal(await alla.figure(2026, "medel"), "1 150 000 kr");
    assert.equal(await alla.figure(2026, "egetKapital"), "150 000 kr");
    assert.equal(await alla.figure(2026, "kostnader"), "0 kr*");
    // The administrative costs' utfall is missing: the core's "*", its words and its note.
    assert.equal(await alla.utfallSaknas(2026), "Utfall saknas för en rad");
    assert.equal(
      await alla.ofullstandiga(),
      "* Utfall saknas ännu för några rader; kostnaderna är ofullständiga.",
    );
    assert.equal(await alla.figure(2026, "saldo"), "1 150 000 kr");
    assert.match(await alla.rowText(2027), /Inga siffror registrerade/);
    const charts = await alla.chartLabels();
    assert.equal(charts.length, 1, "the money chart only");
    assert.match(charts[0], /Medel: 2026 1 150 000/);
    // One year with figures: bars, no lines with a lone dot. Medel and saldo stand as
    // bars; kostnader 0 is a bar of no height.
    const kinds = await alla.chartKinds();
    assert.deepEqual(
      kinds.map((k) => [k.kind, k.lines]),
      [["staplar", 0]],
    );
    assert.equal(kinds[0].bars, 3);
    // No participant in 2026: the Deltagare heading stays, with the core's sentence in
    // place of an empty chart frame.
    assert.deepEqual(await alla.chartTitles(), ["Medel, kostnader och saldo (kr)", "Deltagare"]);
    assert.equal(await alla.ingaDeltagare(), "Inga deltagare registrerade för 2026.");
    assert.equal(await alla.hasDeltagareChart(), false);
    await app.driver.executeScript(
      "document.getElementById('inga-deltagare').scrollIntoView({ block: 'center' })",
    );
    await screenshot(app.driver, "alla-ar-inga-deltagare");
    await assertAccessible(app.driver);
  });

  it("draws the Deltagare chart once a year's counts are saved", async () => {
    await new AllaArPage(app.driver).goToYear(2026);
    const start = await new StartPage(app.driver).waitUntilShown();
    await app.driver.wait(async () => (await start.selectedYear()) === 2026, 5000);
    const insatser = new InsatserPage(app.driver);
    await insatser.addInsats({
      namn: "Steget vidare",
      inriktning: "individinriktad",
      preciserad: "Stöd till arbete",
      startdatum: "2026-01-01",
    });
    await insatser.waitDialogClosed();
    await insatser.openPanel("Steget vidare");
    await insatser.enterCounts(2026, ["3", "4"]);
    await app.driver.wait(async () => (await insatser.countsRow(2026))?.[2] === "7", 5000);

    const alla = await new AllaArPage(app.driver).open();
    assert.equal(await alla.figure(2026, "deltagare"), "7");
    assert.equal(await alla.ingaDeltagare(), "", "no sentence once there are participants");
    assert.equal(await alla.hasDeltagareChart(), true);
    const charts = await alla.chartLabels();
    assert.equal(charts.length, 2);
    assert.match(
      charts[1],
      /^Deltagare\. Kvinnor: 2026 3\. Män: 2026 4\. Antal \(övriga\): 2026 0$/,
    );
    const kinds = await alla.chartKinds();
    assert.deepEqual(
      kinds.map((k) => k.kind),
      ["staplar", "staplar"],
    );
    await app.driver.executeScript(
      "document.getElementById('diagram-deltagare').scrollIntoView({ block: 'center' })",
    );
    await screenshot(app.driver, "alla-ar");
    await assertAccessible(app.driver);
  });

  it("goes from a year to that year's view", async () => {
    const alla = new AllaArPage(app.driver);
    await alla.goToYear(2027);
    const start = await new StartPage(app.driver).waitUntilShown();
    await app.driver.wait(async () => (await start.selectedYear()) === 2027, 5000);
    assert.equal(await start.insatserHeading(), "Insatser 2027");
  });
});
