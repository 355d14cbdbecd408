// Runs axe-core inside the app's page (WCAG 2.1 A/AA and best practices) and fails with a
// readable list when it finds anything.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

async function runAxe(driver) {
  await driver.executeScript(axeSource);
  const json = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
    axe
      .run(document, { runOnly: { type: "tag", values: tags } })
      .then((r) => done(JSON.stringify({
        rulesPassed: r.passes.length,
        violations: r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => n.target.join(" ")),
        })),
      })))
      .catch((e) => done(JSON.stringify({ rulesPassed: 0, error: String(e), violations: [] })));
  `);
  return JSON.parse(json);
}

/** Asserts that axe ran on the current screen and found nothing to report. */
export async function assertAccessible(driver) {
  const result = await runAxe(driver);
  assert.equal(result.error, undefined, `axe failed to run: ${result.error}`);
  assert.ok(result.rulesPassed > 0, "axe checked no rule at all");
  const list = result.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(", ")}`)
    .join("\n");
  assert.deepEqual(result.violations, [], list);
}
