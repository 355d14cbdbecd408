// Page object for "Skapa förbund", the first screen of an empty data file.
import { By } from "selenium-webdriver";
import { visible } from "../support/app.js";
import { StartPage } from "./StartPage.js";

export class CreateForbundPage {
  constructor(driver) {
    this.driver = driver;
  }

  async waitUntilShown() {
    await visible(this.driver, "#create-heading");
    return this;
  }

  heading() {
    return this.driver.findElement(By.css("#create-heading")).getText();
  }

  async fill({ namn, organisationsnummer, startdatum }) {
    for (const [id, value] of Object.entries({ namn, organisationsnummer, startdatum })) {
      if (value === undefined) continue;
      const input = await this.driver.findElement(By.css(`#${id}`));
      await input.clear();
      await input.sendKeys(value);
    }
  }

  async submit() {
    await this.driver.findElement(By.css("button[type='submit']")).click();
  }

  /** The error shown beside `field`, or null when there is none. */
  async errorFor(field) {
    const found = await this.driver.findElements(By.css(`#${field}-error`));
    return found.length ? found[0].getText() : null;
  }

  async waitForErrorFor(field) {
    const element = await visible(this.driver, `#${field}-error`);
    return element.getText();
  }

  async isInvalid(field) {
    const input = await this.driver.findElement(By.css(`#${field}`));
    return (await input.getAttribute("aria-invalid")) === "true";
  }

  /** Creates the förbund and waits for the start page: the usual first step of a spec. */
  static async createForbund(driver, fields) {
    const page = await new CreateForbundPage(driver).waitUntilShown();
    await page.fill(fields);
    await page.submit();
    return new StartPage(driver).waitUntilShown();
  }

  async focusedId() {
    return this.driver.executeScript("return document.activeElement && document.activeElement.id");
  }
}
