// How long a move takes to reach a settled window, measured inside the page (the
// measurements of docs/benchmarks.md: measure/switch.js, measure/inlasning.js).
//
// "Settled": the page is watched with a MutationObserver and an animation-frame loop. A
// frame whose callback sees changes made since the last one paints them; the callback of the
// frame after it runs once that paint is done. The move is settled at the last such moment,
// once nothing has changed for a further QUIET_MS. "First" is the first such moment: the
// first reaction on screen. Needs no help from the app, so the same script measures any
// build of it.

export const QUIET_MS = 400;

// Runs in the page: performs `action` and calls back with { first, settled, arrived } in
// ms; `arrived` is the first animation frame in which `until` holds.
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
// The first frame in which the move has arrived (its element is in the page).
let arrivedAt = null;
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
  if (arrivedAt === null && until && arrived()) arrivedAt = now - t0;
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
    done({
      first: first ?? 0,
      settled: settled ?? 0,
      arrived: arrivedAt ?? 0,
      timedOut: now > deadline,
      state,
    });
  } else {
    requestAnimationFrame(frame);
  }
}
requestAnimationFrame(frame);
`;

/**
 * One move, measured. `until` ({ css, endsWith, absent }) says the move has arrived: the
 * window counts as settled only once it holds, so a slow answer cannot pass for a quiet one.
 */
export async function measure(driver, action, arg, until = null) {
  const result = await driver.executeAsyncScript(IN_PAGE, action, arg, until, QUIET_MS);
  if (result.timedOut) {
    throw new Error(`${action} ${arg}: no settled window within 20 s: ${result.state.join(" | ")}`);
  }
  return result;
}

export const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
