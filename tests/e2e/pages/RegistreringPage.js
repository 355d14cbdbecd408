// Page object for "Registrera i Uppföljning Finsam", the part of the keying view that lists
// the insatser new and ended in the year, each with its details and a "Registrerad" tick.
import { click, visible } from "../support/app.js";

const plain = (text) => text.replaceAll("\u00a0", " ");

export class RegistreringPage {
  constructor(driver) {
    this.driver = driver;
  }

  /** Each list as [heading, [[insats, [[field, value, note], …]], …]], as shown. */
  async lists() {
    return this.driver.executeScript(`
      return [...document.querySelectorAll('.registrera h3')].map((h) => {
        const lines = [];
        let el = h.nextElementSibling;
        while (el && el.tagName !== 'H3') {
          if (el.classList.contains('registrering-rad')) {
            lines.push([
              el.querySelector('h4').innerText.trim(),
              [...el.querySelector('tbody').rows].map((r) => [
                r.cells[0].innerText.trim(),
                r.cells[1].innerText.trim(),
                r.cells[2].innerText.trim().replace(/\\s+/g, ' '),
              ]),
            ]);
          }
          el = el.nextElementSibling;
        }
        return [h.innerText.trim(), lines];
      });`);
  }

  /** The line key of insats `namn` in the list headed `heading`. */
  async key(heading, namn) {
    return this.driver.executeScript(
      `const h = [...document.querySelectorAll('.registrera h3')]
         .find((h) => h.innerText.trim() === arguments[0]);
       let el = h.nextElementSibling;
       while (el && !(el.classList.contains('registrering-rad')
                      && el.querySelector('h4').innerText.trim() === arguments[1])) {
         el = el.nextElementSibling;
       }
       return el.dataset.key;`,
      heading,
      namn,
    );
  }

  line(key) {
    return `.registrering-rad[data-key="${key}"]`;
  }

  async summary() {
    return plain(await (await visible(this.driver, "#registrering-lage")).getText());
  }

  /** The line's head: its name, the tick's label and what the tick says. */
  async status(key) {
    return plain(await (await visible(this.driver, `${this.line(key)} .rad-huvud`)).getText());
  }

  async waitForStatus(key, pattern) {
    await this.driver.wait(
      async () => pattern.test(await this.status(key)),
      5000,
      `status of ${key} did not match ${pattern}`,
    );
    return this.status(key);
  }

  async tick(key) {
    await click(this.driver, await visible(this.driver, `[id="registrerad-${key}"]`));
  }

  async copyButton(key, falt) {
    return visible(this.driver, `${this.line(key)} tr[data-falt="${falt}"] button.varde`);
  }
}
