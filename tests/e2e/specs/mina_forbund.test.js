// "Mina förbund" (issue 23, part 3): an ekonom who serves two förbund goes from one's data
// file to the other's from the header; the header and the window's title always name the
// open förbund; switching asks about unsaved edits like every other move; a file that has
// been deleted is reported, cannot be opened, and leaves the list only when the officer
// says so. The files lie in a folder named the way officers' are (å, ä, ö and spaces).
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By, Key } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { ForbundPage } from "../pages/ForbundPage.js";
import { MinaForbundMenu } from "../pages/MinaForbundMenu.js";
import { StartPage } from "../pages/StartPage.js";
import { click, launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const VAST = "Samordningsförbundet Väst";
const OST = "Samordningsförbundet Östra Skaraborg";

describe("Mina förbund: switching between two förbund files", () => {
  const home = tempDir();
  const folder = path.join(home, "Åsa Öberg", "Förbund 2026");
  mkdirSync(folder, { recursive: true });
  const vast = path.join(folder, "väst.db");
  const ost = path.join(folder, "Östra Skaraborg.db");
  const settingsFile = path.join(home, "installningar.json");
  let app;
  let driver;
  let menu;

  before(async () => {
    app = await launchApp({
      dataFile: vast,
      today: "2026-11-24",
      extraEnv: { FINSAMKOLLEN_SETTINGS_FILE: settingsFile, FINSAMKOLLEN_DIALOG_NEW_FILE: ost },
    });
    driver = app.driver;
    menu = new MinaForbundMenu(driver);
    await CreateForbundPage.createForbund(driver, {
      namn: VAST,
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
  });

  after(async () => {
    await app?.quit();
  });

  const waitForNoDialog = () =>
    driver.wait(
      async () => (await driver.findElements(By.css("#leave-dialog[open]"))).length === 0,
      5000,
      "the question stayed open",
    );

  it("names the open förbund in the header and the window's title", async () => {
    assert.equal(await menu.headerName(VAST), VAST);
    assert.equal(await menu.windowTitle(`Finsamkollen – ${VAST}`), `Finsamkollen – ${VAST}`);
  });

  it("Nytt förbund … makes a new data file and lands on Skapa förbund for it", async () => {
    await menu.openWithKeyboard();
    await menu.newForbund();
    const create = await new CreateForbundPage(driver).waitUntilShown();
    assert.equal(await menu.windowTitle("Finsamkollen"), "Finsamkollen", "no förbund yet");
    assert.ok(existsSync(ost), "the new file is where the dialog said");
    assert.equal(await menu.headerName("Nytt förbund"), "Nytt förbund");
    await screenshot(driver, "mina-forbund-nytt");
    await create.fill({ namn: OST, organisationsnummer: "222000-1628", startdatum: "2020-01-01" });
    await create.submit();
    await new StartPage(driver).waitUntilShown();
    assert.equal(await menu.headerName(OST), OST);
    assert.equal(await menu.windowTitle(`Finsamkollen – ${OST}`), `Finsamkollen – ${OST}`);
  });

  it("lists both files with name and folder, the open one marked, and works by keyboard", async () => {
    await menu.openWithKeyboard();
    const files = await menu.files();
    assert.deepEqual(
      files.map((f) => [f.name, f.detail, f.open, f.missing]),
      [
        [OST, folder, true, false],
        [VAST, folder, false, false],
      ],
    );
    // ↓ opened the menu on the first file that can be opened, Väst.
    let focused = await menu.focused();
    assert.ok(focused.inMenu);
    assert.equal(focused.path, vast);
    await menu.keys(Key.ARROW_DOWN);
    assert.equal((await menu.focused()).text, "Öppna en annan fil …");
    await menu.keys(Key.ARROW_DOWN);
    assert.equal((await menu.focused()).text, "Nytt förbund …");
    await menu.keys(Key.ARROW_DOWN);
    assert.equal((await menu.focused()).path, ost, "the arrows wrap round");
    await menu.keys(Key.END);
    assert.equal((await menu.focused()).text, "Nytt förbund …");
    await menu.keys(Key.HOME);
    assert.equal((await menu.focused()).path, ost);
    await menu.keys(Key.ARROW_DOWN);
    await screenshot(driver, "mina-forbund-meny");
    await assertAccessible(driver);
    await menu.keys(Key.ESCAPE);
    assert.equal(await menu.isOpen(), false);
    focused = await driver.executeScript("return document.activeElement.id");
    assert.equal(focused, "mina-forbund-knapp", "Esc gives the focus back to the button");
  });

  it("Enter on the other förbund switches to its file", async () => {
    await menu.openWithKeyboard();
    assert.equal((await menu.focused()).path, vast);
    await menu.keys(Key.ENTER);
    const start = await new StartPage(driver).waitUntilShown();
    assert.equal(await menu.headerName(VAST), VAST);
    assert.equal(await start.forbundNamn(), VAST);
    assert.equal(await menu.windowTitle(`Finsamkollen – ${VAST}`), `Finsamkollen – ${VAST}`);
  });

  it("asks about an unsaved edit first: Stanna kvar keeps it, Spara inte switches", async () => {
    const page = await new ForbundPage(driver).open();
    await page.fill({ "f-namn": "Väst med ett nytt namn" });
    await menu.open();
    await menu.choose(ost);
    await visible(driver, "#leave-dialog[open]");
    assert.equal(
      await (await visible(driver, "#leave-dialog-lista")).getText(),
      "Förbundets uppgifter",
    );
    await click(driver, await visible(driver, "#leave-stay"));
    await waitForNoDialog();
    assert.equal(await page.value("f-namn"), "Väst med ett nytt namn", "the edit is still there");
    assert.equal(await menu.headerName(VAST), VAST, "still on Väst");

    await menu.open();
    await menu.choose(ost);
    await visible(driver, "#leave-dialog[open]");
    await click(driver, await visible(driver, "#leave-discard"));
    await waitForNoDialog();
    await new StartPage(driver).waitUntilShown();
    assert.equal(await menu.headerName(OST), OST);
    assert.equal(await menu.windowTitle(`Finsamkollen – ${OST}`), `Finsamkollen – ${OST}`);
  });

  it("a förbund renamed on its page is named so at once in the header, the title and the list", async () => {
    const page = await new ForbundPage(driver).open();
    await page.fill({ "f-namn": `${OST} och Tidaholm` });
    await page.save();
    assert.equal(await page.waitSaved(), "Ändringarna är sparade.");
    assert.equal(await menu.headerName(`${OST} och Tidaholm`), `${OST} och Tidaholm`);
    assert.equal(
      await menu.windowTitle(`Finsamkollen – ${OST} och Tidaholm`),
      `Finsamkollen – ${OST} och Tidaholm`,
    );
    await menu.open();
    assert.equal((await menu.files())[0].name, `${OST} och Tidaholm`);
    await menu.keys(Key.ESCAPE);
  });

  it("a deleted file is shown as missing, cannot be opened, and goes only when asked", async () => {
    await menu.open();
    await menu.choose(vast);
    await new StartPage(driver).waitUntilShown();
    assert.equal(await menu.headerName(VAST), VAST);
    const others = () =>
      readdirSync(folder).filter(
        (n) => !n.startsWith(path.basename(ost)) && !/-(wal|shm)$/.test(n),
      );
    const before = others();
    rmSync(ost);
    for (const suffix of ["-wal", "-shm"]) rmSync(ost + suffix, { force: true });

    await menu.open();
    const files = await menu.files();
    assert.deepEqual(
      files.map((f) => [f.name, f.detail, f.open, f.missing]),
      [
        [VAST, folder, true, false],
        [`${OST} och Tidaholm`, `Filen finns inte längre på ${ost}`, false, true],
      ],
    );
    await screenshot(driver, "mina-forbund-saknad-fil");
    await assertAccessible(driver);
    await menu.choose(ost);
    assert.equal(await menu.isOpen(), true, "a missing file does nothing");
    assert.equal(await menu.headerName(VAST), VAST);
    assert.equal(existsSync(ost), false, "no new file was made in its place");

    // Closing the menu and opening it again still lists it: only the officer removes it.
    await menu.keys(Key.ESCAPE);
    await menu.open();
    assert.equal((await menu.files()).length, 2);
    await menu.forget(ost);
    await driver.wait(async () => (await menu.files()).length === 1, 5000);
    assert.deepEqual(
      (await menu.files()).map((f) => f.name),
      [VAST],
    );
    const settings = JSON.parse(readFileSync(settingsFile, "utf8"));
    assert.deepEqual(
      settings.recentFiles.map((f) => f.path),
      [vast],
    );
    assert.deepEqual(others(), before, "no file was touched");
    await menu.keys(Key.ESCAPE);
  });
});
