// Generated from src-tauri/src/commands/list.rs by `UPDATE_BINDINGS=1 cargo test -p finsamkollen commands`; do not edit.
import type { AllYears, AppError, AvslutAntal, Backup, BackupFile, BackupState, BudgetInput, DataFileMoved, DeltagareInput, EgetKapital, EgetKapitalKallaInput, EgetKapitalStegInput, EndInsats, ExportPost, Forbund, ForbundPage, ForbundPageSave, Fordelning, FordelningInput, Forhandskontroll, Forhandsvisning, HistorikFraga, HistorikSida, ImportSummary, IngaendeOrganisation, InlasningBegaran, InlasningFil, InlasningSammanfattning, InmatatInput, InmatningVy, InsatsChoices, InsatsDetail, InsatsUpdate, KontrollStatus, Mappning, MedelInput, NastaStegPost, NewForbund, NewInsats, OmradeRef, OmradeSearch, OmradeSearchResult, Organisation, OrganisationSearch, PasteCells, Pasted, RecentFileRow, ReferensInput, ReferensLista, Referenslistor, RegistreradInput, ReportFormat, Restored, RollerInput, SaknadeMedlemmar, Start, Startup, SyncWarning, UpdateAnswer, UpdateState, Uppdrag, UppdragInput, Warning, YearView } from "./bindings";
import { call, write } from "./ipc";

