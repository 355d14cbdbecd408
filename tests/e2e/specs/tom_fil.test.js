// An empty data file with no backup, through the real window (issue 25): the app asks
// "Skapa ett nytt förbund i den, eller öppna en annan fil?" and writes nothing until the
// officer answers; a new förbund in it sets the empty file aside as "… (tom)" first. The
// folder and the file have å, ä, ö and spaces in their names, as an officer's may.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { FileErrorPage } from "../pages/FileErrorPage.js";
import { StartPage } from "../pages/StartPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

describe("an empty data file without backups", () => {
  const folder = path.join(tempDir(), "Samordningsförbund Åmål och Säffle");
  const dataFile = path.join(folder, "förbund ä ö.db");
  let app;

  before(async () => {
    mkdirSync(folder, { recursive: true });
    // 0 bytes, as a sync client or a failed copy leaves it; no backup of it anywhere.
    writeFileSync(dataFile, "");
    app = await launchApp({ dataFile, today: "2026-11-24" });
  });

  after(async () => {
    await app?.quit();
  });

  it("asks before anything is written", async () => {
    const page = new FileErrorPage(app.driver);
    assert.equal(await page.heading(), "Datafilen är tom");
    assert.equal(
      await page.message(),
      `Filen ${dataFile} är tom (0 byte). Skapa ett nytt förbund i den, eller öppna en annan fil?`,
    );
    assert.equal(
      await (await visible(app.driver, "#skapa-i-tom-fil")).getText(),
      "Skapa ett nytt förbund i den",
    );
    assert.equal(
      await (await visible(app.driver, "#oppna-annan-fil")).getText(),
      "Öppna en annan fil …",
    );
    // Nothing to restore, so no list of backups.
    assert.equal((await app.driver.findElements(By.css("#restore-empty"))).length, 0);
    await screenshot(app.driver, "tom-fil-fraga");
    await assertAccessible(app.driver);
    assert.equal(readFileSync(dataFile).length, 0, "the empty file is not written to");
    assert.deepEqual(readdirSync(folder), ["förbund ä ö.db"]);
  });

  it("sets the empty file aside and starts a new förbund in its place", async () => {
    await click(app.driver, await visible(app.driver, "#skapa-i-tom-fil"));
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Åmål",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    const start = await new StartPage(app.driver).waitUntilShown();
    assert.equal(await start.forbundNamn(), "Finsam Åmål");
    const aside = path.join(folder, "förbund ä ö.db (tom)");
    assert.ok(existsSync(aside), readdirSync(folder).join(", "));
    assert.equal(readFileSync(aside).length, 0, "kept as it was");
    assert.ok(readFileSync(dataFile).length > 0, "the new data file");
  });
});

describe("an empty data file chosen with Öppna en annan fil", () => {
  const folder = path.join(tempDir(), "Förbundets filer");
  const foreign = path.join(folder, "budget.xlsx");
  const empty = path.join(folder, "tom fil å ä ö.db");
  let app;

  before(async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(foreign, "PK\u0003\u0004 ett kalkylark, ingen databas");
    writeFileSync(empty, "");
    app = await launchApp({
      dataFile: foreign,
      today: "2026-11-24",
      extraEnv: { FINSAMKOLLEN_DIALOG_OPEN_FILE: empty },
    });
  });

  after(async () => {
    await app?.quit();
  });

  it("asks the same question for that file, with its answers, and writes nothing", async () => {
    const page = new FileErrorPage(app.driver);
    assert.equal(await page.heading(), "Filen är inte en datafil från Finsamkollen");
    await click(app.driver, await visible(app.driver, "#oppna-annan-fil"));
    await app.driver.wait(
      async () => (await page.heading()) === "Datafilen är tom",
      5000,
      "the question about the empty file was not shown",
    );
    assert.equal(
      await page.message(),
      `Filen ${empty} är tom (0 byte). Skapa ett nytt förbund i den, eller öppna en annan fil?`,
    );
    assert.equal(
      await (await visible(app.driver, "#skapa-i-tom-fil")).getText(),
      "Skapa ett nytt förbund i den",
    );
    assert.equal(readFileSync(empty).length, 0, "the empty file is not written to");
    assert.deepEqual(readdirSync(folder).sort(), ["budget.xlsx", "tom fil å ä ö.db"]);
  });
});
