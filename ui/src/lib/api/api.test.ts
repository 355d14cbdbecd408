import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import {
  createForbund,
  fieldErrors,
  onWritten,
  saveMedel,
  start,
  startup,
  toAppError,
  copyBudget,
  pasteCells,
  saveBudget,
  BUDGET_COLUMNS,
  type AppError,
  type BudgetColumn,
} from ".";
import { call } from "./ipc";

afterEach(() => clearMocks());

const refusal: AppError = {
  code: "several",
  message: "2 fel behöver rättas innan det går att spara.",
  field: "namn",
  fields: [
    { field: "namn", code: "required", message: "Namn måste fyllas i." },
    {
      field: "organisationsnummer",
      code: "orgnr_check_digit",
      message: "Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.",
    },
  ],
};

describe("api seam", () => {
  it("calls create_forbund with the form under `input`", async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return {
        namn: "Finsam Test",
        organisationsnummer: "222000-1354",
        startdatum: "2019-01-01",
        slutdatum: null,
      };
    });
    const input = {
      namn: "Finsam Test",
      organisationsnummer: "2220001354",
      startdatum: "2019-01-01",
    };
    const created = await createForbund(input);
    expect(calls).toEqual([["create_forbund", { input }]]);
    expect(created.organisationsnummer).toBe("222000-1354");
  });

  it("asks for the start page of a year, or null for the default year", async () => {
    const years: unknown[] = [];
    mockIPC((cmd, args) => {
      expect(cmd).toBe("start");
      years.push((args as { year: number | null }).year);
      return {};
    });
    await start(2025);
    await start(null);
    expect(years).toEqual([2025, null]);
  });

  it("rejects with the AppError the command returned", async () => {
    mockIPC(() => {
      throw refusal;
    });
    await expect(
      createForbund({ namn: "", organisationsnummer: "222000-1355", startdatum: "2019-01-01" }),
    ).rejects.toEqual(refusal);
  });

  it("wraps anything else into an internal AppError", async () => {
    mockIPC(() => {
      throw "command startup not allowed";
    });
    await expect(startup()).rejects.toMatchObject({
      code: "internal",
      message: "Ett oväntat fel uppstod: command startup not allowed",
      field: null,
      fields: [],
    });
  });
});

describe("fieldErrors", () => {
  it("maps each field to its message", () => {
    expect(fieldErrors(refusal)).toEqual({
      namn: "Namn måste fyllas i.",
      organisationsnummer: "Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.",
    });
  });

  it("uses the message itself when a single error names a field", () => {
    const single = toAppError({
      code: "startdatum_fixed",
      message: "Kan inte ändras.",
      field: "startdatum",
    });
    expect(fieldErrors(single)).toEqual({ startdatum: "Kan inte ändras." });
  });

  it("has no field errors for an error without a field", () => {
    expect(fieldErrors(toAppError(new Error("boom")))).toEqual({});
  });
});

