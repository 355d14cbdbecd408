// Generated from the Rust types in src-tauri/core by `scripts/test` (see README).
// Do not edit: change the Rust type and run `UPDATE_BINDINGS=1 cargo test bindings`.

export type AppError = { code: string, message: string, field: string | null, fields: Array<FieldError>, };

export type FieldError = { field: string, code: string, message: string, };

export type Startup = { 
/**
 * The data file's path, shown so the officer knows where the data lives.
 */
dataFile: string, forbund: Forbund | null, today: string, };

export type Start = { startup: Startup, 
/**
 * `None` while the file has no förbund: the UI shows "Skapa förbund" instead.
 */
page: StartPage | null, 
/**
 * The figures of `page.year`.
 */
yearView: YearView | null, kontrollStatus: Array<KontrollStatus>, };

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
 * "2025 är låst sedan 16 april 2026 och kan bara läsas." when the chosen year is
 * locked (Y4, Y6).
 */
lockNotice: string | null, 
/**
 * Whether the page offers "Lägg till insats": not on a locked year that holds figures
 * or was marked inrapporterat, where nothing new may start (Y6) and the button could
 * only lead to a refusal; on a historik year it may (Y8).
 */
nyInsats: boolean, 
/**
 * Y8: the chosen year is historik.
 */
historik: boolean, };

export type YearOption = { year: number, status: YearStatus, 
/**
 * The Swedish sentence for the status, e.g. "Öppen för ändringar t.o.m. 15 april 2027".
 */
label: string, 
/**
 * Y8: a locked year with no figures and not marked inrapporterat.
 */
historik: boolean, };

export type YearStatus = { "kind": "open", until: string, } | { "kind": "advance", until: string, } | { "kind": "locked", since: string, } | { "kind": "notYetOpen", opens: string, } | { "kind": "outsidePeriod" };

export type InsatsRow = { id: number, namn: string, inriktning: Inriktning, 
/**
 * ESF-finansiering.
 */
esf: boolean, status: InsatsStatus, startdatum: string, slutdatum: string | null, };

export type Inriktning = "individinriktad" | "strukturovergripande";

export type InsatsStatus = "pagaende" | "avslutad";

export type Kronor = number;

export type Warning = { code: string, message: string, field: string | null, };

export type ForbundPage = { forbund: Forbund, verksamhetsomrade: Array<Omrade>, 
/**
 * The ingående organisationer, the förbund itself (konsument) first.
 */
organisationer: Array<IngaendeOrganisation>, 
/**
 * M5 (the law's § 3 members) and other notices that do not block a save.
 */
varningar: Array<Warning>, uppdrag: Array<Uppdrag>, 
/**
 * U2: the roles whose people have an employer, so the form asks for one and the list
 * says when it is missing.
 */
rollerMedArbetsgivare: Array<Roll>, 
/**
 * For the län filter of the verksamhetsområde picker.
 */
lan: Array<Lan>, 
/**
 * For the type filter of the organisation picker.
 */
organisationstyper: Array<OrganisationTypOption>, 
/**
 * Whether the startdatum may still be corrected: until any insats or figure is
 * registered (`rules::forbund::check_update`).
 */
startdatumAndringsbart: boolean, };

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
konsument: boolean, 
/**
 * M7: whether the page offers the Medlem box: for Försäkringskassan,
 * Arbetsförmedlingen, kommuner and regions, and for a row stored as medlem against
 * M7, so the officer can take the tick away. Made by `IngaendeOrganisation::new`
 * (`rules::organisation`).
 */
medlemValbar: boolean, };

export type SaknadeMedlemmar = { organisationer: Array<IngaendeOrganisation>, meddelande: string, };

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

export type Uppdrag = { id: number, namn: string, epost: string, telefon: string, roll: Roll, 
/**
 * U2: the ingående organisation that employs a deltagaransvarig (none for a
 * förbundsadministratör, or for a person registered before the employer was asked).
 */
arbetsgivareId: number | null, 
/**
 * The employer's name, as shown in the list.
 */
arbetsgivare: string | null, };

export type UppdragInput = { id: number | null, namn: string, epost: string, telefon: string, roll: Roll, 
/**
 * U2: the employer of a deltagaransvarig, one of the ingående organisationer other
 * than the förbund itself. Ignored for a förbundsadministratör.
 */
arbetsgivareId: number | null, 
/**
 * Save despite warnings (D3) the officer has seen.
 */
confirmWarnings: boolean, };

export type Roll = "forbundsadministrator" | "deltagaransvarig";

export type Referens = { id: number, namn: string, 
/**
 * The help text the info icon shows.
 */
hjalptext: string, 
/**
 * Hidden entries stay on the insatser that use them but are not offered for new ones.
 */
dold: boolean, };

export type Ansvarig = { id: number, namn: string, };

