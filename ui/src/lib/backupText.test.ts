import { describe, expect, it } from "vitest";
import type { BackupFile } from "./api";
import { contents, yearsCell } from "./backupText";

const kopia = (years: number[], insatser: number, forbund: string | null = "Finsam X") =>
  ({ forbund, years, insatser }) as BackupFile;

describe("a backup's contents in words", () => {
  it("says a backup without years in plain Swedish, not with a dash", () => {
    expect(contents(kopia([], 1))).toBe("Finsam X, 1 insats, inga år med uppgifter");
  });

  it("names one year or the span of years, as the core's sentence after a restore", () => {
    expect(contents(kopia([2026], 2))).toBe("Finsam X, 2 insatser, året 2026");
    expect(contents(kopia([2019, 2020, 2026], 12, null))).toBe(
      "inget förbund, 12 insatser, åren 2019–2026",
    );
  });

  it("keeps the dash in the list's years column", () => {
    expect([yearsCell([]), yearsCell([2026]), yearsCell([2019, 2026])]).toEqual([
      "–",
      "2026",
      "2019–2026",
    ]);
  });
});