/** Every command the UI may call: its arguments and what it answers. */
export type Commands = {
  startup: { args: {}; answer: Startup };
  start_in_empty_file: { args: {}; answer: void };
  create_forbund: { args: { input: NewForbund }; answer: Forbund };
  start: { args: { year: number | null }; answer: Start };
  nasta_steg: { args: {}; answer: Array<NastaStegPost> };
  stang_nasta_steg: { args: {}; answer: void };
  forbund_page: { args: {}; answer: ForbundPage };
  save_forbund_page: { args: { input: ForbundPageSave }; answer: ForbundPage };
  search_omraden: { args: { query: OmradeSearch }; answer: OmradeSearchResult };
  search_organisationer: { args: { query: OrganisationSearch }; answer: Array<Organisation> };
  role_warnings: { args: { organisationer: Array<RollerInput>; verksamhetsomrade: Array<OmradeRef> }; answer: Array<Warning> };
  suggest_roles: { args: { ids: Array<number> }; answer: Array<IngaendeOrganisation> };
  add_missing_members: { args: { organisationer: Array<RollerInput>; verksamhetsomrade: Array<OmradeRef> }; answer: SaknadeMedlemmar };
  create_organisation: { args: { namn: string }; answer: Organisation };
  save_uppdrag: { args: { input: UppdragInput }; answer: Array<Uppdrag> };
  remove_uppdrag: { args: { id: number }; answer: Array<Uppdrag> };
  insats_choices: { args: {}; answer: InsatsChoices };
  insats_detail: { args: { id: number }; answer: InsatsDetail };
  create_insats: { args: { input: NewInsats }; answer: InsatsDetail };
  update_insats: { args: { input: InsatsUpdate }; answer: InsatsDetail };
  end_insats: { args: { input: EndInsats }; answer: InsatsDetail };
  avslut_antal: { args: { id: number; slutdatum: string }; answer: AvslutAntal };
  end_insats_with_counts: { args: { input: EndInsats; deltagare: DeltagareInput }; answer: InsatsDetail };
  save_deltagare: { args: { input: DeltagareInput }; answer: InsatsDetail };
  referenslistor: { args: {}; answer: Referenslistor };
  save_referens: { args: { input: ReferensInput }; answer: Referenslistor };
  delete_referens: { args: { lista: ReferensLista; id: number }; answer: Referenslistor };
  eget_kapital: { args: {}; answer: EgetKapital };
  save_eget_kapital_steg: { args: { input: EgetKapitalStegInput }; answer: EgetKapital };
  remove_eget_kapital_steg: { args: { medelFran: number }; answer: EgetKapital };
  save_eget_kapital_kalla: { args: { input: EgetKapitalKallaInput }; answer: EgetKapital };
  save_medel: { args: { input: MedelInput }; answer: YearView };
  save_budget: { args: { input: BudgetInput }; answer: YearView };
  budget_preview: { args: { input: BudgetInput }; answer: YearView };
  copy_budget: { args: { year: number }; answer: YearView };
  paste_cells: { args: { input: PasteCells }; answer: Pasted };
  fordelning: { args: { year: number }; answer: Fordelning };
  save_fordelning: { args: { input: FordelningInput }; answer: Fordelning };
  all_years: { args: {}; answer: AllYears };
  forhandskontroll: { args: { year: number }; answer: Forhandskontroll };
  kontroll_status: { args: {}; answer: Array<KontrollStatus> };
  export_report: { args: { year: number; format: ReportFormat }; answer: ExportPost | null };
  exports: { args: { year: number }; answer: Array<ExportPost> };
  import_arsrapporter: { args: {}; answer: ImportSummary | null };
  choose_inlasning_file: { args: {}; answer: InlasningFil | null };
  inlasning_mappning: { args: { blad: string; rubrikrad: number }; answer: Mappning };
  save_inlasning_mappning: { args: { mappning: Mappning; namn: string }; answer: void };
  inlasning_forhandsvisning: { args: { begaran: InlasningBegaran }; answer: Forhandsvisning };
  apply_inlasning: { args: { begaran: InlasningBegaran }; answer: InlasningSammanfattning };
  save_inlasning_mall: { args: {}; answer: string | null };
  inmatning: { args: { year: number }; answer: InmatningVy };
  set_inmatat: { args: { input: InmatatInput }; answer: InmatningVy };
  set_registrerad: { args: { input: RegistreradInput }; answer: InmatningVy };
  mark_inrapporterat: { args: { year: number }; answer: InmatningVy };
  backup_state: { args: {}; answer: BackupState };
  backup_now: { args: {}; answer: Backup };
  historik: { args: { fraga: HistorikFraga }; answer: HistorikSida };
  change_backup_folder: { args: {}; answer: BackupState | null };
  default_backup_folder: { args: {}; answer: BackupState };
  backups: { args: {}; answer: Array<BackupFile> };
  restore_backup: { args: { path: string }; answer: Restored };
  open_other_file: { args: {}; answer: boolean };
  recent_files: { args: {}; answer: Array<RecentFileRow> };
  open_recent_file: { args: { path: string }; answer: void };
  forget_recent_file: { args: { path: string }; answer: Array<RecentFileRow> };
  new_forbund_file: { args: {}; answer: boolean };
  sync_warning: { args: {}; answer: SyncWarning | null };
  dismiss_sync_warning: { args: {}; answer: void };
  move_data_file: { args: { backupsInOldFolder: boolean }; answer: DataFileMoved | null };
  update_state: { args: {}; answer: UpdateState };
  check_for_update: { args: {}; answer: UpdateAnswer };
  install_update: { args: {}; answer: UpdateAnswer };
  mark_unsaved: { args: { unsaved: boolean }; answer: void };
  close_without_saving: { args: {}; answer: void };
  set_title: { args: { forbund: string | null }; answer: void };
  first_table_painted: { args: {}; answer: void };
};

export type CommandName = keyof Commands;

