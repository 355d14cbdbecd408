// The board's deliverables: the styrelserapport (PDF) exported from the year and recorded
// in the archive, and "Alla år", the multi-year overview, read as the officer reads it and
// left for a year's view.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { AllaArPage } from "../pages/AllaArPage.js";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
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
    // The year's funds, typed as the officer does.
    await year.focus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys("1 000 000", Key.TAB, "0", Key.TAB, "150 000", Key.TAB, Key.ENTER);
    await year.waitGone("medel-spara");
  });

  after(async () => {
    await app?.quit();
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
    assert.equal(await alla.figure(2026, "medel"), "1 150 000 kr");
    assert.equal(await alla.figure(2026, "egetKapital"), "150 000 kr");
    assert.equal(await alla.figure(2026, "kostnader"), "0 kr*");
    assert.equal(await alla.figure(2026, "saldo"), "1 150 000 kr");
    assert.match(await alla.rowText(2027), /Inga siffror registrerade/);
    const charts = await alla.chartLabels();
    assert.equal(charts.length, 2);
    assert.match(charts[0], /Medel: 2026 1 150 000/);
    // One year with figures: bars, no lines with a lone dot. Medel and saldo stand as
    // bars; kostnader 0 and the counts 0 are bars of no height.
    const kinds = await alla.chartKinds();
    assert.deepEqual(
      kinds.map((k) => [k.kind, k.lines]),
      [
        ["staplar", 0],
        ["staplar", 0],
      ],
    );
    assert.equal(kinds[0].bars, 3);
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
