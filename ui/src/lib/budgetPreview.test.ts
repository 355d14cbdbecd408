import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { BudgetRad, YearView } from "./api";
import { BudgetPreview } from "./budgetPreview.svelte";
import type { Draft } from "./budgetGrid";
import { formatAmount } from "./format";
import { budgetRad as rad } from "./testing/fixtures";

afterEach(() => clearMocks());

const view = (rader: BudgetRad[]) => ({ year: 2026, rader }) as unknown as YearView;

describe("the budget grid's draft figured by the core", () => {
  it("sends the writable rows' cells and shows a cell the core read as stored figures are", async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      sent.push([cmd, args]);
      // The core's answer: Alfa's budget read as 800 000, its utfall not readable.
      return view([rad("alfa", { budget: 800000, budgeteradeDeltagare: 12 })]);
    });
    const preview = new BudgetPreview();
    const drafts: Record<string, Draft> = {
      alfa: { budget: "800000", utfall: "12,5", budgeteradeDeltagare: "12" },
      last: { budget: "1", utfall: "", budgeteradeDeltagare: "" },
    };
    await preview.update(view([rad("alfa"), rad("last", { redigerbar: false })]), drafts);
    expect(sent).toHaveLength(1);
    const [cmd, args] = sent[0] as [string, { input: { rader: unknown[] } }];
    expect(cmd).toBe("budget_preview");
    expect(args.input.rader).toHaveLength(1);
    expect(preview.formatted("alfa", "budget", "800000")).toBe(formatAmount(800000));
    expect(formatAmount(800000).replace(/\s/g, " ")).toBe("800 000");
    expect(preview.formatted("alfa", "budgeteradeDeltagare", "12")).toBe("12");
    // Unreadable, or typed since the answer was figured: left as typed.
    expect(preview.formatted("alfa", "utfall", "12,5")).toBe("12,5");
    expect(preview.formatted("alfa", "budget", "8000001")).toBe("8000001");
    preview.clear();
    expect(preview.view).toBeNull();
    expect(preview.formatted("alfa", "budget", "800000")).toBe("800000");
  });
});
