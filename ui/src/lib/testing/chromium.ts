// What the component tests that run in a real Chromium share (`*.browser.test.ts`, see
// vite.config.ts): the app's own styles, a page laid out as App.svelte lays it out, and
// waiting for Svelte and the fake core to answer.
import { tick } from "svelte";
import { commands } from "vitest/browser";
import "../../styles/tokens.css";
import "../../styles/base.css";
import "../../styles/page.css";
import "../../styles/forms.css";
import "../../styles/buttons.css";
import "../../styles/tables.css";
import "../../styles/status.css";
import "../../styles/dialogs.css";
import "../../styles/info-popovers.css";
import "../../styles/text.css";

/** A fresh `<main>` as wide as App.svelte's content column, for a component to mount in. */
export function contentColumn(): HTMLElement {
  document.body.innerHTML = "";
  const main = document.body.appendChild(document.createElement("main"));
  // App.svelte's `.content`: the column every screen is drawn in.
  Object.assign(main.style, { maxWidth: "72rem", margin: "0 auto", padding: "1.5rem" });
  return main;
}

/** Lets Svelte draw, the mocked commands answer and the frames after them run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await tick();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
}

/** Pastes `text` into `element` as Ctrl+V from a spreadsheet does: a real paste event with
 * the text on its clipboard. Returns the event, to see whether the page took it. */
export function pasteInto(element: Element, text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData("text/plain", text);
  const event = new ClipboardEvent("paste", {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
  });
  element.dispatchEvent(event);
  return event;
}

/** The text a cell shows, spaces as typed (sv-SE groups with no-break spaces). */
export const shownText = (el: Element | null | undefined): string =>
  (el?.textContent ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim();

declare module "vitest/browser" {
  interface BrowserCommands {
    windowScreenshot: (name: string) => Promise<void>;
  }
}

/** Saves what the window shows now as `<name>.png` in the screenshots folder
 * (vite.config.ts), to be looked at beside the WebKitGTK ones of the end-to-end tests. */
export async function screenshot(name: string): Promise<void> {
  await commands.windowScreenshot(name);
}
