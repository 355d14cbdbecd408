// Page object for the screen shown when the data file is refused.
import { visible } from "../support/app.js";

export class FileErrorPage {
  constructor(driver) {
    this.driver = driver;
  }

  async heading() {
    return (await visible(this.driver, "#file-error-heading")).getText();
  }

  async message() {
    return (await visible(this.driver, "#file-error-message")).getText();
  }
}
