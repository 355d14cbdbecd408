// Long tables in a real Chromium with classic scroll bars, as on Windows, where the bar
// takes width from the page (WebKitGTK's overlay bars take none): the right-aligned
// number and date columns stay whole inside their panel, the page does not scroll
// sideways, and each column's header stands over its cells, also once the table draws
// only the rows in the window (lib/visibleRows.svelte.ts).
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import type { BudgetRad, InsatsChoices, InsatsDetail, InsatsRow, YearView } from "../api";
import { contentColumn, screenshot, settle, shownText } from "../testing/chromium";
import { budgetRad } from "../testing/fixtures";
import BudgetGrid from "./BudgetGrid.svelte";
import InsatserTable from "./InsatserTable.svelte";
import InsatsPanel from "./InsatsPanel.svelte";

let component: ReturnType<typeof mount> | null = null;
let panelComponent: ReturnType<typeof mount> | null = null;
beforeEach(async () => {
  // The app's narrowest window (tauri.conf.json's minWidth 880) less a Windows frame,
  // about as high as a 1366×768 laptop at 150 % scaling shows.
  await page.viewport(864, 512);
});
afterEach(async () => {
  if (component) unmount(component);
  if (panelComponent) unmount(panelComponent);
  component = panelComponent = null;
  clearMocks();
  window.scrollTo(0, 0);
  await page.viewport(1200, 800);
});

const insats = (i: number): InsatsRow => ({
  id: i,
  namn: `Vägen ut Kungälv ${i}`,
  inriktning: i % 3 === 0 ? "strukturovergripande" : "individinriktad",
  esf: i % 2 === 0,
  status: i % 5 === 0 ? "avslutad" : "pagaende",
  startdatum: "2026-02-01",
  slutdatum: i % 5 === 0 ? "2026-11-30" : null,
});

const insatsRad = (i: number): BudgetRad =>
  budgetRad(`insats-${i}`, {
    rad: { typ: "insats", id: i } as unknown as BudgetRad["rad"],
    namn: `Vägen ut Angered ${i}`,
    insatsId: i,
    avslutad: i % 7 === 0,
    budget: 9_100_000 + i,
    utfall: 8_950_000 + i,
    harDeltagare: i % 2 === 0,
    budgeteradeDeltagare: i % 2 === 0 ? 110 : null,
    avvikelse: -(150_000 + i),
    avvikelsePromille: -165,
  });

/** Where the page and the table's panel end on the right, in px. */
function edges(table: HTMLElement) {
  const panel = table.closest<HTMLElement>(".panel")!;
  const style = getComputedStyle(panel);
  return {
    scrollBar: window.innerWidth - document.documentElement.clientWidth,
    pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    panelInner: panel.getBoundingClientRect().right - parseFloat(style.paddingRight),
    viewport: document.documentElement.clientWidth,
  };
}

/** Each header's left and right edge against those of the cells below it, in px. */
function misalignment(table: HTMLElement): number {
  const heads = [...table.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect());
  let worst = 0;
  for (const row of table.querySelectorAll("tbody tr:not(.spacer)")) {
    [...row.children].forEach((cell, i) => {
      const c = cell.getBoundingClientRect();
      const h = heads[i]!;
      worst = Math.max(worst, Math.abs(c.left - h.left), Math.abs(c.right - h.right));
    });
  }
  return worst;
}

/** The right edges of the last column's cells, drawn rows only. */
const lastColumnRight = (table: HTMLElement) =>
  [...table.querySelectorAll("tbody tr:not(.spacer) > :last-child")].map(
    (c) => c.getBoundingClientRect().right,
  );

/**
 * The page does not scroll sideways, the last column's cells end inside the panel (whose
 * inner right edge was `panelInner`) and each header stands over its cells.
 */
function expectWholeAndAligned(table: HTMLElement, panelInner: number) {
  expect(edges(table).pageOverflow).toBe(0);
  for (const right of lastColumnRight(table)) expect(right).toBeLessThanOrEqual(panelInner + 0.5);
  expect(misalignment(table)).toBeLessThan(1);
}

/** Scrolls the page to `fraction` of its height and lets the table draw those rows. */
async function scrollTo(fraction: number) {
  window.scrollTo(0, document.documentElement.scrollHeight * fraction);
  await settle();
}

