// "Registrera i Uppföljning Finsam" through the real window: the insatser new and ended in
// the year listed with what Uppföljning Finsam's "Lägg till insats" asks for, the fixed
// choices first and marked, a detail copied, a line ticked "Registrerad", and a name changed
// in the insats panel coming back as "Ändrat efter registrering" with the old and new value.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { InmatningPage } from "../pages/InmatningPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { RegistreringPage } from "../pages/RegistreringPage.js";
import { StartPage } from "../pages/StartPage.js";
import { launchApp, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

// In March 2026 the officer is reporting 2025, which is open until 15 April.
const TODAY = "2026-03-10";
const FAST = "Kan inte ändras i Uppföljning Finsam";

describe("registrera i Uppföljning Finsam", () => {
  const dataFile = path.join(tempDir(), "registrering.db");
  let app;
  let insatser;
  let view;
  let lista;
  let brygganKey;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Registrering",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    insatser = new InsatserPage(app.driver);
    const add = async (insats) => {
      await insatser.addInsats(insats);
      await insatser.waitDialogClosed();
    };
    await add({
      namn: "Bryggan",
      inriktning: "individinriktad",
      preciserad: "Stöd till arbete",
      startdatum: "2025-02-01",
      slutdatum: "2026-12-31",
    });
    await add({
      namn: "Nätverket",
      inriktning: "strukturovergripande",
      foljer: "false",
      preciserad: "Kompetensutveckling",
      startdatum: "2025-04-01",
    });
    await add({
      namn: "Kort kurs",
      inriktning: "individinriktad",
      preciserad: "Stöd till arbete",
      startdatum: "2025-03-01",
    });
    const start = await new StartPage(app.driver).waitUntilShown();
    assert.equal(await start.selectedYear(), 2025);
    await insatser.openPanel("Kort kurs");
    await insatser.press("panel-avsluta");
    await visible(app.driver, "#avsluta-dialog[open]");
    await insatser.type("avsluta-datum", "2025-11-30");
    await insatser.press("avsluta-ok");
    await insatser.waitDialogClosed();
    assert.equal(await insatser.panelText("panel-status"), "Avslutad");
    view = new InmatningPage(app.driver);
    lista = new RegistreringPage(app.driver);
  });

  after(async () => {
    await app?.quit();
  });

  it("lists the new insatser with the fixed choices first, and the ended one", async () => {
    await view.open();
    const fixed = (falt, value) => [falt, value, FAST];
    const details = (namn, preciserad, startdatum, slut) => [
      ["Namn", namn, ""],
      ["Preciserad inriktning", preciserad, ""],
      ["Målgrupper", "Ingen angiven", ""],
      ["Startdatum", startdatum, ""],
      ["Planerat slutdatum", slut, ""],
      ["Beskrivning", "Ingen beskrivning", ""],
    ];
    assert.deepEqual(await lista.lists(), [
      [
        "Nya insatser 2025",
        [
          [
            "Bryggan",
            [
              fixed("Inriktning", "Individinriktad"),
              fixed("Uppföljningsmetod", "Med deltagaruppföljning"),
              fixed("ESF-finansiering", "Nej"),
              ...details("Bryggan", "Stöd till arbete", "2025-02-01", "2026-12-31"),
            ],
          ],
          [
            "Kort kurs",
            [
              fixed("Inriktning", "Individinriktad"),
              fixed("Uppföljningsmetod", "Med deltagaruppföljning"),
              fixed("ESF-finansiering", "Nej"),
              ...details("Kort kurs", "Stöd till arbete", "2025-03-01", "2025-11-30"),
            ],
          ],
          [
            "Nätverket",
            [
              fixed("Inriktning", "Strukturövergripande"),
              fixed("Uppföljningsmetod", "Utan deltagaruppföljning"),
              fixed("ESF-finansiering", "Nej"),
              ...details("Nätverket", "Kompetensutveckling", "2025-04-01", "Inte angivet"),
            ],
          ],
        ],
      ],
      ["Avslutade insatser 2025", [["Kort kurs", [["Slutdatum", "2025-11-30", ""]]]]],
    ]);
    assert.equal(await lista.summary(), "0 av 4 är registrerade i Uppföljning Finsam.");
    brygganKey = await lista.key("Nya insatser 2025", "Bryggan");
    assert.match(brygganKey, /^insats-\d+\.ny$/);
  });

  it("copies a detail as the web form wants it and ticks the line Registrerad", async () => {
    await (await lista.copyButton(brygganKey, "Startdatum")).click();
    await view.waitForConfirmation("Kopierat 2025-02-01");
    assert.equal(await view.pasted(), "2025-02-01");
    await lista.tick(brygganKey);
    assert.equal(
      await lista.waitForStatus(brygganKey, /den 2026/),
      "Bryggan Registrerad den 2026-03-10",
    );
    assert.equal(await lista.summary(), "1 av 4 är registrerade i Uppföljning Finsam.");
    await app.driver.executeScript(
      "document.getElementById('registrera-heading').scrollIntoView({ block: 'start' }); window.scrollBy(0, -60)",
    );
    await screenshot(app.driver, "registrering");
    await assertAccessible(app.driver);
  });

  it("marks a name changed in the insats panel as Ändrat efter registrering, old and new", async () => {
    await view.back();
    await insatser.openPanel("Bryggan");
    await insatser.type("panel-namn", "Bryggan Mora");
    await insatser.press("panel-spara");
    assert.equal(await insatser.panelText("panel-sparad"), "Insatsen är sparad.");
    await view.open();
    assert.match(await lista.status(brygganKey), /Ändrat efter registrering/);
    const [nya] = await lista.lists();
    const bryggan = nya[1].find(([namn]) => namn === "Bryggan Mora");
    assert.deepEqual(bryggan[1][3], [
      "Namn",
      "Bryggan Mora",
      "Ändrat efter registrering: registrerat Bryggan, nu Bryggan Mora",
    ]);
    assert.equal(
      await lista.summary(),
      "1 av 4 är registrerade i Uppföljning Finsam. 1 har ändrats efter registrering.",
    );
    await app.driver.executeScript(
      "document.getElementById('registrera-heading').scrollIntoView({ block: 'start' }); window.scrollBy(0, -60)",
    );
    await screenshot(app.driver, "registrering-andrat");
    await assertAccessible(app.driver);
    // Changed in Uppföljning Finsam too: the line is registered as it is now.
    await app.driver.findElement({ css: `[id="registrera-igen-${brygganKey}"]` }).click();
    assert.equal(
      await lista.waitForStatus(brygganKey, /^Bryggan Mora Registrerad den/),
      "Bryggan Mora Registrerad den 2026-03-10",
    );
  });
});
