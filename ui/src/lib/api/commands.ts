// Generated from src-tauri/src/commands/list.rs by `UPDATE_BINDINGS=1 cargo test -p finsamkollen commands`; do not edit.
import type { AllaAr, Aterstallning, AvslutaInsats, Backup, BackupLage, BudgetInput, DeltagareInput, EgetKapital, EgetKapitalKallaInput, EgetKapitalStegInput, ExportPost, Flyttning, Forbund, ForbundPage, ForbundPageSave, Fordelning, FordelningInput, Forhandskontroll, HistorikFraga, HistorikSida, ImportSummary, IngaendeOrganisation, Inklistring, InmatatInput, InmatningVy, InsatsChoices, InsatsDetail, InsatsUpdate, KlistraIn, KontrollLage, MedelInput, NewForbund, NewInsats, OmradeRef, OmradeSearch, OmradeSearchResult, Organisation, OrganisationSearch, ReferensInput, ReferensLista, Referenslistor, ReportFormat, RollerInput, Sakerhetskopia, Start, Startup, Synkvarning, Uppdatering, Uppdrag, UppdragInput, Warning, YearView } from "./bindings";

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
  create_organisation: { args: { namn: string }; answer: Organisation };
  save_uppdrag: { args: { input: UppdragInput }; answer: Array<Uppdrag> };
  remove_uppdrag: { args: { id: number }; answer: Array<Uppdrag> };
  insats_choices: { args: {}; answer: InsatsChoices };
  insats_detail: { args: { id: number }; answer: InsatsDetail };
  create_insats: { args: { input: NewInsats }; answer: InsatsDetail };
  update_insats: { args: { input: InsatsUpdate }; answer: InsatsDetail };
  avsluta_insats: { args: { input: AvslutaInsats }; answer: InsatsDetail };
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
  copy_budget: { args: { year: number }; answer: YearView };
  klistra_in: { args: { input: KlistraIn }; answer: Inklistring };
  fordelning: { args: { year: number }; answer: Fordelning };
  save_fordelning: { args: { input: FordelningInput }; answer: Fordelning };
  alla_ar: { args: {}; answer: AllaAr };
  forhandskontroll: { args: { year: number }; answer: Forhandskontroll };
  kontroll_lage: { args: {}; answer: Array<KontrollLage> };
  export_report: { args: { year: number; format: ReportFormat }; answer: ExportPost | null };
  exporter: { args: { year: number }; answer: Array<ExportPost> };
  import_arsrapporter: { args: {}; answer: ImportSummary | null };
  inmatning: { args: { year: number }; answer: InmatningVy };
  satt_inmatat: { args: { input: InmatatInput }; answer: InmatningVy };
  markera_inrapporterat: { args: { year: number }; answer: InmatningVy };
  backup_lage: { args: {}; answer: BackupLage };
  backup_now: { args: {}; answer: Backup };
  historik: { args: { fraga: HistorikFraga }; answer: HistorikSida };
  byt_backupmapp: { args: {}; answer: BackupLage | null };
  standard_backupmapp: { args: {}; answer: BackupLage };
  sakerhetskopior: { args: {}; answer: Array<Sakerhetskopia> };
  aterstall: { args: { path: string }; answer: Aterstallning };
  oppna_annan_fil: { args: {}; answer: boolean };
  synkvarning: { args: {}; answer: Synkvarning | null };
  avfarda_synkvarning: { args: {}; answer: void };
  flytta_datafil: { args: { backupsIGamlaMappen: boolean }; answer: Flyttning | null };
  check_for_update: { args: {}; answer: Uppdatering };
  install_update: { args: {}; answer: Uppdatering };
  markera_osparat: { args: { osparat: boolean }; answer: void };
  stang_utan_att_spara: { args: {}; answer: void };
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
  "create_organisation",
  "save_uppdrag",
  "remove_uppdrag",
  "insats_choices",
  "insats_detail",
  "create_insats",
  "update_insats",
  "avsluta_insats",
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
  "copy_budget",
  "klistra_in",
  "fordelning",
  "save_fordelning",
  "alla_ar",
  "forhandskontroll",
  "kontroll_lage",
  "export_report",
  "exporter",
  "import_arsrapporter",
  "inmatning",
  "satt_inmatat",
  "markera_inrapporterat",
  "backup_lage",
  "backup_now",
  "historik",
  "byt_backupmapp",
  "standard_backupmapp",
  "sakerhetskopior",
  "aterstall",
  "oppna_annan_fil",
  "synkvarning",
  "avfarda_synkvarning",
  "flytta_datafil",
  "check_for_update",
  "install_update",
  "markera_osparat",
  "stang_utan_att_spara",
  "first_table_painted",
];
