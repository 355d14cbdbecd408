// Values shaped as the core sends them, for the UI's tests: one builder per type, with
// the fields a test does not care about at their plainest, so a change to the type is
// made here once.
import type { BudgetRad } from "../api";

/**
 * A budget grid row (BudgetRad) for `key`: the administration row, named as its key,
 * writable, with nothing filled in and no deviation; `extra` sets what the test needs.
 */
export const budgetRad = (key: string, extra: Partial<BudgetRad> = {}): BudgetRad => ({
  rad: { typ: "admin" },
  key,
  namn: key,
  insatsId: null,
  avslutad: false,
  budget: null,
  utfall: null,
  harDeltagare: true,
  budgeteradeDeltagare: null,
  redigerbar: true,
  lasorsak: null,
  avvikelse: null,
  avvikelsePromille: null,
  ...extra,
});