describe("the commands' one declaration", () => {
  it("gives every command a function in the API, and the API calls no other", async () => {
    const { commandNames } = await import("./commands");
    const source = (await import("./commands.ts?raw")).default as string;
    const called = [...source.matchAll(/(?:call|write)\(\s*"([a-z_]+)"/g)].map((m) => m[1]);
    expect([...called].sort()).toEqual([...commandNames].sort());
  });
});

describe("onWritten", () => {
  const medel = { year: 2026, samverkansparterna: "1 000", esfPlus: "0", overskott: "0" };

  it("tells the listeners after a write the core accepted, not after a read", async () => {
    mockIPC(() => ({}));
    let told = 0;
    const stop = onWritten(() => told++);
    await start(2026);
    expect(told).toBe(0);
    await saveMedel(medel);
    expect(told).toBe(1);
    stop();
    await saveMedel(medel);
    expect(told).toBe(1);
  });

  it("stays quiet when the core refused the write", async () => {
    mockIPC(() => {
      throw refusal;
    });
    let told = 0;
    const stop = onWritten(() => told++);
    await expect(saveMedel(medel)).rejects.toEqual(refusal);
    expect(told).toBe(0);
    stop();
  });
});

describe("a call that does not match the declaration", () => {
  // `npm run check` type-checks this file: each `@ts-expect-error` fails the check unless
  // the line below it is an error, so these lines prove that a wrong argument name or type
  // cannot reach Rust.
  it("does not type-check, so it never runs in the app", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return {};
    });
    // @ts-expect-error `copy_budget` takes `year`, not `ar`.
    await call("copy_budget", { ar: 2026 });
    // @ts-expect-error `year` is a number.
    await call("copy_budget", { year: "2026" });
    // @ts-expect-error `copyBudget` takes the year itself.
    await copyBudget({ year: 2026 });
    // @ts-expect-error `removeEgetKapitalSteg`'s argument is `medelFran`, sent as such.
    await call("remove_eget_kapital_steg", { medel_fran: 1 });
    expect(calls).toEqual([
      "copy_budget",
      "copy_budget",
      "copy_budget",
      "remove_eget_kapital_steg",
    ]);
  });
});

describe("a paste in the core's types", () => {
  // The paste's columns, fields and values are the core's enums (generated): a column the
  // grid does not have, or a pasted value sent back as text, does not type-check.
  it("names its cells by the generated types and sends values back as values", async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return {};
    });
    const admin = { typ: "admin" } as const;
    await pasteCells({
      year: 2026,
      // @ts-expect-error the column says promille; `avvikelseProcent` is no column.
      start: { target: "budget", rad: admin, column: "avvikelseProcent" },
      text: "1",
    });
    // @ts-expect-error medel's start is one of its three fields; `belopp` is none.
    await pasteCells({ year: 2026, start: { target: "medel", field: "belopp" }, text: "1" });
    await pasteCells({
      year: 2026,
      // @ts-expect-error a grid row is typed (`Rad`), never its text key.
      start: { target: "budget", rad: "admin", column: "budget" },
      text: "1",
    });
    await saveBudget({
      year: 2026,
      // @ts-expect-error a value the core read is a number of kronor, not its text.
      rader: [{ rad: admin, budget: { value: "1 000" }, utfall: "", budgeteradeDeltagare: "" }],
    });
    await saveBudget({
      year: 2026,
      rader: [{ rad: admin, budget: { value: 1000 }, utfall: "90 000", budgeteradeDeltagare: "" }],
    });
    await saveMedel({
      year: 2026,
      // @ts-expect-error a pasted medel amount is a number of kronor, not its text.
      samverkansparterna: { value: "1 000 000" },
      esfPlus: "",
      overskott: "",
    });
    // @ts-expect-error a medel amount is text or `{ value }`, never a bare number.
    await saveMedel({ year: 2026, samverkansparterna: 1000000, esfPlus: "", overskott: "" });
    await saveMedel({
      year: 2026,
      samverkansparterna: { value: 1000000 },
      esfPlus: "2 500",
      overskott: { value: null },
    });
    expect(calls.map(([cmd]) => cmd)).toEqual([
      "paste_cells",
      "paste_cells",
      "paste_cells",
      "save_budget",
      "save_budget",
      "save_medel",
      "save_medel",
      "save_medel",
    ]);
    expect(calls[4]?.[1]).toEqual({
      input: {
        year: 2026,
        rader: [
          { rad: admin, budget: { value: 1000 }, utfall: "90 000", budgeteradeDeltagare: "" },
        ],
      },
    });
    expect(calls[7]?.[1]).toEqual({
      input: {
        year: 2026,
        samverkansparterna: { value: 1000000 },
        esfPlus: "2 500",
        overskott: { value: null },
      },
    });
    const columns: readonly BudgetColumn[] = BUDGET_COLUMNS;
    expect(columns).toEqual([
      "rad",
      "budget",
      "utfall",
      "budgeteradeDeltagare",
      "avvikelse",
      "avvikelsePromille",
    ]);
  });
});
