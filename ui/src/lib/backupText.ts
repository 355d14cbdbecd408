// How a backup's contents are told in the restore list and its confirmation. The words
// follow the core's sentence after a restore (`Restored::of`), so both say the same.
import type { BackupFile } from "./api";

/** The years column: "–", "2026" or "2019–2026". */
export const yearsCell = (years: number[]): string =>
  years.length === 0
    ? "–"
    : years.length === 1
      ? String(years[0])
      : `${years[0]}–${years[years.length - 1]}`;

/** "inga år med uppgifter", "året 2026" or "åren 2019–2026", as in the core's sentence. */
export const yearsPhrase = (years: number[]): string =>
  years.length === 0
    ? "inga år med uppgifter"
    : years.length === 1
      ? `året ${years[0]}`
      : `åren ${yearsCell(years)}`;

/** E.g. "Samordningsförbundet X, 12 insatser, åren 2019–2026". */
export const contents = (kopia: BackupFile): string =>
  `${kopia.forbund ?? "inget förbund"}, ${kopia.insatser} ${
    kopia.insatser === 1 ? "insats" : "insatser"
  }, ${yearsPhrase(kopia.years)}`;
