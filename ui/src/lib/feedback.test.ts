import { describe, expect, it } from "vitest";
import { FormFeedback } from "./feedback.svelte";

const refusal = {
  code: "validation",
  message: "Två fel.",
  field: null,
  fields: [
    { code: "required", field: "namn", message: "Namn måste fyllas i." },
    { code: "date_format", field: "startdatum", message: "Ange datumet som ÅÅÅÅ-MM-DD." },
  ],
};

describe("FormFeedback", () => {
  it("puts each error beside its field and the summary over the form", () => {
    const feedback = new FormFeedback("Inget sparades.");
    feedback.refused(refusal);
    expect(feedback.errors).toEqual({
      namn: "Namn måste fyllas i.",
      startdatum: "Ange datumet som ÅÅÅÅ-MM-DD.",
    });
    expect(feedback.general).toBe("Inget sparades.");
    expect(feedback.confirmWarnings).toBe(false);
  });

  it("says the core's own sentence when no field is named", () => {
    const feedback = new FormFeedback("Inget sparades.");
    feedback.refused({ code: "io", message: "Filen kunde inte skrivas.", field: null, fields: [] });
    expect(feedback.errors).toEqual({});
    expect(feedback.general).toBe("Filen kunde inte skrivas.");
    expect(feedback.message("namn")).toBe("Filen kunde inte skrivas.");
  });

  it("shows warnings to confirm, and an edit takes back that field and the confirmation", () => {
    const feedback = new FormFeedback();
    feedback.refused({
      code: "confirm_warnings",
      message: "Kontrollera varningarna.",
      field: null,
      fields: [{ code: "d3_personnummer", field: "beskrivning", message: "Ser ut som ett pnr." }],
    });
    expect(feedback.warnings).toEqual({ beskrivning: "Ser ut som ett pnr." });
    expect(feedback.confirmWarnings).toBe(true);
    feedback.edited("beskrivning");
    expect(feedback.warnings).toEqual({});
    expect(feedback.confirmWarnings).toBe(false);
  });

  it("gives a one-field form its field's error, or else the first", () => {
    const feedback = new FormFeedback();
    feedback.refused(refusal);
    expect(feedback.message("startdatum")).toBe("Ange datumet som ÅÅÅÅ-MM-DD.");
    expect(feedback.message("slutdatum")).toBe("Namn måste fyllas i.");
    feedback.clear();
    expect(feedback.message("namn")).toBeUndefined();
  });
});