/** The same names as a list, for tests. */
export const commandNames: CommandName[] = [
  "startup",
  "start_in_empty_file",
  "create_forbund",
  "start",
  "nasta_steg",
  "stang_nasta_steg",
  "forbund_page",
  "save_forbund_page",
  "search_omraden",
  "search_organisationer",
  "role_warnings",
  "suggest_roles",
  "add_missing_members",
  "create_organisation",
  "save_uppdrag",
  "remove_uppdrag",
  "insats_choices",
  "insats_detail",
  "create_insats",
  "update_insats",
  "end_insats",
  "avslut_antal",
  "end_insats_with_counts",
  "save_deltagare",
  "referenslistor",
  "save_referens",
  "delete_referens",
  "eget_kapital",
  "save_eget_kapital_steg",
  "remove_eget_kapital_steg",
  "save_eget_kapital_kalla",
  "save_medel",
  "save_budget",
  "budget_preview",
  "copy_budget",
  "paste_cells",
  "fordelning",
  "save_fordelning",
  "all_years",
  "forhandskontroll",
  "kontroll_status",
  "export_report",
  "exports",
  "import_arsrapporter",
  "choose_inlasning_file",
  "inlasning_mappning",
  "save_inlasning_mappning",
  "inlasning_forhandsvisning",
  "apply_inlasning",
  "save_inlasning_mall",
  "inmatning",
  "set_inmatat",
  "set_registrerad",
  "mark_inrapporterat",
  "backup_state",
  "backup_now",
  "historik",
  "change_backup_folder",
  "default_backup_folder",
  "backups",
  "restore_backup",
  "open_other_file",
  "recent_files",
  "open_recent_file",
  "forget_recent_file",
  "new_forbund_file",
  "sync_warning",
  "dismiss_sync_warning",
  "move_data_file",
  "update_state",
  "check_for_update",
  "install_update",
  "mark_unsaved",
  "close_without_saving",
  "set_title",
  "first_table_painted",
];

/**
 * Which data file is open and whether it has a förbund. Rejects when the file
 * was refused.
 * @throws {AppError} when the core refuses.
 */
export const startup = (): Promise<Startup> =>
  call("startup");

/**
 * "Skapa ett nytt förbund i den": the answer to the question about an empty data
 * file with no backup (`file_empty_ask`). The core sets the empty file aside first.
 * @throws {AppError} when the core refuses.
 */
export const startInEmptyFile = (): Promise<void> =>
  call("start_in_empty_file");

/**
 * "Skapa förbund". Rejects with the fields' errors when the input breaks a rule.
 * @throws {AppError} when the core refuses.
 */
export const createForbund = (input: NewForbund): Promise<Forbund> =>
  write("create_forbund", { input });

/**
 * The start page's first screen for a year (the year being reported when `year`
 * is null) in one answer: the start-up state, the page, the year's figures and
 * the check's state.
 * @throws {AppError} when the core refuses.
 */
export const start = (year: number | null): Promise<Start> =>
  call("start", { year });

/**
 * "Nästa steg" for a new förbund: each step and whether it is done; empty when all
 * are done or the list was closed.
 * @throws {AppError} when the core refuses.
 */
export const nastaSteg = (): Promise<Array<NastaStegPost>> =>
  call("nasta_steg");

/**
 * Closes "Nästa steg" for the open data file, for good (kept in the settings).
 * @throws {AppError} when the core refuses.
 */
export const stangNastaSteg = (): Promise<void> =>
  call("stang_nasta_steg");

/**
 * The förbund page: details, verksamhetsområde, ingående organisationer and
 * uppdrag.
 * @throws {AppError} when the core refuses.
 */
export const forbundPage = (): Promise<ForbundPage> =>
  call("forbund_page");

/**
 * Spara on the förbund page, in one transaction; rejects with every broken rule.
 * @throws {AppError} when the core refuses.
 */
export const saveForbundPage = (input: ForbundPageSave): Promise<ForbundPage> =>
  write("save_forbund_page", { input });

/**
 * The verksamhetsområde picker's search (län, name with `*`, stadsdelar).
 * @throws {AppError} when the core refuses.
 */
export const searchOmraden = (query: OmradeSearch): Promise<OmradeSearchResult> =>
  call("search_omraden", { query });

/**
 * The organisation picker's search (type, name with `*`).
 * @throws {AppError} when the core refuses.
 */
export const searchOrganisationer = (query: OrganisationSearch): Promise<Array<Organisation>> =>
  call("search_organisationer", { query });

/**
 * M5 warnings (the law's § 3) for the roles and the verksamhetsområde as edited,
 * before Spara.
 * @throws {AppError} when the core refuses.
 */
export const roleWarnings = (organisationer: Array<RollerInput>, verksamhetsomrade: Array<OmradeRef>): Promise<Array<Warning>> =>
  call("role_warnings", { organisationer, verksamhetsomrade });