export type DeltagareYear = { year: number, kvinnor: number | null, man: number | null, antal: number | null, 
/**
 * D1: the sum of the insats's count fields as stored, `None` when none is given; the
 * table shows it in its Totalt column when `InsatsRedigering::totalt` says so.
 */
totalt: number | null, 
/**
 * Whether the counts can be changed today (Y1–Y3, D2).
 */
redigerbar: boolean, 
/**
 * Why not, or until when: "Öppen för ändringar t.o.m. 15 april 2027".
 */
status: string, };

export type InsatsDetail = { id: number, namn: string, 
/**
 * Fixed at creation (I1).
 */
inriktning: Inriktning, 
/**
 * Uppföljningsmetod, fixed at creation (I1): whether participants are followed up.
 */
foljerDeltagare: boolean, 
/**
 * ESF-finansiering, fixed at creation (I1).
 */
esf: boolean, 
/**
 * M3: for an ESF-financed insats, whether the förbund itself leads and steers the ESF
 * project (ESF-rådet must then be a financier) rather than only supporting it.
 * Answered at creation, changeable in the panel; false when not ESF-financed.
 */
esfLeder: boolean, status: InsatsStatus, preciseradInriktning: Referens | null, malgrupper: Array<Referens>, beskrivning: string, startdatum: string, slutdatum: string | null, deltagaransvariga: Array<Ansvarig>, 
/**
 * One entry per year the insats runs, within the förbund's selectable years.
 */
deltagare: Array<DeltagareYear>, 
/**
 * I4: for an avslutad insats, what can still be changed and until when.
 */
avslutadNotis: string | null, 
/**
 * I5, D1: what the panel may change and which counts its Deltagare table has.
 */
redigering: InsatsRedigering, };

export type Antalsfalt = "kvinnor" | "man" | "antal";

export type AvslutAntal = { 
/**
 * The end year; `None` while the end date cannot be read.
 */
year: number | null, 
/**
 * The end year's counts that are still missing; empty when they are complete or the
 * insats does not follow participants.
 */
saknas: Array<Antalsfalt>, 
/**
 * Whether the missing counts can be filled in now: the end year is open for changes.
 */
kanFyllas: boolean, 
/**
 * The warning shown before confirming, e.g. "Deltagarantalen för 2026 saknas (kvinnor,
 * män). …"; `None` when nothing is missing.
 */
varning: string | null, 
/**
 * The counts that ending on this date locks, as the dialog's table draws them: each
 * year the insats runs up to the end year, never a later one (up to today's year while
 * the date cannot be read); none when the insats does not follow participants.
 */
lasta: Array<DeltagareYear>, };

export type InsatsRedigering = { 
/**
 * I5: whether the details can still be changed and the insats ended (only while it is
 * pågående). The counts of each year say for themselves (`DeltagareYear::redigerbar`).
 */
uppgifter: boolean, 
/**
 * D1: the counts the insats registers, in table order; empty when participants are
 * not followed up.
 */
antalsfalt: Array<Antalsfalt>, 
/**
 * Whether the Deltagare table shows the sum of the fields (kvinnor + män = totalt).
 */
totalt: boolean, 
/**
 * I5: the slutdatum "Avsluta insats" proposes: the planned end when it is not after
 * today, else today. `None` for an avslutad insats.
 */
avslutaForslag: string | null, };

export type NewInsats = { inriktning: Inriktning, foljerDeltagare: boolean, esf: boolean, 
/**
 * M3: "Leder och styr förbundet själv ESF-projektet?" (ignored when not ESF-financed).
 */
esfLeder: boolean, namn: string, preciseradInriktningId: number | null, malgruppIds: number[], beskrivning: string, 
/**
 * `ÅÅÅÅ-MM-DD`.
 */
startdatum: string, 
/**
 * `ÅÅÅÅ-MM-DD`, planned; empty when not known.
 */
slutdatum: string, deltagaransvarigaIds: number[], 
/**
 * Save despite warnings (D3) the officer has seen.
 */
confirmWarnings: boolean, };

export type InsatsUpdate = { id: number, inriktning: Inriktning, foljerDeltagare: boolean, esf: boolean, 
/**
 * M3: "Leder och styr förbundet själv ESF-projektet?" (ignored when not ESF-financed).
 */
esfLeder: boolean, namn: string, preciseradInriktningId: number | null, malgruppIds: number[], beskrivning: string, 
/**
 * `ÅÅÅÅ-MM-DD`.
 */
startdatum: string, 
/**
 * `ÅÅÅÅ-MM-DD`, planned; empty when not known.
 */
slutdatum: string, deltagaransvarigaIds: number[], 
/**
 * Save despite warnings (D3) the officer has seen.
 */
confirmWarnings: boolean, };

export type EndInsats = { id: number, 
/**
 * `ÅÅÅÅ-MM-DD`, not after today.
 */
slutdatum: string, };

export type DeltagareInput = { insatsId: number, year: number, kvinnor: string, man: string, antal: string, };

