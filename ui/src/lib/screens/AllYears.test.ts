import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { AllYears as AllYearsData, YearFigures } from "../api";
import AllYears from "./AllYears.svelte";

afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
});

/** One year with funds registered and no participant, as the core sends it. */
const year2026: YearFigures = {
  year: 2026,
  status: { kind: "open", until: "2027-04-15" },
  medelRegistrerade: true,
  medel: 1_150_000,
  egetKapital: 150_000,
  kostnader: 0,
  kostnaderBudget: 0,
  saldo: 1_150_000,
  kvinnor: 0,
  man: 0,
  antal: 0,
  deltagare: 0,
  harSiffror: true,
  utfallSaknas: 0,
};

const overview = (ingaDeltagare: string | null): AllYearsData => ({
  forbund: "Finsam Styrelsen",
  years: [year2026],
  siffrorFran: null,
  diagram: "staplar",
  ingaDeltagare,
});

/** Lets the fake core answer and Svelte draw what it answered. */
async function settle() {
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
}

/** Mounts the screen with the core answering `all_years` with `answer`. */
async function draw(answer: AllYearsData) {
  mockIPC((cmd) => (cmd === "all_years" ? answer : null));
  const target = document.body.appendChild(document.createElement("div"));
  const component = mount(AllYears, { target, props: { onyear: () => {}, onlasin: () => {} } });
  await settle();
  expect(target.querySelector("#alla-ar"), "the table is drawn").not.toBeNull();
  return { target, component };
}

describe("Alla år: the Deltagare chart", () => {
  it("shows the core's sentence under the Deltagare heading instead of an empty chart", async () => {
    const { target, component } = await draw(overview("Inga deltagare registrerade för 2026."));
    const saknas = target.querySelector("#diagram-deltagare-saknas")!;
    expect(saknas.querySelector("h3")?.textContent?.trim()).toBe("Deltagare");
    const sentence = saknas.querySelector("#inga-deltagare")!;
    expect(sentence.textContent?.trim()).toBe("Inga deltagare registrerade för 2026.");
    // A calm notice, as the other lines on the screen, not an alert.
    expect(sentence.classList.contains("muted")).toBe(true);
    expect(target.querySelector("[role='alert']")).toBeNull();
    expect(target.querySelector("#diagram-deltagare")).toBeNull();
    // The money chart is drawn as before.
    expect(target.querySelector("#diagram-ekonomi svg")).not.toBeNull();
    unmount(component);
  });

  it("draws the chart whenever the core sends no sentence, whatever the figures", async () => {
    // Zero participants and no sentence: the screen follows the core, not the figures.
    const { target, component } = await draw(overview(null));
    const chart = target.querySelector("#diagram-deltagare")!;
    expect(chart.querySelector(".chart-title")?.textContent?.trim()).toBe("Deltagare");
    expect(chart.querySelector("svg")?.getAttribute("aria-label")).toMatch(
      /^Deltagare\. Kvinnor: 2026 0/,
    );
    expect(target.querySelector("#diagram-deltagare-saknas")).toBeNull();
    expect(target.querySelector("#inga-deltagare")).toBeNull();
    unmount(component);
  });
});
