// Closing the window with unsaved changes asks first: "Stanna kvar" keeps the window and
// the draft, "Stäng utan att spara" closes it, and nothing unsaved reaches the file. The
// close is asked for the way a window manager does (WM_DELETE_WINDOW), since WebDriver
// cannot press the title bar.
import assert from "node:assert/strict";
import path from "node:path";
import { after, describe, it } from "node:test";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { DinaDataPage } from "../pages/DinaDataPage.js";
import { ForbundPage } from "../pages/ForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { readdirSync } from "node:fs";
import { assertAccessible } from "../support/axe.js";
import { askToClose, waitClosed } from "../support/window.js";

const TODAY = "2026-11-24";

describe("closing the window", () => {
  const dataFile = path.join(tempDir(), "stang.db");
  let app;

  after(async () => {
    await app?.quit();
  });

  it("closes at once when nothing is unsaved", async () => {
    app = await launchApp({ dataFile, today: TODAY });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Stängning",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    askToClose();
    await waitClosed(app.driver);
    await app.quit().catch(() => {});
  });

  it("asks first when the förbund page has unsaved changes", async () => {
    app = await launchApp({ dataFile, today: TODAY });
    const page = await new ForbundPage(app.driver).open();
    await page.fill({ "f-ort": "Mora" });
    await app.driver.wait(
      async () => (await page.text(".savebar-status")) === "Osparade ändringar.",
      5000,
    );
    // The UI tells Rust about the draft over IPC; give that call a moment to land.
    await new Promise((r) => setTimeout(r, 300));
    askToClose();
    await visible(app.driver, "#close-dialog[open]");
    await screenshot(app.driver, "stang-unsaved");
    await assertAccessible(app.driver);
    await click(app.driver, await visible(app.driver, "#close-stay"));
    assert.equal(await page.value("f-ort"), "Mora", "the draft is still there");

    askToClose();
    const discard = await visible(app.driver, "#close-discard");
    // The window goes away during the click, so WebDriver may answer it with an error.
    await click(app.driver, discard).catch(() => {});
    await waitClosed(app.driver);
    await app.quit().catch(() => {});

    app = await launchApp({ dataFile, today: TODAY });
    const again = await new ForbundPage(app.driver).open();
    assert.equal(await again.value("f-ort"), "", "nothing unsaved was stored");
  });

  it("keeps the day's work in the newest backup when the window closes", async () => {
    // The test before ends with the app restarted; it is done with it.
    await app?.quit();
    const dir = tempDir();
    const file = path.join(dir, "dagens-arbete.db");
    const settings = { FINSAMKOLLEN_SETTINGS_FILE: path.join(dir, "installningar.json") };
    app = await launchApp({ dataFile: file, today: TODAY, extraEnv: settings });
    // The day's first save (the förbund) makes a backup of a förbund with no insats yet.
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Dagens Arbete",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    const insatser = new InsatserPage(app.driver);
    for (const namn of ["Steget vidare", "Kompetenslyft"]) {
      await click(app.driver, await visible(app.driver, "#nav-start"));
      await insatser.addInsats({
        namn,
        inriktning: "individinriktad",
        preciserad: "Stöd till arbete",
        startdatum: "2026-01-01",
      });
      await insatser.waitDialogClosed();
    }
    const backupFolder = path.join(dir, "Säkerhetskopior");
    const beforeClose = readdirSync(backupFolder).filter((n) => n.endsWith(".db"));
    assert.equal(beforeClose.length, 1, "within the hour the saves made no backup of their own");
    askToClose();
    await waitClosed(app.driver);
    await app.quit().catch(() => {});
    const afterClose = readdirSync(backupFolder).filter((n) => n.endsWith(".db"));
    assert.equal(afterClose.length, 2, "closing made a backup");

    // The officer sees it in Dina data: the newest backup holds both insatser.
    app = await launchApp({ dataFile: file, today: TODAY, extraEnv: settings });
    const data = new DinaDataPage(app.driver);
    await data.open();
    const rows = await data.waitForBackups(2);
    assert.deepEqual(
      rows.map((r) => r.slice(1)),
      [
        ["Finsam Dagens Arbete", "–", "2"],
        ["Finsam Dagens Arbete", "–", "0"],
      ],
    );
    await app.driver.executeScript(
      "document.querySelector('#restore-list').scrollIntoView({ block: 'center' })",
    );
    await screenshot(app.driver, "stang-sakerhetskopia");
    await assertAccessible(app.driver);
  });
});
