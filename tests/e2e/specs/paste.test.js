// Pasting from Excel (issue 15, part 5): a 3×2 block copied from a spreadsheet fills the
// budget grid from the focused cell, and a column fills medel. Every value is read by the
// core as if typed: "1 000,00" is a thousand kronor, "12,50" is refused beside its cell,
// and a value that lands outside the cells that exist is skipped and counted. The grid holds
// what the core read as values (issue 24), and so do medel's fields beside what the officer
// types: the shown figures and what Spara stores are the same as before.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { screenshot, tempDir } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";
import { KOMPETENSLYFT, launchAfterSpring2025, STEGET_VIDARE } from "../support/history.js";

describe("pasting from Excel", () => {
  const dataFile = path.join(tempDir(), "paste.db");
  let app;
  let year;
  let start;

  before(async () => {
    // 2025 is open until 15 April 2026, and the year shown first.
    ({ app, start, year } = await launchAfterSpring2025({
      dataFile,
      namn: "Finsam Klistra",
      insatser: [STEGET_VIDARE, KOMPETENSLYFT],
      today: "2026-03-01",
    }));
  });

  after(async () => {
    await app?.quit();
  });

  it("fills a 3×2 block into the grid from the focused cell and says how many", async () => {
    assert.equal(await start.selectedYear(), 2025);
    // Budget of the first row, without opening the grid first: the paste opens it.
    await year.focusCell("0-1");
    await year.paste("300 000\t290 000,00\n400\u00a0000\t380000\n150 000\t140 000\n");
    await year.waitText("budget-last-cell", "6 celler ifyllda. Välj Spara för att spara dem.");
    // The deviations follow the pasted values at once, before Spara (figured by the core).
    const expected = [
      ["Kompetenslyft", "300 000", "290 000", "", "−10 000", "−3,3 %"],
      ["Steget vidare", "400 000", "380 000", "", "−20 000", "−5,0 %"],
      ["Administrativa kostnader", "150 000", "140 000", "", "−10 000", "−6,7 %"],
    ];
    let grid = [];
    await app.driver.wait(
      async () => JSON.stringify((grid = await year.grid())) === JSON.stringify(expected),
      5000,
      "the pasted values' deviations did not show",
    );
    assert.deepEqual(grid, expected);
    await screenshot(app.driver, "paste-budget");
    await assertAccessible(app.driver);
    await year.press("budget-spara");
    await year.waitGone("budget-spara");
    assert.deepEqual(await year.grid(), [
      ["Kompetenslyft", "300 000", "290 000", "", "−10 000", "−3,3 %"],
      ["Steget vidare", "400 000", "380 000", "–", "−20 000", "−5,0 %"],
      ["Administrativa kostnader", "150 000", "140 000", "", "−10 000", "−6,7 %"],
    ]);
  });

  it("skips cells that do not exist and refuses öre beside the cell", async () => {
    // From Kompetenslyft's utfall: its budgeted participants do not exist (B1), Steget
    // vidare's do; "12,50" is refused as typing refuses it.
    await year.focusCell("0-2");
    await year.paste("12,50\t7\n375 000\t30\n");
    await year.waitText(
      "budget-last-cell",
      "2 celler ifyllda. 1 värde hoppades över: cellen finns inte eller är låst. " +
        "1 värde kunde inte läsas; se cellen. Välj Spara för att spara dem.",
    );
    assert.deepEqual(await year.cellErrors(), ["Ange hela kronor, utan ören eller decimaler."]);
    const grid = await year.grid();
    assert.equal(
      grid[0][2],
      "290 000 Ange hela kronor, utan ören eller decimaler.",
      "the refused value filled nothing; its message stands beside the cell",
    );
    assert.deepEqual(grid[1].slice(2, 4), ["375 000", "30"]);
    await screenshot(app.driver, "paste-budget-fel");
    await assertAccessible(app.driver);
    await year.press("budget-avbryt");
    assert.equal((await year.grid())[1][2], "380 000", "nothing was saved");
  });

  it("fills medel from the focused field down", async () => {
    await year.press("medel-andra");
    await year.focus("medel-samverkansparterna");
    await year.paste("1 000 000,00\n0\n50 000\n");
    await year.waitText("medel-inklistring", "3 celler ifyllda. Välj Spara för att spara dem.");
    assert.equal(await year.value("medel-samverkansparterna"), "1 000 000");
    assert.equal(await year.value("medel-esfPlus"), "0");
    assert.equal(await year.value("medel-overskott"), "50 000");
    await screenshot(app.driver, "paste-medel");
    await assertAccessible(app.driver);
    await year.press("medel-spara");
    await year.waitGone("medel-spara");
    assert.equal(await year.text("medel-totalt"), "1 050 000");
  });

  it("saves pasted medel amounts beside a typed one, and refuses öre beside the field", async () => {
    // "Ändra medel" selects samverkansparterna's amount: typing replaces it, as text the
    // core reads on Spara; the pasted ESF+ is kept as the value the core read.
    await year.press("medel-andra");
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys("1100000");
    await year.focus("medel-esfPlus");
    await year.paste("2 500\n12,50\n");
    await year.waitText(
      "medel-inklistring",
      "1 cell ifylld. 1 värde kunde inte läsas; se cellen. Välj Spara för att spara dem.",
    );
    assert.equal(await year.value("medel-esfPlus"), "2 500");
    assert.equal(await year.value("medel-overskott"), "50 000", "the refused value filled nothing");
    assert.equal(
      await year.text("medel-overskott-error"),
      "Ange hela kronor, utan ören eller decimaler.",
    );
    await screenshot(app.driver, "paste-medel-fel");
    await assertAccessible(app.driver);
    await year.press("medel-spara");
    await year.waitGone("medel-spara");
    assert.equal(await year.text("medel-totalt"), "1 152 500");
  });
});
