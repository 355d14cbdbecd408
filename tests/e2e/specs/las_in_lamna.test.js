// Leaving "Läs in tidigare år" half-way (issue 23): once a file is chosen, going to another
// screen, "Avbryt" or closing the window asks first. The question offers no "Spara", since
// nothing of the wizard is stored before "Läs in": "Stanna kvar" keeps the file and every
// choice made, "Lämna inläsningen" (or "Stäng Finsamkollen") drops them.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { LasInPage } from "../pages/LasInPage.js";
import { StartPage } from "../pages/StartPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const TODAY = "2026-12-07";
const BLAD = "Gränsland";

function askToClose() {
  execFileSync("python3", [path.join(here, "../support/close_window.py"), "Finsamkollen"]);
}

const buttons = async (driver, dialog) => {
  const found = await driver.findElements(By.css(`#${dialog} .actions button, #${dialog} button`));
  const texts = await Promise.all(found.map((b) => b.getText()));
  return [...new Set(texts.map((t) => t.trim()).filter((t) => t && t !== "×" && t !== "Stäng"))];
};

describe("Läs in tidigare år, leaving half-way", () => {
  const dir = tempDir();
  const dataFile = path.join(dir, "gränsland.db");
  const file = path.join(dir, `${BLAD}.csv`);
  let app;
  let wizard;

  before(async () => {
    const rows = [
      ["Insats", "Inriktning", "Startdatum", "År", "Budget", "Pengar in"],
      ["Steget vidare", "Individinriktad", "2021-03-01", "2024", "500 000", "3 000 000"],
    ];
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
    wizard = new LasInPage(app.driver);
  });

  after(async () => {
    await app?.quit();
  });

  it("leaves at once before a file is chosen", async () => {
    await wizard.open();
    await click(app.driver, await visible(app.driver, "#nav-start"));
    await new StartPage(app.driver).waitUntilShown();
  });

  it("asks before another screen once columns are mapped, and Stanna kvar keeps them", async () => {
    await wizard.open();
    await wizard.chooseFile();
    for (const step of [2, 3, 4]) {
      await wizard.next();
      await wizard.waitStep(step);
    }
    assert.equal(await wizard.columnField(BLAD, "F"), "Används inte");
    await wizard.setColumnField(BLAD, "F", "Samverkansparterna");
    await click(app.driver, await visible(app.driver, "#nav-start"));
    await visible(app.driver, "#leave-dialog[open]");
    assert.match(
      await (await visible(app.driver, "#leave-dialog-lista")).getText(),
      /^Läs in tidigare år: Gränsland\.csv med valda blad, rubrikrader och kolumner$/,
    );
    assert.deepEqual(await buttons(app.driver, "leave-dialog"), [
      "Lämna inläsningen",
      "Stanna kvar",
    ]);
    assert.equal(
      await app.driver.executeScript("return document.activeElement.id"),
      "leave-stay",
      "Enter keeps the choices",
    );
    await screenshot(app.driver, "las-in-lamna");
    await assertAccessible(app.driver);
    await click(app.driver, await visible(app.driver, "#leave-stay"));
    assert.equal(await wizard.step(), "Steg 4 av 6: Kolumner");
    assert.equal(await wizard.columnField(BLAD, "F"), "Samverkansparterna");
  });

  it("asks on Avbryt too, and counts the rows left out", async () => {
    await wizard.next();
    await wizard.waitStep(5);
    await wizard.setIncluded(BLAD, 2, false);
    await click(app.driver, await visible(app.driver, "#las-in-avbryt"));
    await visible(app.driver, "#leave-dialog[open]");
    assert.match(
      await (await visible(app.driver, "#leave-dialog-lista")).getText(),
      /kolumner, 1 undantagen rad$/,
    );
    await click(app.driver, await visible(app.driver, "#leave-stay"));
    assert.equal(await wizard.step(), "Steg 5 av 6: Förhandsgranska");
  });

  it("asks when the window is closed, and Stanna kvar keeps the window", async () => {
    // The UI tells Rust about the choices over IPC; give that call a moment to land.
    await new Promise((r) => setTimeout(r, 300));
    askToClose();
    await visible(app.driver, "#close-dialog[open]");
    assert.deepEqual(await buttons(app.driver, "close-dialog"), [
      "Stäng Finsamkollen",
      "Stanna kvar",
    ]);
    await screenshot(app.driver, "las-in-stang");
    await assertAccessible(app.driver);
    await click(app.driver, await visible(app.driver, "#close-stay"));
    assert.equal(await wizard.step(), "Steg 5 av 6: Förhandsgranska");
  });

  it("Lämna inläsningen drops the choices: the wizard starts over", async () => {
    await click(app.driver, await visible(app.driver, "#nav-start"));
    await visible(app.driver, "#leave-dialog[open]");
    await click(app.driver, await visible(app.driver, "#leave-discard"));
    await new StartPage(app.driver).waitUntilShown();
    await wizard.open();
    assert.equal(await wizard.step(), "Steg 1 av 6: Välj fil");
    assert.equal(await wizard.hasFileFacts(), false);
    await wizard.chooseFile();
    for (const step of [2, 3, 4]) {
      await wizard.next();
      await wizard.waitStep(step);
    }
    assert.equal(await wizard.columnField(BLAD, "F"), "Används inte");
  });
});
