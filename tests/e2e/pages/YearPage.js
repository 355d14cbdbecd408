// Page object for the year's figures on the start page: medel, the budget grid (driven
// by keyboard), the summary and copying last year's budget.
import { By, Key } from "selenium-webdriver";
import { click, visible } from "../support/app.js";

/** WebDriver may or may not keep no-break spaces; compare with plain spaces. */
const plain = (text) => text.replaceAll("\u00a0", " ");

export class YearPage {
  constructor(driver) {
    this.driver = driver;
  }

  /** Sends keys to whatever has focus, as a person typing. */
  async keys(...keys) {
    await this.driver
      .actions()
      .sendKeys(...keys)
      .perform();
  }

  async focus(id) {
    const element = await visible(this.driver, `#${id}`);
    await this.driver.executeScript(
      "arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus()",
      element,
    );
  }

  async activeDescription() {
    return this.driver.executeScript(`
      const e = document.activeElement;
      return e ? (e.id || e.getAttribute('data-cell') || e.closest('[data-cell]')?.getAttribute('data-cell') || e.tagName) : null;`);
  }

  /** Waits until focus is on `description` (an id, or a grid cell as "row-col"). */
  async waitForFocus(description) {
    await this.driver.wait(
      async () => (await this.activeDescription()) === description,
      5000,
      `focus did not reach ${description}`,
    );
  }

  /** The budget grid as rows of cell texts (row header first), once it is shown. */
  async grid() {
    await visible(this.driver, "#budget");
    return this.driver.wait(async () => {
      try {
        const rows = await this.driver.findElements(By.css("#budget tbody tr"));
        return await Promise.all(
          rows.map(async (row) => {
            const cells = await row.findElements(By.css("td"));
            const texts = await Promise.all(
              cells.map(async (c) => plain((await c.getText()).split("\n")[0])),
            );
            return [await row.getAttribute("data-rad"), ...texts];
          }),
        );
      } catch {
        return null;
      }
    }, 5000);
  }

  async text(id) {
    return plain(await (await visible(this.driver, `#${id}`)).getText());
  }

  async exists(id) {
    return (await this.driver.findElements(By.css(`#${id}`))).length > 0;
  }

  async waitGone(id) {
    await this.driver.wait(async () => !(await this.exists(id)), 5000, `#${id} stayed`);
  }

  async press(id) {
    await click(this.driver, await visible(this.driver, `#${id}`));
  }

  async cellErrors() {
    const errors = await this.driver.findElements(By.css("#budget .cell-error"));
    return Promise.all(errors.map((e) => e.getText()));
  }

  /** Focuses a cell of the budget grid, "row-col", once the grid is drawn (at start-up
   * the year's sections come a frame after the insatser). */
  async focusCell(cell) {
    const element = await visible(this.driver, `#budget [data-cell="${cell}"]`);
    await this.driver.executeScript(
      "arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus()",
      element,
    );
  }

  /**
   * Pastes `text` into whatever has focus, as Ctrl+V does with a block copied from Excel.
   * WebDriver cannot reach the OS clipboard under Xvfb, so the paste event the webview
   * would send is dispatched with the text as its clipboard data.
   */
  async paste(text) {
    await this.driver.executeScript(
      `const text = arguments[0];
       let event;
       try {
         const data = new DataTransfer();
         data.setData("text/plain", text);
         event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
         if (!event.clipboardData || event.clipboardData.getData("text/plain") !== text) throw 0;
       } catch {
         event = new Event("paste", { bubbles: true, cancelable: true });
         Object.defineProperty(event, "clipboardData", {
           value: { getData: (type) => (type === "text/plain" ? text : "") },
         });
       }
       document.activeElement.dispatchEvent(event);`,
      text,
    );
  }

  /** Waits until the element `id` says `expected`, and returns it. */
  async waitText(id, expected) {
    let last = null;
    await this.driver
      .wait(async () => {
        last = plain(await (await visible(this.driver, `#${id}`)).getText());
        return last === expected;
      }, 5000)
      .catch(() => {
        throw new Error(`#${id} said ${JSON.stringify(last)}, not ${JSON.stringify(expected)}`);
      });
    return last;
  }

  /** The value of the input `id`. */
  async value(id) {
    return plain(await (await visible(this.driver, `#${id}`)).getAttribute("value"));
  }

  /** Calls a command through the app's own IPC, as the UI would, and returns the error. */
  async invokeError(command, args) {
    return this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
         .then(() => done(null), (e) => done(e));`,
      command,
      args,
    );
  }
}

export { Key };
