// Member roles (M7) and the överskott carried over (F4) through the real window: ESF-rådet
// is added to the ingående organisationer as a financier and offered no Medlem box, and
// the Medel form shows the guide's answers beside its fields and what last year's figures
// leave beside the överskott, with a button "Använd" that fills it in, unsaved until Spara.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { CreateForbundPage } from "../pages/CreateForbundPage.js";
import { ForbundPage } from "../pages/ForbundPage.js";
import { InsatserPage } from "../pages/InsatserPage.js";
import { StartPage } from "../pages/StartPage.js";
import { Key, YearPage } from "../pages/YearPage.js";
import { launchApp, screenshot, tempDir } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";

// 2025 is still open on this day (until 15 April 2026), so its figures can be typed.
const TODAY = "2026-03-01";

describe("member roles and the överskott carried over", () => {
  const dataFile = path.join(tempDir(), "roller.db");
  let app;
  let start;
  let year;

  before(async () => {
    app = await launchApp({ dataFile, today: TODAY });
    await CreateForbundPage.createForbund(app.driver, {
      namn: "Finsam Roller",
      organisationsnummer: "222000-1354",
      startdatum: "2019-01-01",
    });
    const insatser = new InsatserPage(app.driver);
    await insatser.addInsats({
      namn: "Steget vidare",
      inriktning: "individinriktad",
      preciserad: "Stöd till arbete",
      startdatum: "2025-01-01",
    });
    await insatser.waitDialogClosed();
    start = await new StartPage(app.driver).waitUntilShown();
    year = new YearPage(app.driver);
  });

  after(async () => {
    await app?.quit();
  });

  it("offers ESF-rådet no Medlem box, only Finansiär", async () => {
    const page = await new ForbundPage(app.driver).open();
    await page.openOrganisationPicker();
    assert.deepEqual(await page.searchOrganisation({ typ: "ESF-rådet", namn: "" }), ["ESF-rådet"]);
    await page.tick("org-hits", "ESF-rådet");
    await page.clickButton("org-valj");
    await page.searchOrganisation({ typ: "Stat", namn: "Försäkringskassan" });
    await page.tick("org-hits", "Försäkringskassan");
    await page.clickButton("org-valj");
    await page.closePicker("org-ok");
    const esf = await page.roles("ESF-rådet");
    assert.equal(esf.medlem, null, "no Medlem box for ESF-rådet");
    assert.equal(esf.finansiar, true, "suggested as financier");
    assert.equal((await page.roles("Försäkringskassan")).medlem, true, "FK may be a member");
    assert.equal((await page.roles("Finsam Roller")).medlem, null, "nor for the förbund");
    await screenshot(app.driver, "roller-esf-utan-medlem");
    await assertAccessible(app.driver);
    await page.save();
    assert.equal(await page.waitSaved(), "Ändringarna är sparade.");
  });

  it("enters 2025's medel and utfall", async () => {
    await app.driver.findElement({ css: "#nav-start" }).click();
    await start.waitUntilShown();
    await start.chooseYear(2025);
    await year.focus("medel-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("medel-samverkansparterna");
    await year.keys("1 000 000", Key.TAB, "100 000", Key.TAB, "50 000", Key.TAB, Key.ENTER);
    await year.waitGone("medel-spara");
    await year.focus("budget-andra");
    await year.keys(Key.ENTER);
    await year.waitForFocus("0-1");
    // Steget vidare: budget, utfall, budgeterade deltagare; then the admin row's budget.
    await year.keys("800000", Key.TAB, "800000", Key.TAB, "20", Key.ENTER);
    await year.keys(Key.ARROW_LEFT, Key.ARROW_LEFT, "200000", Key.TAB, "200000", Key.ENTER);
    await year.focus("budget-spara");
    await year.keys(Key.ENTER);
    await year.waitGone("budget-spara");
    assert.equal(await year.text("saldo-utfall"), "150 000 kr");
  });

  it("shows what 2025 left beside the överskott of 2026 and fills it in with Använd", async () => {
    await start.chooseYear(2026);
    await year.press("medel-andra");
    await year.waitForFocus("medel-samverkansparterna");
    assert.equal(
      await year.text("medel-fran-fjol"),
      "Enligt 2025 års siffror: medel 1 150 000 kr − utfall 1 000 000 kr = 150 000 kr. Använd",
    );
    // The guide's answers beside the fields (the words docs/regler.md marks as ours aside).
    assert.equal(
      await year.text("medel-samverkansparterna-hjalp"),
      "Här fyller du i totalsumman av all finansiering från samordningsförbundets medlemmar.",
    );
    assert.equal(
      await year.text("medel-esfPlus-hjalp"),
      "Låt 0 stå kvar om förbundet inte har medel från ESF+.",
    );
    assert.equal(
      await year.text("medel-overskott-hjalp"),
      "Här fyller du i eventuellt eget kapital från föregående år.",
    );
    assert.equal(
      await year.text("medel-ingen-annan"),
      "Annan finansiering fylls inte i, även om förbundet har andra intäkter.",
    );
    await year.keys("1 200 000");
    assert.equal(await year.value("medel-overskott"), "0");
    await year.press("medel-anvand");
    assert.equal(await year.value("medel-overskott"), "150 000", "filled in, not saved");
    await screenshot(app.driver, "medel-anvand");
    await assertAccessible(app.driver);
    await year.press("medel-spara");
    await year.waitGone("medel-spara");
    assert.equal(await year.text("medel-totalt"), "1 350 000");
    assert.equal(await year.exists("medel-fran-fjol-varning"), false, "the same: no warning");
  });

  it("warns beside Medel when the överskott differs, and saves it all the same", async () => {
    await year.press("medel-andra");
    await year.waitForFocus("medel-samverkansparterna");
    const overskott = await app.driver.findElement({ css: "#medel-overskott" });
    await overskott.clear();
    await overskott.sendKeys("120 000", Key.ENTER);
    await year.waitGone("medel-spara");
    assert.equal(
      await year.text("medel-fran-fjol-varning"),
      "Överskottet från föregående år för 2026 är 120 000 kr, men 2025 års siffror lämnar " +
        "150 000 kr (medel 1 150 000 kr − utfall 1 000 000 kr). Andra intäkter eller " +
        "periodiseringar kan förklara skillnaden; stämmer den inte, rätta överskottet eller " +
        "2025 års siffror.",
    );
    await screenshot(app.driver, "medel-fran-fjol-varning");
  });
});
