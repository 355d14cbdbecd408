// Page object for the förbund's start page.
import { By, until } from "selenium-webdriver";
import { tableRows, visible } from "../support/app.js";

export class StartPage {
  constructor(driver) {
    this.driver = driver;
  }

  async waitUntilShown() {
    await visible(this.driver, "#forbund-namn");
    return this;
  }

  async text(css) {
    return (await this.driver.findElement(By.css(css))).getText();
  }

  forbundNamn() {
    return this.text("#forbund-namn");
  }

  organisationsnummer() {
    return this.text("#forbund-orgnr");
  }

  startdatum() {
    return this.text("#forbund-startdatum");
  }

  /** Whether the start date is shown as text only, with no input to change it. */
  async startdatumIsReadOnly() {
    const inputs = await this.driver.findElements(By.css("input#startdatum"));
    return inputs.length === 0;
  }

  async years() {
    const options = await this.driver.findElements(By.css("#year option"));
    return Promise.all(options.map(async (o) => Number(await o.getText())));
  }

  async selectedYear() {
    return Number(await this.driver.findElement(By.css("#year")).getAttribute("value"));
  }

  yearStatus() {
    return this.text("#year-status");
  }

  async chooseYear(year) {
    const heading = await this.driver.findElement(By.css("#insatser-heading"));
    await this.driver.findElement(By.css(`#year option[value='${year}']`)).click();
    await this.driver.wait(until.elementTextIs(heading, `Insatser ${year}`), 5000);
  }

  insatserHeading() {
    return this.text("#insatser-heading");
  }

  medelHeading() {
    return this.text("#medel-heading");
  }

  async tableHeaders(id) {
    const cells = await this.driver.findElements(By.css(`#${id} thead th`));
    return Promise.all(cells.map((c) => c.getText()));
  }

  /** A table's body as cell texts. */
  tableRows(id) {
    return tableRows(this.driver, id, "th, td");
  }
}
