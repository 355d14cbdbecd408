// A data file in a synced or network folder (issue 14, item 6): the app warns at open, in
// Swedish and with the reason, until the officer chooses "Visa inte igen"; then the same
// file opens without it. "Flytta datafilen" moves it to a folder on this computer after a
// question, keeps the backups in the synced folder, and the next start finds it there. The folder is taken to be on NFS through FINSAMKOLLEN_FS_TYPE,
// which debug builds honour (a test cannot mount a network share); the detection itself is
// tested with injected file-system facts in tests/core/location.rs.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { DinaDataPage } from "../pages/DinaDataPage.js";
import { StartPage } from "../pages/StartPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

describe("datafil i en synkroniserad mapp", () => {
  const dir = tempDir();
  const dataFile = path.join(dir, "forbund.db");
  const env = {
    FINSAMKOLLEN_SETTINGS_FILE: path.join(dir, "installningar.json"),
    FINSAMKOLLEN_FS_TYPE: "nfs4",
  };
  let app;

  after(async () => {
    await app?.quit();
  });

  it("warns at open with the reason", async () => {
    app = await launchApp({ dataFile, today: "2026-11-24", extraEnv: env });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Nätverk",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    await new StartPage(app.driver).waitUntilShown();
    const warning = await visible(app.driver, "#sync-warning");
    assert.equal(
      await (await visible(app.driver, "#sync-warning-heading")).getText(),
      "Datafilen ligger i en nätverksmapp (nfs4).",
    );
    const text = await warning.getText();
    assert.match(text, /fungerar inte säkert i en nätverksmapp/);
    assert.doesNotMatch(text, /SQLite/);
    assert.match(text, /kopiera filen medan den är halvskriven/);
    assert.match(text, new RegExp(`Mappen: ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    await screenshot(app.driver, "sync-warning");
    await assertAccessible(app.driver);
  });

  it("leads to Dina data, where the backup folder is chosen", async () => {
    await click(app.driver, await visible(app.driver, "#sync-warning-dina-data"));
    await visible(app.driver, "#data-heading");
    assert.equal(
      await (await visible(app.driver, "#flik-data")).getAttribute("aria-selected"),
      "true",
    );
    assert.equal(await new DinaDataPage(app.driver).text("data-fil"), dataFile);
  });

  it("is not shown again once dismissed, for this file", async () => {
    await click(app.driver, await visible(app.driver, "#sync-warning-dismiss"));
    await app.driver.wait(
      async () => (await app.driver.findElements(By.css("#sync-warning"))).length === 0,
      5000,
      "the warning stayed",
    );
    await app.quit();
    app = await launchApp({ dataFile, today: "2026-11-25", extraEnv: env });
    await new StartPage(app.driver).waitUntilShown();
    assert.equal((await app.driver.findElements(By.css("#sync-warning"))).length, 0);
  });
});

describe("flytta datafilen från en OneDrive-mapp", () => {
  const dir = tempDir();
  // Found by the folder's name, as on an officer's computer: no injected facts.
  const dataFile = path.join(dir, "OneDrive", "forbund.db");
  const local = path.join(dir, "Lokal");
  const env = {
    FINSAMKOLLEN_SETTINGS_FILE: path.join(dir, "installningar.json"),
    FINSAMKOLLEN_DIALOG_MOVE_FOLDER: local,
  };
  let app;

  after(async () => {
    await app?.quit();
  });

  it("asks first, then moves the file and keeps the backups in OneDrive", async () => {
    app = await launchApp({ dataFile, today: "2026-11-24", extraEnv: env });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Moln",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    assert.equal(
      await (await visible(app.driver, "#sync-warning-heading")).getText(),
      "Datafilen ligger i en mapp som synkroniseras med OneDrive.",
    );
    await click(app.driver, await visible(app.driver, "#sync-warning-move"));
    await visible(app.driver, "#move-data-file-dialog[open]");
    assert.ok(existsSync(dataFile), "nothing moves before the officer's yes");
    assert.equal(await (await visible(app.driver, "#move-data-file-backups")).isSelected(), true);
    await screenshot(app.driver, "move-data-file");
    await assertAccessible(app.driver);
    await click(app.driver, await visible(app.driver, "#move-data-file-ok"));
    const moved = path.join(local, "forbund.db");
    const backups = path.join(dir, "OneDrive", "Säkerhetskopior");
    await app.driver.wait(
      async () => (await app.driver.findElements(By.css("#restored"))).length === 1,
      10000,
      "no word about the move",
    );
    const said = await (await visible(app.driver, "#restored")).getText();
    assert.ok(
      said.startsWith(`Datafilen är flyttad till ${moved}. Säkerhetskopiorna sparas i ${backups}.`),
      said,
    );
    assert.equal((await app.driver.findElements(By.css("#sync-warning"))).length, 0);
    assert.ok(existsSync(moved));
    assert.ok(!existsSync(dataFile), "the old file is gone");
    const data = await new DinaDataPage(app.driver).open();
    assert.equal(await data.text("data-fil"), moved);
    assert.equal(await data.text("backup-mapp"), backups);
  });

  it("opens the moved file at the next start on the old path", async () => {
    await app.quit();
    app = await launchApp({ dataFile, today: "2026-11-25", extraEnv: env });
    const start = await new StartPage(app.driver).waitUntilShown();
    assert.equal(await start.forbundNamn(), "Finsam Moln");
    assert.equal((await app.driver.findElements(By.css("#sync-warning"))).length, 0);
    assert.equal(
      await new DinaDataPage(app.driver).open().then((d) => d.text("data-fil")),
      path.join(local, "forbund.db"),
    );
  });
});
