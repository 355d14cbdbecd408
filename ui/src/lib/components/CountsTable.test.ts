import { flushSync, mount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { Antalsfalt, DeltagareYear } from "../api";
import CountsTable, { type Counts } from "./CountsTable.svelte";

afterEach(() => {
  document.body.innerHTML = "";
});

const year = (year: number, redigerbar: boolean, status: string): DeltagareYear => ({
  year,
  kvinnor: year === 2025 ? 4 : null,
  man: year === 2025 ? 5 : null,
  antal: null,
  totalt: year === 2025 ? 9 : null,
  redigerbar,
  status,
});

const deltagare = [
  year(2025, false, "Låst sedan 16 april 2026"),
  year(2026, true, "Öppen för ändringar t.o.m. 15 april 2027"),
];

function draw(falt: Antalsfalt[], totalt: boolean, editing = true) {
  const saved: number[] = [];
  const typed: string[] = [];
  const drafts: Record<number, Counts> = { 2026: { kvinnor: "", man: "", antal: "" } };
  const target = document.body.appendChild(document.createElement("div"));
  mount(CountsTable, {
    target,
    props: {
      id: "t",
      falt,
      totalt,
      deltagare,
      editing: editing
        ? {
            drafts,
            errors: () => ({}),
            general: () => null,
            status: {},
            oninput: (year: number, f: Antalsfalt, v: string) => typed.push(`${year} ${f} ${v}`),
            onsave: (year: number) => saved.push(year),
          }
        : undefined,
    },
  });
  flushSync();
  return { target, saved, typed };
}

const texts = (els: NodeListOf<Element>) => [...els].map((e) => e.textContent?.trim());

describe("CountsTable", () => {
  it("draws the fields the core names, with their total", () => {
    const { target } = draw(["kvinnor", "man"], true);
    expect(texts(target.querySelectorAll("thead th")).slice(0, 4)).toEqual([
      "År",
      "Kvinnor",
      "Män",
      "Totalt",
    ]);
    expect(texts(target.querySelectorAll("tr[data-ar='2025'] td"))).toEqual([
      "4",
      "5",
      "9",
      "Låst",
    ]);
  });

  it("opens only the years the core opened, and says why the others are locked", () => {
    const { target, saved, typed } = draw(["antal"], false);
    expect(target.querySelectorAll("tr[data-ar='2025'] input")).toHaveLength(0);
    const locked = target.querySelector("tr[data-ar='2025'] td span");
    expect(locked?.getAttribute("title")).toBe("Låst sedan 16 april 2026");
    const input = target.querySelector<HTMLInputElement>("tr[data-ar='2026'] input")!;
    expect(input.getAttribute("aria-label")).toBe("Antal 2026");
    input.value = "7";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(typed).toEqual(["2026 antal 7"]);
    expect(saved).toEqual([2026]);
  });

  it("is read-only without editing, as in the avsluta dialog", () => {
    const { target } = draw(["kvinnor", "man"], false, false);
    expect(target.querySelectorAll("input, button")).toHaveLength(0);
    expect(texts(target.querySelectorAll("tbody tr:last-child td"))).toEqual(["–", "–"]);
  });
});
