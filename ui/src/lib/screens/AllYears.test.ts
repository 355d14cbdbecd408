import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { AllYears as AllYearsData, Diagram, Ofullstandiga, YearFigures } from "../api";
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

/** A year with nothing registered, as the core sends it. */
const empty = (year: number): YearFigures => ({
  ...year2026,
  year,
  status: { kind: "advance", until: `${year + 1}-04-15` },
  medelRegistrerade: false,
  medel: 0,
  egetKapital: 0,
  saldo: 0,
  harSiffror: false,
});

const overview = (
  diagram: Diagram,
  years: YearFigures[] = [year2026],
  ofullstandiga: Ofullstandiga | null = null,
): AllYearsData => ({
  forbund: "Finsam Styrelsen",
  years,
  siffrorFran: null,
  diagram,
  ofullstandiga,
  // The styrelserapport's table; the screen lists every year of `years` instead.
  rapporttabell: { rader: years.filter((a) => a.harSiffror), ingaSiffror: null },
});

/** The core's charts over `years`, as bars, with or without the Deltagare sentence. */
const ritas = (ingaDeltagare: string | null, years: YearFigures[] = [year2026]): Diagram => ({
  kind: "ritas",
  years,
  typ: "staplar",
  ingaDeltagare,
});

/** A chart's text alternative with the no-break spaces of sv-SE numbers as plain spaces. */
const label = (svg: Element | null) =>
  (svg?.getAttribute("aria-label") ?? "").replace(/[\u00a0\u202f]/g, " ");

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
    const { target, component } = await draw(
      overview(ritas("Inga deltagare registrerade för 2026.")),
    );
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
    const { target, component } = await draw(overview(ritas(null)));
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

describe("Alla år: which years the charts draw", () => {
  it("shows the core's sentence under the Diagram heading when there is nothing to chart", async () => {
    const years = [empty(2025), empty(2026), empty(2027)];
    const { target, component } = await draw(
      overview({ kind: "inga", text: "Inga siffror registrerade för 2025–2027." }, years),
    );
    // The table still lists every year, each saying it has nothing.
    expect(target.querySelectorAll("#alla-ar tbody tr.tom")).toHaveLength(3);
    const heading = target.querySelector("#alla-ar-diagram-heading")!;
    expect(heading.textContent?.trim()).toBe("Diagram");
    const section = heading.closest("section")!;
    expect(section.getAttribute("aria-labelledby")).toBe("alla-ar-diagram-heading");
    const sentence = section.querySelector("#inga-siffror")!;
    expect(sentence.textContent?.trim()).toBe("Inga siffror registrerade för 2025–2027.");
    expect(sentence.classList.contains("muted")).toBe(true);
    expect(target.querySelector("[role='alert']")).toBeNull();
    // No chart and no Deltagare heading: one sentence for both.
    expect(section.querySelectorAll(".chart")).toHaveLength(0);
    expect(section.querySelector("#diagram-deltagare-saknas")).toBeNull();
    unmount(component);
  });

  it("charts exactly the years the core sends, not the table's rows", async () => {
    // The table has 2026 with figures and 2027 without; the core charts 2026 only.
    const { target, component } = await draw(
      overview(ritas(null, [year2026]), [year2026, empty(2027)]),
    );
    expect(target.querySelectorAll("#alla-ar tbody tr")).toHaveLength(2);
    const labels = [...target.querySelectorAll(".chart svg")].map(label);
    expect(labels).toEqual([
      "Medel, kostnader och saldo (kr). Medel: 2026 1 150 000. Kostnader: 2026 0. Saldo: 2026 1 150 000",
      "Deltagare. Kvinnor: 2026 0. Män: 2026 0. Antal (övriga): 2026 0",
    ]);
    expect(target.querySelector("#inga-siffror")).toBeNull();
    unmount(component);

    // When the core charts a year the table marks as empty, the screen draws it all the
    // same: the decision is the core's, and the screen only follows it.
    const second = await draw(overview(ritas(null, [year2026, empty(2027)]), [year2026]));
    const money = second.target.querySelector("#diagram-ekonomi svg");
    expect(label(money)).toMatch(/Medel: 2026 1 150 000, 2027 0\./);
    unmount(second.component);
  });
});

describe('Alla år: the "*" for missing utfall', () => {
  const kostnader = (target: Element, year: number) =>
    target.querySelector(`#alla-ar tr[data-ar='${year}'] [data-col='kostnader']`)!;

  it("marks the years the core marks, with its words, and shows its note", async () => {
    // 2025 and 2026 both lack utfall, but the core marks 2025 only: the screen follows it.
    const years = [
      { ...year2026, year: 2025, utfallSaknas: 3 },
      { ...year2026, utfallSaknas: 1 },
    ];
    const { target, component } = await draw(
      overview(ritas(null), years, {
        markerade: [{ year: 2025, text: "Utfall saknas för 3 rader" }],
        not: "* Utfall saknas ännu för några rader; kostnaderna är ofullständiga.",
      }),
    );
    const mark = kostnader(target, 2025).querySelector(".saknas")!;
    expect(mark.textContent).toBe("*");
    expect(mark.getAttribute("title")).toBe("Utfall saknas för 3 rader");
    expect(kostnader(target, 2026).querySelector(".saknas")).toBeNull();
    const note = target.querySelector("#alla-ar-ofullstandiga")!;
    expect(note.textContent?.trim()).toBe(
      "* Utfall saknas ännu för några rader; kostnaderna är ofullständiga.",
    );
    expect(note.closest("section")?.getAttribute("aria-labelledby")).toBe("alla-ar-tabell-heading");
    unmount(component);
  });

  it("shows no mark and no note when the core marks no year, whatever the figures", async () => {
    const { target, component } = await draw(
      overview(ritas(null), [{ ...year2026, utfallSaknas: 2 }], null),
    );
    expect(target.querySelectorAll("#alla-ar .saknas")).toHaveLength(0);
    expect(target.querySelector("#alla-ar-ofullstandiga")).toBeNull();
    expect(kostnader(target, 2026).textContent?.trim()).toMatch(/^0\skr$/);
    unmount(component);
  });
});