export type InsatsChoices = { 
/**
 * The visible preciserade inriktningar, one list per inriktning, so the form shows the
 * chosen inriktning's list by looking it up.
 */
preciserade: Preciserade, malgrupper: Array<Referens>, deltagaransvariga: Array<Ansvarig>, 
/**
 * I1: the inriktningar whose participants are always followed up; the wizard asks
 * about follow-up only for the others.
 */
alltidUppfoljda: Array<Inriktning>, 
/**
 * U2: the inriktningar whose insatser can have deltagaransvariga; beside the others the
 * form says who keys their counts instead.
 */
medAnsvariga: Array<Inriktning>, };

export type Preciserade = { individinriktad: Array<Referens>, strukturovergripande: Array<Referens>, };

export type ReferensLista = "preciseradInriktning" | "malgrupp";

export type ReferensRad = { entry: Referens, anvands: number, };

export type Referenslistor = { individinriktade: Array<ReferensRad>, strukturovergripande: Array<ReferensRad>, malgrupper: Array<ReferensRad>, };

export type ReferensInput = { lista: ReferensLista, id: number | null, inriktning: Inriktning | null, namn: string, hjalptext: string, dold: boolean, };

export type YearView = { year: number, status: YearStatus, 
/**
 * "Öppen för ändringar t.o.m. 15 april 2027", "Låst sedan 16 april 2025", …
 */
statusText: string, redigerbar: boolean, 
/**
 * "2025 är låst sedan 16 april 2026 och kan bara läsas." when the year is locked (Y4).
 */
lockNotice: string | null, medel: MedelVy, 
/**
 * F2, shown beside Medel: Nationella rådet's recommended eget kapital for the year's
 * medel, and the warning when the överskott is above it; `None` without levels
 * (Inställningar) or medel.
 */
egetKapital: EgetKapitalNiva | null, 
/**
 * F4, shown beside "Överskott från föregående år" with "Använd": what the previous
 * year's figures leave; `None` without its medel or before its utfall are all in.
 */
overskottFranFjol: OverskottFranFjol | null, rader: Array<BudgetRad>, summering: Summering, 
/**
 * What "Kopiera budget från föregående år" would fill.
 */
kopierbart: Array<KopieraRad>, 
/**
 * The year the copy reads its budget from, as the button and its dialog name it.
 */
kopierasFran: number, };

export type MedelVy = { registrerade: boolean, samverkansparterna: Kronor | null, 
/**
 * ESF+: starts at 0.
 */
esfPlus: Kronor, overskott: Kronor, totalt: Kronor, };

export type EgetKapitalNiva = { 
/**
 * The highest recommended eget kapital for the year's medel.
 */
niva: Kronor, 
/**
 * "Rekommenderat eget kapital: högst 200 000 kr (20 % av medlen från
 * samverkansparterna, enligt …)."
 */
text: string, 
/**
 * The warning when the year's överskott is above `niva`.
 */
varning: string | null, };

export type OverskottFranFjol = { 
/**
 * Medel of the previous year (samverkansparterna + ESF+ + överskott) less its utfall
 * (insatser + administrativa kostnader); negative after a deficit.
 */
belopp: Kronor, 
/**
 * What "Använd" fills in: `belopp`, or 0 after a deficit, since an överskott is never
 * negative (F1).
 */
forslag: Kronor, 
/**
 * "Enligt 2025 års siffror: medel 1 200 000 kr − utfall 1 100 000 kr = 100 000 kr."
 */
text: string, 
/**
 * The warning when the year's stored överskott differs from `belopp`.
 */
varning: string | null, };

export type EgetKapital = { steg: Array<EgetKapitalSteg>, kalla: EgetKapitalKalla, };

export type EgetKapitalSteg = { medelFran: Kronor, procent: number, };

export type EgetKapitalKalla = { namn: string, url: string, datum: string | null, };

export type EgetKapitalStegInput = { original: number | null, medelFran: string, procent: string, };

export type EgetKapitalKallaInput = { namn: string, url: string, 
/**
 * `ÅÅÅÅ-MM-DD`, or empty.
 */
datum: string, };

export type Rad = { "typ": "insats", id: number, } | { "typ": "admin" };

export type BudgetRad = { 
/**
 * The row; the UI sends it back with the row's cells.
 */
rad: Rad, 
/**
 * `insats-<id>` or `admin` ([`Rad::key`]): the row's name on the screen and the prefix
 * of its cells' error fields.
 */
key: string, namn: string, insatsId: number | null, avslutad: boolean, budget: Kronor | null, utfall: Kronor | null, 
/**
 * B1: whether the row has a "budgeterat antal deltagare" cell at all.
 */
harDeltagare: boolean, budgeteradeDeltagare: number | null, 
/**
 * Whether the row's cells can be written today (Y1–Y3, I4).
 */
redigerbar: boolean, 
/**
 * Why not, as the officer reads it when typing in a locked cell: the year's lock
 * notice, or I4's sentence for an insats that ended too long ago. `None` when open.
 */
lasorsak: string | null, 
/**
 * Utfall − budget, when both are given.
 */
avvikelse: Kronor | null, 
/**
 * The variance as tenths of a per cent of the budget (123 = 12,3 %), when the budget is
 * not zero.
 */
avvikelsePromille: number | null, };