/**
 * Rows with the suggested roles for organisations added in the picker.
 * @throws {AppError} when the core refuses.
 */
export const suggestRoles = (ids: Array<number>): Promise<Array<IngaendeOrganisation>> =>
  call("suggest_roles", { ids });

/**
 * "Lägg till de som saknas": M5's missing members added to the roles as edited,
 * before Spara; nothing is written.
 * @throws {AppError} when the core refuses.
 */
export const addMissingMembers = (organisationer: Array<RollerInput>, verksamhetsomrade: Array<OmradeRef>): Promise<SaknadeMedlemmar> =>
  call("add_missing_members", { organisationer, verksamhetsomrade });

/**
 * A new organisation of type Övrigt.
 * @throws {AppError} when the core refuses.
 */
export const createOrganisation = (namn: string): Promise<Organisation> =>
  write("create_organisation", { namn });

/**
 * Adds or changes one uppdrag; answers the whole list.
 * @throws {AppError} when the core refuses.
 */
export const saveUppdrag = (input: UppdragInput): Promise<Array<Uppdrag>> =>
  write("save_uppdrag", { input });

/**
 * Removes one uppdrag; answers the whole list.
 * @throws {AppError} when the core refuses.
 */
export const removeUppdrag = (id: number): Promise<Array<Uppdrag>> =>
  write("remove_uppdrag", { id });

/**
 * What the insats form offers: lists and deltagaransvariga.
 * @throws {AppError} when the core refuses.
 */
export const insatsChoices = (): Promise<InsatsChoices> =>
  call("insats_choices");

/**
 * Everything about one insats, for the panel.
 * @throws {AppError} when the core refuses.
 */
export const insatsDetail = (id: number): Promise<InsatsDetail> =>
  call("insats_detail", { id });

/**
 * "Lägg till insats"; the three wizard choices are fixed from then on.
 * @throws {AppError} when the core refuses.
 */
export const createInsats = (input: NewInsats): Promise<InsatsDetail> =>
  write("create_insats", { input });

/**
 * Saves the insats panel; changes to the fixed choices are refused.
 * @throws {AppError} when the core refuses.
 */
export const updateInsats = (input: InsatsUpdate): Promise<InsatsDetail> =>
  write("update_insats", { input });

/**
 * "Avsluta insats": final.
 * @throws {AppError} when the core refuses.
 */
export const endInsats = (input: EndInsats): Promise<InsatsDetail> =>
  write("end_insats", { input });

/**
 * D2: which of the end year's counts are missing when the insats ends on
 * `slutdatum` (as typed), before "Avsluta insats" freezes them.
 * @throws {AppError} when the core refuses.
 */
export const avslutAntal = (id: number, slutdatum: string): Promise<AvslutAntal> =>
  call("avslut_antal", { id, slutdatum });

/**
 * "Avsluta insats" with the end year's counts typed in the dialog, in one
 * transaction: a refusal of either saves nothing.
 * @throws {AppError} when the core refuses.
 */
export const endInsatsWithCounts = (input: EndInsats, deltagare: DeltagareInput): Promise<InsatsDetail> =>
  write("end_insats_with_counts", { input, deltagare });

/**
 * One year's participant counts, as typed.
 * @throws {AppError} when the core refuses.
 */
export const saveDeltagare = (input: DeltagareInput): Promise<InsatsDetail> =>
  write("save_deltagare", { input });

/**
 * The editable reference lists under Inställningar.
 * @throws {AppError} when the core refuses.
 */
export const referenslistor = (): Promise<Referenslistor> =>
  call("referenslistor");

/**
 * Adds or changes one entry of a reference list.
 * @throws {AppError} when the core refuses.
 */
export const saveReferens = (input: ReferensInput): Promise<Referenslistor> =>
  write("save_referens", { input });

/**
 * Deletes an unused entry of a reference list.
 * @throws {AppError} when the core refuses.
 */
export const deleteReferens = (lista: ReferensLista, id: number): Promise<Referenslistor> =>
  write("delete_referens", { lista, id });

