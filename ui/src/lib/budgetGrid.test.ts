import { describe, expect, it } from "vitest";
import type { BudgetRad, Pasted, YearView } from "./api";
import {
  applyPasted,
  cellText,
  changedRows,
  colOf,
  COLUMNS,
  draftsOf,
  EDITABLE,
  indexOf,
  keyOf,
} from "./budgetGrid";
import { FormFeedback } from "./feedback.svelte";
import { formatAmount } from "./format";
import { budgetRad } from "./testing/fixtures";

const row = (key: string, rad: BudgetRad["rad"], extra: Partial<BudgetRad> = {}): BudgetRad =>
  budgetRad(key, { rad, insatsId: rad.typ === "insats" ? rad.id : null, ...extra });

const view = {
  year: 2025,
  rader: [
    row("insats-3", { typ: "insats", id: 3 }, { budget: 800000 }),
    row("insats-4", { typ: "insats", id: 4 }),
    row("admin", { typ: "admin" }),
  ],
} as unknown as YearView;

describe("the budget grid's cells", () => {
  it("lays out the core's columns and finds a row by its typed key", () => {
    expect(COLUMNS).toEqual([
      "Rad",
      "Budget (kr)",
      "Utfall (kr)",
      "Budgeterade deltagare",
      "Avvikelse (kr)",
      "Avvikelse",
    ]);
    expect(EDITABLE.map(indexOf)).toEqual([1, 2, 3]);
    expect([0, 1, 2, 3, 4, 5].map(colOf)).toEqual([
      null,
      "budget",
      "utfall",
      "budgeteradeDeltagare",
      null,
      null,
    ]);
    expect(keyOf(view, { typ: "insats", id: 4 })).toBe("insats-4");
    expect(keyOf(view, { typ: "admin" })).toBe("admin");
    expect(keyOf(view, { typ: "insats", id: 99 })).toBeUndefined();
  });

  it("holds pasted cells as the values the core read, and their problems beside them", () => {
    const drafts = draftsOf(view);
    const feedback = new FormFeedback();
    feedback.errors["insats-3.budget"] = "an earlier refusal";
    const pasted: Pasted = {
      cells: [
        {
          target: "budget",
          rad: { typ: "insats", id: 3 },
          value: { column: "budget", value: 1200000 },
        },
        { target: "budget", rad: { typ: "admin" }, value: { column: "utfall", value: null } },
        {
          target: "budget",
          rad: { typ: "insats", id: 4 },
          value: { column: "budgeteradeDeltagare", value: 1200 },
        },
      ],
      problems: [
        {
          cell: { target: "budget", rad: { typ: "insats", id: 4 }, column: "utfall" },
          code: "amount_decimals",
          message: "Ange hela kronor, utan ören eller decimaler.",
        },
      ],
      skipped: 0,
      message: "3 celler ifyllda.",
    };
    applyPasted(view, drafts, pasted, feedback);
    // Values, not text: Spara sends them back as they are.
    expect(drafts["insats-3"]?.budget).toEqual({ value: 1200000 });
    expect(drafts["admin"]?.utfall).toEqual({ value: null });
    expect(drafts["insats-4"]?.budgeteradeDeltagare).toEqual({ value: 1200 });
    expect(cellText("budget", { value: 1200000 })).toBe(formatAmount(1200000));
    expect(cellText("budgeteradeDeltagare", { value: 1200 })).toBe("1200");
    expect(cellText("utfall", "12,5")).toBe("12,5");
    expect(feedback.errors).toEqual({
      "insats-4.utfall": "Ange hela kronor, utan ören eller decimaler.",
    });
    expect(changedRows(view, drafts).map((r) => r.key)).toEqual(["insats-3", "insats-4"]);
  });
});