export type Summering = { medel: Kronor, adminBudget: Kronor, adminUtfall: Kronor, insatserBudget: Kronor, insatserUtfall: Kronor, 
/**
 * Funds − admin costs − insats costs, by budget.
 */
saldoBudget: Kronor, 
/**
 * Funds − admin costs − insats costs, by utfall so far.
 */
saldoUtfall: Kronor, 
/**
 * Rows whose utfall is still missing (counted as 0 above).
 */
utfallSaknas: number, };

export type KopieraRad = { rad: Rad, 
/**
 * [`Rad::key`].
 */
key: string, namn: string, budget: Kronor, };

export type MedelInput = { year: number, samverkansparterna: CellInput<Kronor>, esfPlus: CellInput<Kronor>, overskott: CellInput<Kronor>, };

export type CellInput<T> = string | { value: T | null, };

export type BudgetCellerInput = { rad: Rad, budget: CellInput<Kronor>, utfall: CellInput<Kronor>, budgeteradeDeltagare: CellInput<number>, };

export type BudgetInput = { year: number, rader: Array<BudgetCellerInput>, };

export type Fordelning = { year: number, 
/**
 * Whether the year can be written (Y1–Y3).
 */
redigerbar: boolean, 
/**
 * The year's samverkansparterna, when medel are registered.
 */
samverkansparterna: Kronor | null, 
/**
 * One row per financier: Försäkringskassan, the regions, the kommuner, then the rest.
 */
rader: Array<FordelningRad>, summa: Kronor, 
/**
 * F3: the law's shares and the sum, never a block.
 */
varningar: Array<Warning>, };

export type FordelningRad = { organisationId: number, namn: string, typ: OrganisationTyp, 
/**
 * The type as the national system names it: "Stat", "Region/landsting", "Kommun", …
 */
typNamn: string, belopp: Kronor | null, };

export type FordelningInput = { year: number, rader: Array<FordelningRadInput>, };

export type FordelningRadInput = { organisationId: number, belopp: string, };

export type BudgetColumn = "rad" | "budget" | "utfall" | "budgeteradeDeltagare" | "avvikelse" | "avvikelsePromille";

export type MedelField = "samverkansparterna" | "esfPlus" | "overskott";

export type GridCell = { "target": "budget", rad: Rad, column: BudgetColumn, } | { "target": "medel", field: MedelField, };

export type PasteCells = { year: number, start: GridCell, text: string, };

export type BudgetValue = { "column": "budget", "value": Kronor | null } | { "column": "utfall", "value": Kronor | null } | { "column": "budgeteradeDeltagare", "value": number | null };

export type PastedCell = { "target": "budget", rad: Rad, value: BudgetValue, } | { "target": "medel", field: MedelField, value: Kronor | null, };

export type PasteProblem = { cell: GridCell, 
/**
 * The error's stable code (`amount_decimals`).
 */
code: string, 
/**
 * "Ange hela kronor, utan ören eller decimaler."
 */
message: string, };

export type Pasted = { cells: Array<PastedCell>, 
/**
 * Values the parser refused.
 */
problems: Array<PasteProblem>, 
/**
 * Values that landed outside the cells that exist and may be written.
 */
skipped: number, 
/**
 * "6 celler ifyllda. Välj Spara för att spara dem."
 */
message: string, };

export type Lank = { "kind": "medel" } | { "kind": "budget", key: string, } | { "kind": "insats", id: number, } | { "kind": "organisationer" };

export type Anmarkning = { 
/**
 * A stable code, e.g. `medel_saknas`, `m2_af_not_financier`.
 */
kod: string, text: string, lank: Lank, };

export type Forhandskontroll = { year: number, 
/**
 * The year's own deadline of the submission the errors stand in the way of, in prose
 * ("15 april 2027"), for the errors' heading.
 */
deadlineText: string, 
/**
 * Errors: what must be fixed before the year's figures are submitted.
 */
fel: Array<Anmarkning>, varningar: Array<Anmarkning>, 
/**
 * Y7, "Fylls i efter årets slut": until the year has ended, its missing utfall and
 * participant counts, which nobody can know yet. They are not errors: they count in
 * no error total and make no report preliminär. Empty once the year has ended, when
 * the same remarks are errors.
 */
efterAretsSlut: Array<Anmarkning>, 
/**
 * Y7, "Att fylla i nu": for the running year, its missing medel and budget
 * (budgeterat antal deltagare included). They are planned figures and should be filled
 * in now, but they are not yet a submission error: that comes once the year has ended.
 */
attFyllaINu: Array<Anmarkning>, 
/**
 * Y7, "Fylls i före årets början": for a year that has not begun, its missing medel and
 * budget, as information.
 */
foreAretsBorjan: Array<Anmarkning>, 
/**
 * Y8: for a historik year (locked, no figures, not marked inrapporterat), the sentence
 * that says so. `None` for every other year.
 */
historik: string | null, 
/**
 * Y8: in a historik year, what is missing (medel, budget, utfall, counts) is
 * information, not an error: the year was reported elsewhere before Finsamkollen,
 * and its figures come only through "Läs in tidigare år".
 */
information: Array<Anmarkning>, };

