// Page object for the förbund page: details, verksamhetsområde, ingående organisationer
// and uppdrag, with its two pickers.
import { By } from "selenium-webdriver";
import { click, tableRows, visible } from "../support/app.js";

export class ForbundPage {
  constructor(driver) {
    this.driver = driver;
  }

  async open() {
    await (await visible(this.driver, "#nav-forbund")).click();
    await visible(this.driver, "#forbund-page-heading");
    return this;
  }

  async field(id) {
    return this.driver.findElement(By.css(`#${id}`));
  }

  async fill(values) {
    for (const [id, value] of Object.entries(values)) {
      const input = await this.field(id);
      await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", input);
      await input.clear();
      if (value) await input.sendKeys(value);
    }
  }

  async value(id) {
    return (await this.field(id)).getAttribute("value");
  }

  async text(css) {
    return (await this.driver.findElement(By.css(css))).getText();
  }

  async save() {
    await click(this.driver, await this.field("forbund-spara"));
  }

  /** Waits for the save to succeed and returns the status text. */
  async waitSaved() {
    return (await visible(this.driver, "#save-status")).getText();
  }

  async waitGeneralError() {
    return (await visible(this.driver, "#save-general")).getText();
  }

  async errorFor(id) {
    const found = await this.driver.findElements(By.css(`#${id}-error`));
    return found.length ? found[0].getText() : null;
  }

  async warningFor(id) {
    const found = await this.driver.findElements(By.css(`#${id}-warning`));
    return found.length ? found[0].getText() : null;
  }

  async saveButtonText() {
    return (await this.field("forbund-spara")).getText();
  }

  /** A table's body as cell texts. */
  tableRows(id) {
    return tableRows(this.driver, id, "td");
  }

  /** Waits until a table's rows satisfy `ready` (re-reading them as the UI re-renders). */
  async waitForRows(id, ready) {
    await this.driver.wait(async () => ready(await this.tableRows(id)), 5000);
  }

  // --- Verksamhetsområde picker ---------------------------------------------------

  async openOmradePicker() {
    await click(this.driver, await this.field("omrade-andra"));
    await visible(this.driver, "#omrade-picker[open]");
  }

  async searchOmrade({ lan, namn, stadsdelar = false }) {
    await this.driver
      .findElement(By.xpath(`//select[@id='omrade-lan']/option[normalize-space(.)='${lan}']`))
      .click();
    const input = await this.field("omrade-namn");
    await input.clear();
    if (namn) await input.sendKeys(namn);
    const box = await this.field("omrade-stadsdelar");
    if ((await box.isSelected()) !== stadsdelar) await box.click();
    await this.searchAndWait("omrade-sok", "omrade-matchning");
    return this.hitNames("omrade-hits");
  }

  /** Clicks a picker's Sök and waits until its result line shows a new search. */
  async searchAndWait(buttonId, countId) {
    const count = async () => {
      const found = await this.driver.findElements(By.css(`#${countId}`));
      return found.length ? Number(await found[0].getAttribute("data-searches")) : 0;
    };
    const before = await count();
    await (await this.field(buttonId)).click();
    await this.driver.wait(async () => (await count()) > before, 5000);
  }

  async hitNames(listId) {
    const names = await this.driver.findElements(By.css(`#${listId} .pick-name`));
    return Promise.all(names.map((n) => n.getText()));
  }

  async tick(listId, name) {
    const label = await this.driver.findElement(
      By.xpath(
        `//ul[@id='${listId}']//label[.//span[@class='pick-name' and normalize-space(.)='${name}']]`,
      ),
    );
    await click(this.driver, await label.findElement(By.css("input")));
  }

  async clickButton(id) {
    await click(this.driver, await this.field(id));
  }

  async closePicker(okId) {
    await this.clickButton(okId);
    await this.driver.wait(async () => {
      const open = await this.driver.findElements(By.css("dialog[open]"));
      return open.length === 0;
    }, 5000);
  }

  // --- Organisation picker ----------------------------------------------------------

  async openOrganisationPicker() {
    await click(this.driver, await this.field("org-andra"));
    await visible(this.driver, "#organisation-picker[open]");
  }

  async searchOrganisation({ typ, namn }) {
    await this.driver
      .findElement(By.xpath(`//select[@id='org-typ']/option[normalize-space(.)='${typ}']`))
      .click();
    const input = await this.field("org-namn");
    await input.clear();
    if (namn) await input.sendKeys(namn);
    await this.searchAndWait("org-sok", "org-count");
    return this.hitNames("org-hits");
  }

  /** The roles row of an organisation: { medlem, finansiar, konsument, error }. */
  async roles(name) {
    const row = await this.driver.findElement(By.css(`#org-tabell tr[data-org='${name}']`));
    const checked = async (css) => {
      const found = await row.findElements(By.css(css));
      return found.length ? found[0].isSelected() : null;
    };
    const cells = await row.findElements(By.css("td"));
    const errors = await row.findElements(By.css(".error"));
    return {
      medlem: await checked("input.medlem"),
      finansiar: await checked("input.finansiar"),
      konsument: await cells[4].getText(),
      error: errors.length ? await errors[0].getText() : null,
    };
  }

  async toggleRole(name, role) {
    const row = await this.driver.findElement(By.css(`#org-tabell tr[data-org='${name}']`));
    await click(this.driver, await row.findElement(By.css(`input.${role}`)));
  }

  async organisationNames() {
    const rows = await this.driver.findElements(By.css("#org-tabell tbody tr"));
    return Promise.all(rows.map((r) => r.getAttribute("data-org")));
  }

  /** The members warning's text, null when there is none, undefined while it is redrawn. */
  async warning() {
    try {
      const found = await this.driver.findElements(By.css("#org-varning p"));
      return found.length ? await found[0].getText() : null;
    } catch {
      // Svelte replaced the element while it was read: ask again.
      return undefined;
    }
  }

  /**
   * Waits until the members warning (M5, the law's § 3) reads `expected`, or is gone for
   * `null`: the page asks the core again after every change to the roles or the area.
   */
  async waitForWarning(expected) {
    let shown;
    try {
      await this.driver.wait(async () => (shown = await this.warning()) === expected, 5000);
    } catch {
      throw new Error(
        `M5 warning: expected ${JSON.stringify(expected)}, shown ${JSON.stringify(shown)}`,
      );
    }
    return shown;
  }
}
