// The foundation, through the real window: an empty data file shows "Skapa förbund", bad
// input is refused beside its field, the förbund is created and survives a restart, the
// injected clock drives the year status, and a foreign file is refused untouched.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { FileErrorPage } from "../pages/FileErrorPage.js";
import { StartPage } from "../pages/StartPage.js";
import { launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-04-15";

describe("Skapa förbund and the start page", () => {
  const dataFile = path.join(tempDir(), "forbund.db");
  let app;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
  });

  after(async () => {
    await app?.quit();
  });

  it("shows Skapa förbund on an empty data file, with nothing to report by axe", async () => {
    const page = await new CreateForbundPage(app.driver).waitUntilShown();
    assert.equal(await page.heading(), "Skapa förbund");
    await screenshot(app.driver, "skapa-forbund");
    await assertAccessible(app.driver);
  });

  it("refuses bad input with a Swedish error beside each field", async () => {
    const page = new CreateForbundPage(app.driver);
    await page.fill({ namn: "   ", organisationsnummer: "222000-1355", startdatum: "2025-02-30" });
    await page.submit();
    assert.equal(await page.waitForErrorFor("namn"), "Namn måste fyllas i.");
    assert.equal(
      await page.errorFor("organisationsnummer"),
      "Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.",
    );
    assert.equal(await page.errorFor("startdatum"), "Datumet 2025-02-30 finns inte i kalendern.");
    assert.equal(await page.isInvalid("namn"), true);
    assert.equal(await page.focusedId(), "namn", "focus moves to the first wrong field");
    await screenshot(app.driver, "skapa-forbund-fel");
    await assertAccessible(app.driver);
  });

  it("refuses a malformed organisationsnummer and keeps the other fields' input", async () => {
    const page = new CreateForbundPage(app.driver);
    await page.fill({
      namn: "Samordningsförbundet Älvdalen",
      organisationsnummer: "22200-01354",
      startdatum: "2019-01-01",
    });
    await page.submit();
    assert.equal(
      await page.waitForErrorFor("organisationsnummer"),
      "Organisationsnumret ska skrivas NNNNNN-NNNN, t.ex. 222000-1354.",
    );
    assert.equal(await page.errorFor("namn"), null);
    assert.equal(await page.errorFor("startdatum"), null);
  });

  it("creates the förbund and opens its start page", async () => {
    const page = new CreateForbundPage(app.driver);
    await page.fill({ organisationsnummer: "222000-1354" });
    await page.submit();
    const start = await new StartPage(app.driver).waitUntilShown();
    assert.equal(await start.forbundNamn(), "Samordningsförbundet Älvdalen");
    assert.equal(await start.organisationsnummer(), "222000-1354");
    assert.equal(await start.startdatum(), "2019-01-01");
    assert.equal(await start.startdatumIsReadOnly(), true);
  });

  it("opens on the year being reported, with its deadline from the injected clock", async () => {
    const start = new StartPage(app.driver);
    assert.deepEqual(await start.years(), [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    assert.equal(await start.selectedYear(), 2025);
    assert.equal(await start.yearStatus(), "Öppen för ändringar t.o.m. 15 april 2026");
    assert.equal(await start.insatserHeading(), "Insatser 2025");
    assert.deepEqual(await start.tableHeaders("insatser"), [
      "Namn",
      "Inriktning",
      "ESF",
      "Status",
      "Startdatum",
      "Slutdatum",
    ]);
    assert.deepEqual(await start.tableRows("insatser"), [["Inga insatser under 2025."]]);
    assert.equal(await start.medelHeading(), "Medel 2025");
    assert.deepEqual(await start.tableRows("medel"), [
      ["Samverkansparterna", "–"],
      ["ESF+", "–"],
      ["Överskott från föregående år", "–"],
    ]);
    // 15 April 2026 is 2025's last day: said plainly, not "sista dagen i dag till …".
    const lage = await (await visible(app.driver, "#kontroll-lage")).getText();
    assert.match(lage, /^2025: [^·]* · i dag är sista dagen, 15 april 2026/);
    await screenshot(app.driver, "startsida");
    await assertAccessible(app.driver);
  });

  it("changes year from the year picker", async () => {
    const start = new StartPage(app.driver);
    await start.chooseYear(2024);
    // Nothing is registered for 2024: a locked year without figures is historik (Y8).
    assert.equal(await start.yearStatus(), "Historik, låst sedan 16 april 2025");
    assert.equal(await start.medelHeading(), "Medel 2024");
    await start.chooseYear(2027);
    assert.match(await start.yearStatus(), /^Kan fyllas i i förväg/);
  });

  it("keeps the förbund after the app is quit and started again", async () => {
    await app.quit();
    app = await launchApp({ dataFile, today: TODAY });
    const start = await new StartPage(app.driver).waitUntilShown();
    assert.equal(await start.forbundNamn(), "Samordningsförbundet Älvdalen");
    assert.equal(await start.organisationsnummer(), "222000-1354");
  });
});

describe("a data file that is not Finsamkollen's", () => {
  it("is refused with a Swedish message and left byte for byte untouched", async () => {
    const dataFile = path.join(tempDir(), "budget.xlsx");
    writeFileSync(dataFile, "PK\u0003\u0004 ett kalkylark, ingen databas");
    const before = readFileSync(dataFile);
    const app = await launchApp({ dataFile, today: TODAY });
    try {
      const page = new FileErrorPage(app.driver);
      assert.equal(await page.heading(), "Filen är inte en datafil från Finsamkollen");
      const message = await page.message();
      assert.match(message, /inte en Finsamkollen-datafil/);
      assert.match(message, /Filen har inte ändrats/);
      await screenshot(app.driver, "datafil-fel");
      await assertAccessible(app.driver);
    } finally {
      await app.quit();
    }
    assert.deepEqual(readFileSync(dataFile), before);
  });
});
