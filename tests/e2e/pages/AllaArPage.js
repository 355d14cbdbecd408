// Page object for "Alla år": every year's figures in a table, two charts (lines or bars), or
// the core's sentence in place of the Deltagare chart or of both charts, and a link from each
// year to its view.
import { By } from "selenium-webdriver";
import { click, visible } from "../support/app.js";

/** WebDriver may or may not keep no-break spaces; compare with plain spaces. */
const plain = (text) => text.replaceAll("\u00a0", " ").trim();

export class AllaArPage {
  constructor(driver) {
    this.driver = driver;
  }

  /** Opens the screen from the main menu and waits for its table. */
  async open() {
    await click(this.driver, await visible(this.driver, "#nav-allaar"));
    await visible(this.driver, "#alla-ar");
    return this;
  }

  /** The years the table lists, oldest first. */
  async years() {
    const rows = await this.driver.findElements(By.css("#alla-ar tbody tr"));
    return Promise.all(rows.map(async (r) => Number(await r.getAttribute("data-ar"))));
  }

  /** The shown value of `column` (medel, kostnader, saldo, kvinnor, …) in `year`'s row. */
  async figure(year, column) {
    const cell = await this.driver.findElement(
      By.css(`#alla-ar tr[data-ar='${year}'] td[data-col='${column}']`),
    );
    return plain(await cell.getText());
  }

  /** The whole row of `year` as read. */
  async rowText(year) {
    return plain(await this.driver.findElement(By.css(`#alla-ar tr[data-ar='${year}']`)).getText());
  }

  /** The charts' text alternatives (their titles and figures). */
  async chartLabels() {
    const svgs = await this.driver.findElements(By.css(".chart svg"));
    return Promise.all(svgs.map(async (s) => plain(await s.getAttribute("aria-label"))));
  }

  /** The line saying from which year figures exist, or "" when there is none. */
  async siffrorFran() {
    const lines = await this.driver.findElements(By.css("#alla-ar-fran"));
    return lines.length ? plain(await lines[0].getText()) : "";
  }

  /** What the "*" on `year`'s kostnader says (its tooltip), or "" when it has none. */
  async utfallSaknas(year) {
    const marks = await this.driver.findElements(
      By.css(`#alla-ar tr[data-ar='${year}'] td[data-col='kostnader'] .saknas`),
    );
    return marks.length ? plain(await marks[0].getAttribute("title")) : "";
  }

  /** The note under the table saying what the "*" means, or "" when there is none. */
  async ofullstandiga() {
    const notes = await this.driver.findElements(By.css("#alla-ar-ofullstandiga"));
    return notes.length ? plain(await notes[0].getText()) : "";
  }

  /** The chart titles and the sentence drawn in place of a chart, in the order shown. */
  async chartTitles() {
    const titles = await this.driver.findElements(
      By.css(".chart .chart-title, #diagram-deltagare-saknas h3"),
    );
    return Promise.all(titles.map(async (t) => plain(await t.getText())));
  }

  /** The core's sentence shown instead of the Deltagare chart, or "" when the chart is drawn. */
  async ingaDeltagare() {
    const lines = await this.driver.findElements(By.css("#inga-deltagare"));
    return lines.length ? plain(await lines[0].getText()) : "";
  }

  /** The core's sentence shown instead of both charts, or "" when charts are drawn. */
  async ingaSiffror() {
    const lines = await this.driver.findElements(By.css("#inga-siffror"));
    return lines.length ? plain(await lines[0].getText()) : "";
  }

  /** The heading of the charts' section. */
  async diagramHeading() {
    return plain(await (await visible(this.driver, "#alla-ar-diagram-heading")).getText());
  }

  /** Whether the Deltagare chart is drawn. */
  async hasDeltagareChart() {
    return (await this.driver.findElements(By.css("#diagram-deltagare svg"))).length > 0;
  }

  /** How each chart draws the years: "linjer" or "staplar", and the bars it has drawn. */
  async chartKinds() {
    const charts = await this.driver.findElements(By.css(".chart"));
    return Promise.all(
      charts.map(async (c) => ({
        kind: await c.getAttribute("data-kind"),
        bars: (await c.findElements(By.css("svg rect"))).length,
        lines: (await c.findElements(By.css("svg polyline"))).length,
      })),
    );
  }

  /** Follows the year's link to its year view. */
  async goToYear(year) {
    await click(
      this.driver,
      await this.driver.findElement(By.css(`#alla-ar tr[data-ar='${year}'] button`)),
    );
  }
}
