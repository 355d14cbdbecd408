// The in-app measurement of "Läs in tidigare år" (issue 23: the preview of the benchmark
// workbook within 2 s; docs/benchmarks.md, scripts/measure-inlasning). Drives the real app
// through tauri-driver as the end-to-end tests do, once per run on a fresh copy of the data
// file, and times two moves inside the page, each from the click to a settled window
// (measure/settle.js):
//   - "Välj fil …" to the file's facts: reading the workbook, guessing every sheet's
//     mapping, the sheets' first rows over IPC and drawn;
//   - "Förhandsgranska" to the preview: every row checked by the core's rules, the preview
//     over IPC and its table drawn.
// Their sum is what the officer waits for between choosing the file and seeing the preview,
// the wizard's own clicks between them (Nästa on steps 2 and 3) not counted. "I sidan" is
// the first frame in which the preview's table is in the page: the command's round trip
// (the core's work, the answer as JSON over IPC) and Svelte building the rows near the
// window; the rest, to "settled", is the browser's layout and paint.
//
//   node measure/inlasning.js <runs> <label>   (the app from FINSAMKOLLEN_APP, the data file
//                                               from FINSAMKOLLEN_DATA_FILE, the workbook
//                                               from FINSAMKOLLEN_INLASNING_BOK)
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { launchApp, tempDir } from "../support/app.js";
import { measure, median } from "./settle.js";

const runs = Number(process.argv[2] ?? 5);
const label = process.argv[3] ?? "app";
const dataFile = process.env.FINSAMKOLLEN_DATA_FILE;
const workbook = process.env.FINSAMKOLLEN_INLASNING_BOK;
if (!dataFile || !workbook)
  throw new Error("FINSAMKOLLEN_DATA_FILE eller FINSAMKOLLEN_INLASNING_BOK saknas");

async function waitFor(driver, css, what) {
  const script = `return document.querySelector(${JSON.stringify(css)}) !== null`;
  await driver.wait(async () => Boolean(await driver.executeScript(script)), 60000, what);
}

/** One run in its own app on its own copy of the data file. */
async function run() {
  const copy = path.join(tempDir(), "forbund.db");
  copyFileSync(dataFile, copy);
  const app = await launchApp({ dataFile: copy, extraArgs: [`--measure-inlasning=${workbook}`] });
  const { driver } = app;
  try {
    await driver.manage().setTimeouts({ script: 60000 });
    await waitFor(driver, "#nav-allaar", "the app did not show");
    await driver.executeScript("document.getElementById('nav-allaar').click()");
    await waitFor(driver, "#las-in-knapp", "Alla år did not show");
    await driver.executeScript("document.getElementById('las-in-knapp').click()");
    await waitFor(driver, "#las-in-steg-1", "the wizard did not open");
    await measure(driver, "none");
    const file = await measure(driver, "click", "#las-in-valj-fil", { css: "#las-in-fil" });
    for (const step of [2, 3, 4]) {
      await driver.executeScript("document.getElementById('las-in-nasta').click()");
      await waitFor(driver, `#las-in-steg-${step}`, `step ${step} did not show`);
    }
    await measure(driver, "none");
    const preview = await measure(driver, "click", "#las-in-nasta", { css: "#las-in-rader" });
    const rows = await driver.executeScript(
      "return Number(document.getElementById('las-in-rader').getAttribute('aria-rowcount')) - 1",
    );
    return { file, preview, rows };
  } finally {
    await app.quit();
    rmSync(path.dirname(copy), { recursive: true, force: true });
  }
}

const results = [];
for (let i = 0; i < runs; i++) results.push(await run());
const line = (name, values) =>
  `${label}\t${name}\tmedian ${median(values).toFixed(0)} ms` +
  ` (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`;
console.log(`${label}\tförhandsgranskningens rader: ${results[0].rows}`);
const rows = [
  ["Välj fil → filens uppgifter", (r) => r.file.settled],
  ["Förhandsgranska → förhandsgranskningen", (r) => r.preview.settled],
  ["  tabellen i sidan", (r) => r.preview.arrived],
  ["  första reaktion", (r) => r.preview.first],
  ["summa", (r) => r.file.settled + r.preview.settled],
];
for (const [name, value] of rows) console.log(line(name, results.map(value)));
