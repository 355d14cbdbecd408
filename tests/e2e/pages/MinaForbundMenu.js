// Page object for "Mina förbund", the menu in the header that lists the data files the app
// has opened and goes from one förbund's file to another's. Also reads the header's name
// and the window's own title (the X11 title, through xdotool: WebDriver's title is the
// page's, not the window's).
import { execFileSync } from "node:child_process";
import { By, Key } from "selenium-webdriver";
import { click, visible } from "../support/app.js";

export class MinaForbundMenu {
  constructor(driver) {
    this.driver = driver;
  }

  /** Opens the menu with the keyboard (focus on the button, then ↓). */
  async openWithKeyboard() {
    const button = await visible(this.driver, "#mina-forbund-knapp");
    await this.driver.executeScript("arguments[0].focus()", button);
    await button.sendKeys(Key.ARROW_DOWN);
    await visible(this.driver, "#mina-forbund-meny");
    return this;
  }

  async open() {
    await click(this.driver, await visible(this.driver, "#mina-forbund-knapp"));
    await visible(this.driver, "#mina-forbund-meny");
    return this;
  }

  async isOpen() {
    return (await this.driver.findElements(By.css("#mina-forbund-meny"))).length > 0;
  }

  /** The listed files: name, detail (folder, or that the file is gone), open, missing. */
  async files() {
    return this.driver.executeScript(`
      return [...document.querySelectorAll("#mina-forbund-meny [role='menuitemradio']")].map((e) => ({
        name: e.querySelector(".name").textContent.trim(),
        detail: e.querySelector(".detail").textContent.trim(),
        open: e.getAttribute("aria-checked") === "true",
        missing: e.getAttribute("aria-disabled") === "true",
        path: e.dataset.path,
      }));
    `);
  }

  /** The text of the focused item, and whether it is one of the menu's items. */
  async focused() {
    return this.driver.executeScript(`
      const e = document.activeElement;
      return { text: e.textContent.trim().replace(/\\s+/g, " "), role: e.getAttribute("role"),
               path: e.dataset.path ?? null, inMenu: !!e.closest("#mina-forbund-meny") };
    `);
  }

  async keys(...keys) {
    const active = await this.driver.switchTo().activeElement();
    await active.sendKeys(...keys);
  }

  /** Clicks the file at `path` in the open menu. */
  async choose(path) {
    const items = await this.driver.findElements(
      By.css("#mina-forbund-meny [role='menuitemradio']"),
    );
    for (const item of items) {
      if ((await item.getAttribute("data-path")) === path) return click(this.driver, item);
    }
    throw new Error(`${path} is not in Mina förbund`);
  }

  async newForbund() {
    await click(this.driver, await visible(this.driver, "#mina-forbund-nytt"));
  }

  /** "Ta bort från listan" for the file at `path`. */
  async forget(path) {
    const item = await visible(
      this.driver,
      `#mina-forbund-meny [role='menuitem'][data-path="${path.replace(/"/g, '\\"')}"]`,
    );
    await click(this.driver, item);
  }

  /** The förbund named in the header, once it is `expected` (or the last seen on timeout). */
  async headerName(expected) {
    let seen = null;
    try {
      await this.driver.wait(async () => {
        seen = (await (await visible(this.driver, "#topbar-forbund")).getText()).trim();
        return expected === undefined || seen === expected;
      }, 5000);
    } catch {
      // Return what was seen; the assertion says what was expected.
    }
    return seen;
  }

  /** The window's title as the window manager sees it, once it is `expected`. */
  async windowTitle(expected) {
    let seen = null;
    try {
      await this.driver.wait(async () => {
        seen = nativeTitle();
        return expected === undefined || seen === expected;
      }, 5000);
    } catch {
      // As above.
    }
    return seen;
  }
}

/** The title of the top-level window whose title starts with "Finsamkollen". */
function nativeTitle() {
  let ids;
  try {
    ids = execFileSync("xdotool", ["search", "--name", "^Finsamkollen"], { encoding: "utf8" });
  } catch {
    return null;
  }
  for (const id of ids.split("\n").filter(Boolean)) {
    try {
      const name = execFileSync("xdotool", ["getwindowname", id], { encoding: "utf8" }).trim();
      if (name.startsWith("Finsamkollen")) return name;
    } catch {
      // A window that went away meanwhile.
    }
  }
  return null;
}
