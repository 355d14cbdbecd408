// Page object for the Insatser table on the start page, the "Lägg till insats" wizard and
// the insats panel beside the table.
import { By } from "selenium-webdriver";
import { click, visible } from "../support/app.js";

export class InsatserPage {
  constructor(driver) {
    this.driver = driver;
  }

  /** An element by id, once it is shown (screens render after their data arrives). */
  async button(id) {
    return visible(this.driver, `#${id}`);
  }

  async press(id) {
    await click(this.driver, await this.button(id));
  }

  async openWizard() {
    await this.press("ny-insats-knapp");
    await visible(this.driver, "#ny-insats[open]");
  }

  async choose(name, value) {
    await click(
      this.driver,
      await this.driver.findElement(By.css(`#ny-insats input[name='${name}'][value='${value}']`)),
    );
  }

  async stepText() {
    return (await visible(this.driver, "#ny-insats .steps")).getText();
  }

  async type(id, value) {
    const input = await this.button(id);
    await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", input);
    await input.clear();
    if (value) await input.sendKeys(value);
  }

  async selectOption(selectId, label) {
    await click(
      this.driver,
      await this.driver.findElement(
        By.xpath(`//select[@id='${selectId}']/option[normalize-space(.)='${label}']`),
      ),
    );
  }

  async tickLabel(containerCss, label) {
    const input = await this.driver.findElement(
      By.xpath(
        `//*[@id='${containerCss}']//label[normalize-space(.)='${label}']/input[@type='checkbox']`,
      ),
    );
    await click(this.driver, input);
  }

  /** Goes through all three steps and saves; returns when the dialog has closed. */
  async addInsats({
    namn,
    inriktning,
    foljer,
    esf = "false",
    esfLeder = "true",
    preciserad,
    startdatum,
    slutdatum,
  }) {
    await this.openWizard();
    await this.choose("inriktning", inriktning);
    if (foljer !== undefined) await this.choose("foljer", foljer);
    await this.press("ny-insats-nasta");
    await this.choose("esf", esf);
    // M3: an ESF-financed insats asks whether the förbund itself leads the project.
    if (esf === "true") await this.choose("esfLeder", esfLeder);
    await this.press("ny-insats-nasta");
    await this.fillDetails({ namn, preciserad, startdatum, slutdatum });
    await this.press("ny-insats-spara");
  }

  async fillDetails({ namn, preciserad, startdatum, slutdatum }) {
    await visible(this.driver, "#ny-namn");
    await this.type("ny-namn", namn);
    await this.selectOption("ny-preciserad", preciserad);
    await this.type("ny-startdatum", startdatum);
    if (slutdatum) await this.type("ny-slutdatum", slutdatum);
  }

  async waitDialogClosed() {
    await this.driver.wait(
      async () => (await this.driver.findElements(By.css("dialog[open]"))).length === 0,
      5000,
      "the dialog did not close",
    );
  }

  async errorText(id) {
    return (await visible(this.driver, `#${id}-error`)).getText();
  }

  /** The table as [namn, inriktning, ESF, status] rows (an empty table gives []). */
  async rows() {
    return this.driver.wait(async () => {
      try {
        const rows = await this.driver.findElements(By.css("#insatser tbody tr[data-insats]"));
        return await Promise.all(
          rows.map(async (row) => {
            const cells = await row.findElements(By.css("td"));
            return Promise.all(cells.slice(0, 4).map((c) => c.getText()));
          }),
        );
      } catch {
        return null;
      }
    }, 5000);
  }

  async waitForRows(expectedNames) {
    await this.driver.wait(
      async () => {
        const rows = await this.rows();
        return JSON.stringify(rows.map((r) => r[0])) === JSON.stringify(expectedNames);
      },
      5000,
      `the table did not show ${expectedNames.join(", ")}`,
    );
  }

  async openPanel(namn) {
    // Right after a save the table is drawn anew; wait for the row rather than look once.
    const button = await visible(
      this.driver,
      `#insatser tr[data-insats='${namn}'] button.row-select`,
    );
    await click(this.driver, button);
    const heading = await visible(this.driver, "#panel-rubrik");
    await this.driver.wait(async () => (await heading.getText()) === namn, 5000);
  }

  /**
   * Where the insatser's headers and the open insats panel are drawn, in px: each header
   * as { text, left, right, top, bottom }, the panel's box, and the window's width.
   */
  async layoutWithPanel() {
    return this.driver.executeScript(`
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      return {
        headers: [...document.querySelectorAll("#insatser thead th")].map((th) => ({
          text: th.textContent.trim(),
          ...box(th),
        })),
        panel: box(document.querySelector("aside.insats-panel")),
        window: document.documentElement.clientWidth,
      };
    `);
  }

  async panelText(id) {
    return (await visible(this.driver, `#${id}`)).getText();
  }

  async panelHasInput(id) {
    return (await this.driver.findElements(By.css(`#${id}`))).length > 0;
  }

  async countInputs(year) {
    return this.driver.findElements(By.css(`#panel-deltagare tr[data-ar='${year}'] input.count`));
  }

  async enterCounts(year, values) {
    const inputs = await this.countInputs(year);
    for (const [i, value] of values.entries()) {
      await inputs[i].clear();
      if (value) await inputs[i].sendKeys(value);
    }
    const row = await this.driver.findElement(By.css(`#panel-deltagare tr[data-ar='${year}']`));
    await click(this.driver, await row.findElement(By.css("button")));
  }

  /** The sentence the core gives for a year's counts: until when, or why not. */
  async yearLock(year) {
    const row = await this.driver.findElement(By.css(`#panel-deltagare tr[data-ar='${year}']`));
    return (await row.findElement(By.css("th"))).getAttribute("title");
  }

  /** A year whose counts cannot change: the text of its last cell and that cell's reason. */
  async lockedYear(year) {
    const row = await this.driver.findElement(By.css(`#panel-deltagare tr[data-ar='${year}']`));
    const cells = await row.findElements(By.css("td span"));
    const last = cells[cells.length - 1];
    return [await last.getText(), await last.getAttribute("title")];
  }

  /** The years whose counts the avsluta dialog says will be locked, as its table lists them. */
  async avslutaYears() {
    const table = await visible(this.driver, "#avsluta-antal");
    const heads = await table.findElements(By.css("tbody th"));
    return Promise.all(heads.map((th) => th.getText()));
  }

  /** The counts row of a year as its cell texts. */
  async countsRow(year) {
    return this.driver.wait(async () => {
      try {
        const row = await this.driver.findElement(By.css(`#panel-deltagare tr[data-ar='${year}']`));
        const cells = await row.findElements(By.css("td"));
        return await Promise.all(
          cells.map(async (c) => {
            const input = await c.findElements(By.css("input"));
            return input.length ? input[0].getAttribute("value") : c.getText();
          }),
        );
      } catch {
        return null;
      }
    }, 5000);
  }
}