describe("long tables with scroll bars that take width (Chromium)", () => {
  it("insatser: 5 000 rows, dates whole at the right, headers over their cells", async () => {
    const insatser = Array.from({ length: 5000 }, (_, i) => insatser_(i));
    function insatser_(i: number) {
      return insats(i + 1);
    }
    component = mount(InsatserTable, {
      target: contentColumn(),
      props: {
        year: 2026,
        insatser,
        nyInsats: true,
        selected: 2,
        onselect: () => {},
        onadd: () => {},
      },
    });
    await settle();
    const table = document.querySelector<HTMLElement>("#insatser")!;
    const at = edges(table);
    expect(at.scrollBar).toBeGreaterThanOrEqual(10);
    expectWholeAndAligned(table, at.panelInner);
    await screenshot("chromium-manga-rader-insatser");

    await scrollTo(0.5);
    const drawn = table.querySelectorAll("tbody tr:not(.spacer)");
    expect(drawn.length).toBeLessThan(200);
    expect(Number((drawn[0] as HTMLElement).getAttribute("aria-rowindex"))).toBeGreaterThan(2000);
    expectWholeAndAligned(table, at.panelInner);
  });

  it("the budget grid: 600 rows, Avvikelse whole at the right while editing", async () => {
    const rader = Array.from({ length: 600 }, (_, i) => insatsRad(i + 1));
    const view = { year: 2026, redigerbar: true, rader } as unknown as YearView;
    mockIPC((cmd) => (cmd === "budget_preview" ? view : null));
    component = mount(BudgetGrid, { target: contentColumn(), props: { view, onsaved: () => {} } });
    await settle();
    document.querySelector<HTMLButtonElement>("#budget-andra")!.click();
    await settle();
    const table = document.querySelector<HTMLElement>("#budget")!;
    const at = edges(table);
    expect(at.scrollBar).toBeGreaterThanOrEqual(10);
    expectWholeAndAligned(table, at.panelInner);
    await screenshot("chromium-manga-rader-grid");

    await scrollTo(0.6);
    expectWholeAndAligned(table, at.panelInner);
    await screenshot("chromium-manga-rader-grid-mitten");
  });
});

// StartPage's layout with an insats open in the panel (styles/page.css): every column of
// the insatser stays whole inside the table's panel and is not covered by the insats
// panel, beside it in the app's default window and below it in its narrowest.
const open = (id: number, namn: string, inriktning: InsatsRow["inriktning"]): InsatsRow => ({
  ...insats(id),
  namn,
  inriktning,
  esf: id % 2 === 0,
  status: id === 2 ? "avslutad" : "pagaende",
  slutdatum: id === 2 ? "2026-11-30" : null,
});

const detail = (row: InsatsRow) =>
  ({
    id: row.id,
    namn: row.namn,
    inriktning: row.inriktning,
    foljerDeltagare: true,
    esf: false,
    esfLeder: false,
    status: "pagaende",
    preciseradInriktning: null,
    malgrupper: [],
    beskrivning: "",
    startdatum: "2026-02-01",
    slutdatum: null,
    deltagaransvariga: [],
    deltagare: [2024, 2025, 2026, 2027].map((year) => ({
      year,
      kvinnor: 12,
      man: 9,
      antal: null,
      totalt: 21,
      redigerbar: year >= 2026,
      status: "Öppen för ändringar t.o.m. 15 april 2027",
    })),
    avslutadNotis: null,
    redigering: { uppgifter: true, antalsfalt: ["kvinnor", "man"], totalt: true },
  }) as unknown as InsatsDetail;

const choices = {
  preciserade: { individinriktad: [], strukturovergripande: [] },
  malgrupper: [],
  deltagaransvariga: [],
  alltidUppfoljda: [],
  medAnsvariga: [],
} as unknown as InsatsChoices;