/**
 * F2: Nationella rådet's recommended eget kapital, its steps and source.
 * @throws {AppError} when the core refuses.
 */
export const egetKapital = (): Promise<EgetKapital> =>
  call("eget_kapital");

/**
 * Adds or changes one step of eget kapital.
 * @throws {AppError} when the core refuses.
 */
export const saveEgetKapitalSteg = (input: EgetKapitalStegInput): Promise<EgetKapital> =>
  write("save_eget_kapital_steg", { input });

/**
 * Removes one step of eget kapital.
 * @throws {AppError} when the core refuses.
 */
export const removeEgetKapitalSteg = (medelFran: number): Promise<EgetKapital> =>
  write("remove_eget_kapital_steg", { medelFran });

/**
 * Saves the source of the eget kapital steps.
 * @throws {AppError} when the core refuses.
 */
export const saveEgetKapitalKalla = (input: EgetKapitalKallaInput): Promise<EgetKapital> =>
  write("save_eget_kapital_kalla", { input });

/**
 * "Ändra medel" → Spara.
 * @throws {AppError} when the core refuses.
 */
export const saveMedel = (input: MedelInput): Promise<YearView> =>
  write("save_medel", { input });

/**
 * "Ändra budget och utfall" → Spara: all rows in one transaction.
 * @throws {AppError} when the core refuses.
 */
export const saveBudget = (input: BudgetInput): Promise<YearView> =>
  write("save_budget", { input });

/**
 * The budget grid's draft as Spara would store it, with the core's avvikelse and
 * summering; nothing is written.
 * @throws {AppError} when the core refuses.
 */
export const budgetPreview = (input: BudgetInput): Promise<YearView> =>
  call("budget_preview", { input });

/**
 * "Kopiera budget från föregående år": fills empty budget cells only.
 * @throws {AppError} when the core refuses.
 */
export const copyBudget = (year: number): Promise<YearView> =>
  write("copy_budget", { year });

/**
 * "Klistra in": which cells a block copied from Excel fills, each value read by
 * the core into a typed value that Spara takes back as it is. Nothing is written.
 * @throws {AppError} when the core refuses.
 */
export const pasteCells = (input: PasteCells): Promise<Pasted> =>
  call("paste_cells", { input });

/**
 * "Fördelning per finansiär": each financier's share of samverkansparterna, with
 * F3's warnings.
 * @throws {AppError} when the core refuses.
 */
export const fordelning = (year: number): Promise<Fordelning> =>
  call("fordelning", { year });

/**
 * "Ändra fördelning" → Spara: every financier's amount in one transaction.
 * @throws {AppError} when the core refuses.
 */
export const saveFordelning = (input: FordelningInput): Promise<Fordelning> =>
  write("save_fordelning", { input });

/**
 * "Alla år": every year's medel, kostnader, saldo and deltagare, in one call.
 * @throws {AppError} when the core refuses.
 */
export const allYears = (): Promise<AllYears> =>
  call("all_years");

/**
 * Förhandskontroll of one year: errors and warnings, each with where it is fixed.
 * @throws {AppError} when the core refuses.
 */
export const forhandskontroll = (year: number): Promise<Forhandskontroll> =>
  call("forhandskontroll", { year });

/**
 * The check's state for each open year, with the days left to 15 April.
 * @throws {AppError} when the core refuses.
 */
export const kontrollStatus = (): Promise<Array<KontrollStatus>> =>
  call("kontroll_status");

/**
 * "Exportera årsrapport": a save dialog, then the file; null when the dialog is
 * cancelled.
 * @throws {AppError} when the core refuses.
 */
export const exportReport = (year: number, format: ReportFormat): Promise<ExportPost | null> =>
  call("export_report", { year, format });

/**
 * The year's exported reports (the archive), newest first.
 * @throws {AppError} when the core refuses.
 */
export const exports = (year: number): Promise<Array<ExportPost>> =>
  call("exports", { year });

/**
 * "Importera årsrapporter": dialogs, then a new data file the app switches to.
 * @throws {AppError} when the core refuses.
 */
