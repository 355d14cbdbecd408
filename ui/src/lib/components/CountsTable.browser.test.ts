// The deltagare table in a real Chromium with the app's styles: while a year is open for
// entry, its label and total stand level with its count fields (they stood at the top of
// the row the fields make taller).
import { mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { DeltagareYear } from "../api";
import { contentColumn, settle } from "../testing/chromium";
import CountsTable from "./CountsTable.svelte";

let component: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (component) unmount(component);
  component = null;
});

const year = (y: number, redigerbar: boolean): DeltagareYear => ({
  year: y,
  kvinnor: 12,
  man: 9,
  antal: null,
  totalt: 21,
  redigerbar,
  status: redigerbar ? "Öppen för ändringar t.o.m. 15 april 2027" : "Låst sedan 16 april 2026",
});

const middle = (el: Element | Range) => {
  const r = el.getBoundingClientRect();
  return r.top + r.height / 2;
};

/** Where a cell's text is drawn: the cell's own box is as high as the row. */
const textOf = (cell: Element) => {
  const range = document.createRange();
  range.selectNodeContents(cell);
  return range;
};

describe("CountsTable in Chromium", () => {
  it("centres a year's label and total on its count fields", async () => {
    component = mount(CountsTable, {
      target: contentColumn(),
      props: {
        id: "t",
        falt: ["kvinnor", "man"],
        totalt: true,
        deltagare: [year(2025, false), year(2026, true)],
        editing: {
          drafts: { 2026: { kvinnor: "12", man: "9", antal: "" } },
          errors: () => ({}),
          general: () => null,
          status: {},
          oninput: () => {},
          onsave: () => {},
        },
      },
    });
    await settle();
    const row = document.querySelector("tr[data-ar='2026']")!;
    const field = middle(row.querySelector("input")!);
    const label = row.querySelector("th")!;
    const total = row.querySelectorAll("td.num")[2]!;
    expect(label.textContent?.trim()).toBe("2026");
    expect(total.textContent?.trim()).toBe("21");
    expect(Math.abs(middle(textOf(label)) - field)).toBeLessThan(3);
    expect(Math.abs(middle(textOf(total)) - field)).toBeLessThan(3);
  });
});
