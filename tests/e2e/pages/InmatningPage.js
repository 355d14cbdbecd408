// Page object for "Inmatning i Uppföljning Finsam": the year's figures to copy and tick.
import { By, Key } from "selenium-webdriver";
import { click, visible } from "../support/app.js";

/** WebDriver may or may not keep no-break spaces; compare with plain spaces. */
const plain = (text) => text.replaceAll("\u00a0", " ");

export class InmatningPage {
  constructor(driver) {
    this.driver = driver;
  }

  /** Opens the view from the year view's button and waits for its rows. */
  async open() {
    await click(this.driver, await visible(this.driver, "#open-inmatning"));
    await visible(this.driver, ".inmatning-tabell tbody tr");
    return this;
  }

  async back() {
    await click(this.driver, await visible(this.driver, "#inmatning-tillbaka"));
    await visible(this.driver, "#open-inmatning");
  }

  /** Every table as [caption or section heading, [[label, value, status], …]]. */
  async tables() {
    return this.driver
      .executeScript(
        `
      return [...document.querySelectorAll('.inmatning-tabell')].map((t) => [
        (t.caption?.innerText ?? t.closest('section').querySelector('h2').innerText).trim(),
        [...t.tBodies[0].rows].map((r) => [
          r.cells[0].innerText.trim(),
          r.cells[1].innerText.trim(),
          r.cells[3].innerText.trim(),
        ]),
      ]);`,
      )
      .then((tables) => tables.map(([name, rows]) => [plain(name), rows.map((r) => r.map(plain))]));
  }

  /** The row key of `label` in the table captioned `caption` (an insats's name). */
  async key(caption, label) {
    return this.driver.executeScript(
      `const t = [...document.querySelectorAll('.inmatning-tabell')]
         .find((t) => t.caption && t.caption.innerText.startsWith(arguments[0]));
       return [...t.tBodies[0].rows].find((r) => r.cells[0].innerText.trim() === arguments[1])
         .dataset.key;`,
      caption,
      label,
    );
  }

  row(key) {
    return `tr[data-key="${key}"]`;
  }

  async status(key) {
    return plain(await (await visible(this.driver, `${this.row(key)} .status-cell`)).getText());
  }

  async waitForStatus(key, pattern) {
    await this.driver.wait(
      async () => pattern.test(await this.status(key)),
      5000,
      `status of ${key} did not match ${pattern}`,
    );
    return this.status(key);
  }

  async valueButton(key) {
    return visible(this.driver, `${this.row(key)} button.varde`);
  }

  async focus(element) {
    await this.driver.executeScript(
      "arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus()",
      element,
    );
  }

  async keys(...keys) {
    await this.driver
      .actions()
      .sendKeys(...keys)
      .perform();
  }

  /** Ctrl+<key> as a person presses it (WebKitWebDriver does not take a chord here). */
  async ctrl(key) {
    await this.driver.actions().keyDown(Key.CONTROL).sendKeys(key).keyUp(Key.CONTROL).perform();
  }

  async activeId() {
    return this.driver.executeScript("return document.activeElement?.id ?? null");
  }

  async confirmation() {
    return (await visible(this.driver, "#kopierat")).getText();
  }

  async waitForConfirmation(text) {
    await this.driver.wait(
      async () => (await this.confirmation()) === text,
      5000,
      `no confirmation "${text}"`,
    );
  }

  /**
   * What the clipboard holds, read back as a person would: paste it (Ctrl+V) into a text
   * field. The screen has none, so a throw-away one is added for the paste and removed.
   */
  async pasted() {
    const field = await this.driver.executeScript(`
      const f = document.createElement('input');
      f.id = 'e2e-paste'; f.setAttribute('aria-label', 'Inklistrat');
      document.body.appendChild(f); f.focus(); return f;`);
    await this.ctrl("v");
    const value = await field.getAttribute("value");
    const text = await this.driver.executeScript(
      "const f = document.getElementById('e2e-paste'); const v = f.value; f.remove(); return v;",
    );
    return text || value;
  }

  /**
   * Applies the page's print stylesheet to the screen (WebDriver cannot print): every
   * `@media print` rule is appended to its stylesheet as a plain rule (through the CSSOM,
   * since the CSP refuses an added style element). Returns a function that takes them away.
   */
  async showAsPrinted() {
    await this.driver.executeScript(`
      window.__e2ePrint = [];
      for (const sheet of document.styleSheets) {
        const inner = [...sheet.cssRules]
          .filter((r) => r instanceof CSSMediaRule && r.media.mediaText.includes('print'))
          .flatMap((r) => [...r.cssRules].map((i) => i.cssText));
        for (const text of inner) sheet.insertRule(text, sheet.cssRules.length);
        if (inner.length > 0) window.__e2ePrint.push([sheet, inner.length]);
      }`);
    return () =>
      this.driver.executeScript(`
        for (const [sheet, n] of window.__e2ePrint) {
          for (let i = 0; i < n; i++) sheet.deleteRule(sheet.cssRules.length - 1);
        }`);
  }

  async displayed(css) {
    const [element] = await this.driver.findElements(By.css(css));
    return element ? element.isDisplayed() : false;
  }

  async markInrapporterat() {
    await click(this.driver, await visible(this.driver, "#markera-inrapporterat"));
    return plain(await (await visible(this.driver, "#inrapporterat-senaste")).getText());
  }

  async exists(css) {
    return (await this.driver.findElements(By.css(css))).length > 0;
  }
}

export { Key };