export const importArsrapporter = (): Promise<ImportSummary | null> =>
  call("import_arsrapporter");

/**
 * "Läs in tidigare år", step 1: a native open dialog, then the workbook is read
 * and kept in Rust for the next steps. Null when cancelled; a refused file
 * rejects with its sentence.
 * @throws {AppError} when the core refuses.
 */
export const chooseInlasningFile = (): Promise<InlasningFil | null> =>
  call("choose_inlasning_file");

/**
 * Step 3: the columns guessed again from the header row the officer chose.
 * @throws {AppError} when the core refuses.
 */
export const inlasningMappning = (blad: string, rubrikrad: number): Promise<Mappning> =>
  call("inlasning_mappning", { blad, rubrikrad });

/**
 * Step 4's "Spara mappningen" (kept in the settings file, not the data file).
 * @throws {AppError} when the core refuses.
 */
export const saveInlasningMappning = (mappning: Mappning, namn: string): Promise<void> =>
  call("save_inlasning_mappning", { mappning, namn });

/**
 * Step 5: the preview of the chosen workbook read as asked. Nothing is written.
 * @throws {AppError} when the core refuses.
 */
export const inlasningForhandsvisning = (begaran: InlasningBegaran): Promise<Forhandsvisning> =>
  call("inlasning_forhandsvisning", { begaran });

/**
 * "Läs in": a backup, then all of it in one transaction.
 * @throws {AppError} when the core refuses.
 */
export const applyInlasning = (begaran: InlasningBegaran): Promise<InlasningSammanfattning> =>
  write("apply_inlasning", { begaran });

/**
 * "Ladda ner mall": a native save dialog; the path written, or null when
 * cancelled.
 * @throws {AppError} when the core refuses.
 */
export const saveInlasningMall = (): Promise<string | null> =>
  call("save_inlasning_mall");

/**
 * "Inmatning i Uppföljning Finsam": the year's figures to key in, with their
 * ticks.
 * @throws {AppError} when the core refuses.
 */
export const inmatning = (year: number): Promise<InmatningVy> =>
  call("inmatning", { year });

/**
 * The "Inmatat" tick of one row, set or taken away.
 * @throws {AppError} when the core refuses.
 */
export const setInmatat = (input: InmatatInput): Promise<InmatningVy> =>
  write("set_inmatat", { input });

/**
 * The "Registrerad" tick of one insats new or ended in the year, set or taken
 * away.
 * @throws {AppError} when the core refuses.
 */
export const setRegistrerad = (input: RegistreradInput): Promise<InmatningVy> =>
  write("set_registrerad", { input });

/**
 * "Markera året som inrapporterat".
 * @throws {AppError} when the core refuses.
 */
export const markInrapporterat = (year: number): Promise<InmatningVy> =>
  write("mark_inrapporterat", { year });

/**
 * Where the data file and its backups are, and the newest backup.
 * @throws {AppError} when the core refuses.
 */
export const backupState = (): Promise<BackupState> =>
  call("backup_state");

/**
 * "Säkerhetskopiera nu".
 * @throws {AppError} when the core refuses.
 */
export const backupNow = (): Promise<Backup> =>
  call("backup_now");

/**
 * "Historik": one page of changes, newest first; `fore` continues from an
 * earlier page.
 * @throws {AppError} when the core refuses.
 */
export const historik = (fraga: HistorikFraga): Promise<HistorikSida> =>
  call("historik", { fraga });

/**
 * "Byt mapp …": a native folder dialog, then backups go there; null when
 * cancelled.
 * @throws {AppError} when the core refuses.
 */
export const changeBackupFolder = (): Promise<BackupState | null> =>
  call("change_backup_folder");

/**
 * "Använd standardmappen": backups go beside the data file again.
 * @throws {AppError} when the core refuses.
 */
export const defaultBackupFolder = (): Promise<BackupState> =>
  call("default_backup_folder");

/**
 * The backups that can be restored, newest first; works on the recovery screen
 * too.
 * @throws {AppError} when the core refuses.
 */
export const backups = (): Promise<Array<BackupFile>> =>
  call("backups");

