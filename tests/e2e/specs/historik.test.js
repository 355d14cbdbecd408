// Historik through the real window: the insats panel, the year view and the förbund page
// each show what was changed, when, and by which action, and a refused save adds nothing.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { ForbundPage } from "../pages/ForbundPage.js";
import { HistorikPage } from "../pages/HistorikPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { Key, YearPage } from "../pages/YearPage.js";
import { click, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";
import { launchAfterSpring2025, STEGET_VIDARE } from "../support/history.js";

const TODAY = "2026-11-24";

describe("historik", () => {
  const dataFile = path.join(tempDir(), "historik.db");
  let app;
  let insatser;

  before(async () => {
    // The insats starts in 2025, which is locked on TODAY (Y6): it was registered in the
    // spring of 2025, while 2025 was still open.
    ({ app } = await launchAfterSpring2025({
      dataFile,
      namn: "Finsam Historik",
      insatser: [STEGET_VIDARE],
      today: TODAY,
    }));
    insatser = new InsatserPage(app.driver);
  });

  after(async () => {
    await app?.quit();
  });

  it("shows an insats's changes, newest first, in its panel", async () => {
    await insatser.openPanel("Steget vidare");
    await insatser.type("panel-beskrivning", "Stöd till arbete i Mora.");
    await insatser.type("panel-namn", "Steget vidare Mora");
    await insatser.press("panel-spara");
    assert.equal(await insatser.panelText("panel-sparad"), "Insatsen är sparad.");
    const historik = await new HistorikPage(app.driver, "panel-historik").open();
    const newest = await historik.waitForNewest("Ändra insats: Steget vidare");
    assert.match(newest.tidpunkt, /^2026-11-24 \d\d:\d\d$/);
    assert.deepEqual(newest.andringar, [
      ["Namn", "Steget vidare", "Steget vidare Mora"],
      ["Beskrivning", "–", "Stöd till arbete i Mora."],
    ]);
    const all = await historik.handlingar();
    assert.equal(all.at(-1).handling, "Ny insats: Steget vidare");
    // Worded as the panel's fixed choices above it.
    assert.ok(
      all
        .at(-1)
        .andringar.some(
          ([falt, , nytt]) => falt === "Uppföljning" && nytt === "Deltagare följs upp",
        ),
      JSON.stringify(all.at(-1).andringar),
    );
    await screenshot(app.driver, "historik-insats");
    await assertAccessible(app.driver);

    // A refused save adds nothing.
    await insatser.type("panel-namn", "   ");
    await insatser.press("panel-spara");
    assert.equal(await insatser.errorText("panel-namn"), "Namn måste fyllas i.");
    assert.equal((await historik.handlingar()).length, all.length);
  });

  it("shows the year's changes in the year view", async () => {
    const year = new YearPage(app.driver);
    await year.focus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys("1 000 000", Key.TAB, "200000", Key.TAB, "", Key.TAB, Key.ENTER);
    await year.waitGone("medel-spara");
    const historik = await new HistorikPage(app.driver, "ar-historik").open();
    const newest = await historik.waitForNewest("Ändra medel 2026");
    assert.deepEqual(newest.andringar, [
      ["Medel från samverkansparterna", "–", "1 000 000 kr"],
      ["Medel från ESF+", "–", "200 000 kr"],
      ["Överskott från föregående år", "–", "0 kr"],
    ]);
    await screenshot(app.driver, "historik-ar");
    await assertAccessible(app.driver);
  });

  it("shows the förbund's changes on the förbund page", async () => {
    // The refused name is still typed in the panel: leaving asks first (unsaved.test.js).
    await click(app.driver, await visible(app.driver, "#nav-forbund"));
    await click(app.driver, await visible(app.driver, "#leave-discard"));
    await visible(app.driver, "#forbund-page-heading");
    const page = new ForbundPage(app.driver);
    await page.fill({ "f-kontakt-namn": "Kim Andersson" });
    await page.save();
    await page.waitSaved();
    const historik = await new HistorikPage(app.driver, "forbund-historik").open();
    const newest = await historik.waitForNewest("Spara förbundets uppgifter");
    assert.deepEqual(newest.andringar, [["Kontaktperson", "–", "Kim Andersson"]]);
    const all = await historik.handlingar();
    assert.equal(all.at(-1).handling, "Skapa förbund");
    await screenshot(app.driver, "historik-forbund");
    await assertAccessible(app.driver);
  });
});
