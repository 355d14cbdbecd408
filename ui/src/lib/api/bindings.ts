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
slutdatum: string | null, 
/**
 * Beskrivning: the förbund's goals and purpose (mål och syfte).
 */
beskrivning: string, gatuadress: string, 
/**
 * Postnummer, `NNN NN`, or empty.
 */
postnummer: string, ort: string, 
/**
 * Kontaktperson.
 */
kontaktNamn: string, kontaktTelefon: string, kontaktEpost: string, };

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
slutdatum: string, beskrivning: string, gatuadress: string, postnummer: string, ort: string, kontaktNamn: string, kontaktTelefon: string, kontaktEpost: string, };

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

export type Warning = { code: string, message: string, field: string | null, };

export type ForbundPage = { forbund: Forbund, verksamhetsomrade: Array<Omrade>, 
/**
 * The ingående organisationer, the förbund itself (konsument) first.
 */
organisationer: Array<IngaendeOrganisation>, 
/**
 * M5 and other notices that do not block a save.
 */
varningar: Array<Warning>, uppdrag: Array<Uppdrag>, 
/**
 * For the län filter of the verksamhetsområde picker.
 */
lan: Array<Lan>, 
/**
 * For the type filter of the organisation picker.
 */
organisationstyper: Array<OrganisationTypOption>, };

export type ForbundPageSave = { forbund: ForbundUpdate, verksamhetsomrade: Array<OmradeRef>, organisationer: Array<RollerInput>, 
/**
 * Save despite warnings (D3) the officer has seen.
 */
confirmWarnings: boolean, };

export type Lan = { kod: string, namn: string, };

export type Omrade = { kommunKod: string, stadsdelId: number | null, 
/**
 * "Karlstad", or "Stockholm – Bromma" for a stadsdel.
 */
namn: string, lanNamn: string, 
/**
 * A stadsdel that no longer exists after a reorganisation; kept readable.
 */
historisk: boolean, };

export type OmradeRef = { kommunKod: string, stadsdelId: number | null, };

export type OmradeSearch = { 
/**
 * A län code, or `None` for *Alla län*.
 */
lanKod: string | null, 
/**
 * A kommun (or stadsdel) name; `*` stands for any characters.
 */
namn: string, 
/**
 * Include Stockholm's and Göteborg's current stadsdelar.
 */
visaStadsdelar: boolean, };

export type OmradeSearchResult = { hits: Array<Omrade>, matchning: string, };

export type Organisation = { id: number, namn: string, typ: OrganisationTyp, };

export type OrganisationTyp = "stat" | "region" | "kommun" | "esf" | "samordningsforbund" | "ovrigt";

export type OrganisationTypOption = { typ: OrganisationTyp, label: string, };

export type IngaendeOrganisation = { organisation: Organisation, medlem: boolean, finansiar: boolean, 
/**
 * Konsument: true for the förbund itself only, and fixed.
 */
konsument: boolean, };

export type RollerInput = { organisationId: number, medlem: boolean, finansiar: boolean, };

export type OrganisationSearch = { 
/**
 * Only this type; `None` for all.
 */
typ: OrganisationTyp | null, 
/**
 * A name; `*` stands for any characters.
 */
namn: string, };

export type Uppdrag = { id: number, namn: string, epost: string, telefon: string, roll: Roll, };

export type UppdragInput = { id: number | null, namn: string, epost: string, telefon: string, roll: Roll, 
/**
 * Save despite warnings (D3) the officer has seen.
 */
confirmWarnings: boolean, };

export type Roll = "forbundsadministrator" | "deltagaransvarig";
