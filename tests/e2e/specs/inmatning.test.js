// "Inmatning i Uppföljning Finsam" through the real window: the year's figures in the
// national system's order, copying a value (read back by pasting it), ticking rows by
// keyboard, a figure changed in the year view coming back as "Ändrat efter inmatning" with
// the old and new value, and marking the year as inrapporterat.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InmatningPage, Key } from "../pages/InmatningPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { YearPage } from "../pages/YearPage.js";
import { launchApp, screenshot, tempDir } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

// In March 2026 the officer is keying in 2025, which is open until 15 April.
const TODAY = "2026-03-10";

describe("inmatning i Uppföljning Finsam", () => {
  const dataFile = path.join(tempDir(), "inmatning.db");
  let app;
  let year;
  let view;
  let budgetKey;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Inmatning",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    const insatser = new InsatserPage(app.driver);
    await insatser.addInsats({
      namn: "Steget vidare",
      inriktning: "individinriktad",
      preciserad: "Stöd till arbete",
      startdatum: "2025-01-01",
    });
    await insatser.waitDialogClosed();
    const start = await new StartPage(app.driver).waitUntilShown();
    assert.equal(await start.selectedYear(), 2025);
    year = new YearPage(app.driver);
    await year.focus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys("1 000 000", Key.TAB, "0", Key.TAB, "50 000", Key.TAB, Key.ENTER);
    await year.waitGone("medel-spara");
    await year.focus("budget-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("0-1");
    await year.keys("400 000", Key.TAB, "380000", Key.TAB, "25", Key.ENTER);
    await year.keys(Key.ARROW_LEFT, Key.ARROW_LEFT, "150000", Key.TAB, "140000", Key.ENTER);
    await year.focus("budget-spara");
    await year.keys(Key.ENTER);
    await year.waitGone("budget-spara");
    view = new InmatningPage(app.driver);
  });

  after(async () => {
    await app?.quit();
  });

  it("shows the year's figures in Uppföljning Finsam's order and labels", async () => {
    await view.open();
    assert.equal(await view.activeId(), "inmatning-heading", "focus moves to the view");
    assert.deepEqual(await view.tables(), [
      [
        "Tilldelade medel",
        [
          ["Samverkansparterna", "1 000 000 kr", ""],
          ["Europeiska socialfonden Plus (ESF+)", "0 kr", ""],
          ["Överskott från föregående år", "50 000 kr", ""],
        ],
      ],
      [
        "Steget vidare (Individinriktad)",
        [
          ["Budget", "400 000 kr", ""],
          ["Utfall", "380 000 kr", ""],
          ["Budgeterat antal deltagare", "25", ""],
          ["Kvinnor", "Saknas", ""],
          ["Män", "Saknas", ""],
        ],
      ],
      [
        "Administrativa kostnader",
        [
          ["Budget", "150 000 kr", ""],
          ["Utfall", "140 000 kr", ""],
        ],
      ],
    ]);
    budgetKey = await view.key("Steget vidare", "Budget");
    assert.match(budgetKey, /^insats-\d+\.budget$/);
    assert.equal(
      await (await app.driver.findElement({ id: "inmatning-lage" })).getText(),
      "0 av 10 värden är inmatade.",
    );
  });

  it("copies a value as plain digits with a click, and with Ctrl+C", async () => {
    await (await view.valueButton("medel.samverkansparterna")).click();
    await view.waitForConfirmation("Kopierat 1000000");
    assert.equal(await view.pasted(), "1000000");
    await view.focus(await view.valueButton(budgetKey));
    await view.ctrl("c");
    await view.waitForConfirmation("Kopierat 400000");
    assert.equal(await view.pasted(), "400000");
  });

  it("ticks rows as inmatat by keyboard: Tab from the value, Space", async () => {
    for (const key of ["medel.samverkansparterna", budgetKey]) {
      await view.focus(await view.valueButton(key));
      await view.keys(Key.TAB);
      assert.equal(await view.activeId(), `inmatat-${key}`);
      await view.keys(Key.SPACE);
      assert.equal(await view.waitForStatus(key, /Inmatat/), "Inmatat 2026-03-10");
      assert.equal(await view.activeId(), `inmatat-${key}`, "focus stays on the tick");
    }
    assert.equal(
      await (await app.driver.findElement({ id: "inmatning-lage" })).getText(),
      "2 av 10 värden är inmatade.",
    );
    await screenshot(app.driver, "inmatning");
    await assertAccessible(app.driver);
  });

  it("marks a figure changed in the year view as Ändrat efter inmatning, old and new", async () => {
    await view.back();
    await year.focus("budget-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("0-1");
    await year.keys("420 000", Key.ENTER);
    await year.focus("budget-spara");
    await year.keys(Key.ENTER);
    await year.waitGone("budget-spara");
    await view.open();
    assert.equal(
      await view.status(budgetKey),
      "Ändrat efter inmatning: inmatat 400 000 kr, nu 420 000 kr Nya värdet är inmatat",
    );
    assert.equal(await view.status("medel.samverkansparterna"), "Inmatat 2026-03-10");
    assert.equal(
      await (await app.driver.findElement({ id: "inmatning-lage" })).getText(),
      "2 av 10 värden är inmatade. 1 har ändrats efter inmatning.",
    );
    await screenshot(app.driver, "inmatning-andrat");
    await assertAccessible(app.driver);
    // Keyed again: the new value is what Uppföljning Finsam has now.
    await (await view.valueButton(budgetKey)).click();
    await view.waitForConfirmation("Kopierat 420000");
    await app.driver.findElement({ id: `igen-${budgetKey}` }).click();
    assert.equal(await view.waitForStatus(budgetKey, /^Inmatat/), "Inmatat 2026-03-10");
  });

  it("marks the year as inrapporterat with the check's result and the report's hash", async () => {
    const text = await view.markInrapporterat();
    assert.match(
      text,
      /^2025 markerades som inrapporterat 2026-03-10\. Förhandskontrollen hade då \d+ fel och \d+ varning(ar)?\./,
    );
    const hash = await (
      await app.driver.findElement({ css: "#inrapporterat-heading ~ p .path" })
    ).getText();
    assert.match(hash, /^[0-9a-f]{64}$/);
    await screenshot(app.driver, "inmatning-inrapporterat");
    await assertAccessible(app.driver);
  });

  it("prints as a checklist: no navigation or buttons, each tick a box", async () => {
    const undo = await view.showAsPrinted();
    try {
      assert.equal(await view.displayed(".topbar"), false, "no navigation");
      assert.equal(await view.displayed("#markera-inrapporterat"), false, "no buttons");
      assert.equal(await view.displayed(`#inmatat-${budgetKey}`), false, "no checkbox");
      assert.equal(
        await (
          await app.driver.findElement({ css: `${view.row(budgetKey)} .print-box` })
        ).getText(),
        "☑",
      );
      assert.equal(
        await (
          await app.driver.findElement({ css: `${view.row("medel.esf_plus")} .print-box` })
        ).getText(),
        "☐",
      );
      await app.driver.executeScript("window.scrollTo(0, 0)");
      await screenshot(app.driver, "inmatning-utskrift");
    } finally {
      await undo();
    }
    assert.equal(await view.displayed(".topbar"), true);
  });

  it("keeps the ticks in the data file: they are there after a restart", async () => {
    await app.quit();
    app = await launchApp({ dataFile, today: TODAY });
    await new StartPage(app.driver).waitUntilShown();
    view = new InmatningPage(app.driver);
    await view.open();
    assert.equal(await view.status("medel.samverkansparterna"), "Inmatat 2026-03-10");
    assert.equal(await view.exists("#inrapporterat-senaste"), true);
  });
});
