// The budget grid in a real Chromium (the engine of Windows' WebView2): real key presses
// move the focus and edit the cells, and a block copied from Excel is pasted through a
// real paste event. The core is a small fake behind Tauri's IPC, as in the other
// component tests; what is checked is what the officer sees.
import { clearMocks } from "@tauri-apps/api/mocks";
import { mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { BudgetCellerInput, BudgetRad, CellInput, GridCell, YearView } from "../api";
import { BUDGET_COLUMNS } from "../budgetGrid";
import { contentColumn, pasteInto, screenshot, settle, shownText } from "../testing/chromium";
import { budgetRad, fakeCore } from "../testing/fixtures";
import { unsaved } from "../unsaved.svelte";
import BudgetGrid from "./BudgetGrid.svelte";

let component: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (component) unmount(component);
  component = null;
  clearMocks();
});

const rad = (key: string, namn: string, extra: Partial<BudgetRad> = {}): BudgetRad =>
  budgetRad(key, {
    rad: { typ: "insats", id: key.length } as unknown as BudgetRad["rad"],
    namn,
    ...extra,
  });

const RADER = [
  rad("kompetens", "Kompetenslyft", { budget: 300000 }),
  rad("steget", "Steget vidare", { budget: 400000, utfall: 380000, budgeteradeDeltagare: 25 }),
  rad("admin", "Administrativa kostnader", {
    rad: { typ: "admin" },
    budget: 150000,
    harDeltagare: false,
  }),
];

const yearView = (rader: BudgetRad[]) =>
  ({ year: 2026, redigerbar: true, rader }) as unknown as YearView;

/** Whole kronor read from a cell's text the way the core reads it, or null. */
const kronor = (text: string) =>
  /^[−-]?[\d\s\u00a0]+$/.test(text.trim()) ? Number(text.replace(/[\s\u00a0]/g, "")) : null;

/** The core's answer to a paste: the cells of the block from the cell the paste started
 * in, each as a typed value read as the core reads it. The only place that knows the
 * paste's answer's shape. */
function pasteAnswer(start: GridCell, text: string) {
  if (start.target !== "budget") throw new Error("only the budget grid is pasted here");
  const lines = text.replace(/\r?\n$/, "").split(/\r?\n/);
  const row0 = RADER.findIndex((r) => JSON.stringify(r.rad) === JSON.stringify(start.rad));
  const col0 = BUDGET_COLUMNS.indexOf(start.column);
  const cells = lines.flatMap((line, dr) =>
    line.split("\t").flatMap((value, dc) => {
      const r = RADER[row0 + dr];
      const column = BUDGET_COLUMNS[col0 + dc];
      const writable =
        column === "budget" || column === "utfall" || column === "budgeteradeDeltagare";
      return r && writable
        ? [{ target: "budget", rad: r.rad, value: { column, value: kronor(value) } }]
        : [];
    }),
  );
  return {
    cells,
    problems: [],
    skipped: 0,
    message: `${cells.length} celler ifyllda. Välj Spara för att spara dem.`,
  };
}

/** A draft cell as the grid sends it: text the officer typed, or a value already read. */
const draftKronor = (cell: CellInput<number> | undefined) =>
  cell === undefined ? null : typeof cell === "string" ? kronor(cell) : cell.value;

/** Mounts the grid on a fake core; returns the commands it was sent. */
async function draw() {
  const calls = fakeCore((cmd, input) => {
    if (cmd === "paste_cells") {
      return pasteAnswer(input.start as GridCell, input.text as string);
    }
    if (cmd === "budget_preview") {
      // The draft read back as figures, as the core would store it.
      const drafts = input.rader as BudgetCellerInput[];
      return yearView(
        RADER.map((r, i) => ({
          ...r,
          budget: draftKronor(drafts[i]?.budget),
          utfall: draftKronor(drafts[i]?.utfall),
          budgeteradeDeltagare: draftKronor(drafts[i]?.budgeteradeDeltagare),
        })),
      );
    }
    if (cmd === "save_budget") return yearView(RADER);
    return null;
  });
  const target = contentColumn();
  component = mount(BudgetGrid, { target, props: { view: yearView(RADER), onsaved: () => {} } });
  await settle();
  return { target, calls };
}

const cell = (target: HTMLElement, at: string) =>
  target.querySelector<HTMLElement>(`[data-cell="${at}"]`)!;
const focusedCell = () =>
  (document.activeElement as HTMLElement | null)?.closest<HTMLElement>("[data-cell]")?.dataset.cell;

async function openGrid(target: HTMLElement) {
  await userEvent.click(target.querySelector("#budget-andra")!);
  await settle();
}