/**
 * "Återställ": replaces the data file with the backup at `path` (the current
 * file is kept), and says what was restored and from when.
 * @throws {AppError} when the core refuses.
 */
export const restoreBackup = (path: string): Promise<Restored> =>
  call("restore_backup", { path });

/**
 * "Öppna en annan fil …": a native open dialog; false when cancelled.
 * @throws {AppError} when the core refuses.
 */
export const openOtherFile = (): Promise<boolean> =>
  call("open_other_file");

/**
 * "Mina förbund": the remembered data files, most recent first, the open one
 * marked.
 * @throws {AppError} when the core refuses.
 */
export const recentFiles = (): Promise<Array<RecentFileRow>> =>
  call("recent_files");

/**
 * Opens a remembered data file; a file that is gone is refused and nothing
 * changes.
 * @throws {AppError} when the core refuses.
 */
export const openRecentFile = (path: string): Promise<void> =>
  call("open_recent_file", { path });

/**
 * "Ta bort från listan": forgets a remembered file (the file itself is not
 * touched).
 * @throws {AppError} when the core refuses.
 */
export const forgetRecentFile = (path: string): Promise<Array<RecentFileRow>> =>
  call("forget_recent_file", { path });

/**
 * "Nytt förbund …": a native save dialog, then a new empty data file; false when
 * cancelled.
 * @throws {AppError} when the core refuses.
 */
export const newForbundFile = (): Promise<boolean> =>
  call("new_forbund_file");

/**
 * The warning about a data file in a synced or network folder; null when there
 * is none.
 * @throws {AppError} when the core refuses.
 */
export const syncWarning = (): Promise<SyncWarning | null> =>
  call("sync_warning");

/**
 * "Visa inte igen" on the synced-folder warning.
 * @throws {AppError} when the core refuses.
 */
export const dismissSyncWarning = (): Promise<void> =>
  call("dismiss_sync_warning");

/**
 * "Flytta datafilen": a folder dialog, then the data file moves there through a
 * checked copy; `backupsInOldFolder` keeps the backups in the folder it leaves.
 * null when cancelled.
 * @throws {AppError} when the core refuses.
 */
export const moveDataFile = (backupsInOldFolder: boolean): Promise<DataFileMoved | null> =>
  call("move_data_file", { backupsInOldFolder });

/**
 * What "Uppdateringar" shows before anything is asked: whether this copy looks
 * for updates itself (not when the IT department installed it with the MSI).
 * @throws {AppError} when the core refuses.
 */
export const updateState = (): Promise<UpdateState> =>
  call("update_state");

/**
 * "Sök efter uppdateringar": a newer version is offered only once its package is
 * downloaded and its signature verified. Every outcome, offline included,
 * resolves with an answer to show; nothing is checked unless the officer asks.
 * @throws {AppError} when the core refuses.
 */
export const checkForUpdate = (): Promise<UpdateAnswer> =>
  call("check_for_update");

/**
 * "Installera": the update the last check verified (verified again before
 * installing).
 * @throws {AppError} when the core refuses.
 */
export const installUpdate = (): Promise<UpdateAnswer> =>
  call("install_update");

/**
 * Tells Rust whether a screen has unsaved changes, so closing the window asks
 * first.
 * @throws {AppError} when the core refuses.
 */
export const markUnsaved = (unsaved: boolean): Promise<void> =>
  call("mark_unsaved", { unsaved });

/**
 * "Stäng utan att spara": closes the window although changes are unsaved.
 * @throws {AppError} when the core refuses.
 */
export const closeWithoutSaving = (): Promise<void> =>
  call("close_without_saving");

/**
 * The window's title names the open förbund ("Finsamkollen – …").
 * @throws {AppError} when the core refuses.
 */
export const setTitle = (forbund: string | null): Promise<void> =>
  call("set_title", { forbund });

/**
 * The first year table is painted: ends a start-up measurement; does nothing
 * otherwise.
 * @throws {AppError} when the core refuses.
 */
export const firstTablePainted = (): Promise<void> =>
  call("first_table_painted");
