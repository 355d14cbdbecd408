// The förbund page through the real window: details saved, the verksamhetsområde picker's
// search (wildcards, län filter, stadsdelar), ingående organisationer, the rule that
// refuses Arbetsförmedlingen as financier and the law's § 3 warning (M5) naming the
// members missing for the area, uppdrag, persistence across a restart, and the
// question before leaving with unsaved changes.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { ForbundPage } from "../pages/ForbundPage.js";
import { StartPage } from "../pages/StartPage.js";
import { launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

const TODAY = "2026-11-24";

describe("the förbund page", () => {
  const dataFile = path.join(tempDir(), "forbund.db");
  let app;
  let page;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Samordningsförbundet Värmland–Stockholm",
      organisationsnummer: "222000-1628",
      startdatum: "2015-01-01",
    });
    page = await new ForbundPage(app.driver).open();
  });

  after(async () => {
    await app?.quit();
  });

  it("offers the start date for correction while nothing is registered, and passes axe", async () => {
    // Y8: a first day's typo can be corrected until an insats or a figure exists.
    const input = await app.driver.findElement(By.css("input#f-startdatum"));
    assert.equal(await input.getAttribute("value"), "2015-01-01");
    assert.equal((await app.driver.findElements(By.css("#f-startdatum-reason"))).length, 0);
    await assertAccessible(app.driver);
  });

  it("refuses bad details beside their fields and saves nothing", async () => {
    await page.fill({ "f-postnummer": "4518", "f-kontakt-epost": "anna.at.forbund.se" });
    await page.save();
    assert.equal(
      await page.waitGeneralError(),
      "Inget sparades. Rätta det som är markerat och spara igen.",
    );
    assert.equal(
      await page.errorFor("f-postnummer"),
      "Postnumret ska skrivas NNN NN, t.ex. 451 80.",
    );
    assert.equal(
      await page.errorFor("f-kontakt-epost"),
      "E-postadressen ser inte ut som en e-postadress, t.ex. namn@forbund.se.",
    );
    await screenshot(app.driver, "forbund-fel");
  });

  it("saves the details with Spara", async () => {
    await page.fill({
      "f-beskrivning": "Samordnad rehabilitering för personer som står långt från arbetsmarknaden.",
      "f-gatuadress": "Drottninggatan 1",
      "f-postnummer": "65224",
      "f-ort": "Karlstad",
      "f-kontakt-namn": "Anna Lindqvist",
      "f-kontakt-telefon": "054-123 45 67",
      "f-kontakt-epost": "anna.lindqvist@finsam.se",
    });
    await page.save();
    assert.equal(await page.waitSaved(), "Ändringarna är sparade.");
    assert.equal(await page.value("f-postnummer"), "652 24");
  });

  it("finds the five Karl- kommuner in Alla län and only Karlstad in Värmlands län", async () => {
    await page.openOmradePicker();
    assert.deepEqual(await page.searchOmrade({ lan: "Alla län", namn: "Karl*" }), [
      "Karlsborg",
      "Karlshamn",
      "Karlskoga",
      "Karlskrona",
      "Karlstad",
    ]);
    assert.match(await page.text("#omrade-matchning"), /\* står för valfria tecken/);
    assert.deepEqual(await page.searchOmrade({ lan: "Värmlands län", namn: "Karl*" }), [
      "Karlstad",
    ]);
    await page.tick("omrade-hits", "Karlstad");
    await page.clickButton("omrade-valj");
    assert.deepEqual(await page.hitNames("omrade-chosen"), ["Karlstad"]);
    await screenshot(app.driver, "forbund-omrade-picker");
    await assertAccessible(app.driver);
  });

  it("adds Stockholm with two of its stadsdelar", async () => {
    const hits = await page.searchOmrade({ lan: "Alla län", namn: "Stockholm", stadsdelar: true });
    assert.equal(hits[0], "Stockholm");
    assert.ok(hits.includes("Stockholm – Järva"), hits.join(", "));
    assert.equal(hits.length, 12, "Stockholm and its 11 stadsdelar of today");
    await page.tick("omrade-hits", "Stockholm – Bromma");
    await page.tick("omrade-hits", "Stockholm – Järva");
    await page.clickButton("omrade-valj");
    await page.closePicker("omrade-ok");
    assert.deepEqual(await page.tableRows("omrade-tabell"), [
      ["Karlstad", "Värmlands län"],
      ["Stockholm – Bromma", "Stockholms län"],
      ["Stockholm – Järva", "Stockholms län"],
    ]);
  });

  it("adds FK, AF, a region and a kommun with their suggested roles", async () => {
    // The law's § 3 (M5) follows the verksamhetsområde chosen but not yet saved.
    await page.waitForWarning(
      "Enligt 3 § Finsamlagen ska Försäkringskassan och Arbetsförmedlingen vara medlemmar. " +
        "Karlstads kommun, Stockholms stad, Region Stockholm och Region Värmland ska också " +
        "vara medlemmar eftersom förbundet verkar i Karlstads kommun och Stockholms stad.",
    );
    await page.openOrganisationPicker();
    const stat = await page.searchOrganisation({ typ: "Stat", namn: "" });
    assert.deepEqual(stat, ["Arbetsförmedlingen", "Försäkringskassan"]);
    await page.tick("org-hits", "Arbetsförmedlingen");
    await page.tick("org-hits", "Försäkringskassan");
    await page.clickButton("org-valj");
    await page.searchOrganisation({ typ: "Region/landsting", namn: "*värmland" });
    await page.tick("org-hits", "Region Värmland");
    await page.clickButton("org-valj");
    await page.searchOrganisation({ typ: "Kommun", namn: "Karlstad" });
    await page.tick("org-hits", "Karlstads kommun");
    await page.clickButton("org-valj");
    await page.closePicker("org-ok");
    assert.deepEqual(await page.organisationNames(), [
      "Samordningsförbundet Värmland–Stockholm",
      "Arbetsförmedlingen",
      "Försäkringskassan",
      "Region Värmland",
      "Karlstads kommun",
    ]);
    assert.deepEqual(await page.roles("Samordningsförbundet Värmland–Stockholm"), {
      medlem: null,
      finansiar: false,
      konsument: "Ja, alltid",
      error: null,
    });
    assert.equal((await page.roles("Försäkringskassan")).finansiar, true);
    assert.equal((await page.roles("Arbetsförmedlingen")).finansiar, false);
    // Värmland's part is covered; Stockholm's stadsdelar still need their kommun and region.
    await page.waitForWarning(
      "Enligt 3 § Finsamlagen ska Stockholms stad och Region Stockholm vara medlemmar " +
        "eftersom förbundet verkar i Stockholms stad.",
    );
  });

  it("refuses Arbetsförmedlingen as financier with the rule's message", async () => {
    await page.toggleRole("Arbetsförmedlingen", "finansiar");
    await page.save();
    await page.waitGeneralError();
    assert.equal(
      (await page.roles("Arbetsförmedlingen")).error,
      "Arbetsförmedlingen kan inte vara finansiär.",
    );
    await screenshot(app.driver, "forbund-af-finansiar");
    await page.toggleRole("Arbetsförmedlingen", "finansiar");
    await page.save();
    assert.equal(await page.waitSaved(), "Ändringarna är sparade.");
  });

  it("names by the law's § 3 the region missing for a kommun of another län", async () => {
    await page.openOrganisationPicker();
    // A kommun is found by its official name as an organisation and by its short name.
    assert.deepEqual(await page.searchOrganisation({ typ: "Kommun", namn: "Stockholms stad" }), [
      "Stockholms stad",
    ]);
    const short = await page.searchOrganisation({ typ: "Kommun", namn: "Stockholm" });
    assert.ok(short.includes("Stockholms stad"), short.join(" | "));
    await page.tick("org-hits", "Stockholms stad");
    await page.clickButton("org-valj");
    await page.closePicker("org-ok");
    await page.waitForWarning(
      "Enligt 3 § Finsamlagen ska Region Stockholm vara medlem eftersom förbundet verkar i " +
        "Stockholms stad.",
    );
    await page.openOrganisationPicker();
    await page.searchOrganisation({ typ: "Region/landsting", namn: "Region Stockholm" });
    await page.tick("org-hits", "Region Stockholm");
    await page.clickButton("org-valj");
    await page.closePicker("org-ok");
    await page.waitForWarning(null);

    // The area grows into Dalarnas län, and only its kommun joins.
    await page.openOmradePicker();
    assert.deepEqual(await page.searchOmrade({ lan: "Dalarnas län", namn: "Falun" }), ["Falun"]);
    await page.tick("omrade-hits", "Falun");
    await page.clickButton("omrade-valj");
    await page.closePicker("omrade-ok");
    await page.waitForWarning(
      "Enligt 3 § Finsamlagen ska Falu kommun och Region Dalarna vara medlemmar eftersom " +
        "förbundet verkar i Falu kommun.",
    );
    await page.openOrganisationPicker();
    await page.searchOrganisation({ typ: "Kommun", namn: "Falun" });
    await page.tick("org-hits", "Falu kommun");
    await page.clickButton("org-valj");
    await page.closePicker("org-ok");
    const dalarna =
      "Enligt 3 § Finsamlagen ska Region Dalarna vara medlem eftersom förbundet verkar i Falu kommun.";
    await page.waitForWarning(dalarna);
    await screenshot(app.driver, "forbund-paragraf-3");

    // A warning, never a block: Spara saves, and the warning stays.
    await page.save();
    assert.equal(await page.waitSaved(), "Ändringarna är sparade.");
    await page.waitForWarning(dalarna);
  });

  it("adds an uppdrag and refuses the same person in the other role", async () => {
    await page.fill({
      "uppdrag-namn": "Anna Lindqvist",
      "uppdrag-epost": "anna.lindqvist@finsam.se",
      "uppdrag-telefon": "054-123 45 67",
    });
    await page.clickButton("uppdrag-spara");
    await page.waitForRows("uppdrag-tabell", (rows) => rows[0]?.[0] === "Anna Lindqvist");
    await page.fill({ "uppdrag-namn": "Anna L", "uppdrag-epost": "ANNA.lindqvist@finsam.se" });
    await app.driver.findElement(By.css("#uppdrag-roll option[value='deltagaransvarig']")).click();
    await page.clickButton("uppdrag-spara");
    const error = await visible(app.driver, "#uppdrag-roll-error");
    assert.equal(
      await error.getText(),
      "Anna Lindqvist är redan förbundsadministratör och kan inte också vara deltagaransvarig.",
    );
    // The placeholder is short enough to be read whole in the narrow field.
    const placeholder = app.driver.findElement(By.css("#uppdrag-arbetsgivare option:checked"));
    assert.equal(await placeholder.getText(), "Välj …");
    await screenshot(app.driver, "forbund-sida");
    await assertAccessible(app.driver);
  });

  it("asks before leaving with unsaved changes", async () => {
    await page.fill({ "f-ort": "Karlstad C" });
    await page.clickButton("nav-start");
    await visible(app.driver, "#leave-dialog[open]");
    await screenshot(app.driver, "forbund-lamna");
    await page.clickButton("leave-stay");
    assert.equal(await page.value("f-ort"), "Karlstad C", "staying keeps the edit");
    await page.clickButton("nav-start");
    await visible(app.driver, "#leave-dialog[open]");
    await page.clickButton("leave-discard");
    await new StartPage(app.driver).waitUntilShown();
  });

  it("keeps everything after a restart", async () => {
    await app.quit();
    app = await launchApp({ dataFile, today: TODAY });
    await new StartPage(app.driver).waitUntilShown();
    page = await new ForbundPage(app.driver).open();
    assert.equal(await page.value("f-ort"), "Karlstad", "the discarded edit is gone");
    assert.equal(await page.value("f-postnummer"), "652 24");
    assert.equal(await page.value("f-kontakt-namn"), "Anna Lindqvist");
    assert.deepEqual(await page.tableRows("omrade-tabell"), [
      ["Falun", "Dalarnas län"],
      ["Karlstad", "Värmlands län"],
      ["Stockholm – Bromma", "Stockholms län"],
      ["Stockholm – Järva", "Stockholms län"],
    ]);
    await page.waitForWarning(
      "Enligt 3 § Finsamlagen ska Region Dalarna vara medlem eftersom förbundet verkar i Falu kommun.",
    );
    assert.deepEqual(await page.roles("Försäkringskassan"), {
      medlem: true,
      finansiar: true,
      konsument: "–",
      error: null,
    });
    assert.equal((await page.roles("Arbetsförmedlingen")).finansiar, false);
    assert.deepEqual((await page.tableRows("uppdrag-tabell"))[0].slice(0, 4), [
      "Anna Lindqvist",
      "anna.lindqvist@finsam.se",
      "054-123 45 67",
      "Förbundsadministratör",
    ]);
  });
});

