// Generated from src-tauri/src/commands/list.rs by `UPDATE_BINDINGS=1 cargo test -p finsamkollen commands`; do not edit.
import type { AllYears, Backup, BackupFile, BackupState, BudgetInput, DataFileMoved, DeltagareInput, EgetKapital, EgetKapitalKallaInput, EgetKapitalStegInput, EndInsats, ExportPost, Forbund, ForbundPage, ForbundPageSave, Fordelning, FordelningInput, Forhandskontroll, Forhandsvisning, HistorikFraga, HistorikSida, ImportSummary, IngaendeOrganisation, InlasningBegaran, InlasningFil, InlasningSammanfattning, InmatatInput, InmatningVy, InsatsChoices, InsatsDetail, InsatsUpdate, KontrollStatus, Mappning, MedelInput, NewForbund, NewInsats, OmradeRef, OmradeSearch, OmradeSearchResult, Organisation, OrganisationSearch, PasteCells, Pasted, RecentFileRow, ReferensInput, ReferensLista, Referenslistor, ReportFormat, Restored, RollerInput, SaknadeMedlemmar, Start, Startup, SyncWarning, Uppdatering, Uppdrag, UppdragInput, Warning, YearView } from "./bindings";

/** Every command the UI may call: its arguments and what it answers. */
export type Commands = {
  startup: { args: {}; answer: Startup };
  create_forbund: { args: { input: NewForbund }; answer: Forbund };
  start: { args: { year: number | null }; answer: Start };
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
  move_data_file: { args: { backupsIGamlaMappen: boolean }; answer: DataFileMoved | null };
  check_for_update: { args: {}; answer: Uppdatering };
  install_update: { args: {}; answer: Uppdatering };
  mark_unsaved: { args: { osparat: boolean }; answer: void };
  close_without_saving: { args: {}; answer: void };
  set_title: { args: { forbund: string | null }; answer: void };
  first_table_painted: { args: {}; answer: void };
};

export type CommandName = keyof Commands;

/** The same names as a list, for tests. */
export const commandNames: CommandName[] = [
  "startup",
  "create_forbund",
  "start",
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
  "check_for_update",
  "install_update",
  "mark_unsaved",
  "close_without_saving",
  "set_title",
  "first_table_painted",
];
