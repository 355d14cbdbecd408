// The budget grid's draft figured by the core while it is edited (`budget_preview`): each
// row's avvikelse and the year's summering as Spara would store them. No formula lives
// here: the core's is the only one.
import { budgetPreview, type BudgetRad, type YearView } from "./api";
import { EDITABLE, type Col, type Draft } from "./budgetGrid";
import { formatAmount } from "./format";

export class BudgetPreview {
  /** The core's answer to the latest draft sent; null while none has come. */
  view = $state<YearView | null>(null);
  /** The draft that answer was figured from, cell by cell. */
  sent: Record<string, Draft> = {};
  rows = $derived(new Map((this.view?.rader ?? []).map((r) => [r.key, r])));
  #asked = 0;

  /** Asks the core to figure `drafts` (a plain copy) for the writable rows of `base`. */
  async update(base: YearView, drafts: Record<string, Draft>) {
    const question = ++this.#asked;
    const rader = base.rader
      .filter((r) => r.redigerbar && drafts[r.key])
      .map((r) => ({ rad: r.rad, ...(drafts[r.key] as Draft) }));
    try {
      const fresh = await budgetPreview({ year: base.year, rader });
      // Only the answer to the latest draft counts.
      if (question !== this.#asked) return;
      this.sent = drafts;
      this.view = fresh;
    } catch {
      if (question === this.#asked) this.view = null;
    }
  }

  clear() {
    this.#asked++;
    this.view = null;
    this.sent = {};
  }

  /** The cell's text as stored figures are shown ("800 000") once the core has read it
   * from exactly `typed`; otherwise `typed` as it is, for Spara to name what is wrong. */
  formatted(key: string, col: Col, typed: string): string {
    const rad: BudgetRad | undefined = this.rows.get(key);
    if (!rad || typed.trim() === "" || this.sent[key]?.[col] !== typed) return typed;
    const value = rad[col];
    if (value === null) return typed;
    return col === "budgeteradeDeltagare" ? String(value) : formatAmount(value);
  }

  /** Shows every cell the core has read as stored figures are, except `inCell`
   * (`<row key>.<column>`), the one being edited. */
  formatCells(drafts: Record<string, Draft>, inCell: string | null) {
    for (const [key, d] of Object.entries(drafts)) {
      for (const col of EDITABLE) {
        // A value (stored or pasted) is shown formatted already.
        const typed = d[col];
        if (typeof typed !== "string") continue;
        const text = this.formatted(key, col, typed);
        if (`${key}.${col}` !== inCell && text !== typed) d[col] = text;
      }
    }
  }
}
