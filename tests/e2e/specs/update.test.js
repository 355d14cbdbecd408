// "Sök efter uppdateringar" through the real window, against an update server on 127.0.0.1
// (FINSAMKOLLEN_UPDATE_ENDPOINT and _PUBKEY, honoured by debug builds only). A throw-away
// TEST keypair is made for this run with the same `tauri signer` that signs releases, and
// deleted with the run's temporary folder. While nothing listens on the endpoint the answer
// is the calm offline sentence; once the server is up a signed newer version is offered,
// and a tampered package is refused.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By } from "selenium-webdriver";
import { click, freePort, repoRoot, screenshot, tempDir, visible } from "../support/app.js";
import { assertAccessible } from "../support/axe.js";
import { appVersion as running, launchOnUpdates } from "../support/updates.js";

const OFFLINE = "Kunde inte nå uppdateringsservern. Du kan fortsätta arbeta som vanligt.";

// The version offered: the next major after the app's own, so it is always newer.
const NEWER = `${Number(running.split(".")[0]) + 1}.0.0`;

// The updater's name for this platform in latest.json (the e2e tests run on Linux only).
const platform = `linux-${{ x64: "x86_64", arm64: "aarch64" }[process.arch] ?? process.arch}`;

/** A TEST keypair and a stand-in package signed for `version`; only the public half leaves. */
function signedPackage(dir, version) {
  const tauri = path.join(repoRoot, "ui/node_modules/.bin/tauri");
  const key = path.join(dir, "test-only.key");
  execFileSync(tauri, ["signer", "generate", "--ci", "-p", "", "-w", key], { stdio: "ignore" });
  const file = path.join(dir, `finsamkollen_${version}_amd64.deb`);
  writeFileSync(file, `Finsamkollen ${version}: a stand-in package for an end-to-end test.\n`);
  execFileSync(tauri, ["signer", "sign", "-f", key, "-p", "", "--app-version", version, file], {
    stdio: "ignore",
  });
  return {
    pubkey: readFileSync(`${key}.pub`, "utf8").trim(),
    body: readFileSync(file),
    signature: readFileSync(`${file}.sig`, "utf8").trim(),
  };
}

/** Serves latest.json and the package on `port`; `tampered` flips a byte of the package. */
function startServer(port, pkg, state) {
  const base = `http://127.0.0.1:${port}`;
  const server = http.createServer((req, res) => {
    state.requests.push(req.url);
    if (req.url === "/latest.json") {
      res.setHeader("Content-Type", "application/json");
      res.end(
        JSON.stringify({
          version: NEWER,
          notes: "Testversion med signerade uppdateringar.",
          pub_date: "2026-05-04T09:00:00Z",
          platforms: {
            [platform]: { url: `${base}/paket.deb`, signature: pkg.signature },
          },
        }),
      );
    } else if (req.url === "/paket.deb") {
      const body = Buffer.from(pkg.body);
      if (state.tampered) body[10] ^= 0x01;
      res.setHeader("Content-Type", "application/octet-stream");
      res.end(body);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

async function answerAfterPressing(driver, previous) {
  await click(driver, await driver.findElement(By.css("#check-updates")));
  return driver.wait(
    async () => {
      try {
        const [message] = await driver.findElements(By.css("#update-message"));
        const button = await driver.findElement(By.css("#check-updates"));
        if (!message || !(await button.isEnabled())) return null;
        const text = await message.getText();
        return text && text !== previous ? text : null;
      } catch {
        return null;
      }
    },
    30000,
    "no answer to Sök efter uppdateringar",
  );
}

describe("updates", () => {
  const dir = tempDir();
  const dataFile = path.join(dir, "update.db");
  const pkg = signedPackage(dir, NEWER);
  const state = { requests: [], tampered: false };
  let port;
  let server;
  let app;
  let lastAnswer;

  before(async () => {
    port = await freePort();
    app = await launchOnUpdates({
      dataFile,
      namn: "Finsam Uppdatering",
      extraEnv: {
        FINSAMKOLLEN_UPDATE_ENDPOINT: `http://127.0.0.1:${port}/latest.json`,
        FINSAMKOLLEN_UPDATE_PUBKEY: pkg.pubkey,
        FINSAMKOLLEN_UPDATE_DRY_RUN: "1",
      },
    });
  });

  after(async () => {
    await app?.quit();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  it("has asked nothing at start", async () => {
    const answers = await app.driver.findElements(By.css("#update-answer"));
    assert.equal(answers.length, 0);
  });

  it("says calmly that the server cannot be reached, with no alert", async () => {
    lastAnswer = await answerAfterPressing(app.driver, null);
    assert.equal(lastAnswer, OFFLINE);
    const alerts = await app.driver.findElements(By.css("[role=alert]"));
    assert.equal(alerts.length, 0);
    await screenshot(app.driver, "uppdatering-offline");
    await assertAccessible(app.driver);
  });

  it("offers a correctly signed newer version once the server answers", async () => {
    server = await startServer(port, pkg, state);
    lastAnswer = await answerAfterPressing(app.driver, lastAnswer);
    assert.match(lastAnswer, new RegExp(`^Version ${NEWER} finns \\(publicerad 2026-05-04\\)\\.`));
    assert.deepEqual(state.requests, ["/latest.json", "/paket.deb"]);
    const notes = await app.driver.findElement(By.css("#update-notes")).getText();
    assert.equal(notes, "Testversion med signerade uppdateringar.");
    const install = await visible(app.driver, "#install-update");
    assert.equal(await install.getText(), `Installera version ${NEWER}`);
    await screenshot(app.driver, "uppdatering-ny-version");
    await assertAccessible(app.driver);
  });

  it("verifies the package again on Installera (a dry run in tests)", async () => {
    await click(app.driver, await app.driver.findElement(By.css("#install-update")));
    const expected = `Testläge: version ${NEWER} är hämtad och verifierad men installerades inte.`;
    await app.driver.wait(
      async () => (await app.driver.findElement(By.css("#update-message")).getText()) === expected,
      10000,
      "no answer to Installera",
    );
    lastAnswer = expected;
  });

  it("refuses a package changed after it was signed", async () => {
    state.tampered = true;
    lastAnswer = await answerAfterPressing(app.driver, lastAnswer);
    assert.match(lastAnswer, /^Uppdateringen kunde inte verifieras och installerades inte\./);
    const install = await app.driver.findElements(By.css("#install-update"));
    assert.equal(install.length, 0);
  });
});