export type KontrollStatus = { year: number, fel: number, varningar: number, 
/**
 * Y7: what the running year's check lists as "Att fylla i nu" (no errors).
 */
attFyllaINu: number, 
/**
 * 15 April of the following year.
 */
deadline: string, 
/**
 * The deadline in prose: "15 april 2027".
 */
deadlineText: string, 
/**
 * Days from today to the deadline (0 on the day itself).
 */
dagarKvar: number, };

export type ReportFormat = "json" | "xlsx" | "pdf";

export type ExportPost = { year: number, 
/**
 * `ÅÅÅÅ-MM-DD TT:MM:SS`, local time.
 */
tidpunkt: string, format: ReportFormat, sokvag: string, preliminar: boolean, fel: number, varningar: number, sha256: string, };

export type AllYears = { forbund: string, years: Array<YearFigures>, 
/**
 * "Siffror finns från 2024." when earlier selectable years were left out for having
 * nothing registered; none when every selectable year is shown.
 */
siffrorFran: string | null, 
/**
 * What the charts show, on the screen and in the styrelserapport alike.
 */
diagram: Diagram, 
/**
 * The years whose kostnader are incomplete for want of utfall, marked "*" in the
 * table, and the note saying what the mark means; none when no year is marked
 * (`rules::oversikt::ofullstandiga`).
 */
ofullstandiga: Ofullstandiga | null, 
/**
 * The styrelserapport's table of every year (`rules::oversikt::rapporttabell`).
 */
rapporttabell: Rapporttabell, };

export type YearFigures = { year: number, status: YearStatus, 
/**
 * Whether medel are registered for the year at all.
 */
medelRegistrerade: boolean, 
/**
 * Samverkansparterna + ESF+ + överskott.
 */
medel: Kronor, 
/**
 * Överskott från föregående år: the eget kapital carried into the year.
 */
egetKapital: Kronor, 
/**
 * Administrativa kostnader + insatsernas utfall.
 */
kostnader: Kronor, 
/**
 * The same by budget.
 */
kostnaderBudget: Kronor, 
/**
 * Medel − kostnader (utfall): what is left to carry on.
 */
saldo: Kronor, 
/**
 * Deltagare in individinriktade insatser that follow their participants.
 */
kvinnor: number, man: number, 
/**
 * Deltagare in the other insatser that follow their participants (antal only).
 */
antal: number, 
/**
 * Kvinnor + män + antal.
 */
deltagare: number, 
/**
 * Whether anything is registered for the year: medel, a budget or utfall, or counts.
 */
harSiffror: boolean, 
/**
 * Rows (insatser and the administrative costs) whose utfall is still missing.
 */
utfallSaknas: number, };

export type Diagram = { "kind": "inga", text: string, } | { "kind": "ritas", 
/**
 * The charted years, oldest first: the shown years that have figures.
 */
years: Array<YearFigures>, 
/**
 * Lines or bars.
 */
typ: Diagramtyp, 
/**
 * "Inga deltagare registrerade för 2026." when none of the charted years has a
 * participant: the Deltagare chart is then left out and this sentence stands in
 * its place. `None` when there is a Deltagare chart to draw.
 */
ingaDeltagare: string | null, };

export type Ofullstandiga = { 
/**
 * The marked years, oldest first, each with what its mark says.
 */
markerade: Array<Markering>, 
/**
 * The note under the table ("* Utfall saknas ännu för några rader; kostnaderna är
 * ofullständiga.").
 */
not: string, };

export type Markering = { year: number, 
/**
 * What the mark says: "Utfall saknas för 3 rader", "Utfall saknas för en rad".
 */
text: string, };

export type Rapporttabell = { 
/**
 * The rows, oldest first: the shown years with figures, or every shown year when none
 * has any (each row then says "Inga siffror registrerade", as on the screen).
 */
rader: Array<YearFigures>, 
/**
 * "Inga siffror registrerade: 2026, 2027." naming the shown years without figures
 * that are not rows; none when every shown year is a row.
 */
ingaSiffror: string | null, };

export type Diagramtyp = "linjer" | "staplar";

export type Backup = { path: string, 
/**
 * `ÅÅÅÅ-MM-DD TT:MM:SS`, from the file name.
 */
tidpunkt: string, storlek: number, };

