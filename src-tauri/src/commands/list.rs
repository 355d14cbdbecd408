//! Every command the UI may call, declared once (issue 24). See `with_commands!`.

/// Every command the UI may call, declared once, in the order the UI's API lists them:
///
/// ```text
/// /// What the command does, for the officer's screen (becomes the Rust and TypeScript doc).
/// kind module::command(argument: Type, …) -> Result<Answer, Error>;
/// ```
///
/// - `kind` is `read` (changes nothing), `write` (changes the open data file's contents: the
///   UI tells its `onWritten` listeners once the core accepted it) or `act` (anything else:
///   a dialog, the window, the backups, another data file; the UI reloads what it needs).
/// - `module::command` is the implementation, `fn command(ctx: &Ctx, argument: Type, …)`
///   in `commands/module.rs`, answering `Result<Answer, Error>` or, when it must await,
///   `Later<Answer, Error>`. The compiler checks it against this line.
/// - The argument names are the ones the UI sends (in camelCase) and the TypeScript
///   function takes; the types are the core's, generated to TypeScript by ts-rs.
///
/// `with_commands!(then)` hands the list to the macro `then`, which makes of it what it
/// needs: the Tauri handlers (`commands::handlers`), the allow-list from which `build.rs`
/// generates one permission per command and the one capability, and the UI's typed
/// functions (`ui/src/lib/api/commands.ts`, checked by a test). So a command is added here
/// and in its module, and a missing or mismatched piece fails to compile or fails a test.
///
/// This module is also a module of `build.rs`, so it holds nothing but macros.
macro_rules! with_commands {
    ($then:ident) => {
        $then! {
            /// Which data file is open and whether it has a förbund. Rejects when the file
            /// was refused.
            read startup::startup() -> Result<Startup, AppError>;
            /// "Skapa ett nytt förbund i den": the answer to the question about an empty data
            /// file with no backup (`file_empty_ask`). The core sets the empty file aside first.
            act startup::start_in_empty_file() -> Result<(), AppError>;
            /// "Skapa förbund". Rejects with the fields' errors when the input breaks a rule.
            write forbund::create_forbund(input: NewForbund) -> Result<Forbund, AppError>;
            /// The start page's first screen for a year (the year being reported when `year`
            /// is null) in one answer: the start-up state, the page, the year's figures and
            /// the check's state.
            read start::start(year: Option<i32>) -> Result<Start, AppError>;
            /// "Nästa steg" for a new förbund: each step and whether it is done; empty when all
            /// are done or the list was closed.
            read start::nasta_steg() -> Result<Vec<NastaStegPost>, AppError>;
            /// Closes "Nästa steg" for the open data file, for good (kept in the settings).
            act start::stang_nasta_steg() -> Result<(), AppError>;
            /// The förbund page: details, verksamhetsområde, ingående organisationer and
            /// uppdrag.
            read forbund_page::forbund_page() -> Result<ForbundPage, AppError>;
            /// Spara on the förbund page, in one transaction; rejects with every broken rule.
            write forbund_page::save_forbund_page(input: ForbundPageSave) -> Result<ForbundPage, AppError>;
            /// The verksamhetsområde picker's search (län, name with `*`, stadsdelar).
            read forbund_page::search_omraden(query: OmradeSearch) -> Result<OmradeSearchResult, AppError>;
            /// The organisation picker's search (type, name with `*`).
            read forbund_page::search_organisationer(query: OrganisationSearch) -> Result<Vec<Organisation>, AppError>;
            /// M5 warnings (the law's § 3) for the roles and the verksamhetsområde as edited,
            /// before Spara.
            read forbund_page::role_warnings(organisationer: Vec<RollerInput>, verksamhetsomrade: Vec<OmradeRef>) -> Result<Vec<Warning>, AppError>;
            /// Rows with the suggested roles for organisations added in the picker.
            read forbund_page::suggest_roles(ids: Vec<i64>) -> Result<Vec<IngaendeOrganisation>, AppError>;
            /// "Lägg till de som saknas": M5's missing members added to the roles as edited,
            /// before Spara; nothing is written.
            read forbund_page::add_missing_members(organisationer: Vec<RollerInput>, verksamhetsomrade: Vec<OmradeRef>) -> Result<SaknadeMedlemmar, AppError>;
            /// A new organisation of type Övrigt.
            write forbund_page::create_organisation(namn: String) -> Result<Organisation, AppError>;
            /// Adds or changes one uppdrag; answers the whole list.
            write forbund_page::save_uppdrag(input: UppdragInput) -> Result<Vec<Uppdrag>, AppError>;
            /// Removes one uppdrag; answers the whole list.
            write forbund_page::remove_uppdrag(id: i64) -> Result<Vec<Uppdrag>, AppError>;
            /// What the insats form offers: lists and deltagaransvariga.
            read insats::insats_choices() -> Result<InsatsChoices, AppError>;
            /// Everything about one insats, for the panel.
            read insats::insats_detail(id: i64) -> Result<InsatsDetail, AppError>;
            /// "Lägg till insats"; the three wizard choices are fixed from then on.
            write insats::create_insats(input: NewInsats) -> Result<InsatsDetail, AppError>;
            /// Saves the insats panel; changes to the fixed choices are refused.
            write insats::update_insats(input: InsatsUpdate) -> Result<InsatsDetail, AppError>;
            /// "Avsluta insats": final.
            write insats::end_insats(input: EndInsats) -> Result<InsatsDetail, AppError>;
            /// D2: which of the end year's counts are missing when the insats ends on
            /// `slutdatum` (as typed), before "Avsluta insats" freezes them.
            read insats::avslut_antal(id: i64, slutdatum: String) -> Result<AvslutAntal, AppError>;
            /// "Avsluta insats" with the end year's counts typed in the dialog, in one
            /// transaction: a refusal of either saves nothing.
            write insats::end_insats_with_counts(input: EndInsats, deltagare: DeltagareInput) -> Result<InsatsDetail, AppError>;
            /// One year's participant counts, as typed.
            write insats::save_deltagare(input: DeltagareInput) -> Result<InsatsDetail, AppError>;
            /// The editable reference lists under Inställningar.
            read referenslistor::referenslistor() -> Result<Referenslistor, AppError>;
            /// Adds or changes one entry of a reference list.
            write referenslistor::save_referens(input: ReferensInput) -> Result<Referenslistor, AppError>;
            /// Deletes an unused entry of a reference list.
            write referenslistor::delete_referens(lista: ReferensLista, id: i64) -> Result<Referenslistor, AppError>;
            /// F2: Nationella rådet's recommended eget kapital, its steps and source.
            read eget_kapital::eget_kapital() -> Result<EgetKapital, AppError>;
            /// Adds or changes one step of eget kapital.
            write eget_kapital::save_eget_kapital_steg(input: EgetKapitalStegInput) -> Result<EgetKapital, AppError>;
            /// Removes one step of eget kapital.
            write eget_kapital::remove_eget_kapital_steg(medel_fran: i64) -> Result<EgetKapital, AppError>;
            /// Saves the source of the eget kapital steps.
            write eget_kapital::save_eget_kapital_kalla(input: EgetKapitalKallaInput) -> Result<EgetKapital, AppError>;
            /// "Ändra medel" → Spara.
            write year::save_medel(input: MedelInput) -> Result<YearView, AppError>;
            /// "Ändra budget och utfall" → Spara: all rows in one transaction.
            write year::save_budget(input: BudgetInput) -> Result<YearView, AppError>;
            /// The budget grid's draft as Spara would store it, with the core's avvikelse and
            /// summering; nothing is written.
            read year::budget_preview(input: BudgetInput) -> Result<YearView, AppError>;
            /// "Kopiera budget från föregående år": fills empty budget cells only.
            write year::copy_budget(year: i32) -> Result<YearView, AppError>;
            /// "Klistra in": which cells a block copied from Excel fills, each value read by
            /// the core into a typed value that Spara takes back as it is. Nothing is written.
            read year::paste_cells(input: PasteCells) -> Result<Pasted, AppError>;
            /// "Fördelning per finansiär": each financier's share of samverkansparterna, with
            /// F3's warnings.
            read year::fordelning(year: i32) -> Result<Fordelning, AppError>;
            /// "Ändra fördelning" → Spara: every financier's amount in one transaction.
            write year::save_fordelning(input: FordelningInput) -> Result<Fordelning, AppError>;
            /// "Alla år": every year's medel, kostnader, saldo and deltagare, in one call.
            read year::all_years() -> Result<AllYears, AppError>;
            /// Förhandskontroll of one year: errors and warnings, each with where it is fixed.
            read kontroll::forhandskontroll(year: i32) -> Result<Forhandskontroll, AppError>;
            /// The check's state for each open year, with the days left to 15 April.
            read kontroll::kontroll_status() -> Result<Vec<KontrollStatus>, AppError>;
            /// "Exportera årsrapport": a save dialog, then the file; null when the dialog is
            /// cancelled.
            act report::export_report(year: i32, format: ReportFormat) -> Result<Option<ExportPost>, AppError>;
            /// The year's exported reports (the archive), newest first.
            read report::exports(year: i32) -> Result<Vec<ExportPost>, AppError>;
            /// "Importera årsrapporter": dialogs, then a new data file the app switches to.
            act report::import_arsrapporter() -> Result<Option<ImportSummary>, AppError>;
            /// "Läs in tidigare år", step 1: a native open dialog, then the workbook is read
            /// and kept in Rust for the next steps. Null when cancelled; a refused file
            /// rejects with its sentence.
            act inlasning::choose_inlasning_file() -> Result<Option<InlasningFil>, AppError>;
            /// Step 3: the columns guessed again from the header row the officer chose.
            read inlasning::inlasning_mappning(blad: String, rubrikrad: u32) -> Result<Mappning, AppError>;
            /// Step 4's "Spara mappningen" (kept in the settings file, not the data file).
            act inlasning::save_inlasning_mappning(mappning: Mappning, namn: String) -> Result<(), AppError>;
            /// Step 5: the preview of the chosen workbook read as asked. Nothing is written.
            read inlasning::inlasning_forhandsvisning(begaran: InlasningBegaran) -> Result<Forhandsvisning, AppError>;
            /// "Läs in": a backup, then all of it in one transaction.
            write inlasning::apply_inlasning(begaran: InlasningBegaran) -> Result<InlasningSammanfattning, AppError>;
            /// "Ladda ner mall": a native save dialog; the path written, or null when
            /// cancelled.
            act inlasning::save_inlasning_mall() -> Result<Option<String>, AppError>;
            /// "Inmatning i Uppföljning Finsam": the year's figures to key in, with their
            /// ticks.
            read inmatning::inmatning(year: i32) -> Result<InmatningVy, AppError>;
            /// The "Inmatat" tick of one row, set or taken away.
            write inmatning::set_inmatat(input: InmatatInput) -> Result<InmatningVy, AppError>;
            /// The "Registrerad" tick of one insats new or ended in the year, set or taken
            /// away.
            write inmatning::set_registrerad(input: RegistreradInput) -> Result<InmatningVy, AppError>;
            /// "Markera året som inrapporterat".
            write inmatning::mark_inrapporterat(year: i32) -> Result<InmatningVy, AppError>;
            /// Where the data file and its backups are, and the newest backup.
            read backup::backup_state() -> Result<BackupState, AppError>;
            /// "Säkerhetskopiera nu".
            act backup::backup_now() -> Result<Backup, AppError>;
            /// "Historik": one page of changes, newest first; `fore` continues from an
            /// earlier page.
            read historik::historik(fraga: HistorikFraga) -> Result<HistorikSida, AppError>;
            /// "Byt mapp …": a native folder dialog, then backups go there; null when
            /// cancelled.
            act backup::change_backup_folder() -> Result<Option<BackupState>, AppError>;
            /// "Använd standardmappen": backups go beside the data file again.
            act backup::default_backup_folder() -> Result<BackupState, AppError>;
            /// The backups that can be restored, newest first; works on the recovery screen
            /// too.
            read backup::backups() -> Result<Vec<BackupFile>, AppError>;
            /// "Återställ": replaces the data file with the backup at `path` (the current
            /// file is kept), and says what was restored and from when.
            act backup::restore_backup(path: String) -> Result<Restored, AppError>;
            /// "Öppna en annan fil …": a native open dialog; false when cancelled.
            act backup::open_other_file() -> Result<bool, AppError>;
            /// "Mina förbund": the remembered data files, most recent first, the open one
            /// marked.
            read mina_forbund::recent_files() -> Result<Vec<RecentFileRow>, AppError>;
            /// Opens a remembered data file; a file that is gone is refused and nothing
            /// changes.
            act mina_forbund::open_recent_file(path: String) -> Result<(), AppError>;
            /// "Ta bort från listan": forgets a remembered file (the file itself is not
            /// touched).
            act mina_forbund::forget_recent_file(path: String) -> Result<Vec<RecentFileRow>, AppError>;
            /// "Nytt förbund …": a native save dialog, then a new empty data file; false when
            /// cancelled.
            act mina_forbund::new_forbund_file() -> Result<bool, AppError>;
            /// The warning about a data file in a synced or network folder; null when there
            /// is none.
            read backup::sync_warning() -> Result<Option<SyncWarning>, AppError>;
            /// "Visa inte igen" on the synced-folder warning.
            act backup::dismiss_sync_warning() -> Result<(), AppError>;
            /// "Flytta datafilen": a folder dialog, then the data file moves there through a
            /// checked copy; `backupsInOldFolder` keeps the backups in the folder it leaves.
            /// null when cancelled.
            act backup::move_data_file(backups_in_old_folder: bool) -> Result<Option<DataFileMoved>, AppError>;
            /// What "Uppdateringar" shows before anything is asked: whether this copy looks
            /// for updates itself (not when the IT department installed it with the MSI).
            read update::update_state() -> Result<UpdateState, AppError>;
            /// "Sök efter uppdateringar": a newer version is offered only once its package is
            /// downloaded and its signature verified. Every outcome, offline included,
            /// resolves with an answer to show; nothing is checked unless the officer asks.
            act update::check_for_update() -> Result<UpdateAnswer, AppError>;
            /// "Installera": the update the last check verified (verified again before
            /// installing).
            act update::install_update() -> Result<UpdateAnswer, AppError>;
            /// Tells Rust whether a screen has unsaved changes, so closing the window asks
            /// first.
            act fonster::mark_unsaved(unsaved: bool) -> Result<(), AppError>;
            /// "Stäng utan att spara": closes the window although changes are unsaved.
            act fonster::close_without_saving() -> Result<(), AppError>;
            /// The window's title names the open förbund ("Finsamkollen – …").
            act fonster::set_title(forbund: Option<String>) -> Result<(), AppError>;
            /// The first year table is painted: ends a start-up measurement; does nothing
            /// otherwise.
            act measure::first_table_painted() -> Result<(), AppError>;
        }
    };
}

/// The commands' names, for `with_commands!(command_names)`: the allow-list in `build.rs`
/// and the tests.
#[allow(unused_macros)]
macro_rules! command_names {
    ($(
        $(#[doc = $doc:literal])*
        $kind:ident $module:ident :: $command:ident ( $($arg:ident : $ty:ty),* )
            -> Result<$answer:ty, $error:ty>;
    )*) => {
        &[$(stringify!($command)),*]
    };
}
