// Starts the real Finsamkollen binary through tauri-driver (which drives WebKitWebDriver)
// and hands a selenium WebDriver to the test. Each session gets its own data file and, if
// asked, a fixed "today" through FINSAMKOLLEN_TODAY (honoured by debug builds only).
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Builder, By } from "selenium-webdriver";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../..");
export const appBinary =
  process.env.FINSAMKOLLEN_APP ?? path.join(repoRoot, "target/debug/finsamkollen");
const screenshotDir =
  process.env.FINSAMKOLLEN_SCREENSHOTS ?? path.join(repoRoot, "target/e2e-screenshots");

/** A fresh folder for this test's data files. */
export function tempDir() {
  return mkdtempSync(path.join(tmpdir(), "finsamkollen-e2e-"));
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForPort(port, child, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.end(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port}`);
}

// Every tauri-driver still running, by its stop function. A test that fails between
// starting the app and quitting it would otherwise leave the driver and the app running,
// and their pipe would keep this spec's process from ever ending; they are stopped when
// the process exits instead.
const running = new Set();
process.on("exit", () => {
  for (const stop of running) stop();
});

/**
 * Starts the app on `dataFile` with an optional fixed `today` (and a folder for exports,
 * more environment, more command-line arguments) and returns
 * `{ driver, quit }`. `quit` ends the session (closing the app) and stops tauri-driver.
 */
export async function launchApp({
  dataFile,
  today,
  exportDir,
  extraEnv = {},
  extraArgs = [],
} = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  const env = { ...process.env };
  delete env.FINSAMKOLLEN_DATA_FILE;
  if (today) env.FINSAMKOLLEN_TODAY = today;
  else delete env.FINSAMKOLLEN_TODAY;
  // Debug builds write exports here instead of asking with a native dialog.
  if (exportDir) env.FINSAMKOLLEN_EXPORT_DIR = exportDir;
  else delete env.FINSAMKOLLEN_EXPORT_DIR;
  // Each session its own settings file, so no test reads or writes the officer's settings.
  env.FINSAMKOLLEN_SETTINGS_FILE = path.join(tempDir(), "installningar.json");
  Object.assign(env, extraEnv);
  // Its own process group, so stopping it also stops WebKitWebDriver and the app, whatever
  // state they are in; otherwise a leftover app keeps the pipe (and this test file) open.
  const driverProcess = spawn(
    process.env.TAURI_DRIVER ?? "tauri-driver",
    ["--port", String(port), "--native-port", String(nativePort)],
    { env, stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  let stderr = "";
  driverProcess.stderr.on("data", (chunk) => (stderr += chunk));
  const stop = () => {
    running.delete(stop);
    try {
      process.kill(-driverProcess.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
    driverProcess.stderr.destroy();
  };
  running.add(stop);
  // Neither the driver nor its pipe keeps the spec's process alive by itself.
  driverProcess.unref();
  driverProcess.stderr.unref();
  try {
    await waitForPort(port, driverProcess);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}/`)
      .withCapabilities({
        browserName: "wry",
        "tauri:options": {
          application: appBinary,
          args: [...(dataFile ? ["--data-file", dataFile] : []), ...extraArgs],
        },
      })
      .build();
    const quit = async () => {
      try {
        await driver.quit();
      } finally {
        stop();
      }
    };
    return { driver, quit };
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n${stderr}`);
  }
}

/**
 * Runs `steps(driver)` in the app on `dataFile` with "today" set to `today`, then quits.
 * This is how a spec builds history in years its own today has locked: Y6 keeps a locked
 * year as it was, so, as in an officer's real history, what runs in it was registered on a
 * day the year was still open.
 */
export async function onEarlierDay({ dataFile, today }, steps) {
  const app = await launchApp({ dataFile, today });
  try {
    await steps(app.driver);
  } finally {
    await app.quit();
  }
}

/**
 * Waits for an element to be visible and returns it. Looks it up anew on each try, since
 * Svelte may replace the node while the screen updates.
 */
export async function visible(driver, css, timeoutMs = 10000) {
  return driver.wait(
    async () => {
      try {
        const [element] = await driver.findElements(By.css(css));
        return element && (await element.isDisplayed()) ? element : null;
      } catch {
        return null;
      }
    },
    timeoutMs,
    `${css} did not become visible`,
  );
}

/**
 * A table body's rows as cell texts (cells chosen by `cellCss`), read again if the table
 * re-renders while being read.
 */
export async function tableRows(driver, tableId, cellCss = "th, td") {
  return driver.wait(async () => {
    try {
      const rows = await driver.findElements(By.css(`#${tableId} tbody tr`));
      return await Promise.all(
        rows.map(async (row) => {
          const cells = await row.findElements(By.css(cellCss));
          return Promise.all(cells.map((c) => c.getText()));
        }),
      );
    } catch {
      return null;
    }
  }, 5000);
}

/**
 * Clicks an element after scrolling it to the middle of the window, so the sticky save
 * bar at the bottom never covers it (as a person would scroll before clicking).
 */
export async function click(driver, element) {
  await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
  await element.click();
}

/** Saves a PNG of the window to target/e2e-screenshots/<name>.png, to look at. */
export async function screenshot(driver, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const png = await driver.takeScreenshot();
  writeFileSync(path.join(screenshotDir, `${name}.png`), png, "base64");
}