export type BackupState = { dataFile: string, folder: string, 
/**
 * Whether `folder` is the default one beside the data file.
 */
standardmapp: boolean, senaste: Backup | null, antal: number, 
/**
 * The notice when the backups are on the same disk as the data file; `None` when they
 * are elsewhere (or it cannot be told).
 */
sammaDisk: string | null, };

export type BackupFile = { path: string, 
/**
 * The file's name, e.g. `finsamkollen-2026-11-24-140200.db`.
 */
namn: string, 
/**
 * `ÅÅÅÅ-MM-DD TT:MM:SS`: two backups can be made within a minute.
 */
tidpunkt: string, 
/**
 * Why it was made, in Swedish ("Före uppdatering till version 6"), when the name says.
 */
anledning: string | null, storlek: number, forbund: string | null, 
/**
 * The years that hold any figures.
 */
years: Array<number>, insatser: number, 
/**
 * The list's years column: "–", "2026" or "2019–2026".
 */
ar: string, 
/**
 * What it holds in words, as the confirmation and the sentence after a restore say it:
 * "Samordningsförbundet X, 12 insatser, åren 2019–2026".
 */
innehall: string, 
/**
 * Why the backup cannot be restored; `None` when it can.
 */
fel: string | null, };

export type Restored = { 
/**
 * `ÅÅÅÅ-MM-DD TT:MM:SS`, when the backup was made.
 */
tidpunkt: string, forbund: string | null, years: Array<number>, insatser: number, 
/**
 * E.g. "Återställt från säkerhetskopian 2026-11-30 14:02: Samordningsförbundet X,
 * 12 insatser, åren 2019–2026."
 */
meddelande: string, };

export type SyncPlace = { "typ": "moln", tjanst: string, } | { "typ": "natverk", vad: string, };

export type SyncWarning = { plats: SyncPlace, 
/**
 * E.g. "Datafilen ligger i en mapp som synkroniseras med OneDrive."
 */
meddelande: string, 
/**
 * Why that matters, and what to do.
 */
varfor: string, 
/**
 * The folder the data file is in.
 */
mapp: string, };

export type Steg = "verksamhetsomrade" | "organisationer" | "uppdrag" | "insats" | "medel" | "tidigareAr";

export type NastaStegPost = { steg: Steg, text: string, klar: boolean, };

export type DataFileMoved = { dataFile: string, backupFolder: string, 
/**
 * E.g. "Datafilen är flyttad till C:\…\finsamkollen.db. Säkerhetskopiorna sparas i …".
 */
meddelande: string, };

export type ImportSummary = { dataFile: string, forbund: string, years: Array<number>, insatser: number, };

export type HistorikOmfang = { "typ": "forbund" } | { "typ": "insats", id: number, } | { "typ": "year", year: number, } | { "typ": "referenslistor" };

export type HistorikFraga = { omfang: HistorikOmfang, fore: number | null, };

export type HistorikSida = { handlingar: Array<HistorikHandling>, fore: number | null, };

export type HistorikHandling = { 
/**
 * Local time to the minute, `2026-04-15 14:02`; `None` for a change made outside the
 * app.
 */
tidpunkt: string | null, handling: string, andringar: Array<HistorikAndring>, };

export type HistorikAndring = { falt: string, gammalt: string | null, nytt: string | null, };

export type UpdateAnswer = { status: UpdateStatus, 
/**
 * The running version.
 */
nuvarandeVersion: string, 
/**
 * The version found, when there is one.
 */
version: string | null, 
/**
 * The new version's publication date (ÅÅÅÅ-MM-DD), when the server gives one.
 */
datum: string | null, 
/**
 * The release notes, when the server gives them.
 */
anteckningar: string | null, 
/**
 * Whether "Installera" can be offered: a copy that was not installed from a package
 * (a development build, a copied program file) cannot replace itself.
 */
kanInstalleras: boolean, 
/**
 * What the officer reads, in plain Swedish.
 */
meddelande: string, };

export type UpdateStatus = "senaste" | "nyVersion" | "offline" | "ejVerifierad" | "fel" | "installerad" | "provad" | "skotsAvIt";

export type InstallKind = "deb" | "rpm" | "appImage" | "nsis" | "msi" | "noPackage";

export type UpdateState = { installKind: InstallKind, 
/**
 * Whether "Sök efter uppdateringar" is offered.
 */
kanSoka: boolean, 
/**
 * The running version.
 */
nuvarandeVersion: string, 
/**
 * Said instead of the button when the app does not look for updates itself.
 */
meddelande: string | null, };

export type InmatningVy = { year: number, 
/**
 * The förbund's name, for the printed checklist.
 */
forbund: string, 
/**
 * "Öppen för ändringar t.o.m. 15 april 2027", "Låst sedan 16 april 2025", …
 */
statusText: string, 
/**
 * Medel, Insatser, Administrativa kostnader: Uppföljning Finsam's tables, in its order.
 */
sektioner: Array<InmatningSektion>, antalRader: number, 
/**
 * Rows ticked "Inmatat" (changed ones included).
 */
inmatade: number, 
/**
 * Rows marked "Ändrat efter inmatning" (R1).
 */
andrade: number, 
/**
 * "12 av 20 värden är inmatade. 1 har ändrats efter inmatning."
 */
lageText: string, 
/**
 * Every time the year was marked as inrapporterat, newest first.
 */
inrapporteringar: Array<Inrapportering>, 
/**
 * "Registrera i Uppföljning Finsam": the insatser new or ended in the year.
 */
registrering: Registrering, };