describe("adding the area's missing members in one step", () => {
  const dataFile = path.join(tempDir(), "saknade.db");
  let app;
  let page;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Södra Dalarna",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    page = await new ForbundPage(app.driver).open();
  });

  after(async () => {
    await app?.quit();
  });

  it("adds every kommun, the region and the authorities § 3 names, to review before Spara", async () => {
    await page.openOmradePicker();
    // One hit is "1 träff", not "1 träffar".
    assert.deepEqual(await page.searchOmrade({ lan: "Dalarnas län", namn: "Falun" }), ["Falun"]);
    assert.match(await page.text("#omrade-matchning"), / 1 träff\.$/);
    await page.tick("omrade-hits", "Falun");
    await page.clickButton("omrade-valj");
    const hits = await page.searchOmrade({ lan: "Dalarnas län", namn: "S*" });
    assert.match(await page.text("#omrade-matchning"), new RegExp(` ${hits.length} träffar\\.$`));
    await page.tick("omrade-hits", "Smedjebacken");
    await page.tick("omrade-hits", "Säter");
    await page.clickButton("omrade-valj");
    await page.closePicker("omrade-ok");
    await page.waitForWarning(
      "Enligt 3 § Finsamlagen ska Försäkringskassan och Arbetsförmedlingen vara medlemmar. " +
        "Falu kommun, Smedjebackens kommun, Säters kommun och Region Dalarna ska också vara " +
        "medlemmar eftersom förbundet verkar i Falu kommun, Smedjebackens kommun och Säters kommun.",
    );

    await app.driver.executeScript(
      "document.getElementById('org-varning').scrollIntoView({ block: 'center' })",
    );
    await screenshot(app.driver, "forbund-saknade-varning");
    await assertAccessible(app.driver);
    await page.clickButton("org-lagg-till-saknade");
    await page.waitForWarning(null);
    assert.equal(
      await page.text("#org-tillagda"),
      "6 organisationer är tillagda som medlemmar: Försäkringskassan, Arbetsförmedlingen, " +
        "Falu kommun, Smedjebackens kommun, Säters kommun och Region Dalarna. Granska rollerna " +
        "och välj Spara.",
    );
    assert.deepEqual(await page.organisationNames(), [
      "Finsam Södra Dalarna",
      "Försäkringskassan",
      "Arbetsförmedlingen",
      "Falu kommun",
      "Smedjebackens kommun",
      "Säters kommun",
      "Region Dalarna",
    ]);
    // The roles the guides suggest: Arbetsförmedlingen is never a financier.
    assert.deepEqual(await page.roles("Arbetsförmedlingen"), {
      medlem: true,
      finansiar: false,
      konsument: "–",
      error: null,
    });
    assert.equal((await page.roles("Säters kommun")).finansiar, true);
    await screenshot(app.driver, "forbund-lagg-till-saknade");
    await assertAccessible(app.driver);

    // Nothing is stored until Spara.
    await page.save();
    assert.equal(await page.waitSaved(), "Ändringarna är sparade.");
    page = await new ForbundPage(app.driver).open();
    assert.equal((await page.organisationNames()).length, 7);
    await page.waitForWarning(null);
  });
});
