// One Finsamkollen at a time: a second start (the officer double-clicks again while it
// runs, or another Excel window lies on top) brings the running window to the front and
// exits at once, without opening any data file. On Linux the running app is found over
// the D-Bus session bus, so this test starts a bus of its own; xdotool reads which window
// has the keyboard focus, as the officer would see which window is in front.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { appBinary, launchApp, screenshot, tempDir, visible } from "../support/app.js";

const TODAY = "2026-11-24";

function xdotool(...args) {
  try {
    return execFileSync("xdotool", args, { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

/** The X windows titled exactly "Finsamkollen". */
function appWindows() {
  return xdotool("search", "--name", "^Finsamkollen$").split("\n").filter(Boolean);
}

function focused() {
  return xdotool("getwindowfocus");
}

async function until(condition, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${what} within ${timeoutMs} ms`);
}

/** A private D-Bus session bus; resolves to its address and a stop function. */
function startBus() {
  return new Promise((resolve, reject) => {
    const bus = spawn("dbus-daemon", ["--session", "--nofork", "--print-address=1"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    bus.on("error", reject);
    bus.stdout.once("data", (chunk) =>
      resolve({ address: chunk.toString().trim(), stop: () => bus.kill() }),
    );
  });
}

describe("one instance at a time", () => {
  const folder = tempDir();
  let app;
  let bus;
  let other;

  after(async () => {
    await app?.quit();
    other?.kill();
    bus?.stop();
  });

  it("a second start brings the running window to the front and opens no data file", async () => {
    bus = await startBus();
    const env = { DBUS_SESSION_BUS_ADDRESS: bus.address };
    app = await launchApp({
      dataFile: path.join(folder, "forsta.db"),
      today: TODAY,
      extraEnv: env,
    });
    await visible(app.driver, "h1");
    await until(() => appWindows().length > 0, "the Finsamkollen window appears");

    // Another program's window takes the keyboard focus.
    other = spawn("xmessage", ["-title", "annat-program", "Ett annat program"], {
      stdio: "ignore",
    });
    let otherWindow = "";
    await until(() => {
      otherWindow = xdotool("search", "--name", "^annat-program$").split("\n")[0];
      return otherWindow !== "";
    }, "the other window appears");
    xdotool("windowfocus", "--sync", otherWindow);
    await until(() => !appWindows().includes(focused()), "the other window has the focus");

    // The second start, on another data file: it must neither open nor create it.
    const second = path.join(folder, "andra.db");
    const started = spawn(appBinary, ["--data-file", second], {
      env: {
        ...process.env,
        ...env,
        FINSAMKOLLEN_TODAY: TODAY,
        FINSAMKOLLEN_SETTINGS_FILE: path.join(folder, "installningar.json"),
      },
      stdio: "ignore",
    });
    const code = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        started.kill("SIGKILL");
        reject(new Error("the second start did not exit within 20 s"));
      }, 20000);
      started.on("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    assert.equal(code, 0, "the second start exits normally");
    assert.equal(existsSync(second), false, "the second start opened no data file");

    await until(() => appWindows().includes(focused()), "the running window gets the focus");
    // The first window works on as before.
    const heading = await visible(app.driver, "h1");
    assert.ok((await heading.getText()).length > 0);
    await screenshot(app.driver, "enda-instans");
  });
});
