// The screen-switching measurement (docs/benchmarks.md, scripts/measure-switch): drives the
// real app through tauri-driver as the end-to-end tests do, and times each move from the
// click to a settled window, measured inside the page.
//
//   node measure/switch.js <runs> <label>     (the app from FINSAMKOLLEN_APP, the data file
//                                              from FINSAMKOLLEN_DATA_FILE)
//
// "Settled": the page is watched with a MutationObserver and an animation-frame loop. A
// frame whose callback sees changes made since the last one paints them; the callback of the
// frame after it runs once that paint is done. The move is settled at the last such moment,
// once nothing has changed for a further QUIET_MS. "First" is the first such moment: the
// first reaction on screen. Needs no help from the app, so the same script measures any
// build of it.
import { launchApp } from "../support/app.js";

const QUIET_MS = 400;
const runs = Number(process.argv[2] ?? 10);
const label = process.argv[3] ?? "app";
const dataFile = process.env.FINSAMKOLLEN_DATA_FILE;
if (!dataFile) throw new Error("FINSAMKOLLEN_DATA_FILE saknas");

// Runs in the page: performs `action` and calls back with { first, settled } in ms.
const IN_PAGE = `
const [action, arg, until, quietMs, done] = arguments;
// The page's CSP forbids eval: \`until\` is data, { css, endsWith, absent }.
const arrived = () => {
  if (!until) return true;
  const element = document.querySelector(until.css);
  if (until.absent) return element === null;
  return element !== null && (!until.endsWith || element.textContent.endsWith(until.endsWith));
};
let changed = false;
let dirty = false;
let first = null;
let settled = null;
let lastChange = 0;
const observer = new MutationObserver(() => {
  changed = true;
  lastChange = performance.now();
});
observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
const act = {
  none: () => {},
  click: () => document.querySelector(arg).click(),
  year: () => {
    const select = document.getElementById("year");
    select.value = String(arg);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  },
}[action];
const t0 = performance.now();
lastChange = t0;
act();
const deadline = t0 + 20000;
function frame() {
  const now = performance.now();
  if (changed) {
    changed = false;
    dirty = true;
  } else if (dirty) {
    dirty = false;
    settled = now - t0;
    if (first === null) first = settled;
  }
  if ((!dirty && now - lastChange > quietMs && arrived()) || now > deadline) {
    observer.disconnect();
    const state = [...document.querySelectorAll("h1, h2, dialog[open]")].map((e) => e.textContent);
    state.push(\`quiet \${Math.round(now - lastChange)} ms, arrived \${arrived()}\`);
    done({ first: first ?? 0, settled: settled ?? 0, timedOut: now > deadline, state });
  } else {
    requestAnimationFrame(frame);
  }
}
requestAnimationFrame(frame);
`;

async function waitFor(driver, script, what) {
  await driver.wait(async () => Boolean(await driver.executeScript(script)), 30000, what);
}

/**
 * One move, measured. `until` ({ css, endsWith, absent }) says the move has arrived: the
 * window counts as settled only once it holds, so a slow answer cannot pass for a quiet one.
 */
async function measure(driver, action, arg, until = null) {
  const result = await driver.executeAsyncScript(IN_PAGE, action, arg, until, QUIET_MS);
  if (result.timedOut) {
    throw new Error(`${action} ${arg}: no settled window within 20 s: ${result.state.join(" | ")}`);
  }
  return result;
}

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

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
