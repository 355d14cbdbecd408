// A year of many insatser (issue 17, part 7): the insatser table and the budget grid draw
// only the rows in and near the window, so drawing a year does not grow with its rows; yet
// every row is reachable by scrolling and by the keyboard, and the grid edits, pastes and
// saves a row far down as it does the first. The data file comes from the benchmarks'
// generator (docs/benchmarks.md): 2024–2025 with about 130 insatser in 2025.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { StartPage } from "../pages/StartPage.js";
import { Key, YearPage } from "../pages/YearPage.js";
import { launchApp, repoRoot, screenshot, tempDir } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

/**
 * Generates the data file with the benchmarks' generator: FINSAMKOLLEN_DATASET if set, else
 * the one cargo builds (quickly, once `cargo test --workspace` has built it).
 */
function generate(dataFile) {
  let generator = process.env.FINSAMKOLLEN_DATASET;
  if (!generator) {
    const target = process.env.CARGO_TARGET_DIR ?? path.join(repoRoot, "target");
    const args = ["build", "--quiet", "-p", "finsamkollen-bench", "--bin", "finsamkollen-dataset"];
    execFileSync("cargo", args, { cwd: repoRoot, stdio: "inherit" });
    generator = path.join(target, "debug/finsamkollen-dataset");
  }
  const args = ["--seed", "1", "--years", "2", "--insatser", "150", "--out", dataFile];
  execFileSync(generator, args, { stdio: "ignore" });
}

/** The rows a table draws now (the stand-ins for the rows not drawn left out). */
const drawn = (driver, table) =>
  driver.executeScript(
    `return [...document.querySelectorAll('#${table} tbody tr:not(.spacer)')].map((r) =>
       Number(r.getAttribute('aria-rowindex')))`,
  );

describe("a year of many insatser", () => {
  const dataFile = path.join(tempDir(), "manga.db");
  let app;
  let year;
  let total;

  before(async () => {
    generate(dataFile);
    // The generator's "today": 2025 is open and the year shown first.
    app = await launchApp({ dataFile, today: "2026-03-10" });
    await new StartPage(app.driver).waitUntilShown();
    year = new YearPage(app.driver);
    await year.waitText("insatser-heading", "Insatser 2025");
  });

  after(async () => {
    await app?.quit();
  });

  it("draws only the insatser near the window, and the rest as it scrolls", async () => {
    const table = await app.driver.findElement(By.css("#insatser"));
    total = Number(await table.getAttribute("aria-rowcount")) - 1;
    assert.ok(total > 100, `${total} insatser in 2025`);
    const first = await drawn(app.driver, "insatser");
    assert.equal(first[0], 2, "the first insats is the table's second row");
    assert.ok(first.length < total, `${first.length} of ${total} rows drawn`);
    await app.driver.executeScript(
      "const t = document.getElementById('insatser'); window.scrollTo(0, t.getBoundingClientRect().bottom + window.scrollY - window.innerHeight)",
    );
    await app.driver.wait(
      async () => (await drawn(app.driver, "insatser")).includes(total + 1),
      5000,
      "the last insats was not drawn after scrolling to it",
    );
    await screenshot(app.driver, "manga-rader-insatser");
  });

  it("moves down the grid by keyboard past the rows drawn, and saves a cell far down", async () => {
    const rader = Number(
      await (await app.driver.findElement(By.css("#budget"))).getAttribute("aria-rowcount"),
    );
    const last = rader - 2;
    assert.ok(last > 100, `${rader - 1} rows in the grid`);
    await year.press("budget-andra");
    await year.focusCell("0-1");
    await year.waitForFocus("0-1");
    // Down to the last row, the administrative costs.
    await year.keys(...Array(last).fill(Key.ARROW_DOWN));
    await year.waitForFocus(`${last}-1`);
    const drawnRows = await drawn(app.driver, "budget");
    assert.ok(drawnRows.length < rader - 1, `${drawnRows.length} of ${rader - 1} grid rows drawn`);
    assert.ok(!drawnRows.includes(2), "the first row is no longer drawn");
    // Typing starts editing; Tab accepts the cell and moves right.
    await year.keys("123 456", Key.TAB);
    await year.waitForFocus(`${last}-2`);
    await year.press("budget-spara");
    await year.waitGone("budget-spara");
    const cell = await app.driver.findElement(By.css(`#budget [data-cell="${last}-1"]`));
    assert.equal((await cell.getText()).replaceAll("\u00a0", " "), "123 456");
    await screenshot(app.driver, "manga-rader-grid");
    await assertAccessible(app.driver);
  });

  it("pastes a block into the last row from its focused cell", async () => {
    const last = await app.driver.executeScript(
      "return document.getElementById('budget').getAttribute('aria-rowcount') - 2",
    );
    // The last row is drawn: the grid was left there.
    await year.focusCell(`${last}-1`);
    await year.waitForFocus(`${last}-1`);
    await year.paste("1 000\t900\n");
    await year.waitText("budget-last-cell", "2 celler ifyllda. Välj Spara för att spara dem.");
    const utfall = await app.driver.findElement(By.css(`#budget [data-cell="${last}-2"]`));
    assert.equal((await utfall.getText()).replaceAll("\u00a0", " "), "900");
    await year.press("budget-avbryt");
  });
});
