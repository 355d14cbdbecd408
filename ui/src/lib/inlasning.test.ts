import { describe, expect, it } from "vitest";
import { formatKronor } from "./format";
import type { BladVy, FaltVal, Forhandsvisning, Mappning } from "./api";
import {
  columnLetters,
  example,
  initiallyChosen,
  offeredSheets,
  previewLines,
  request,
  rowsText,
  valueText,
  withColumn,
  withColumnYear,
  yearsText,
} from "./inlasning";

const FALT: FaltVal[] = [
  { typ: "namn", etikett: "Insats", perAr: false },
  { typ: "startdatum", etikett: "Startdatum", perAr: false },
  { typ: "budget", etikett: "Budget", perAr: true },
  { typ: "kvinnor", etikett: "Kvinnor", perAr: true },
];

const mappning = (blad: string, kolumner: Mappning["kolumner"]): Mappning => ({
  blad,
  rubrikrad: 2,
  ar: null,
  kolumner,
});

const blad = (namn: string, dolt: boolean, kolumner: Mappning["kolumner"]): BladVy => ({
  namn,
  dolt,
  rader: 4,
  kolumner: 3,
  forsta: [
    ["Titel", "", ""],
    ["Insats", "Budget 2023", "Övrigt"],
    ["", "", ""],
    ["Steget", "100", ""],
  ],
  forslag: { mappning: mappning(namn, kolumner), sparad: null, dolt, rapportvy: false },
});

describe("the mapping editor", () => {
  it("sets a column to a field, a figure keeping its year and a register field none", () => {
    const m = mappning("Insatser", [null, { typ: "budget", ar: 2023 }]);
    expect(withColumn(m, 1, "kvinnor", FALT).kolumner[1]).toEqual({ typ: "kvinnor", ar: 2023 });
    expect(withColumn(m, 1, "startdatum", FALT).kolumner[1]).toEqual({
      typ: "startdatum",
      ar: null,
    });
    expect(withColumn(m, 1, "", FALT).kolumner[1]).toBeNull();
    // A column past the guessed ones is added; the mapping given is not changed.
    expect(withColumn(m, 3, "namn", FALT).kolumner).toEqual([
      null,
      { typ: "budget", ar: 2023 },
      null,
      { typ: "namn", ar: null },
    ]);
    expect(m.kolumner).toHaveLength(2);
  });

  it("takes a column's year when it is a year, and empty for the row's year", () => {
    const m = mappning("Siffror", [{ typ: "budget", ar: null }]);
    expect(withColumnYear(m, 0, " 2024 ").kolumner[0]?.ar).toBe(2024);
    expect(withColumnYear(withColumnYear(m, 0, "2024"), 0, "").kolumner[0]?.ar).toBeNull();
    expect(withColumnYear(m, 0, "20x4")).toBe(m);
    expect(withColumnYear(mappning("S", [null]), 0, "2024").kolumner[0]).toBeNull();
  });
});

describe("the sheets", () => {
  const sheets = [
    blad("Insatser", false, [{ typ: "namn", ar: null }]),
    blad("Anteckningar", false, [null, null]),
    blad("Gammalt", true, [{ typ: "namn", ar: null }]),
  ];

  it("offers hidden sheets only when asked, and ticks the visible ones with known headers", () => {
    expect(offeredSheets(sheets, false).map((b) => b.namn)).toEqual(["Insatser", "Anteckningar"]);
    expect(offeredSheets(sheets, true)).toHaveLength(3);
    expect(initiallyChosen(sheets)).toEqual(["Insatser"]);
    const summary = blad("Kostnadsrapport", false, [{ typ: "budget", ar: null }]);
    summary.forslag.rapportvy = true;
    expect(initiallyChosen([...sheets, summary])).toEqual(["Insatser"]);
  });

  it("shows the first value under the header as the column's example", () => {
    expect(example(sheets[0] as BladVy, 2, 0)).toBe("Steget");
    expect(example(sheets[0] as BladVy, 2, 2)).toBe("");
  });

  it("asks for the chosen sheets in the file's order, with the rows left out and replaced", () => {
    const mappningar = Object.fromEntries(sheets.map((b) => [b.namn, b.forslag.mappning]));
    const asked = request(sheets, ["Gammalt", "Insatser"], mappningar, ["Blad | 1|14"], ["k1"]);
    expect(asked.mappningar.map((m) => m.blad)).toEqual(["Insatser", "Gammalt"]);
    expect(asked.undantagna).toEqual([{ blad: "Blad | 1", rad: 14 }]);
    expect(asked.ersatt).toEqual(["k1"]);
  });
});

describe("the preview", () => {
  it("puts the rows left out back among the rows read, in the file's order", () => {
    const preview = {
      rader: [
        {
          blad: "B",
          rad: 3,
          insats: null,
          register: false,
          varden: [],
          problem: [],
          anmarkningar: [],
        },
        {
          blad: "A",
          rad: 5,
          insats: "X",
          register: true,
          varden: [],
          problem: [],
          anmarkningar: [],
        },
      ],
      undantagna: [{ blad: "A", rad: 4 }],
    } as unknown as Forhandsvisning;
    const lines = previewLines(preview, ["A", "B"]);
    expect(lines.map((l) => [l.key, l.read !== null])).toEqual([
      ["A|4", false],
      ["A|5", true],
      ["B|3", true],
    ]);
  });

  it("words values, rows and years as the officer reads them", () => {
    expect(valueText({ falt: "budget", ar: 2021, varde: 500000 }, FALT)).toBe(
      `Budget 2021: ${formatKronor(500000)}`,
    );
    expect(valueText({ falt: "kvinnor", ar: 2021, varde: 10 }, FALT)).toBe("Kvinnor 2021: 10");
    expect(rowsText([{ blad: "A", rad: 4 }])).toBe("Blad A: rad 4");
    expect(
      rowsText([
        { blad: "A", rad: 4 },
        { blad: "A", rad: 7 },
        { blad: "A", rad: 9 },
        { blad: "B", rad: 2 },
      ]),
    ).toBe("Blad A: rad 4, 7 och 9; Blad B: rad 2");
    expect(yearsText([2021, 2019, 2020])).toBe("2019–2021");
    expect(yearsText([2019, 2021])).toBe("2019, 2021");
    expect(yearsText([])).toBe("inga");
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(27)).toBe("AB");
  });
});
