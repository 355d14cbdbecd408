// Generated from the Rust types in src-tauri/core by `scripts/test` (see README).
// Do not edit: change the Rust type and run `UPDATE_BINDINGS=1 cargo test bindings`.

export type AppError = { code: string, message: string, field: string | null, fields: Array<FieldError>, };

export type FieldError = { field: string, code: string, message: string, };

export type Startup = { 
/**
 * The data file's path, shown so the officer knows where the data lives.
 */
dataFile: string, forbund: Forbund | null, today: string, };

export type Forbund = { namn: string, 
/**
 * Organisationsnummer, `NNNNNN-NNNN`.
 */
organisationsnummer: string, 
/**
 * Startdatum: set once when the file is created and never changed.
 */
startdatum: string, 
/**
 * Slutdatum: set only if the förbund ceases.
 */
slutdatum: string | null, };

export type NewForbund = { namn: string, organisationsnummer: string, 
/**
 * `ÅÅÅÅ-MM-DD`.
 */
startdatum: string, };

export type ForbundUpdate = { namn: string, organisationsnummer: string, 
/**
 * `ÅÅÅÅ-MM-DD`; must equal the stored startdatum.
 */
startdatum: string, 
/**
 * `ÅÅÅÅ-MM-DD`, or empty while the förbund is active.
 */
slutdatum: string, };

export type StartPage = { forbund: Forbund, today: string, 
/**
 * The chosen year.
 */
year: number, 
/**
 * The year picker: every year from the start year to next year (Y5).
 */
years: Array<YearOption>, 
/**
 * The insatser that run during the chosen year.
 */
insatser: Array<InsatsRow>, 
/**
 * The chosen year's funds, one row per category (F1).
 */
medel: Array<MedelRow>, };

export type YearOption = { year: number, status: YearStatus, 
/**
 * The Swedish sentence for the status, e.g. "Öppen för ändringar t.o.m. 15 april 2027".
 */
label: string, };

export type YearStatus = { "kind": "open", until: string, } | { "kind": "advance", until: string, } | { "kind": "locked", since: string, } | { "kind": "notYetOpen", opens: string, } | { "kind": "outsidePeriod" };

export type InsatsRow = { id: number, namn: string, inriktning: Inriktning, 
/**
 * ESF-finansiering.
 */
esf: boolean, status: InsatsStatus, startdatum: string, slutdatum: string | null, };

export type Inriktning = "individinriktad" | "strukturovergripande";

export type InsatsStatus = "pagaende" | "avslutad";

export type MedelRow = { kategori: MedelKategori, label: string, belopp: Kronor | null, };

export type MedelKategori = "samverkansparterna" | "esfPlus" | "overskott";

export type Kronor = number;
