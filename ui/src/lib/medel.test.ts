import { describe, expect, it } from "vitest";
import type { Pasted, YearView } from "./api";
import { FormFeedback } from "./feedback.svelte";
import { formatAmount } from "./format";
import { applyPastedMedel, medelChanged, medelDraftOf, medelText } from "./medel";

const view = {
  year: 2025,
  medel: {
    registrerade: true,
    samverkansparterna: 1000000,
    esfPlus: 0,
    overskott: 50000,
    totalt: 1050000,
  },
} as unknown as YearView;

describe("medel's amounts", () => {
  it("open as the stored values and show them as stored figures are", () => {
    const draft = medelDraftOf(view);
    expect(draft).toEqual({
      samverkansparterna: { value: 1000000 },
      esfPlus: { value: 0 },
      overskott: { value: 50000 },
    });
    expect(medelText(draft.samverkansparterna)).toBe(formatAmount(1000000));
    expect(medelText(draft.esfPlus)).toBe("0");
    const none = { ...view, medel: { ...view.medel, samverkansparterna: null } } as YearView;
    expect(medelText(medelDraftOf(none).samverkansparterna)).toBe("");
    expect(medelText("12,5")).toBe("12,5");
    expect(medelChanged(draft, medelDraftOf(view))).toBe(false);
  });

  it("hold pasted amounts as the values the core read, and refusals beside their field", () => {
    const opened = medelDraftOf(view);
    const draft = medelDraftOf(view);
    draft.overskott = "60 000";
    const feedback = new FormFeedback();
    feedback.errors["samverkansparterna"] = "an earlier refusal";
    const pasted: Pasted = {
      cells: [
        { target: "medel", field: "samverkansparterna", value: 1200000 },
        { target: "medel", field: "esfPlus", value: null },
      ],
      problems: [
        {
          cell: { target: "medel", field: "overskott" },
          code: "amount_decimals",
          message: "Ange hela kronor, utan ören eller decimaler.",
        },
      ],
      skipped: 0,
      message: "2 celler ifyllda.",
    };
    applyPastedMedel(draft, pasted, feedback);
    // Values, not text: Spara sends them back as they are; the refused field keeps what
    // the officer typed.
    expect(draft).toEqual({
      samverkansparterna: { value: 1200000 },
      esfPlus: { value: null },
      overskott: "60 000",
    });
    expect(feedback.errors).toEqual({
      overskott: "Ange hela kronor, utan ören eller decimaler.",
    });
    expect(medelChanged(draft, opened)).toBe(true);
  });

  it("are unchanged when a paste or typing gives the figures they opened with", () => {
    const opened = medelDraftOf(view);
    const draft = medelDraftOf(view);
    applyPastedMedel(
      draft,
      {
        cells: [{ target: "medel", field: "overskott", value: 50000 }],
        problems: [],
        skipped: 0,
        message: "1 cell ifylld.",
      },
      new FormFeedback(),
    );
    draft.esfPlus = "0";
    expect(medelChanged(draft, opened)).toBe(false);
    draft.esfPlus = "00";
    expect(medelChanged(draft, opened)).toBe(true);
  });
});