export type InmatningSektion = { rubrik: string, grupper: Array<InmatningGrupp>, };

export type InmatningGrupp = { rubrik: string | null, 
/**
 * "Individinriktad", "Strukturövergripande, avslutad", …
 */
beskrivning: string | null, rader: Array<InmatningRad>, };

export type InmatningRad = { 
/**
 * `medel.samverkansparterna`, `insats-7.utfall`, `admin.budget`, …
 */
key: string, 
/**
 * The label in Uppföljning Finsam: "Budget", "Kvinnor", …
 */
etikett: string, 
/**
 * As the officer reads it: "1 234 567 kr", "12", or "Saknas".
 */
visat: string, 
/**
 * What a web form wants: plain digits, no spaces ("1234567"); `None` when missing.
 */
kopia: string | null, 
/**
 * The "Inmatat" tick, when the row has one.
 */
inmatat: Inmatat | null, };

export type Inmatat = { datum: string, 
/**
 * The value when it was ticked, as shown ("1 234 567 kr", "Saknas").
 */
varde: string, 
/**
 * R1: "Ändrat efter inmatning", when the figure is no longer what was keyed.
 */
andrat: AndratEfterInmatning | null, };

export type AndratEfterInmatning = { gammalt: string, nytt: string, };

export type Inrapportering = { datum: string, 
/**
 * `ÅÅÅÅ-MM-DD TT:MM:SS`, local time.
 */
tidpunkt: string, preliminar: boolean, fel: number, varningar: number, 
/**
 * The SHA-256 of the JSON årsrapport as "Exportera årsrapport" would have written it.
 */
sha256: string, 
/**
 * An exported JSON file in the archive with the same content, if there is one.
 */
sammaSomExport: string | null, 
/**
 * "2025 markerades som inrapporterat 2026-03-10. Förhandskontrollen hade då 0 fel och
 * 1 varning."
 */
text: string, };

export type InmatatInput = { year: number, key: string, inmatat: boolean, };

export type Registrering = { 
/**
 * Insatser whose startdatum is in the year, by name.
 */
nya: Array<RegistreringRad>, 
/**
 * Insatser ended in the year, by name.
 */
avslutade: Array<RegistreringRad>, registrerade: number, 
/**
 * Lines marked "Ändrat efter registrering".
 */
andrade: number, 
/**
 * "1 av 3 är registrerade i Uppföljning Finsam. 1 har ändrats efter registrering." or
 * "Ingen insats startade eller avslutades 2026."
 */
lageText: string, };

export type RegistreringRad = { 
/**
 * `insats-7.ny` or `insats-7.avslutad`.
 */
key: string, insatsId: number, namn: string, uppgifter: Array<RegistreringUppgift>, 
/**
 * The "Registrerad" tick, when the line has one.
 */
registrerad: Registrerad | null, };

export type RegistreringUppgift = { 
/**
 * "Inriktning", "Namn", "Planerat slutdatum", …
 */
etikett: string, 
/**
 * "Strukturövergripande", "2026-03-01", "Ingen angiven", …
 */
visat: string, 
/**
 * What a web form wants typed; `None` for a choice picked there, or nothing to type.
 */
kopia: string | null, 
/**
 * I1: "Kan inte ändras i Uppföljning Finsam" for the choices fixed at creation.
 */
fast: string | null, 
/**
 * R1: the detail as registered and now, when it changed after the tick.
 */
andrat: AndratEfterInmatning | null, };

export type Registrerad = { datum: string, andrat: boolean, };

export type RegistreradInput = { year: number, key: string, registrerad: boolean, };

export type FaltTyp = "namn" | "inriktning" | "uppfoljning" | "esf" | "esfLeder" | "preciseradInriktning" | "malgrupper" | "startdatum" | "slutdatum" | "beskrivning" | "status" | "ar" | "budget" | "utfall" | "budgeteradeDeltagare" | "kvinnor" | "man" | "antal" | "samverkansparterna" | "esfPlus" | "overskott" | "adminBudget" | "adminUtfall";

export type Falt = { typ: FaltTyp, ar: number | null, };

export type FaltVal = { typ: FaltTyp, etikett: string, 
/**
 * Whether the field takes a year (a figure).
 */
perAr: boolean, };

