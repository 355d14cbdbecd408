// The only module that talks to Rust. Components import these functions, never `invoke`,
// so they can be tested with the IPC mocked and the command names live in one place.
import { invoke } from "@tauri-apps/api/core";
import type {
  AllYears,
  AppError,
  Backup,
  BackupState,
  ExportPost,
  HistorikFraga,
  HistorikSida,
  InmatatInput,
  InmatningVy,
  ImportSummary,
  InlasningBegaran,
  InlasningFil,
  InlasningSammanfattning,
  Forhandsvisning,
  Mappning,
  ReportFormat,
  BackupFile,
  Restored,
  RecentFileRow,
  SyncWarning,
  DataFileMoved,
  Forhandskontroll,
  KontrollStatus,
  BudgetInput,
  MedelInput,
  Pasted,
  Fordelning,
  FordelningInput,
  PasteCells,
  YearView,
  EndInsats,
  DeltagareInput,
  InsatsChoices,
  InsatsDetail,
  InsatsUpdate,
  NewInsats,
  ReferensInput,
  ReferensLista,
  Referenslistor,
  EgetKapital,
  EgetKapitalKallaInput,
  EgetKapitalStegInput,
  Forbund,
  ForbundPage,
  ForbundPageSave,
  IngaendeOrganisation,
  NewForbund,
  OmradeRef,
  OmradeSearch,
  OmradeSearchResult,
  Organisation,
  OrganisationSearch,
  RollerInput,
  SaknadeMedlemmar,
  Start,
  Startup,
  Uppdatering,
  Uppdrag,
  UppdragInput,
  Warning,
} from "./bindings";

export type * from "./bindings";
import type { CommandName, Commands } from "./commands";

/** Every command rejects with an AppError; anything else is wrapped into one. */
export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string"
  );
}

export function toAppError(value: unknown): AppError {
  if (isAppError(value)) {
    return { ...value, field: value.field ?? null, fields: value.fields ?? [] };
  }
  return {
    code: "internal",
    message: `Ett oväntat fel uppstod: ${String(value)}`,
    field: null,
    fields: [],
  };
}

/** The arguments a command takes: none, or one object (see `commands.ts`). */
type Args<K extends CommandName> =
  Commands[K]["args"] extends Record<string, never> ? [] : [Commands[K]["args"]];

/** Calls one of the app's commands; the names, arguments and answers come from Rust. */
async function call<K extends CommandName>(
  command: K,
  ...args: Args<K>
): Promise<Commands[K]["answer"]> {
  try {
    return await invoke<Commands[K]["answer"]>(command, args[0]);
  } catch (error) {
    throw toAppError(error);
  }
}

type WriteListener = () => void;
const writeListeners = new Set<WriteListener>();

/**
 * Calls `listener` after every write the core accepted, so what is derived from the data
 * (the check's state at the top, a shown förhandskontroll) is fetched again and never
 * disagrees with what was just saved. Returns the unsubscription.
 */