describe("the budget grid in Chromium", () => {
  it("moves its one tab stop with the arrows, Home and End", async () => {
    const { target } = await draw();
    await openGrid(target);
    expect(focusedCell()).toBe("0-1");
    const path: (string | undefined)[] = [];
    for (const key of ["{ArrowRight}", "{ArrowDown}", "{End}", "{Home}", "{ArrowUp}"]) {
      await userEvent.keyboard(key);
      await settle(1);
      path.push(focusedCell());
    }
    expect(path).toEqual(["0-2", "1-2", "1-5", "1-0", "0-0"]);
    // Roving tabindex: the focused cell is the grid's only tab stop.
    const stops = target.querySelectorAll("#budget [tabindex='0']");
    expect([...stops].map((s) => (s as HTMLElement).dataset.cell)).toEqual(["0-0"]);
  });

  it("edits on a digit, Enter accepts and moves down, Esc gives the cell back", async () => {
    const { target } = await draw();
    await openGrid(target);
    await userEvent.keyboard("500000");
    await settle(1);
    const input = cell(target, "0-1").querySelector("input");
    expect(input?.value).toBe("500000");
    expect(document.activeElement).toBe(input);
    await userEvent.keyboard("{Enter}");
    await settle();
    expect(focusedCell()).toBe("1-1");
    // Read by the core, the typed cell shows as stored figures do.
    expect(shownText(cell(target, "0-1"))).toBe("500 000");
    expect(target.querySelector("#budget-unsaved")).not.toBeNull();
    expect(unsaved.dirty).toBe(true);
    await screenshot("chromium-budget-redigering");

    // Enter edits with the text selected, so typing replaces it; Esc undoes.
    await userEvent.keyboard("{Enter}");
    await settle(1);
    const second = cell(target, "1-1").querySelector("input")!;
    expect(second.value.replace(/\s/g, " ")).toBe("400 000");
    await userEvent.keyboard("1");
    expect(second.value).toBe("1");
    await userEvent.keyboard("{Escape}");
    await settle();
    expect(shownText(cell(target, "1-1"))).toBe("400 000");
    expect(document.activeElement).toBe(cell(target, "1-1"));
  });

  it("moves left on WebKitGTK's Shift+Tab (key Unidentified, code Tab) in a cell", async () => {
    const { target } = await draw();
    await openGrid(target);
    await userEvent.keyboard("{ArrowRight}{Enter}");
    await settle(1);
    const input = cell(target, "0-2").querySelector("input")!;
    input.dispatchEvent(
      new KeyboardEvent("keydown", {
        key: "Unidentified",
        code: "Tab",
        shiftKey: true,
        bubbles: true,
        cancelable: true,
      }),
    );
    await settle();
    expect(focusedCell()).toBe("0-1");
  });

  it("fills a block pasted from Excel (tabs, CR LF) from the focused cell", async () => {
    const { target, calls } = await draw();
    await openGrid(target);
    const text = "1000\t2000\t3\r\n4000\t5000\t6\r\n";
    const event = pasteInto(cell(target, "0-1"), text);
    await settle();
    expect(event.defaultPrevented).toBe(true);
    const pasted = calls.filter(([cmd]) => cmd === "paste_cells").map(([, input]) => input.text);
    expect(pasted).toEqual([text]);
    const row = (r: number) => [1, 2, 3].map((c) => shownText(cell(target, `${r}-${c}`)));
    expect(row(0)).toEqual(["1 000", "2 000", "3"]);
    expect(row(1)).toEqual(["4 000", "5 000", "6"]);
    expect(shownText(target.querySelector("#budget-last-cell"))).toBe(
      "6 celler ifyllda. Välj Spara för att spara dem.",
    );
    expect(target.querySelectorAll("td.unsaved")).toHaveLength(4);
    await screenshot("chromium-klistra-budget");
    expect(unsaved.dirty).toBe(true);
  });

  it("takes Ctrl+V on a cell that is not being edited, with the grid still closed", async () => {
    const { target, calls } = await draw();
    // Copied from a spreadsheet: put on the clipboard by a real Ctrl+C.
    const source = document.body.appendChild(document.createElement("textarea"));
    source.value = "7000\t8000\n";
    source.select();
    await userEvent.copy();
    source.remove();
    cell(target, "1-1").focus();
    await userEvent.paste();
    await settle();
    expect(calls.filter(([cmd]) => cmd === "paste_cells")).toHaveLength(1);
    expect(target.querySelector("#budget-spara")).not.toBeNull();
    expect([1, 2].map((c) => shownText(cell(target, `1-${c}`)))).toEqual(["7 000", "8 000"]);
    expect(unsaved.dirty).toBe(true);
  });
});