export type Mappning = { 
/**
 * The sheet's name, as the file has it.
 */
blad: string, 
/**
 * The header row, as the spreadsheet numbers it (1 is the first row). The rows below
 * it are read.
 */
rubrikrad: number, 
/**
 * The year of figures whose column names none and whose row has no År, e.g. "2025"
 * from a title "Insatser 2025 – …" above the headers.
 */
ar: number | null, 
/**
 * Per column, from column A: its field, or `None` for a column not read.
 */
kolumner: Array<Falt | null>, };

export type RadRef = { blad: string, rad: number, };

export type Problem = { blad: string, rad: number, 
/**
 * The column's header (or its letter when it has none); `None` for the whole row.
 */
kolumn: string | null, 
/**
 * The whole sentence, sheet, row and column included.
 */
meddelande: string, };

export type InlasningBegaran = { mappningar: Array<Mappning>, undantagna: Array<RadRef>, ersatt: Array<string>, };

export type VardeVy = { falt: FaltTyp, ar: number, varde: number, };

export type RadForhand = { blad: string, rad: number, insats: string | null, 
/**
 * Whether the row holds the insats register's fields (it creates a new insats).
 */
register: boolean, varden: Array<VardeVy>, 
/**
 * The row's problems, each a whole sentence; the import waits until there are none.
 */
problem: Array<string>, 
/**
 * What the officer should know, which does not stop the import.
 */
anmarkningar: Array<string>, };

export type Konflikt = { 
/**
 * What "Ersätt" sends back ([`InlasningBegaran::ersatt`]).
 */
nyckel: string, blad: string, rad: number, kolumn: string, 
/**
 * "Steget vidare, Budget 2025: sparat 100 000 kr, i filen 120 000 kr."
 */
meddelande: string, sparat: number, inlast: number, 
/**
 * Open year: replaced when ticked. Locked year: always kept, shown only.
 */
kanErsattas: boolean, };

export type Forhandsvisning = { fil: string, rader: Array<RadForhand>, 
/**
 * Every problem of every included row, in file order.
 */
problem: Array<Problem>, 
/**
 * Notes that do not stop the import (a date of an existing insats the file gives
 * otherwise, left as it is).
 */
anmarkningar: Array<Problem>, konflikter: Array<Konflikt>, insatserNya: Array<string>, insatserMatchade: Array<string>, 
/**
 * The years cells would be written in.
 */
ar: Array<number>, 
/**
 * How many cells would be written (filled, or replaced where ticked).
 */
celler: number, tommaRader: Array<RadRef>, upprepadeRubriker: Array<RadRef>, 
/**
 * Rows of sums ("Totalt") under a table: not read.
 */
summarader: Array<RadRef>, undantagna: Array<RadRef>, 
/**
 * No included row has a problem: "Läs in" may be pressed.
 */
kanLasasIn: boolean, };

export type InlasningSammanfattning = { fil: string, insatserNya: Array<string>, insatserMatchade: Array<string>, ar: Array<number>, celler: number, undantagna: Array<RadRef>, tommaRader: Array<RadRef>, upprepadeRubriker: Array<RadRef>, 
/**
 * The backup taken just before (its path), `None` when there is no file to copy (a
 * data file in memory, in tests).
 */
sakerhetskopia: string | null, };

export type MappningsForslag = { mappning: Mappning, sparad: string | null, 
/**
 * Hidden sheets are offered only when asked for.
 */
dolt: boolean, 
/**
 * A summary sheet of Finsamkollen's own årsrapport export (Kostnadsrapport,
 * Förhandskontroll, Organisationer): offered, but not ticked at first, since its rows
 * are sums and checks rather than insatser ([`rapportvy`]).
 */
rapportvy: boolean, };

export type RecentFileRow = { 
/**
 * The path, as the menu hands it back to open or forget the file.
 */
path: string, fileName: string, folder: string, forbund: string | null, opened: string, 
/**
 * The file the app has open now.
 */
open: boolean, 
/**
 * The file is no longer there (moved or deleted): it cannot be opened.
 */
missing: boolean, };

export type InlasningFil = { fil: string, 
/**
 * What kind of file it is, in words ("Excel-arbetsbok (XLSX)").
 */
filtyp: string, blad: Array<BladVy>, falt: Array<FaltVal>, };

export type BladVy = { namn: string, 
/**
 * A hidden sheet, offered only behind "Visa dolda blad".
 */
dolt: boolean, 
/**
 * How many rows the sheet has, empty ones included.
 */
rader: number, 
/**
 * How many columns its widest row has.
 */
kolumner: number, 
/**
 * The first [`FORSTA_RADER`] rows, each cell as its text, every row as wide as
 * `kolumner` (at most 60 columns).
 */
forsta: Array<Array<string>>, 
/**
 * The proposed mapping: a saved one, or the guess.
 */
forslag: MappningsForslag, };

/** The budget grid's columns, left to right (`domain::paste::BudgetColumn::ALL`). */
export const BUDGET_COLUMNS: readonly BudgetColumn[] = ["rad","budget","utfall","budgeteradeDeltagare","avvikelse","avvikelsePromille"];
