// A locked year through the real window (Y6): on 16 April the year being reported is
// locked, a new insats cannot start in it, and its view says so, offers no new insats, gives
// no editing help and answers when someone types in one of its cells.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { YearPage } from "../pages/YearPage.js";
import { launchApp, screenshot, tempDir } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";
import { registerOnEarlierDay } from "../support/history.js";

const TODAY = "2026-04-16";
const NOTICE = "2025 är låst sedan 16 april 2026 och kan bara läsas.";

describe("a locked year", () => {
  const dataFile = path.join(tempDir(), "last-ar.db");
  let app;
  let start;
  let insatser;
  let year;

  before(async () => {
    // The last day 2025 is open: an insats registered then runs in 2025.
    await registerOnEarlierDay({
      dataFile,
      today: "2026-04-15",
      namn: "Finsam Låst År",
      insatser: [
        {
          namn: "Steget vidare",
          inriktning: "individinriktad",
          preciserad: "Stöd till arbete",
          startdatum: "2025-02-01",
        },
      ],
      // Reported, 2025 stays as it was once locked (Y6); without figures or the mark it
      // would be historik (Y8).
      reported: [2025],
    });
    app = await launchApp({ dataFile, today: TODAY });
    start = await new StartPage(app.driver).waitUntilShown();
    insatser = new InsatserPage(app.driver);
    year = new YearPage(app.driver);
  });

  /** The grid's answer to typing in a cell that cannot be written ("" when none). */
  const message = () =>
    app.driver.executeScript(
      "return document.querySelector('#budget-last-cell').textContent.trim()",
    );

  after(async () => {
    await app?.quit();
  });

  it("refuses a new insats that starts in the locked year, beside the start date", async () => {
    assert.equal(await start.selectedYear(), 2026);
    await insatser.addInsats({
      namn: "Sommarjobb",
      inriktning: "individinriktad",
      preciserad: "Stöd till arbete",
      startdatum: "2025-06-01",
    });
    assert.equal(
      await insatser.errorText("ny-startdatum"),
      "2025 är låst sedan 16 april 2026. Välj ett datum i 2026 eller senare.",
    );
    await screenshot(app.driver, "last-ar-ny-insats");
    await assertAccessible(app.driver);
    await app.driver.executeScript("document.querySelector('#ny-insats').close()");
    await insatser.waitDialogClosed();
    await insatser.waitForRows(["Steget vidare"]);
  });

  it("shows the lock on the year's view, with no new insats and no editing", async () => {
    await start.chooseYear(2025);
    assert.equal(await year.text("ar-last"), NOTICE);
    assert.equal(await start.yearStatus(), "Låst sedan 16 april 2026");
    assert.equal(await year.exists("ny-insats-knapp"), false, "no Lägg till insats");
    assert.equal(await year.exists("budget-andra"), false);
    assert.equal(await year.exists("budget-hjalp"), false, "no editing help");
    await insatser.waitForRows(["Steget vidare"]);

    // Typing in a locked cell says why nothing happens, and changes nothing.
    await app.driver.executeScript("document.querySelector('#budget [data-cell=\"0-1\"]').focus()");
    await year.waitForFocus("0-1");
    await year.keys("999");
    await app.driver.wait(
      async () => (await message()) === NOTICE,
      5000,
      "no message after typing in a locked cell",
    );
    assert.equal((await year.grid())[0][1], "–", "nothing was typed into the cell");
    await screenshot(app.driver, "last-ar-vy");
    await app.driver.executeScript(
      "document.querySelector('#budget-last-cell').scrollIntoView({ block: 'center' })",
    );
    await screenshot(app.driver, "last-ar-cell");
    await assertAccessible(app.driver);
  });

  it("keeps the open year as it was", async () => {
    await start.chooseYear(2026);
    assert.equal(await year.exists("ar-last"), false);
    assert.ok(await year.exists("ny-insats-knapp"));
    assert.ok(await year.exists("budget-hjalp"));
    assert.equal(await message(), "");
  });
});
