// The screen-switching measurement (docs/benchmarks.md, scripts/measure-switch): drives the
// real app through tauri-driver as the end-to-end tests do, and times each move from the
// click to a settled window, measured inside the page.
//
//   node measure/switch.js <runs> <label>     (the app from FINSAMKOLLEN_APP, the data file
//                                              from FINSAMKOLLEN_DATA_FILE)
//
// (measure/settle.js says what "settled" means).
import { launchApp } from "../support/app.js";
import { measure, median } from "./settle.js";

const runs = Number(process.argv[2] ?? 10);
const label = process.argv[3] ?? "app";
const dataFile = process.env.FINSAMKOLLEN_DATA_FILE;
if (!dataFile) throw new Error("FINSAMKOLLEN_DATA_FILE saknas");

async function waitFor(driver, script, what) {
  await driver.wait(async () => Boolean(await driver.executeScript(script)), 30000, what);
}

const app = await launchApp({ dataFile });
const { driver } = app;
try {
  await driver.manage().setTimeouts({ script: 60000 });
  const startShown = "return document.querySelector('#insatser tbody tr') !== null";
  await waitFor(driver, startShown, "the start page did not show");
  // Let the start settle before the first move.
  await measure(driver, "none");
  const years = await driver.executeScript(
    "return [...document.querySelectorAll('#year option')].map((o) => Number(o.value))",
  );
  const shown = await driver.executeScript("return Number(document.getElementById('year').value)");
  // The fullest years: the last two finished ones before the year shown.
  const other = years.includes(shown - 1) ? shown - 1 : years[0];
  const results = { forbund: [], start: [], year: [], insats: [] };
  for (let i = 0; i < runs; i++) {
    results.forbund.push(
      await measure(driver, "click", "#nav-forbund", { css: "#forbund-page-heading" }),
    );
    // Back on Översikt, the year shown first is shown again; settled once the grid is drawn.
    results.start.push(await measure(driver, "click", "#nav-start", { css: "#budget tbody tr" }));
    const heading = { css: "#budget-heading", endsWith: String(other) };
    results.year.push(await measure(driver, "year", other, heading));
    results.insats.push(
      await measure(driver, "click", "#insatser tbody tr .row-select", { css: ".insats-panel h2" }),
    );
    await measure(driver, "click", ".insats-panel button.close", {
      css: ".insats-panel",
      absent: true,
    });
  }
  const names = {
    forbund: "till Förbund",
    start: "tillbaka till Översikt",
    year: `byta år (${shown} → ${other})`,
    insats: "öppna en insats",
  };
  for (const [key, list] of Object.entries(results)) {
    const settled = list.map((r) => r.settled);
    const first = list.map((r) => r.first);
    console.log(
      `${label}\t${names[key]}\tmedian ${median(settled).toFixed(0)} ms` +
        ` (min ${Math.min(...settled).toFixed(0)}, max ${Math.max(...settled).toFixed(0)})` +
        `\tförsta reaktion ${median(first).toFixed(0)} ms`,
    );
  }
} finally {
  await app.quit();
}
