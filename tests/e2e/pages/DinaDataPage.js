// Page object for "Dina data" in Inställningar (backups, the backup folder, restore) and
// the restore list that the recovery screen shares.
import { By } from "selenium-webdriver";
import { click, visible } from "../support/app.js";

export class DinaDataPage {
  constructor(driver) {
    this.driver = driver;
  }

  /** Inställningar, then its "Dina data" tab. */
  async open() {
    await click(this.driver, await visible(this.driver, "#nav-installningar"));
    await click(this.driver, await visible(this.driver, "#flik-data"));
    await visible(this.driver, "#data-heading");
    return this;
  }

  async text(id) {
    return (await visible(this.driver, `#${id}`)).getText();
  }

  /** Clicks a button once it is enabled (an earlier action may still be running). */
  async press(id) {
    await this.driver.wait(
      async () => (await visible(this.driver, `#${id}`)).isEnabled(),
      5000,
      `#${id} stayed disabled`,
    );
    const button = await visible(this.driver, `#${id}`);
    await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", button);
    await click(this.driver, button);
  }

  /** Waits for a status text matching `pattern` and returns it. */
  async waitStatus(pattern) {
    let text = "";
    await this.driver.wait(
      async () => {
        const found = await this.driver.findElements(By.css("#backup-status"));
        text = found.length ? await found[0].getText() : "";
        return pattern.test(text);
      },
      5000,
      `no status matching ${pattern}`,
    );
    return text;
  }

  /** The restore list as [gjord, förbund, år, insatser] rows, newest first. */
  async backups() {
    return this.driver.wait(async () => {
      try {
        const rows = await this.driver.findElements(By.css("#restore-list tbody tr"));
        if (rows.length === 0) return null;
        return await Promise.all(
          rows.map(async (row) => {
            const cells = await row.findElements(By.css("th, td"));
            const texts = await Promise.all(cells.slice(0, 4).map((c) => c.getText()));
            return texts.map((t) => t.split("\n")[0].trim());
          }),
        );
      } catch {
        return null;
      }
    }, 10000);
  }

  /** Waits until the list has `count` backups and returns them. */
  async waitForBackups(count) {
    let rows = [];
    await this.driver.wait(
      async () => {
        rows = await this.backups();
        return rows.length === count;
      },
      10000,
      `the restore list did not show ${count} backups`,
    );
    return rows;
  }

  /** "Återställ …" on row `index` (0 = newest), then confirms. */
  async restore(index) {
    // The list is read when the screen opens: wait for its rows rather than finding none.
    let buttons = [];
    await this.driver.wait(
      async () => {
        buttons = await this.driver.findElements(By.css("#restore-list tbody tr button"));
        return buttons.length > index;
      },
      10000,
      `the restore list did not show row ${index}`,
    );
    await this.driver.executeScript(
      "arguments[0].scrollIntoView({ block: 'center' })",
      buttons[index],
    );
    await click(this.driver, buttons[index]);
    await visible(this.driver, "#restore-dialog[open]");
  }

  async confirmRestore() {
    await click(this.driver, await visible(this.driver, "#restore-ok"));
  }
}
