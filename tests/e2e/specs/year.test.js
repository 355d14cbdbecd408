// The year view through the real window, by keyboard only: funds, a full budget in the
// grid, totals and balance, a refused cell, copying last year's budget, and the 15 April
// lock with the clock set to the next spring.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { Key, YearPage } from "../pages/YearPage.js";
import { launchApp, screenshot, tempDir } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";
import { KOMPETENSLYFT, launchAfterSpring2025, STEGET_VIDARE } from "../support/history.js";

// Amounts are shown with sv-SE grouping (no-break spaces); the page object reads them with
// plain spaces.

describe("the year view", () => {
  const dataFile = path.join(tempDir(), "ar.db");
  let app;
  let year;
  let start;

  before(async () => {
    // The insatser start in 2025, which is locked on 2026-11-24 (Y6): they were registered
    // in the spring of 2025, while 2025 was still open.
    ({ app, start, year } = await launchAfterSpring2025({
      dataFile,
      namn: "Finsam Budget",
      insatser: [STEGET_VIDARE, KOMPETENSLYFT],
      today: "2026-11-24",
    }));
  });

  after(async () => {
    await app?.quit();
  });

  it("enters the year's funds by keyboard", async () => {
    assert.equal(await start.selectedYear(), 2026);
    await year.focus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys("1 000 000", Key.TAB, "200000", Key.TAB, "50 000", Key.TAB, Key.ENTER);
    await year.waitGone("medel-spara");
    assert.equal(await year.text("medel-totalt"), "1 250 000");
  });

  it("fills the budget grid by keyboard alone: arrows, typing, Enter and Tab", async () => {
    await year.focus("budget-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("0-1");
    // Kompetenslyft budget, Enter moves down to Steget vidare.
    await year.keys("300000", Key.ENTER);
    // Steget vidare: budget, Tab to utfall, Tab to budgeterade deltagare.
    await year.keys("400 000", Key.TAB, "380000", Key.TAB, "25", Key.ENTER);
    // Down on the admin row's deltagare column (absent, B1), left twice to its budget.
    await year.keys(Key.ARROW_LEFT, Key.ARROW_LEFT, "150000", Key.TAB, "140000", Key.ENTER);
    // Enter on the last row accepts the cell and stays there. Up to Steget vidare's utfall:
    // Esc cancels the edit typed there, and focus stays on the cell.
    await year.keys(Key.ARROW_UP, "9", "9", Key.ESCAPE);
    await year.waitForFocus("1-2");
    await year.keys(Key.ARROW_DOWN);
    await year.waitForFocus("2-2");
    await screenshot(app.driver, "budget-redigering");
    await assertAccessible(app.driver);
    // One tab stop out of the grid to Spara.
    await year.keys(Key.TAB);
    assert.equal(await year.activeDescription(), "budget-spara");
    await year.keys(Key.ENTER);
    await year.waitGone("budget-spara");
    assert.deepEqual(await year.grid(), [
      ["Kompetenslyft", "300 000", "–", "", "–", "–"],
      ["Steget vidare", "400 000", "380 000", "25", "−20 000", "−5,0 %"],
      ["Administrativa kostnader", "150 000", "140 000", "", "−10 000", "−6,7 %"],
    ]);
  });

  it("shows totals and the balance for budget and utfall", async () => {
    assert.equal(await year.text("saldo-budget"), "400 000 kr");
    assert.equal(await year.text("saldo-utfall"), "730 000 kr");
    assert.equal(await year.text("utfall-saknas"), "Utfall saknas för en rad och räknas som 0 kr.");
    await screenshot(app.driver, "ar-summering");
    await assertAccessible(app.driver);
  });

  it("follows typed and pasted values with the deviation and the totals before Spara", async () => {
    await year.focus("budget-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("0-1");
    // Kompetenslyft's utfall, typed without spaces; Enter leaves the cell.
    await year.keys(Key.ARROW_RIGHT, "330000", Key.ENTER);
    await year.waitForFocus("1-2");
    const row = async (i) => (await year.grid())[i];
    await app.driver.wait(
      async () => (await row(0))[2] === "330 000" && (await row(0))[4] === "30 000",
      5000,
      "the typed utfall and its deviation did not show at once",
    );
    assert.deepEqual(await row(0), ["Kompetenslyft", "300 000", "330 000", "", "30 000", "10,0 %"]);
    assert.equal(await year.text("saldo-utfall"), "400 000 kr");
    assert.equal(await year.text("summa-heading"), "Summering 2026 (osparat)");
    assert.match(await year.text("budget-unsaved"), /inte sparade/);
    const marked = await app.driver.findElements(By.css("#budget td.unsaved"));
    assert.equal(marked.length, 2, "Kompetenslyft's two deviations are marked as unsaved");

    // A block pasted from Excel into Steget vidare's budget: budget and utfall.
    await year.keys(Key.ARROW_LEFT);
    await year.waitForFocus("1-1");
    await year.paste("500000\t450000");
    await app.driver.wait(
      async () => (await row(1))[4] === "−50 000",
      5000,
      "the pasted values' deviation did not show",
    );
    assert.deepEqual(await row(1), [
      "Steget vidare",
      "500 000",
      "450 000",
      "25",
      "−50 000",
      "−10,0 %",
    ]);
    assert.equal(await year.text("saldo-budget"), "300 000 kr");
    assert.equal(await year.text("saldo-utfall"), "330 000 kr");
    await screenshot(app.driver, "budget-live");
    await assertAccessible(app.driver);

    // Avbryt: the stored figures again, nothing marked.
    await year.press("budget-avbryt");
    assert.deepEqual(await row(0), ["Kompetenslyft", "300 000", "–", "", "–", "–"]);
    assert.equal(await year.text("saldo-utfall"), "730 000 kr");
    assert.equal(await year.text("summa-heading"), "Summering 2026");
  });

  it("refuses decimals beside the cell and saves nothing", async () => {
    await year.focus("budget-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("0-1");
    await year.keys("12,5", Key.ENTER);
    await year.focus("budget-spara");
    await year.keys(Key.ENTER);
    // The refusal comes back over IPC: wait for its message before reading the cells.
    assert.equal(await year.text("budget-fel"), "Inget sparades. Rätta cellerna som är markerade.");
    assert.deepEqual(await year.cellErrors(), ["Ange hela kronor, utan ören eller decimaler."]);
    await screenshot(app.driver, "budget-fel");
    await year.press("budget-avbryt");
    assert.equal((await year.grid())[0][1], "300 000", "nothing was saved");
  });

  it("accepts a cell with Enter without opening the next one, and saves on Ctrl+S", async () => {
    await year.focus("budget-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("0-1");
    await year.keys(Key.ARROW_RIGHT, "290000", Key.ENTER);
    // Enter accepted Kompetenslyft's utfall and moved down to Steget vidare's, which waits
    // for the officer rather than opening for editing by itself.
    await year.waitForFocus("1-2");
    const focused = await app.driver.executeScript("return document.activeElement.tagName");
    assert.notEqual(focused, "INPUT", "the next cell is not being edited");
    // Enter on a filled cell selects its figures: typing replaces them (it once added to
    // them, "380 000385000"), and Esc gives them back.
    await year.keys(Key.ENTER);
    await app.driver.wait(
      async () =>
        (await app.driver.executeScript("return document.activeElement.tagName")) === "INPUT",
      5000,
      "the cell did not open for editing",
    );
    await year.keys("385000");
    assert.equal(await app.driver.executeScript("return document.activeElement.value"), "385000");
    await year.keys(Key.ESCAPE);
    await year.waitForFocus("1-2");
    await app.driver.actions().keyDown(Key.CONTROL).sendKeys("s").keyUp(Key.CONTROL).perform();
    await year.waitGone("budget-spara");
    const grid = await year.grid();
    assert.equal(grid[0][2], "290 000");
    assert.equal(grid[1][2], "380 000", "the cell Enter moved to is unchanged");
  });

  it("copies last year's budget into next year's empty cells", async () => {
    await start.chooseYear(2027);
    await year.press("kopiera-budget");
    const list = await year.text("kopiera-lista");
    assert.match(list, /Kompetenslyft/);
    assert.match(list, /Administrativa kostnader/);
    await screenshot(app.driver, "kopiera-budget");
    await year.press("kopiera-ok");
    await year.waitGone("kopiera-budget");
    const grid = await year.grid();
    assert.deepEqual(
      grid.map((r) => r.slice(0, 3)),
      [
        ["Kompetenslyft", "300 000", "–"],
        ["Steget vidare", "400 000", "–"],
        ["Administrativa kostnader", "150 000", "–"],
      ],
    );
  });

  it("locks the year on 16 April of the next year, keeping its figures readable", async () => {
    await app.quit();
    app = await launchApp({ dataFile, today: "2027-04-16" });
    start = await new StartPage(app.driver).waitUntilShown();
    year = new YearPage(app.driver);
    await start.chooseYear(2026);
    assert.equal(await start.yearStatus(), "Låst sedan 16 april 2027");
    assert.equal(await year.exists("medel-andra"), false);
    assert.equal(await year.exists("budget-andra"), false);
    assert.equal(await year.text("medel-totalt"), "1 250 000");
    assert.equal((await year.grid())[1][2], "380 000");
    const refusal = await year.invokeError("save_medel", {
      input: { year: 2026, samverkansparterna: "1", esfPlus: "", overskott: "" },
    });
    assert.equal(refusal.code, "y1_locked");
    assert.equal(refusal.message, "Medel för 2026 kan inte ändras efter den 15 april 2027.");
    await screenshot(app.driver, "ar-last");
  });
});
