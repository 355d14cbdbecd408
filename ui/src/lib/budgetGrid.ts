// The budget grid's columns and what a cell shows, apart from the grid's keyboard and
// editing (components/BudgetGrid.svelte). Which rows and cells exist, and which may be
// written, is the core's word (`BudgetRad`); this only renders it. The columns are the
// core's `BudgetColumn`, in the order of its generated `BUDGET_COLUMNS`.
import {
  BUDGET_COLUMNS,
  type BudgetCellerInput,
  type BudgetColumn,
  type BudgetRad,
  type BudgetValue,
  type Pasted,
  type Rad,
  type YearView,
} from "./api";
import type { FormFeedback } from "./feedback.svelte";
import { EMPTY, formatAmount } from "./format";

/** The cells that may be written, as the core names them. */
export type Col = BudgetValue["column"];
/** A row's cells while the grid is edited: text as the officer typed it (read by the core
 * on Spara), or a value the core has read already (a stored or pasted cell), which Spara
 * sends back as it is. */
export type Draft = Omit<BudgetCellerInput, "rad">;
export type DraftCell = Draft[Col];

export const EDITABLE: Col[] = ["budget", "utfall", "budgeteradeDeltagare"];
export { BUDGET_COLUMNS };
const LABELS: Record<BudgetColumn, string> = {
  rad: "Rad",
  budget: "Budget (kr)",
  utfall: "Utfall (kr)",
  budgeteradeDeltagare: "Budgeterade deltagare",
  avvikelse: "Avvikelse (kr)",
  avvikelsePromille: "Avvikelse",
};
/** The column headers, in the order shown. */
export const COLUMNS = BUDGET_COLUMNS.map((c) => LABELS[c]);

const text = (n: number | null) => (n === null ? "" : formatAmount(n));
const count = (n: number | null) => (n === null ? "" : String(n));

/** The writable column at position `c`, or null for the others. */
export const colOf = (c: number): Col | null =>
  EDITABLE.find((col) => col === BUDGET_COLUMNS[c]) ?? null;
/** The position of a writable column. */
export const indexOf = (col: Col): number => BUDGET_COLUMNS.indexOf(col);
export const hasCell = (r: BudgetRad, col: Col) => col !== "budgeteradeDeltagare" || r.harDeltagare;

/** A draft cell as the grid shows it: typed text as typed, a value as stored figures are. */
export function cellText(col: Col, cell: DraftCell): string {
  if (typeof cell === "string") return cell;
  if (cell.value === null) return "";
  return col === "budgeteradeDeltagare" ? String(cell.value) : formatAmount(cell.value);
}

/** Every row's cells as "Ändra budget och utfall" opens them: the stored values. */
export function draftsOf(view: YearView): Record<string, Draft> {
  return Object.fromEntries(
    view.rader.map((r) => [
      r.key,
      {
        budget: { value: r.budget },
        utfall: { value: r.utfall },
        budgeteradeDeltagare: { value: r.budgeteradeDeltagare },
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
      (cellText("budget", d.budget) !== text(r.budget) ||
        cellText("utfall", d.utfall) !== text(r.utfall) ||
        cellText("budgeteradeDeltagare", d.budgeteradeDeltagare) !== count(r.budgeteradeDeltagare))
    );
  });
}

/** What a cell shows when it is not being edited. */
export function shown(r: BudgetRad, col: Col, draft: Draft | undefined): string {
  if (draft) return cellText(col, draft[col]);
  if (col === "budgeteradeDeltagare") {
    return r.budgeteradeDeltagare === null ? EMPTY : String(r.budgeteradeDeltagare);
  }
  const value = r[col];
  return value === null ? EMPTY : formatAmount(value);
}

/** The key of the grid's row `rad` (`BudgetRad.key`), found by the typed row. */
export function keyOf(view: YearView, rad: Rad): string | undefined {
  return view.rader.find(
    (r) =>
      r.rad.typ === rad.typ &&
      (r.rad.typ === "admin" || (rad.typ === "insats" && r.rad.id === rad.id)),
  )?.key;
}

/** Puts what the core read from a paste into the drafts, as values, and each refused
 * value's sentence beside its cell. */
export function applyPasted(
  view: YearView,
  drafts: Record<string, Draft>,
  pasted: Pasted,
  feedback: FormFeedback,
) {
  for (const cell of pasted.cells) {
    if (cell.target !== "budget") continue;
    const key = keyOf(view, cell.rad);
    const d = key === undefined ? undefined : drafts[key];
    if (!d) continue;
    d[cell.value.column] = { value: cell.value.value };
    feedback.edited(`${key}.${cell.value.column}`);
  }
  for (const problem of pasted.problems) {
    if (problem.cell.target !== "budget") continue;
    const key = keyOf(view, problem.cell.rad);
    if (key !== undefined) feedback.errors[`${key}.${problem.cell.column}`] = problem.message;
  }
}
