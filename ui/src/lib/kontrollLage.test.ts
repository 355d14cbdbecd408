import { describe, expect, it } from "vitest";
import type { KontrollStatus } from "./api";
import { deadlineWords, lageText } from "./kontrollLage";

const status = (over: Partial<KontrollStatus>): KontrollStatus => ({
  year: 2026,
  fel: 1,
  varningar: 1,
  attFyllaINu: 4,
  deadline: "2027-04-15",
  deadlineText: "15 april 2027",
  dagarKvar: 142,
  ...over,
});

describe("deadlineWords", () => {
  it("says plainly that today is the last day, not 'sista dagen i dag till'", () => {
    expect(deadlineWords(0, "15 april 2026")).toBe("i dag är sista dagen, 15 april 2026");
  });

  it("uses the singular for one day and the plural otherwise", () => {
    expect(deadlineWords(1, "15 april 2026")).toBe("1 dag kvar till 15 april 2026");
    expect(deadlineWords(142, "15 april 2027")).toBe("142 dagar kvar till 15 april 2027");
  });
});

describe("lageText", () => {
  it("words the counts as the start page shows them", () => {
    expect(lageText(status({}))).toBe(
      "1 fel, 4 att fylla i nu, 1 varning · 142 dagar kvar till 15 april 2027",
    );
    expect(lageText(status({ fel: 0, attFyllaINu: 0, varningar: 2, dagarKvar: 0 }))).toBe(
      "inga fel, 2 varningar · i dag är sista dagen, 15 april 2027",
    );
  });
});
