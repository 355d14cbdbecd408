// "Uppdateringar" in a copy the kommun's IT department installed with the MSI, through the
// real window as the officer opens it: Inställningar → Uppdateringar says who updates the
// program and which version is installed, and offers no "Sök efter uppdateringar". The
// e2e tests cannot install an MSI, so FINSAMKOLLEN_INSTALL_KIND=msi stands in for the mark
// the build writes into the MSI's exe; like the clock's override, only debug builds honour
// it. An update server is started too, to show that the app never asks it.
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { freePort, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";
import { appVersion as installed, launchOnUpdates } from "../support/updates.js";

describe("uppdateringar i en kopia som IT installerade (MSI)", () => {
  const dir = tempDir();
  const requests = [];
  let server;
  let app;

  before(async () => {
    const port = await freePort();
    server = http.createServer((req, res) => {
      requests.push(req.url);
      res.statusCode = 404;
      res.end();
    });
    await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
    app = await launchOnUpdates({
      dataFile: path.join(dir, "msi.db"),
      namn: "Finsam Kommunens IT",
      extraEnv: {
        FINSAMKOLLEN_INSTALL_KIND: "msi",
        FINSAMKOLLEN_UPDATE_ENDPOINT: `http://127.0.0.1:${port}/latest.json`,
      },
    });
  });

  after(async () => {
    await app?.quit();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  it("says that the IT department updates it, with the installed version", async () => {
    const sentence = await visible(app.driver, "#update-it");
    assert.equal(
      await sentence.getText(),
      `Uppdateringar sköts av er IT-avdelning. Installerad version: ${installed}.`,
    );
    const panel = await app.driver.findElement(By.css("#panel-updates")).getText();
    assert.doesNotMatch(panel, /Sök efter uppdateringar/);
    assert.doesNotMatch(panel, /söker bara efter uppdateringar när du ber om det/);
    await screenshot(app.driver, "uppdatering-msi");
    await assertAccessible(app.driver);
  });

  it("offers no Sök efter uppdateringar and never asks the server", async () => {
    const buttons = await app.driver.findElements(By.css("#check-updates"));
    assert.equal(buttons.length, 0);
    const labelled = await app.driver.findElements(
      By.xpath("//button[contains(., 'Sök efter uppdateringar')]"),
    );
    assert.equal(labelled.length, 0);
    assert.deepEqual(requests, []);
  });
});
