// Fördelning per finansiär (issue 15, part 5): the split of samverkansparterna over the
// ingående organisationer marked finansiär, with the sum, and the law's shares (F3) as a
// warning that never blocks the save.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { ForbundPage } from "../pages/ForbundPage.js";
import { Key, YearPage } from "../pages/YearPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const plain = (text) => text.replaceAll("\u00a0", " ");

describe("the split per financier", () => {
  const dataFile = path.join(tempDir(), "fordelning.db");
  let app;
  let year;

  /** The split as rows of [financier, type, amount]. */
  async function rows() {
    const trs = await app.driver.findElements(By.css("#fordelning tbody tr"));
    return Promise.all(
      trs.map(async (tr) => {
        const cells = await tr.findElements(By.css("th, td"));
        return Promise.all(cells.map(async (c) => plain(await c.getText())));
      }),
    );
  }

  /** Types `amounts` (financier name → text) into the open split. */
  async function fill(amounts) {
    for (const [namn, text] of Object.entries(amounts)) {
      const input = await visible(app.driver, `#fordelning tr[data-organisation="${namn}"] input`);
      // Selected, so what is typed replaces it, as after a double-click.
      await app.driver.executeScript("arguments[0].focus(); arguments[0].select()", input);
      await input.sendKeys(text);
    }
  }

  before(async () => {
    app = await launchApp({ dataFile, today: "2026-03-01" });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Fördelning",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    // The members, with the roles the app suggests (FK, the region and the kommun finance).
    const page = await new ForbundPage(app.driver).open();
    await page.openOrganisationPicker();
    await page.searchOrganisation({ typ: "Stat", namn: "" });
    await page.tick("org-hits", "Arbetsförmedlingen");
    await page.tick("org-hits", "Försäkringskassan");
    await page.clickButton("org-valj");
    await page.searchOrganisation({ typ: "Region/landsting", namn: "*värmland" });
    await page.tick("org-hits", "Region Värmland");
    await page.clickButton("org-valj");
    await page.searchOrganisation({ typ: "Kommun", namn: "Karlstad" });
    await page.tick("org-hits", "Karlstads kommun");
    await page.clickButton("org-valj");
    await page.closePicker("org-ok");
    await page.save();
    assert.equal(await page.waitSaved(), "Ändringarna är sparade.");
    await click(app.driver, await visible(app.driver, "#nav-start"));
    year = new YearPage(app.driver);
    await year.press("medel-andra");
    await year.focus("medel-samverkansparterna");
    await year.keys("1 000 000", Key.TAB, "0", Key.TAB, "0");
    await year.press("medel-spara");
    await year.waitGone("medel-spara");
  });

  after(async () => {
    await app?.quit();
  });

  it("lists each financier and warns, without blocking, when the law's shares are off", async () => {
    assert.deepEqual(await rows(), [
      ["Försäkringskassan", "Stat", "–"],
      ["Region Värmland", "Region/landsting", "–"],
      ["Karlstads kommun", "Kommun", "–"],
    ]);
    await year.press("fordelning-andra");
    await fill({
      Försäkringskassan: "400 000",
      "Region Värmland": "300 000,00",
      "Karlstads kommun": "300000",
    });
    await year.press("fordelning-spara");
    await year.waitGone("fordelning-spara");
    assert.deepEqual(await rows(), [
      ["Försäkringskassan", "Stat", "400 000"],
      ["Region Värmland", "Region/landsting", "300 000"],
      ["Karlstads kommun", "Kommun", "300 000"],
    ]);
    assert.equal(await year.text("fordelning-summa"), "1 000 000");
    assert.equal(await year.text("fordelning-samverkansparterna"), "1 000 000");
    const warnings = await app.driver.findElements(By.css("#fordelning-varningar li"));
    assert.deepEqual(await Promise.all(warnings.map(async (w) => plain(await w.getText()))), [
      "Enligt lagen står Försäkringskassan för 1/2 av samverkansparternas medel, men för 2025 är andelen 400 000 av 1 000 000 kr.",
      "Enligt lagen står regionerna för 1/4 av samverkansparternas medel, men för 2025 är andelen 300 000 av 1 000 000 kr.",
      "Enligt lagen står kommunerna för 1/4 av samverkansparternas medel, men för 2025 är andelen 300 000 av 1 000 000 kr.",
    ]);
    await screenshot(app.driver, "fordelning-varning");
    await assertAccessible(app.driver);
  });

  it("refuses öre beside the amount and saves nothing", async () => {
    await year.press("fordelning-andra");
    await fill({ Försäkringskassan: "500 000,50" });
    await year.press("fordelning-spara");
    assert.equal(
      await year.text("fordelning-fel"),
      "Inget sparades. Rätta beloppen som är markerade.",
    );
    const error = await visible(
      app.driver,
      '#fordelning tr[data-organisation="Försäkringskassan"] .error',
    );
    assert.equal(await error.getText(), "Ange hela kronor, utan ören eller decimaler.");
    await screenshot(app.driver, "fordelning-fel");
    await assertAccessible(app.driver);
    await year.press("fordelning-avbryt");
    assert.equal((await rows())[0][2], "400 000", "nothing was saved");
  });

  it("has no warning once the split follows the law", async () => {
    await year.press("fordelning-andra");
    await fill({
      Försäkringskassan: "500 000",
      "Region Värmland": "250 000",
      "Karlstads kommun": "250 000",
    });
    await year.press("fordelning-spara");
    await year.waitGone("fordelning-spara");
    await year.waitGone("fordelning-varningar");
    assert.equal(await year.text("fordelning-summa"), "1 000 000");
    await screenshot(app.driver, "fordelning");
  });
});
