// Closing the window as the officer does, for the specs of what closing does: the window
// manager's close request (close_window.py, as the title bar's ×), then waiting for the
// window to be gone.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Asks the Finsamkollen window to close, as the title bar's × does. */
export function askToClose() {
  execFileSync("python3", [path.join(here, "close_window.py"), "Finsamkollen"]);
}

/** Waits until the window is gone: WebDriver then answers with an error. */
export async function waitClosed(driver) {
  // Closing makes the closing backup first, which takes longer on a loaded machine.
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    try {
      await driver.getTitle();
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail("the window did not close");
}
