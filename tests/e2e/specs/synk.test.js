// A data file in a synced or network folder (issue 14, item 6): the app warns at open, in
// Swedish and with the reason, until the officer chooses "Visa inte igen"; then the same
// file opens without it. The folder is taken to be on NFS through FINSAMKOLLEN_FS_TYPE,
// which debug builds honour (a test cannot mount a network share); the detection itself is
// tested with injected file-system facts in tests/core/location.rs.
import assert from "node:assert/strict";
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
    const warning = await visible(app.driver, "#synkvarning");
    assert.equal(
      await (await visible(app.driver, "#synkvarning-rubrik")).getText(),
      "Datafilen ligger i en nätverksmapp (nfs4).",
    );
    const text = await warning.getText();
    assert.match(text, /låsning och skrivlogg fungerar inte säkert i en nätverksmapp/);
    assert.match(text, /kopiera filen medan den är halvskriven/);
    assert.match(text, new RegExp(`Mappen: ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    await screenshot(app.driver, "synkvarning");
    await assertAccessible(app.driver);
  });

  it("leads to Dina data, where the backup folder is chosen", async () => {
    await click(app.driver, await visible(app.driver, "#synkvarning-dina-data"));
    await visible(app.driver, "#data-heading");
    assert.equal(
      await (await visible(app.driver, "#flik-data")).getAttribute("aria-selected"),
      "true",
    );
    assert.equal(await new DinaDataPage(app.driver).text("data-fil"), dataFile);
  });

  it("is not shown again once dismissed, for this file", async () => {
    await click(app.driver, await visible(app.driver, "#synkvarning-avfarda"));
    await app.driver.wait(
      async () => (await app.driver.findElements(By.css("#synkvarning"))).length === 0,
      5000,
      "the warning stayed",
    );
    await app.quit();
    app = await launchApp({ dataFile, today: "2026-11-25", extraEnv: env });
    await new StartPage(app.driver).waitUntilShown();
    assert.equal((await app.driver.findElements(By.css("#synkvarning"))).length, 0);
  });
});
