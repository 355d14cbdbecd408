// "Dina data" through the real window: its own tab in Inställningar, the backup after the
// day's first save, a backup made by hand, the notice when backups share the data file's
// disk, a changed backup folder, restoring a backup (the current file is backed up first,
// and the app says what came back), and the recovery screen for a damaged or an empty
// file: the file is kept as it was, a backup restores the data, or another file is opened.
import assert from "node:assert/strict";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { DinaDataPage } from "../pages/DinaDataPage.js";
import { FileErrorPage } from "../pages/FileErrorPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-11-24";
const NAMN = "Finsam Säkra Data";

describe("dina data", () => {
  const dir = tempDir();
  const dataFile = path.join(dir, "forbund.db");
  // Another disk for the chosen folder: /dev/shm is a file system of its own where there is
  // one; otherwise a folder beside the data file, and the same-disk notice stays.
  const otherDisk =
    existsSync("/dev/shm") && statSync("/dev/shm").dev !== statSync(dir).dev
      ? mkdtempSync("/dev/shm/finsamkollen-e2e-")
      : null;
  const chosenFolder = path.join(otherDisk ?? dir, "Extern disk");
  const settingsFile = path.join(dir, "installningar.json");
  const env = {
    FINSAMKOLLEN_SETTINGS_FILE: settingsFile,
    FINSAMKOLLEN_DIALOG_FOLDER: chosenFolder,
  };
  let app;
  let data;

  const launch = async (extra = {}) => {
    app = await launchApp({ dataFile, today: TODAY, extraEnv: { ...env, ...extra } });
    data = new DinaDataPage(app.driver);
  };

  const addInsats = async (namn) => {
    await click(app.driver, await visible(app.driver, "#nav-start"));
    const insatser = new InsatserPage(app.driver);
    // Any start in an open year will do (2025 is locked on TODAY, Y6). Starting the app on
    // an earlier day instead would add that day's automatic backup to the ones counted here.
    await insatser.addInsats({
      namn,
      inriktning: "individinriktad",
      preciserad: "Stöd till arbete",
      startdatum: "2026-01-01",
    });
    await insatser.waitDialogClosed();
  };

  const insatsNames = async () =>
    (await new InsatserPage(app.driver).rows()).map((r) => r[0]).sort();

  before(async () => {
    await launch();
    await CreateForbundPage.createForbund(app.driver, {
      namn: NAMN,
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    await addInsats("Steget vidare");
  });

  after(async () => {
    await app?.quit();
  });

  it("has its own tab, with the backup the day's first save made", async () => {
    await data.open();
    assert.equal(await data.text("flik-data"), "Dina data");
    assert.equal(await data.text("data-fil"), dataFile);
    assert.equal(await data.text("backup-mapp"), path.join(dir, "Säkerhetskopior"));
    // The new file had nothing to keep at start; creating the förbund was the day's first
    // save, and it made a backup. The insats saved after it made none.
    assert.match(await data.text("backup-senaste"), /^2026-11-24 \d\d:\d\d:\d\d \(1 sparade\)$/);
    const rows = await data.waitForBackups(1);
    assert.deepEqual(rows[0].slice(1), [NAMN, "–", "0"]);
    // The backups are beside the data file, on the same disk.
    assert.match(
      await data.text("backup-samma-disk"),
      /samma disk som datafilen\. Går disken sönder eller blir datorn stulen försvinner båda/,
    );
    await screenshot(app.driver, "dina-data-flik");
    await assertAccessible(app.driver);
  });

  it("makes a backup by hand and shows when and where", async () => {
    await data.press("backup-nu");
    const status = await data.waitStatus(/^Säkerhetskopian är gjord 2026-11-24 /);
    assert.match(await data.text("backup-senaste"), /^2026-11-24 \d\d:\d\d:\d\d/);
    const rows = await data.waitForBackups(2);
    assert.deepEqual(rows[0].slice(1), [NAMN, "–", "1"]);
    assert.ok(status);
  });

  it("restores a backup after backing up the current file", async () => {
    await addInsats("Kompetenslyft");
    // The list is read again after the wizard closes: wait for it to show the new insats.
    await app.driver.wait(
      async () =>
        JSON.stringify(await insatsNames()) === JSON.stringify(["Kompetenslyft", "Steget vidare"]),
      5000,
      "the new insats is listed",
    );
    await data.open();
    await data.restore(0);
    assert.match(
      await data.text("restore-dialog"),
      new RegExp(`: ${NAMN}, 1 insats, inga år med uppgifter\\.`),
      "no years said in words, not with a dash",
    );
    const lines = await app.driver.executeScript(
      "return document.getElementById('restore-tidpunkt').getClientRects().length",
    );
    assert.equal(lines, 1, "the time of the backup is not broken across lines");
    await screenshot(app.driver, "restore-bekrafta");
    await assertAccessible(app.driver);
    await data.confirmRestore();
    await new StartPage(app.driver).waitUntilShown();
    // The app says what came back, and from when.
    assert.match(
      await data.text("restored"),
      new RegExp(
        `^Återställt från säkerhetskopian 2026-11-24 \\d\\d:\\d\\d: ${NAMN}, 1 insats, inga år med uppgifter\\.`,
      ),
    );
    await screenshot(app.driver, "restored");
    await app.driver.wait(
      async () => JSON.stringify(await insatsNames()) === JSON.stringify(["Steget vidare"]),
      5000,
      "the restored file has one insats",
    );
    await data.open();
    // Newest: the restored file as it now is; then the file before the restore.
    const rows = await data.waitForBackups(4);
    assert.equal(rows[0][3], "1", "the restored file, backed up after the restore");
    assert.equal(rows[1][3], "2", "the file before the restore, with both insatser");
    await app.driver.executeScript(
      "document.querySelector('#data-heading').scrollIntoView({ block: 'start' })",
    );
    await screenshot(app.driver, "dina-data");
    await assertAccessible(app.driver);
  });

  it("changes the backup folder and goes back to the default", async () => {
    // "Välj en annan plats …" in the same-disk notice is "Byt mapp …".
    await data.press("backup-annan-plats");
    await data.waitStatus(/Säkerhetskopior sparas nu i .*Extern disk/);
    assert.equal(await data.text("backup-mapp"), chosenFolder);
    if (otherDisk) {
      await app.driver.wait(
        async () => (await app.driver.findElements(By.css("#backup-samma-disk"))).length === 0,
        5000,
        "the same-disk notice stays after choosing another disk",
      );
    }
    await data.press("backup-nu");
    await data.waitStatus(/^Säkerhetskopian är gjord/);
    assert.equal(readdirSync(chosenFolder).filter((n) => n.endsWith(".db")).length, 1);
    // The restore list shows the backups of both folders.
    await data.waitForBackups(5);
    await data.press("backup-standardmapp");
    await data.waitStatus(/Säkerhetskopior sparas nu i .*Säkerhetskopior/);
  });

  it("opens the recovery screen for a damaged file and restores a backup", async () => {
    await app.quit();
    const bytes = readFileSync(dataFile);
    const damaged = bytes.subarray(0, Math.floor(bytes.length / 2));
    writeFileSync(dataFile, damaged);
    await launch();
    const page = new FileErrorPage(app.driver);
    assert.equal(await page.heading(), "Datafilen är skadad");
    assert.match(await page.message(), /Filen har inte ändrats/);
    // The default folder's four (the chosen folder is no longer in use).
    const rows = await data.waitForBackups(4);
    assert.ok(rows.every((r) => r[1] === NAMN));
    await screenshot(app.driver, "restore-skadad-fil");
    await assertAccessible(app.driver);
    assert.deepEqual(readFileSync(dataFile), damaged, "the damaged file is untouched");

    await data.restore(0);
    assert.match(await data.text("restore-dialog"), /skadade datafilen ändras inte/);
    await data.confirmRestore();
    await new StartPage(app.driver).waitUntilShown();
    // The damaged file is kept aside, with its side files (the app was stopped mid-run).
    const aside = readdirSync(dir).filter((n) => /^forbund\.db\.skadad-[\d-]+$/.test(n));
    assert.equal(aside.length, 1);
    assert.deepEqual(readFileSync(path.join(dir, aside[0])), damaged, "kept byte for byte");
  });

  it("refuses an empty data file that has backups and restores one", async () => {
    // 0 bytes where the data file was: a copy or sync that died. Not a new file.
    await app.quit();
    writeFileSync(dataFile, "");
    await launch();
    const page = new FileErrorPage(app.driver);
    assert.equal(await page.heading(), "Datafilen är tom");
    assert.match(await page.message(), /är tom: .*fast det finns säkerhetskopior av den/);
    assert.match(await page.message(), /Filen har inte ändrats/);
    // The four before, and the restored file of the test before, backed up after it.
    const rows = await data.waitForBackups(5);
    assert.ok(rows.every((r) => r[1] === NAMN));
    await screenshot(app.driver, "restore-tom-fil");
    await assertAccessible(app.driver);
    assert.equal(readFileSync(dataFile).length, 0, "the empty file is not written to");

    await data.restore(0);
    await data.confirmRestore();
    const start = await new StartPage(app.driver).waitUntilShown();
    assert.equal(await start.forbundNamn(), NAMN);
    const aside = readdirSync(dir).filter((n) => /^forbund\.db\.skadad-[\d-]+$/.test(n));
    assert.equal(aside.length, 2, "the damaged file of the test before, and the empty one");
    assert.ok(aside.some((n) => readFileSync(path.join(dir, n)).length === 0));
  });

  it("opens another data file from the recovery screen", async () => {
    await app.quit();
    const foreign = path.join(dir, "budget.xlsx");
    writeFileSync(foreign, "PK\u0003\u0004 ett kalkylark, ingen databas");
    app = await launchApp({
      dataFile: foreign,
      today: TODAY,
      extraEnv: { ...env, FINSAMKOLLEN_DIALOG_OPEN_FILE: dataFile },
    });
    const page = new FileErrorPage(app.driver);
    assert.equal(await page.heading(), "Filen är inte en datafil från Finsamkollen");
    assert.equal(
      await new DinaDataPage(app.driver).text("restore-empty"),
      "Det finns inga säkerhetskopior av den här datafilen.",
    );
    await click(app.driver, await visible(app.driver, "#oppna-annan-fil"));
    const start = await new StartPage(app.driver).waitUntilShown();
    assert.equal(await start.forbundNamn(), NAMN);
    assert.ok(existsSync(foreign));
  });
});