export function onWritten(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/** A command that changes the data file: like `call`, and tells the listeners once it is done. */
async function write<K extends CommandName>(
  command: K,
  ...args: Args<K>
): Promise<Commands[K]["answer"]> {
  const result = await call(command, ...args);
  for (const listener of [...writeListeners]) listener();
  return result;
}

/** Which data file is open and whether it has a förbund. Rejects when the file was refused. */
export const startup = (): Promise<Startup> => call("startup");

/** "Skapa förbund". Rejects with the fields' errors when the input breaks a rule. */
export const createForbund = (input: NewForbund): Promise<Forbund> =>
  call("create_forbund", { input });

/**
 * The start page's first screen for a year (the year being reported when `year` is null) in
 * one answer: the start-up state, the page, the year's figures and the check's state.
 */
export const start = (year: number | null): Promise<Start> => call("start", { year });

/** The förbund page: details, verksamhetsområde, ingående organisationer and uppdrag. */
export const forbundPage = (): Promise<ForbundPage> => call("forbund_page");

/** Spara on the förbund page, in one transaction; rejects with every broken rule. */
export const saveForbundPage = (input: ForbundPageSave): Promise<ForbundPage> =>
  write("save_forbund_page", { input });

/** The verksamhetsområde picker's search (län, name with `*`, stadsdelar). */
export const searchOmraden = (query: OmradeSearch): Promise<OmradeSearchResult> =>
  call("search_omraden", { query });

/** The organisation picker's search (type, name with `*`). */
export const searchOrganisationer = (query: OrganisationSearch): Promise<Organisation[]> =>
  call("search_organisationer", { query });

/** M5 warnings (the law's § 3) for the roles and the verksamhetsområde as edited, before Spara. */
export const roleWarnings = (
  organisationer: RollerInput[],
  verksamhetsomrade: OmradeRef[],
): Promise<Warning[]> => call("role_warnings", { organisationer, verksamhetsomrade });
/** "Lägg till de som saknas" (M5): the roles with the missing members added; nothing is
 * written. */
export const addMissingMembers = (
  organisationer: RollerInput[],
  verksamhetsomrade: OmradeRef[],
): Promise<SaknadeMedlemmar> => call("add_missing_members", { organisationer, verksamhetsomrade });

/** Rows with the suggested roles for organisations added in the picker. */
export const suggestRoles = (ids: number[]): Promise<IngaendeOrganisation[]> =>
  call("suggest_roles", { ids });

/** A new organisation of type Övrigt. */
export const createOrganisation = (namn: string): Promise<Organisation> =>
  write("create_organisation", { namn });

/** Adds or changes one uppdrag; returns the whole list. */
export const saveUppdrag = (input: UppdragInput): Promise<Uppdrag[]> =>
  write("save_uppdrag", { input });

/** Removes one uppdrag; returns the whole list. */
export const removeUppdrag = (id: number): Promise<Uppdrag[]> => write("remove_uppdrag", { id });

/** What the insats form offers: lists and deltagaransvariga. */
export const insatsChoices = (): Promise<InsatsChoices> => call("insats_choices");

/** Everything about one insats, for the panel. */
export const insatsDetail = (id: number): Promise<InsatsDetail> => call("insats_detail", { id });

/** "Lägg till insats"; the three wizard choices are fixed from then on. */
export const createInsats = (input: NewInsats): Promise<InsatsDetail> =>
  write("create_insats", { input });

/** Saves the insats panel; changes to the fixed choices are refused. */
export const updateInsats = (input: InsatsUpdate): Promise<InsatsDetail> =>
  write("update_insats", { input });

/** "Avsluta insats": final. */
export const endInsats = (input: EndInsats): Promise<InsatsDetail> =>
  write("end_insats", { input });

/** One year's participant counts, as typed. */
export const saveDeltagare = (input: DeltagareInput): Promise<InsatsDetail> =>
  write("save_deltagare", { input });

/** The editable reference lists under Inställningar. */
export const referenslistor = (): Promise<Referenslistor> => call("referenslistor");

/** Adds or changes one entry of a reference list. */
export const saveReferens = (input: ReferensInput): Promise<Referenslistor> =>
  write("save_referens", { input });

/** Deletes an unused entry of a reference list. */
export const deleteReferens = (lista: ReferensLista, id: number): Promise<Referenslistor> =>
  write("delete_referens", { lista, id });

/** F2: Nationella rådet's recommended eget kapital, its steps and source. */
export const egetKapital = (): Promise<EgetKapital> => call("eget_kapital");

/** Adds or changes one step of eget kapital. */
export const saveEgetKapitalSteg = (input: EgetKapitalStegInput): Promise<EgetKapital> =>
  write("save_eget_kapital_steg", { input });

/** Removes one step of eget kapital. */
export const removeEgetKapitalSteg = (medelFran: number): Promise<EgetKapital> =>
  write("remove_eget_kapital_steg", { medelFran });

/** Saves the source of the eget kapital steps. */
export const saveEgetKapitalKalla = (input: EgetKapitalKallaInput): Promise<EgetKapital> =>
  write("save_eget_kapital_kalla", { input });

/** "Ändra medel" → Spara. */
export const saveMedel = (input: MedelInput): Promise<YearView> => write("save_medel", { input });

/** "Ändra budget och utfall" → Spara: all rows in one transaction. */
export const saveBudget = (input: BudgetInput): Promise<YearView> =>
  write("save_budget", { input });
/** The grid's draft as Spara would store it, figured by the core; nothing is written. */
export const budgetPreview = (input: BudgetInput): Promise<YearView> =>
  call("budget_preview", { input });

/** "Klistra in": which cells a block copied from Excel fills, each value read by the core. */
export const pasteCells = (input: PasteCells): Promise<Pasted> => call("paste_cells", { input });

/** "Fördelning per finansiär": each financier's share of samverkansparterna, with F3's warnings. */
export const fordelning = (year: number): Promise<Fordelning> => call("fordelning", { year });

/** "Ändra fördelning" → Spara: every financier's amount in one transaction. */
export const saveFordelning = (input: FordelningInput): Promise<Fordelning> =>
  call("save_fordelning", { input });

/** "Kopiera budget från föregående år": fills empty budget cells only. */
export const copyBudget = (year: number): Promise<YearView> => write("copy_budget", { year });

/** "Alla år": every year's medel, kostnader, saldo and deltagare, in one call. */
export const allYears = (): Promise<AllYears> => call("all_years");

/** Förhandskontroll of one year: errors and warnings, each with where it is fixed. */
export const forhandskontroll = (year: number): Promise<Forhandskontroll> =>
  call("forhandskontroll", { year });

/** The check's state for each open year, with the days left to 15 April. */
export const kontrollStatus = (): Promise<KontrollStatus[]> => call("kontroll_status");

/** "Exportera årsrapport": a save dialog, then the file; null when the dialog is cancelled. */
export const exportReport = (year: number, format: ReportFormat): Promise<ExportPost | null> =>
  call("export_report", { year, format });

/** The year's exported reports (the archive), newest first. */
export const exports = (year: number): Promise<ExportPost[]> => call("exports", { year });

/** "Importera årsrapporter": dialogs, then a new data file the app switches to. */
export const importArsrapporter = (): Promise<ImportSummary | null> => call("import_arsrapporter");

/**
 * "Läs in tidigare år", step 1: a native open dialog, then the workbook is read and kept in
 * Rust for the next steps. Null when cancelled; a refused file rejects with its sentence.
 */
export const chooseInlasningFile = (): Promise<InlasningFil | null> =>
  call("choose_inlasning_file");

/** Step 3: the columns guessed again from the header row the officer chose. */
export const inlasningMappning = (blad: string, rubrikrad: number): Promise<Mappning> =>
  call("inlasning_mappning", { blad, rubrikrad });

/** Step 4's "Spara mappningen" (kept in the settings file, not the data file). */
export const saveInlasningMappning = (mappning: Mappning, namn: string): Promise<void> =>
  call("save_inlasning_mappning", { mappning, namn });

/** Step 5: the preview of the chosen workbook read as asked. Nothing is written. */
export const inlasningForhandsvisning = (begaran: InlasningBegaran): Promise<Forhandsvisning> =>
  call("inlasning_forhandsvisning", { begaran });

/** "Läs in": a backup, then all of it in one transaction. */
export const applyInlasning = (begaran: InlasningBegaran): Promise<InlasningSammanfattning> =>
  write("apply_inlasning", { begaran });

/** "Ladda ner mall": a native save dialog; the path written, or null when cancelled. */
export const saveInlasningMall = (): Promise<string | null> => call("save_inlasning_mall");

/** Where the data file and its backups are, and the newest backup. */
export const backupState = (): Promise<BackupState> => call("backup_state");

/** "Säkerhetskopiera nu". */
export const backupNow = (): Promise<Backup> => call("backup_now");

/** "Byt mapp …": a native folder dialog, then backups go there; null when cancelled. */
export const changeBackupFolder = (): Promise<BackupState | null> => call("change_backup_folder");

/** "Använd standardmappen": backups go beside the data file again. */
export const defaultBackupFolder = (): Promise<BackupState> => call("default_backup_folder");

/** The backups that can be restored, newest first; works on the recovery screen too. */
export const backups = (): Promise<BackupFile[]> => call("backups");

/**
 * "Återställ": replaces the data file with the backup at `path` (the current file is kept),
 * and says what was restored and from when.
 */
export const restoreBackup = (path: string): Promise<Restored> => call("restore_backup", { path });

/** The warning about a data file in a synced or network folder; null when there is none. */
export const syncWarning = (): Promise<SyncWarning | null> => call("sync_warning");

/**
 * "Flytta datafilen": a folder dialog, then the data file moves there through a checked
 * copy; `backupsIGamlaMappen` keeps the backups in the folder it leaves. null when cancelled.
 */
export const moveDataFile = (backupsIGamlaMappen: boolean): Promise<DataFileMoved | null> =>
  call("move_data_file", { backupsIGamlaMappen });

/** "Visa inte igen" on the synced-folder warning. */
export const dismissSyncWarning = (): Promise<void> => call("dismiss_sync_warning");

/** "Öppna en annan fil …": a native open dialog; false when cancelled. */
export const openOtherFile = (): Promise<boolean> => call("open_other_file");

/** "Mina förbund": the remembered data files, most recent first, the open one marked. */
export const recentFiles = (): Promise<RecentFileRow[]> => call("recent_files");

/** Opens a remembered data file; a file that is gone is refused and nothing changes. */
export const openRecentFile = (path: string): Promise<void> => call("open_recent_file", { path });

/** "Ta bort från listan": forgets a remembered file (the file itself is not touched). */
export const forgetRecentFile = (path: string): Promise<RecentFileRow[]> =>
  call("forget_recent_file", { path });

/** "Nytt förbund …": a native save dialog, then a new empty data file; false when cancelled. */
export const newForbundFile = (): Promise<boolean> => call("new_forbund_file");

/** The window's title names the open förbund ("Finsamkollen – …"). */
export const setTitle = (forbund: string | null): Promise<void> => call("set_title", { forbund });

/** Tells Rust whether a screen has unsaved changes, so closing the window asks first. */
export const markUnsaved = (osparat: boolean): Promise<void> => call("mark_unsaved", { osparat });

/** "Stäng utan att spara": closes the window although changes are unsaved. */
export const closeWithoutSaving = (): Promise<void> => call("close_without_saving");

/** "Historik": one page of changes, newest first; `fore` continues from an earlier page. */
export const historik = (fraga: HistorikFraga): Promise<HistorikSida> =>
  call("historik", { fraga });

/**
 * "Sök efter uppdateringar": a newer version is offered only once its package is downloaded
 * and its signature verified. Every outcome, offline included, resolves with an answer to
 * show; nothing is checked unless the officer asks.
 */
export const checkForUpdate = (): Promise<Uppdatering> => call("check_for_update");

/** "Installera": the update the last check verified (verified again before installing). */
export const installUpdate = (): Promise<Uppdatering> => call("install_update");

/** The error messages of an AppError by field name, for showing beside each input. */
export function fieldErrors(error: AppError): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { field, message } of error.fields) {
    byField[field] ??= message;
  }
  if (error.field && !byField[error.field]) byField[error.field] = error.message;
  return byField;
}

/** The first year table is painted: ends a start-up measurement; does nothing otherwise. */
export const firstTablePainted = (): Promise<void> => call("first_table_painted");

/** "Inmatning i Uppföljning Finsam": the year's figures to key in, with their ticks. */
export const inmatning = (year: number): Promise<InmatningVy> => call("inmatning", { year });

/** The "Inmatat" tick of one row, set or taken away. */
export const setInmatat = (input: InmatatInput): Promise<InmatningVy> =>
  call("set_inmatat", { input });

/** "Markera året som inrapporterat". */
export const markInrapporterat = (year: number): Promise<InmatningVy> =>
  call("mark_inrapporterat", { year });
