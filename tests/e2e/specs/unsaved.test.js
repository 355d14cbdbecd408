// Nothing typed is lost without a question: the budget grid, medel, the insats panel and
// the new-insats wizard ask "Spara / Spara inte / Stanna kvar" before a move would lose a
// draft, Enter in a single-row form saves, and the check's state at the top agrees with
// the check after every save.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { Key, YearPage } from "../pages/YearPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";
import { askToClose, waitClosed } from "../support/window.js";

const TODAY = "2026-11-24";

describe("unsaved changes", () => {
  const dataFile = path.join(tempDir(), "unsaved.db");
  let app;
  let driver;
  let year;
  let insatser;
  let start;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
    driver = app.driver;
    await CreateForbundPage.createForbund(driver, {
      namn: "Finsam Osparat",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    insatser = new InsatserPage(driver);
    for (const namn of ["Arbetsbron", "Steget vidare"]) {
      await insatser.addInsats({
        namn,
        inriktning: "individinriktad",
        preciserad: "Stöd till arbete",
        startdatum: "2026-02-01",
      });
      await insatser.waitDialogClosed();
    }
    start = await new StartPage(driver).waitUntilShown();
    year = new YearPage(driver);
  });

  after(async () => {
    await app?.quit();
  });

  /** Waits for the question and returns what it lists as unsaved. */
  async function question(kind = "leave") {
    await visible(driver, `#${kind}-dialog[open]`);
    return (await visible(driver, `#${kind}-dialog-lista`)).getText();
  }

  async function answer(id) {
    await year.press(id);
    await driver.wait(
      async () => (await driver.findElements(By.css("#leave-dialog[open]"))).length === 0,
      5000,
      "the question stayed open",
    );
  }

  /** Opens the grid and types two figures: Arbetsbron's budget, then Steget vidare's. */
  async function typeInGrid() {
    await year.focus("budget-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("0-1");
    await year.keys("123456", Key.ENTER, "7890", Key.ENTER);
  }

  const budgets = async () => (await year.grid()).slice(0, 2).map((row) => row[1]);

  it("asks before leaving for Förbund with typed figures in the grid; Stanna kvar keeps them", async () => {
    await typeInGrid();
    await click(driver, await visible(driver, "#nav-forbund"));
    assert.equal(await question(), "Budget och utfall 2026");
    assert.equal(await year.activeDescription(), "leave-save", "Spara has focus");
    await screenshot(driver, "unsaved-fraga");
    await assertAccessible(driver);
    await answer("leave-stay");
    // Focus goes back to the cell the officer was in (Enter had moved it down to row 2),
    // not to the menu.
    await year.waitForFocus("2-1");
    // The typed figures are still there, shown as stored figures are once left.
    assert.deepEqual(await budgets(), ["123 456", "7 890"], "the typed figures are still there");
    assert.equal(await start.insatserHeading(), "Insatser 2026", "still on the start page");
  });

  it("asks before another year too, and the year stays when the officer stays", async () => {
    await driver.findElement(By.css("#year option[value='2027']")).click();
    assert.equal(await question(), "Budget och utfall 2026");
    await answer("leave-stay");
    assert.equal(await start.selectedYear(), 2026);
    assert.deepEqual(await budgets(), ["123 456", "7 890"]);
  });

  it("Spara inte drops the figures and goes on", async () => {
    await click(driver, await visible(driver, "#nav-forbund"));
    await question();
    await answer("leave-discard");
    await visible(driver, "#forbund-page-heading");
    await click(driver, await visible(driver, "#nav-start"));
    await start.waitUntilShown();
    assert.deepEqual(await budgets(), ["–", "–"], "nothing was stored");
  });

  it("Spara stores the figures through the grid's own Spara, then goes on", async () => {
    await typeInGrid();
    await click(driver, await visible(driver, "#nav-forbund"));
    await question();
    await answer("leave-save");
    await visible(driver, "#forbund-page-heading");
    await click(driver, await visible(driver, "#nav-start"));
    await start.waitUntilShown();
    assert.deepEqual(await budgets(), ["123 456", "7 890"]);
  });

  it("a refused Spara stays and shows why beside the cell", async () => {
    await year.focus("budget-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("0-1");
    await year.keys("12,5", Key.ENTER);
    await click(driver, await visible(driver, "#nav-forbund"));
    await question();
    await answer("leave-save");
    assert.equal(await year.text("budget-fel"), "Inget sparades. Rätta cellerna som är markerade.");
    assert.deepEqual(await year.cellErrors(), ["Ange hela kronor, utan ören eller decimaler."]);
    assert.match((await budgets())[0], /^12,5/, "the typed text is kept");
    assert.equal(await start.insatserHeading(), "Insatser 2026", "still on the start page");
    await year.press("budget-avbryt");
  });

  it("the check's state at the top agrees with the check after a save (Enter in medel saves)", async () => {
    await year.press("kontroll-kor");
    // 2026 runs on TODAY: missing medel are to fill in now, not an error (Y7).
    const nuOfCheck = async () =>
      (await driver.findElements(By.css("#kontroll-att-fylla-i-nu li"))).length;
    const nuAtTop = async () =>
      Number(
        (await year.text("kontroll-lage")).match(/2026: [^·]*?(\d+) att fylla i nu/)?.[1] ?? 0,
      );
    // The check draws its list a moment after the click; under load the first read can
    // come before it, so wait until it shows what is missing before comparing.
    await driver.wait(async () => (await nuOfCheck()) > 0, 5000, "the check drew no list");
    const before = await nuOfCheck();
    assert.equal(await nuAtTop(), before);
    await year.focus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys("1 000 000", Key.ENTER);
    await year.waitGone("medel-spara");
    assert.equal(await year.text("medel-totalt"), "1 000 000");
    // After the save by Enter, focus is on the section's Ändra, not the page body.
    await year.waitForFocus("medel-andra");
    // Medel are no longer missing: both the top and the check count one fewer to fill in.
    await driver.wait(
      async () => (await nuOfCheck()) === before - 1 && (await nuAtTop()) === before - 1,
      5000,
      "the state at the top and the check did not both follow the save",
    );
  });

  it("Stanna kvar gives focus back to the medel field being typed in", async () => {
    await year.focus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys(Key.TAB);
    await year.waitForFocus("medel-esfPlus");
    await year.keys("5");
    await click(driver, await visible(driver, "#nav-forbund"));
    assert.equal(await question(), "Medel 2026");
    await answer("leave-stay");
    await year.waitForFocus("medel-esfPlus");
    assert.match(
      await driver.executeScript("return document.activeElement.value"),
      /^0?5$/,
      "the typed figure is still there",
    );
    await year.press("medel-avbryt");
    await year.waitGone("medel-avbryt");
  });

  it("Enter in a count saves that year's counts", async () => {
    await insatser.openPanel("Arbetsbron");
    // In the default window the panel stands beside the insatser, and Slutdatum, the last
    // column, ends left of it (docs/chromium.md, difference 4).
    const { headers, panel, window } = await insatser.layoutWithPanel();
    const slutdatum = headers.at(-1);
    assert.equal(slutdatum.text, "Slutdatum");
    assert.ok(panel.top < slutdatum.bottom, "the panel stands beside the table");
    assert.ok(
      slutdatum.right <= panel.left,
      `Slutdatum ends at ${slutdatum.right} px, the panel starts at ${panel.left} px`,
    );
    assert.ok(headers[0].left >= 0 && panel.right <= window, "both inside the window");
    const [kvinnor, man] = await insatser.countInputs(2026);
    await kvinnor.clear();
    await kvinnor.sendKeys("4");
    await man.clear();
    await man.sendKeys("3", Key.ENTER);
    await driver.wait(
      async () => (await insatser.countsRow(2026))[2] === "7",
      5000,
      "the counts were not saved",
    );
    assert.match(
      await (await visible(driver, "#panel-deltagare tr[data-ar='2026'] .ok-text")).getText(),
      /Sparat/,
    );
  });

  it("asks before another insats replaces typed counts in the panel", async () => {
    const [kvinnor] = await insatser.countInputs(2026);
    await kvinnor.clear();
    await kvinnor.sendKeys("9");
    const other = await driver.findElement(
      By.css("#insatser tr[data-insats='Steget vidare'] button.row-select"),
    );
    await click(driver, other);
    assert.equal(await question(), "Insatsen Arbetsbron");
    await answer("leave-stay");
    assert.equal(await insatser.panelText("panel-rubrik"), "Arbetsbron");
    assert.deepEqual((await insatser.countsRow(2026)).slice(0, 2), ["9", "3"]);

    await click(
      driver,
      await driver.findElement(
        By.css("#insatser tr[data-insats='Steget vidare'] button.row-select"),
      ),
    );
    await question();
    await answer("leave-discard");
    await driver.wait(
      async () => (await insatser.panelText("panel-rubrik")) === "Steget vidare",
      5000,
    );
    await insatser.openPanel("Arbetsbron");
    assert.deepEqual((await insatser.countsRow(2026)).slice(0, 3), ["4", "3", "7"], "as stored");
  });

  it("asks before Esc throws away a filled-in last step of the wizard", async () => {
    await insatser.openWizard();
    await insatser.choose("inriktning", "individinriktad");
    await insatser.press("ny-insats-nasta");
    await insatser.choose("esf", "false");
    await insatser.press("ny-insats-nasta");
    await insatser.type("ny-namn", "Nya vägar");
    await year.keys(Key.ESCAPE);
    assert.equal(await question(), "Ny insats: Nya vägar");
    await screenshot(driver, "unsaved-guiden");
    await answer("leave-stay");
    assert.equal(
      await (await visible(driver, "#ny-namn")).getAttribute("value"),
      "Nya vägar",
      "the wizard and its text are still there",
    );

    // Spara goes through the wizard's own save: refused (no preciserad inriktning, no
    // startdatum), the wizard stays with the messages beside the fields.
    await year.keys(Key.ESCAPE);
    await question();
    await answer("leave-save");
    await visible(driver, "#ny-insats[open] [aria-invalid='true']");
    assert.equal(
      await year.activeDescription(),
      "ny-preciserad",
      "focus is on the first refused field",
    );
    assert.equal(await (await visible(driver, "#ny-namn")).getAttribute("value"), "Nya vägar");

    await year.keys(Key.ESCAPE);
    await question();
    await answer("leave-discard");
    await insatser.waitDialogClosed();
    await insatser.waitForRows(["Arbetsbron", "Steget vidare"]);
  });

  it("asks before leaving Inställningar with a typed list entry; Spara adds it", async () => {
    await click(driver, await visible(driver, "#nav-installningar"));
    const namn = await visible(driver, "#lista-malgrupp-namn");
    await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", namn);
    await namn.sendKeys("Unga föräldrar");
    await click(driver, await visible(driver, "#nav-start"));
    assert.equal(await question(), "Målgrupper: ny post");
    await answer("leave-stay");
    assert.equal(await namn.getAttribute("value"), "Unga föräldrar");
    await click(driver, await visible(driver, "#nav-start"));
    await question();
    await answer("leave-save");
    await start.waitUntilShown();
    await click(driver, await visible(driver, "#nav-installningar"));
    await visible(driver, "#lista-malgrupp tr[data-namn='Unga föräldrar']");
    await click(driver, await visible(driver, "#nav-start"));
    await start.waitUntilShown();
  });

  it("asks before leaving Inställningar with a typed level of eget kapital; Spara inte drops it", async () => {
    await click(driver, await visible(driver, "#nav-installningar"));
    const procent = await visible(driver, "#eget-kapital-procent");
    await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", procent);
    await procent.sendKeys("20");
    await click(driver, await visible(driver, "#nav-start"));
    assert.equal(await question(), "Eget kapital: nytt steg");
    await answer("leave-discard");
    await start.waitUntilShown();
    await click(driver, await visible(driver, "#nav-installningar"));
    assert.equal(await (await visible(driver, "#eget-kapital-procent")).getAttribute("value"), "");
    await click(driver, await visible(driver, "#nav-start"));
    await start.waitUntilShown();
  });

  it("asks before the window closes; Spara stores the draft, then closes", async () => {
    await year.focus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    const esf = await visible(driver, "#medel-esfPlus");
    await esf.clear();
    await esf.sendKeys("250 000");
    // The UI tells Rust about the draft over IPC; give that call a moment to land.
    await new Promise((r) => setTimeout(r, 300));
    askToClose();
    assert.equal(await question("close"), "Medel 2026");
    await screenshot(driver, "unsaved-stang");
    await year.press("close-stay");
    assert.equal(await (await visible(driver, "#medel-esfPlus")).getAttribute("value"), "250 000");

    askToClose();
    await question("close");
    // The window goes away during the click, so WebDriver may answer it with an error.
    await year.press("close-save").catch(() => {});
    await waitClosed(driver);
    await app.quit().catch(() => {});

    app = await launchApp({ dataFile, today: TODAY });
    driver = app.driver;
    year = new YearPage(driver);
    assert.equal(await year.text("medel-totalt"), "1 250 000", "the draft was saved");
  });
});
