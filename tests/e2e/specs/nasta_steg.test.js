// "Nästa steg" after "Skapa förbund" (issue 27): the list on the start page, a link that
// leads to where a step is done, the tick once it is, and that a closed list stays closed
// after a restart.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { ForbundPage } from "../pages/ForbundPage.js";
import { launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-11-24";

/** The list's steps as shown: text and whether ticked. */
async function steps(driver) {
  const items = await driver.findElements(By.css("#nasta-steg li"));
  return Promise.all(
    items.map(async (li) => ({
      text: await li.findElement(By.css("button")).getText(),
      klar: (await li.getAttribute("class")).split(" ").includes("klar"),
    })),
  );
}

describe("Nästa steg", () => {
  const dir = tempDir();
  const dataFile = path.join(dir, "forbund.db");
  // The same settings file across the restart: the closing is remembered there.
  const extraEnv = { FINSAMKOLLEN_SETTINGS_FILE: path.join(dir, "installningar.json") };
  let app;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY, extraEnv });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Samordningsförbundet Värmland",
      organisationsnummer: "222000-1628",
      startdatum: "2015-01-01",
    });
  });

  after(async () => {
    await app?.quit();
  });

  it("shows the steps after Skapa förbund, none done, and passes axe", async () => {
    await visible(app.driver, "#nasta-steg");
    assert.deepEqual(await steps(app.driver), [
      { text: "Ange verksamhetsområde", klar: false },
      { text: "Lägg till ingående organisationer", klar: false },
      { text: "Lägg till uppdrag", klar: false },
      { text: "Lägg till den första insatsen", klar: false },
      { text: "Registrera medel", klar: false },
      { text: "Läs in tidigare år", klar: false },
    ]);
    await screenshot(app.driver, "nasta-steg");
    await assertAccessible(app.driver);
  });

  it("leads to the uppdrag, and ticks the step once one is saved", async () => {
    const link = await app.driver.findElement(
      By.xpath("//section[@id='nasta-steg']//button[normalize-space()='Lägg till uppdrag']"),
    );
    await link.click();
    await visible(app.driver, "#uppdrag-heading");
    const page = new ForbundPage(app.driver);
    await page.fill({
      "uppdrag-namn": "Anna Lindqvist",
      "uppdrag-epost": "anna.lindqvist@finsam.se",
      "uppdrag-telefon": "054-123 45 67",
    });
    await page.clickButton("uppdrag-spara");
    await page.waitForRows("uppdrag-tabell", (rows) => rows[0]?.[0] === "Anna Lindqvist");
    await (await visible(app.driver, "#nav-start")).click();
    await visible(app.driver, "#nasta-steg");
    await app.driver.wait(async () => {
      const uppdrag = (await steps(app.driver)).find((s) => s.text === "Lägg till uppdrag");
      return uppdrag?.klar === true;
    }, 5000);
    const text = await (await app.driver.findElement(By.css("#nasta-steg"))).getText();
    assert.match(text, /5 av 6 steg kvar/);
    await screenshot(app.driver, "nasta-steg-uppdrag-klart");
    await assertAccessible(app.driver);
  });

  it("stays closed after Stäng listan and a restart", async () => {
    await (await visible(app.driver, "#nasta-steg-stang")).click();
    await app.driver.wait(
      async () => (await app.driver.findElements(By.css("#nasta-steg"))).length === 0,
      5000,
    );
    await app.quit();
    app = await launchApp({ dataFile, today: TODAY, extraEnv });
    await visible(app.driver, "#forbund-namn");
    await visible(app.driver, "#kontroll-lage");
    // The list is read after the page is drawn: give it time to show, were it still there.
    await app.driver.sleep(1000);
    assert.equal((await app.driver.findElements(By.css("#nasta-steg"))).length, 0);
  });
});
