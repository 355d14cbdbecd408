// The state of "Läs in tidigare år" that is not the core's: which sheets the officer chose,
// the mapping being edited, the rows left out and the replacements ticked. Nothing here
// decides which row is valid or which value wins: the core's preview says that, and the
// request built here only carries the officer's choices back to it.
import type {
  BladVy,
  Falt,
  FaltTyp,
  FaltVal,
  Forhandsvisning,
  InlasningBegaran,
  Mappning,
  RadForhand,
  RadRef,
  VardeVy,
} from "./api";
import { formatAmount, formatKronor } from "./format";

/** A row's name in sets and keys: "Blad 1|14". */
export const radKey = (r: RadRef): string => `${r.blad}|${r.rad}`;

/** A column's letters as the spreadsheet shows them: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The sheets offered: the visible ones, and the hidden ones only when asked for. */
export function offeredSheets(blad: BladVy[], visaDolda: boolean): BladVy[] {
  return blad.filter((b) => visaDolda || !b.dolt);
}

/** The sheets ticked at first: the visible ones where at least one column was recognised,
 * but not the summary sheets of Finsamkollen's own årsrapport (the core marks them). */
export function initiallyChosen(blad: BladVy[]): string[] {
  return blad
    .filter(
      (b) => !b.dolt && !b.forslag.rapportvy && b.forslag.mappning.kolumner.some((k) => k !== null),
    )
    .map((b) => b.namn);
}

/** The header row's texts of a sheet (the shown first rows hold every row it can be). */
export function headerTexts(blad: BladVy, rubrikrad: number): string[] {
  return blad.forsta[rubrikrad - 1] ?? [];
}

/** The first value under the header in column `col`, to show what the column holds. */
export function example(blad: BladVy, rubrikrad: number, col: number): string {
  for (const row of blad.forsta.slice(rubrikrad)) {
    const text = row[col];
    if (text) return text;
  }
  return "";
}

/** The columns the mapping editor shows: as many as the sheet's widest row (at most the
 * shown ones) and at least as many as the mapping names. */
export function columnCount(blad: BladVy, mappning: Mappning): number {
  const shown = blad.forsta.reduce((n, row) => Math.max(n, row.length), 0);
  return Math.max(shown, mappning.kolumner.length);
}

/** The mapping with column `col` set to field `typ` ("" for "Används inte"). A figure keeps
 * the year the column had (the header's "Budget 2023"); a register field has none. */
export function withColumn(
  mappning: Mappning,
  col: number,
  typ: FaltTyp | "",
  falt: FaltVal[],
): Mappning {
  const kolumner = [...mappning.kolumner];
  while (kolumner.length <= col) kolumner.push(null);
  if (typ === "") {
    kolumner[col] = null;
  } else {
    const perAr = falt.find((f) => f.typ === typ)?.perAr ?? false;
    const ar = perAr ? (kolumner[col]?.ar ?? null) : null;
    kolumner[col] = { typ, ar } satisfies Falt;
  }
  return { ...mappning, kolumner };
}

/** The mapping with column `col`'s year as typed: empty for "the row's År, else the
 * sheet's year"; anything that is not a whole year leaves it unchanged (the input shows
 * what was typed until it reads). */
export function withColumnYear(mappning: Mappning, col: number, text: string): Mappning {
  const current = mappning.kolumner[col];
  if (!current) return mappning;
  const trimmed = text.trim();
  let ar: number | null;
  if (trimmed === "") ar = null;
  else if (/^\d{4}$/.test(trimmed)) ar = Number(trimmed);
  else return mappning;
  const kolumner = [...mappning.kolumner];
  kolumner[col] = { ...current, ar };
  return { ...mappning, kolumner };
}

/** How many columns a mapping reads. */
export const mappedCount = (m: Mappning): number => m.kolumner.filter((k) => k !== null).length;

/** What the officer asks the core to read: the chosen sheets' mappings in the file's
 * order, the rows left out and the conflicts ticked "Ersätt". */
export function request(
  blad: BladVy[],
  chosen: string[],
  mappningar: Record<string, Mappning>,
  undantagna: Iterable<string>,
  ersatt: Iterable<string>,
): InlasningBegaran {
  const rows: RadRef[] = [...undantagna].map((key) => {
    const at = key.lastIndexOf("|");
    return { blad: key.slice(0, at), rad: Number(key.slice(at + 1)) };
  });
  return {
    mappningar: blad
      .filter((b) => chosen.includes(b.namn) && mappningar[b.namn])
      .map((b) => mappningar[b.namn] as Mappning),
    undantagna: rows,
    ersatt: [...ersatt],
  };
}

/** One line of the preview's table: a row the core read, or one the officer left out. */
export interface PreviewLine {
  key: string;
  blad: string;
  rad: number;
  /** The core's reading of the row; null for a row left out. */
  read: RadForhand | null;
}

/** The preview's rows and the rows left out, in the file's order (sheet, then row), so a
 * row left out stays where it was and can be taken back. */
export function previewLines(preview: Forhandsvisning, sheetOrder: string[]): PreviewLine[] {
  const lines: PreviewLine[] = [
    ...preview.rader.map((r) => ({ key: radKey(r), blad: r.blad, rad: r.rad, read: r })),
    ...preview.undantagna.map((r) => ({ key: radKey(r), blad: r.blad, rad: r.rad, read: null })),
  ];
  const sheet = (name: string) => {
    const i = sheetOrder.indexOf(name);
    return i < 0 ? sheetOrder.length : i;
  };
  return lines.sort((a, b) => sheet(a.blad) - sheet(b.blad) || a.rad - b.rad);
}

/** The fields whose values are kronor; the others are counts or years. */
const KRONOR: ReadonlySet<FaltTyp> = new Set<FaltTyp>([
  "budget",
  "utfall",
  "samverkansparterna",
  "esfPlus",
  "overskott",
  "adminBudget",
  "adminUtfall",
]);

/** A read value as the officer reads it: "Budget 2021: 100 000 kr". */
export function valueText(v: VardeVy, falt: FaltVal[]): string {
  const label = falt.find((f) => f.typ === v.falt)?.etikett ?? v.falt;
  const value = KRONOR.has(v.falt) ? formatKronor(v.varde) : formatAmount(v.varde);
  return `${label} ${v.ar}: ${value}`;
}

/** "rad 4, 7 och 9" for a list of rows of one sheet, or with the sheet's name for several. */
export function rowsText(rows: RadRef[]): string {
  if (rows.length === 0) return "";
  const bySheet = new Map<string, number[]>();
  for (const r of rows) bySheet.set(r.blad, [...(bySheet.get(r.blad) ?? []), r.rad]);
  const list = (n: number[]) =>
    n.length === 1 ? `rad ${n[0]}` : `rad ${n.slice(0, -1).join(", ")} och ${n[n.length - 1]}`;
  return [...bySheet].map(([blad, n]) => `Blad ${blad}: ${list(n)}`).join("; ");
}

/** "2019–2025", or the years listed when they have a gap. */
export function yearsText(years: number[]): string {
  if (years.length === 0) return "inga";
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  if (sorted.length === last - first + 1) {
    return sorted.length === 1 ? String(first) : `${first}–${last}`;
  }
  return sorted.join(", ");
}

/** "3 rader", "1 rad": a count with its noun, the number in sv-SE. */
export const plural = (n: number, one: string, many: string): string =>
  `${formatAmount(n)} ${n === 1 ? one : many}`;