/** Mounts the insatser with `rows[1]` open in the panel, laid out as StartPage does. */
async function withPanel(rows: InsatsRow[]) {
  const selected = rows[1]!;
  mockIPC((cmd) =>
    cmd === "insats_detail"
      ? detail(selected)
      : cmd === "historik"
        ? { handlingar: [], fler: false }
        : null,
  );
  const layout = contentColumn().appendChild(document.createElement("div"));
  layout.className = "insatser-layout with-panel";
  const props = { year: 2026, insatser: rows, nyInsats: true, selected: selected.id };
  component = mount(InsatserTable, {
    target: layout,
    props: { ...props, onselect: () => {}, onadd: () => {} },
  });
  panelComponent = mount(InsatsPanel, {
    target: layout,
    props: { id: selected.id, choices, onchanged: () => {}, onclose: () => {} },
  });
  await settle(10);
  // Where the panel opened, before the test looks at the table from the top.
  const opened = document.querySelector<HTMLElement>("aside.insats-panel")!;
  const openedTop = opened.getBoundingClientRect().top;
  window.scrollTo(0, 0);
  await settle();
  return {
    table: document.querySelector<HTMLElement>("#insatser")!,
    panel: opened,
    openedTop,
  };
}

/** Every cell that is not whole inside the table's panel, covered, or clipped. */
function hiddenCells(table: HTMLElement, panel: HTMLElement): string[] {
  const box = table.closest<HTMLElement>(".panel")!;
  const style = getComputedStyle(box);
  const b = box.getBoundingClientRect();
  const inner = {
    left: b.left + parseFloat(style.paddingLeft) - 0.5,
    right: b.right - parseFloat(style.paddingRight) + 0.5,
  };
  const p = panel.getBoundingClientRect();
  const bad: string[] = [];
  for (const cell of table.querySelectorAll<HTMLElement>("th, tbody tr:not(.spacer) td")) {
    const c = cell.getBoundingClientRect();
    const name = `${cell.tagName} "${shownText(cell)}"`;
    if (c.left < inner.left || c.right > inner.right) bad.push(`${name} outside its panel`);
    const overlaps = c.right > p.left && c.left < p.right && c.bottom > p.top && c.top < p.bottom;
    if (overlaps) bad.push(`${name} under the insats panel`);
    const hit = document.elementFromPoint((c.left + c.right) / 2, (c.top + c.bottom) / 2);
    if (!hit || !cell.contains(hit)) bad.push(`${name} covered`);
    if (cell.scrollWidth > cell.clientWidth + 0.5) bad.push(`${name} clipped`);
    if (parseFloat(getComputedStyle(cell).fontSize) < 12.5) bad.push(`${name} too small`);
  }
  return bad;
}

describe("the insatser beside the open insats (Chromium)", () => {
  const rows = [
    open(1, "Arbetsbron", "individinriktad"),
    open(2, "Steget vidare", "strukturovergripande"),
    open(3, "Samverkansteam Norr", "individinriktad"),
  ];

  it("in the default window 1200×800: beside the table, every column whole", async () => {
    await page.viewport(1200, 800);
    const { table, panel } = await withPanel(rows);
    const section = table.closest(".panel")!.getBoundingClientRect();
    expect(panel.getBoundingClientRect().left).toBeGreaterThan(section.right);
    expect(hiddenCells(table, panel)).toEqual([]);
    expect(edges(table).pageOverflow).toBe(0);
    await screenshot("chromium-insatser-panel-1200");
  });

  it("in the narrowest window: below the table, every column whole", async () => {
    const { table, panel, openedTop } = await withPanel(rows);
    // It opened below the middle of the window, so it was brought up to the top.
    expect(Math.abs(openedTop)).toBeLessThan(1);
    const section = table.closest(".panel")!.getBoundingClientRect();
    expect(panel.getBoundingClientRect().top).toBeGreaterThanOrEqual(section.bottom);
    expect(panel.getBoundingClientRect().top).toBeGreaterThan(window.innerHeight / 2);
    expect(hiddenCells(table, panel)).toEqual([]);
    expect(edges(table).pageOverflow).toBe(0);
    await screenshot("chromium-insatser-panel-880");
  });

  it("a name whose words do not fit beside the panel puts the panel below", async () => {
    await page.viewport(1200, 800);
    const long = [rows[0]!, open(2, "Arbetsmarknadssamverkan Norr", "strukturovergripande")];
    const { table, panel } = await withPanel(long);
    const section = table.closest(".panel")!.getBoundingClientRect();
    expect(panel.getBoundingClientRect().top).toBeGreaterThanOrEqual(section.bottom);
    expect(hiddenCells(table, panel)).toEqual([]);
  });
});
