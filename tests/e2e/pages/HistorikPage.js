// Page object for a "Historik" disclosure (insats panel, year view, förbund page).
import { By } from "selenium-webdriver";
import { click, visible } from "../support/app.js";

export class HistorikPage {
  constructor(driver, id) {
    this.driver = driver;
    this.id = id;
  }

  /** Opens the disclosure (if closed) and waits for its first page to arrive. */
  async open() {
    const details = await visible(this.driver, `#${this.id}`);
    if ((await details.getAttribute("open")) === null) {
      await click(this.driver, await details.findElement(By.css("summary")));
    }
    await this.driver.wait(
      async () => (await this.handlingar()).length > 0,
      5000,
      `#${this.id} showed no history`,
    );
    return this;
  }

  /**
   * The shown handlingar, newest first, as { handling, tidpunkt, andringar: [[fält, före,
   * efter]] }.
   */
  async handlingar() {
    try {
      const items = await this.driver.findElements(By.css(`#${this.id} .historik-lista > li`));
      return await Promise.all(
        items.map(async (li) => {
          const head = await li.findElements(By.css(".historik-handling span"));
          const [tidpunkt, handling] = await Promise.all(head.map((s) => s.getText()));
          const rows = await li.findElements(By.css("tbody tr"));
          const andringar = await Promise.all(
            rows.map(async (row) => {
              const cells = await row.findElements(By.css("th, td"));
              const texts = await Promise.all(cells.map((c) => c.getText()));
              // The "→" before the new value is decoration; amounts read with plain spaces.
              return texts.map((t) => t.replace(/^→\s*/, "").replace(/[\u00a0\u202f]/g, " "));
            }),
          );
          return { tidpunkt, handling, andringar };
        }),
      );
    } catch {
      return [];
    }
  }

  /** Waits until the newest handling is `text` and returns it. */
  async waitForNewest(text) {
    let newest;
    await this.driver.wait(
      async () => {
        newest = (await this.handlingar())[0];
        return newest?.handling === text;
      },
      5000,
      `#${this.id}: the newest handling was not "${text}"`,
    );
    return newest;
  }
}
