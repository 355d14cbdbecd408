// Medel's amounts while "Ändra medel" is open, apart from the section's markup
// (components/MedelSection.svelte). Each amount is what the officer typed, read once by the
// core on Spara, or a value the core has read already (a stored amount, a pasted one, F4's
// suggestion), which Spara sends back as it is, as the budget grid's cells (budgetGrid.ts).
import type { CellInput, Kronor, MedelField, MedelInput, Pasted, YearView } from "./api";
import type { FormFeedback } from "./feedback.svelte";
import { formatAmount } from "./format";

/** The three amounts as Spara sends them, without the year. */
export type MedelDraft = Omit<MedelInput, "year">;

const FIELDS: readonly MedelField[] = ["samverkansparterna", "esfPlus", "overskott"];

/** An amount as its text input shows it: typed text as typed, a value as stored figures are. */
export function medelText(cell: CellInput<Kronor>): string {
  if (typeof cell === "string") return cell;
  return cell.value === null ? "" : formatAmount(cell.value);
}

/** The amounts as "Ändra medel" opens them: the stored values. */
export function medelDraftOf(view: YearView): MedelDraft {
  return {
    samverkansparterna: { value: view.medel.samverkansparterna },
    esfPlus: { value: view.medel.esfPlus },
    overskott: { value: view.medel.overskott },
  };
}

/** Whether an amount shows other than it did when the form opened. */
export function medelChanged(draft: MedelDraft, opened: MedelDraft): boolean {
  return FIELDS.some((field) => medelText(draft[field]) !== medelText(opened[field]));
}

/** Puts what the core read from a paste into the amounts, as values, and each refused
 * value's sentence beside its field. */
export function applyPastedMedel(draft: MedelDraft, pasted: Pasted, feedback: FormFeedback) {
  for (const cell of pasted.cells) {
    if (cell.target !== "medel") continue;
    draft[cell.field] = { value: cell.value };
    feedback.edited(cell.field);
  }
  for (const problem of pasted.problems) {
    if (problem.cell.target === "medel") feedback.errors[problem.cell.field] = problem.message;
  }
}
