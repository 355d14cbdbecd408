// Page object for "Läs in tidigare år": the six-step wizard reached from "Alla år". The file
// comes from FINSAMKOLLEN_DIALOG_INLASNING_FILE (debug builds), since WebDriver cannot drive
// the native open dialog.
import { By, Key, until } from "selenium-webdriver";
import { click, visible } from "../support/app.js";

/** WebDriver may or may not keep no-break spaces; compare with plain spaces. */
const plain = (text) => text.replaceAll("\u00a0", " ").trim();

export class LasInPage {
  constructor(driver) {
    this.driver = driver;
  }

  /** Alla år → "Läs in tidigare år …". */
  async open() {
    await click(this.driver, await visible(this.driver, "#nav-allaar"));
    await click(this.driver, await visible(this.driver, "#las-in-knapp"));
    await visible(this.driver, "#las-in-steg-1");
    return this;
  }

  /** The step's heading ("Steg 2 av 6: Välj blad"). */
  async step() {
    return plain(await (await visible(this.driver, "#las-in-steg")).getText());
  }

  /** Waits for step `n` to be shown. */
  async waitStep(n) {
    await visible(this.driver, `#las-in-steg-${n}`);
  }

  /** "Välj fil …": waits for the file's facts or the refusal. */
  async chooseFile() {
    await click(this.driver, await visible(this.driver, "#las-in-valj-fil"));
    await visible(this.driver, "#las-in-fil, #las-in-fel");
  }

  async fileFacts() {
    return plain(await (await visible(this.driver, "#las-in-fil")).getText());
  }

  async error() {
    return plain(await (await visible(this.driver, "#las-in-fel")).getText());
  }

  async hasFileFacts() {
    return (await this.driver.findElements(By.css("#las-in-fil"))).length > 0;
  }

  /** "Nästa" (or "Förhandsgranska" on step 4), pressed with the keyboard. */
  async next() {
    const button = await visible(this.driver, "#las-in-nasta");
    await this.driver.executeScript("arguments[0].focus()", button);
    await button.sendKeys(Key.ENTER);
  }

  /** The sheets offered on step 2, with whether each is ticked. */
  async sheets() {
    const boxes = await this.driver.findElements(By.css("#las-in-blad input[type=checkbox]"));
    return Promise.all(
      boxes.map(async (b) => [await b.getAttribute("data-blad"), await b.isSelected()]),
    );
  }

  /** Step 4: the letters of the columns the mapping of `blad` shows. */
  async columns(blad) {
    const rows = await this.driver.findElements(
      By.css(`table.mapping[data-blad='${blad}'] tr[data-kolumn]`),
    );
    return Promise.all(rows.map((r) => r.getAttribute("data-kolumn")));
  }

  /** Step 3: the header row shown for `blad`, and the row the table marks. */
  async headerRow(blad) {
    const input = await this.driver.findElement(By.css(`input[data-blad='${blad}']`));
    const marked = await this.driver.findElement(
      By.css(`table.sheet-rows[data-blad='${blad}'] tr.rubrik th`),
    );
    return [
      Number(await input.getAttribute("value")),
      Number(plain(await marked.getText()).split(" ")[0]),
    ];
  }

  /** Step 3: types another header row, as a person would (select all, type, Tab). */
  async typeHeaderRow(blad, row) {
    const input = await this.driver.findElement(By.css(`input[data-blad='${blad}']`));
    await click(this.driver, input);
    await input.sendKeys(Key.BACK_SPACE, Key.BACK_SPACE, String(row), Key.TAB);
    const marked = `table.sheet-rows[data-blad='${blad}'] tr.rubrik th`;
    await this.driver.wait(async () => {
      const th = await this.driver.findElement(By.css(marked));
      return plain(await th.getText()).startsWith(String(row));
    }, 5000);
  }

  /** Step 4: what column `letter` of `blad` is read as (the select's shown option). */
  async columnField(blad, letter) {
    const select = await this.driver.findElement(
      By.css(`table.mapping[data-blad='${blad}'] tr[data-kolumn='${letter}'] select`),
    );
    const value = await select.getAttribute("value");
    const option = await select.findElement(By.css(`option[value='${value}']`));
    return plain(await option.getText());
  }

  /** Step 4: chooses the field labelled `label` for column `letter`, by keyboard. */
  async setColumnField(blad, letter, label) {
    const select = await this.driver.findElement(
      By.css(`table.mapping[data-blad='${blad}'] tr[data-kolumn='${letter}'] select`),
    );
    await this.driver.executeScript("arguments[0].focus()", select);
    const option = await select.findElement(By.xpath(`./option[normalize-space()='${label}']`));
    await option.click();
    await this.driver.wait(async () => (await this.columnField(blad, letter)) === label, 5000);
  }

  /** Step 4's "Spara mappningen" of the `index`th chosen sheet under `namn`. */
  async saveMapping(index, namn) {
    const input = await this.driver.findElement(By.css(`#mappning-namn-${index}`));
    await click(this.driver, input);
    await input.clear();
    await input.sendKeys(namn);
    await click(this.driver, await visible(this.driver, `#mappning-spara-${index}`));
    await visible(this.driver, `#mappning-sparad-${index}`);
  }

  /** The preview's counts, as read. */
  async counts() {
    const text = plain(await (await visible(this.driver, "#las-in-antal")).getText());
    return text.replace(/\s+/g, " ");
  }

  /** The preview's problems, each the core's sentence. */
  async problems() {
    const items = await this.driver.findElements(By.css("#las-in-problem li"));
    return Promise.all(items.map(async (li) => plain(await li.getText())));
  }

  async canReadIn() {
    const button = await visible(this.driver, "#las-in-las-in");
    return button.isEnabled();
  }

  /** Unticks (or ticks) "Ta med" of a row and waits for the preview to follow. */
  async setIncluded(blad, rad, included) {
    const row = `#las-in-rader tr[data-rad='${blad}|${rad}']`;
    const box = await this.driver.findElement(By.css(`${row} input[type=checkbox]`));
    await click(this.driver, box);
    await this.driver.wait(async () => {
      const [tr] = await this.driver.findElements(By.css(row));
      if (!tr) return false;
      const cls = (await tr.getAttribute("class")) ?? "";
      return cls.includes("undantagen") !== included;
    }, 5000);
  }

  /** "Läs in", then waits for the summary. */
  async readIn() {
    await click(this.driver, await visible(this.driver, "#las-in-las-in"));
    await visible(this.driver, "#las-in-klart, #las-in-fel");
  }

  async summary() {
    return plain(await (await visible(this.driver, "#las-in-klart")).getText());
  }

  /** "Återställ till före inläsningen …", confirmed; waits for the start page's message. */
  async restore() {
    await click(this.driver, await visible(this.driver, "#las-in-restore"));
    await visible(this.driver, "#las-in-restore-dialog[open]");
    await click(this.driver, await visible(this.driver, "#las-in-restore-ok"));
    const notice = await visible(this.driver, "#restored", 15000);
    await this.driver.wait(until.elementIsVisible(notice), 5000);
    return plain(await notice.getText());
  }
}
