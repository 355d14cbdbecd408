// The budget grid's columns and what a cell shows, apart from the grid's keyboard and
// editing (components/BudgetGrid.svelte). Which rows and cells exist, and which may be
// written, is the core's word (`BudgetRad`); this only renders it.
import type { BudgetRad, YearView } from "./api";
import { EMPTY, formatAmount } from "./format";

export type Col = "budget" | "utfall" | "budgeteradeDeltagare";
export type Draft = Record<Col, string>;

export const EDITABLE: Col[] = ["budget", "utfall", "budgeteradeDeltagare"];
/** The columns as the core names them for a paste, in the order shown. */
export const COLUMN_IDS = [
  "rad",
  "budget",
  "utfall",
  "budgeteradeDeltagare",
  "avvikelse",
  "avvikelsePromille",
];
export const COLUMNS = [
  "Rad",
  "Budget (kr)",
  "Utfall (kr)",
  "Budgeterade deltagare",
  "Avvikelse (kr)",
  "Avvikelse",
];

const text = (n: number | null) => (n === null ? "" : formatAmount(n));
const count = (n: number | null) => (n === null ? "" : String(n));

export const colOf = (c: number): Col | null => EDITABLE[c - 1] ?? null;
export const hasCell = (r: BudgetRad, col: Col) => col !== "budgeteradeDeltagare" || r.harDeltagare;

/** Every row's cells as form text, as "Ändra budget och utfall" opens them. */
export function draftsOf(view: YearView): Record<string, Draft> {
  return Object.fromEntries(
    view.rader.map((r) => [
      r.key,
      {
        budget: text(r.budget),
        utfall: text(r.utfall),
        budgeteradeDeltagare: count(r.budgeteradeDeltagare),
      },
    ]),
  );
}

/** The writable rows whose cells differ from what is stored. */
export function changedRows(view: YearView, drafts: Record<string, Draft>): BudgetRad[] {
  return view.rader.filter((r) => {
    const d = drafts[r.key];
    return (
      r.redigerbar &&
      d !== undefined &&
      (d.budget !== text(r.budget) ||
        d.utfall !== text(r.utfall) ||
        d.budgeteradeDeltagare !== count(r.budgeteradeDeltagare))
    );
  });
}

/** What a cell shows when it is not being edited. */
export function shown(r: BudgetRad, col: Col, draft: Draft | undefined): string {
  if (draft) return draft[col];
  if (col === "budgeteradeDeltagare") {
    return r.budgeteradeDeltagare === null ? EMPTY : String(r.budgeteradeDeltagare);
  }
  const value = r[col];
  return value === null ? EMPTY : formatAmount(value);
}
