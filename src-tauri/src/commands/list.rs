/// Every command the UI may call, declared once, in the order the UI's API lists them:
/// `module::command(argument: Type, …) -> Answer;`, where the answer is what the command
/// gives on success (every command that can fail rejects with an `AppError`).
///
/// `with_commands!(then)` hands the list to the macro `then`, which makes of it what it
/// needs: the handler list (`lib.rs`), the allow-list from which `build.rs` generates one
/// permission per command and the one capability, and the TypeScript call map
/// (`ui/src/lib/api/commands.ts`, checked by a test). So a command is added here and in its
/// module, and a missing piece fails to compile or fails a test.
///
/// This file is also included by `build.rs`, so it holds nothing but the macro.
macro_rules! with_commands {
    ($then:ident) => {
        $then! {
            startup::startup() -> Startup;
            forbund::create_forbund(input: NewForbund) -> Forbund;
            start::start(year: Option<i32>) -> Start;
            forbund_page::forbund_page() -> ForbundPage;
            forbund_page::save_forbund_page(input: ForbundPageSave) -> ForbundPage;
            forbund_page::search_omraden(query: OmradeSearch) -> OmradeSearchResult;
            forbund_page::search_organisationer(query: OrganisationSearch) -> Vec<Organisation>;
            forbund_page::role_warnings(organisationer: Vec<RollerInput>, verksamhetsomrade: Vec<OmradeRef>) -> Vec<Warning>;
            forbund_page::suggest_roles(ids: Vec<i64>) -> Vec<IngaendeOrganisation>;
            forbund_page::add_missing_members(organisationer: Vec<RollerInput>, verksamhetsomrade: Vec<OmradeRef>) -> SaknadeMedlemmar;
            forbund_page::create_organisation(namn: String) -> Organisation;
            forbund_page::save_uppdrag(input: UppdragInput) -> Vec<Uppdrag>;
            forbund_page::remove_uppdrag(id: i64) -> Vec<Uppdrag>;
            insats::insats_choices() -> InsatsChoices;
            insats::insats_detail(id: i64) -> InsatsDetail;
            insats::create_insats(input: NewInsats) -> InsatsDetail;
            insats::update_insats(input: InsatsUpdate) -> InsatsDetail;
            insats::end_insats(input: EndInsats) -> InsatsDetail;
            insats::save_deltagare(input: DeltagareInput) -> InsatsDetail;
            installningar::referenslistor() -> Referenslistor;
            installningar::save_referens(input: ReferensInput) -> Referenslistor;
            installningar::delete_referens(lista: ReferensLista, id: i64) -> Referenslistor;
            installningar::eget_kapital() -> EgetKapital;
            installningar::save_eget_kapital_steg(input: EgetKapitalStegInput) -> EgetKapital;
            installningar::remove_eget_kapital_steg(medel_fran: i64) -> EgetKapital;
            installningar::save_eget_kapital_kalla(input: EgetKapitalKallaInput) -> EgetKapital;
            year::save_medel(input: MedelInput) -> YearView;
            year::save_budget(input: BudgetInput) -> YearView;
            year::budget_preview(input: BudgetInput) -> YearView;
            year::copy_budget(year: i32) -> YearView;
            year::paste_cells(input: PasteCells) -> Pasted;
            year::fordelning(year: i32) -> Fordelning;
            year::save_fordelning(input: FordelningInput) -> Fordelning;
            year::all_years() -> AllYears;
            kontroll::forhandskontroll(year: i32) -> Forhandskontroll;
            kontroll::kontroll_status() -> Vec<KontrollStatus>;
            report::export_report(year: i32, format: ReportFormat) -> Option<ExportPost>;
            report::exports(year: i32) -> Vec<ExportPost>;
            report::import_arsrapporter() -> Option<ImportSummary>;
            inlasning::choose_inlasning_file() -> Option<InlasningFil>;
            inlasning::inlasning_mappning(blad: String, rubrikrad: u32) -> Mappning;
            inlasning::save_inlasning_mappning(mappning: Mappning, namn: String) -> ();
            inlasning::inlasning_forhandsvisning(begaran: InlasningBegaran) -> Forhandsvisning;
            inlasning::apply_inlasning(begaran: InlasningBegaran) -> InlasningSammanfattning;
            inlasning::save_inlasning_mall() -> Option<String>;
            inmatning::inmatning(year: i32) -> InmatningVy;
            inmatning::set_inmatat(input: InmatatInput) -> InmatningVy;
            inmatning::mark_inrapporterat(year: i32) -> InmatningVy;
            backup::backup_state() -> BackupState;
            backup::backup_now() -> Backup;
            historik::historik(fraga: HistorikFraga) -> HistorikSida;
            backup::change_backup_folder() -> Option<BackupState>;
            backup::default_backup_folder() -> BackupState;
            backup::backups() -> Vec<BackupFile>;
            backup::restore_backup(path: String) -> Restored;
            backup::open_other_file() -> bool;
            mina_forbund::recent_files() -> Vec<RecentFileRow>;
            mina_forbund::open_recent_file(path: String) -> ();
            mina_forbund::forget_recent_file(path: String) -> Vec<RecentFileRow>;
            mina_forbund::new_forbund_file() -> bool;
            backup::sync_warning() -> Option<SyncWarning>;
            backup::dismiss_sync_warning() -> ();
            backup::move_data_file(backups_i_gamla_mappen: bool) -> Option<DataFileMoved>;
            update::check_for_update() -> Uppdatering;
            update::install_update() -> Uppdatering;
            fonster::mark_unsaved(osparat: bool) -> ();
            fonster::close_without_saving() -> ();
            fonster::set_title(forbund: Option<String>) -> ();
            measure::first_table_painted() -> ();
        }
    };
}

/// The commands' names, for `with_commands!(command_names)`: the allow-list in `build.rs`
/// and the tests. The app itself needs only the handlers.
#[allow(unused_macros)]
macro_rules! command_names {
    ($($module:ident :: $command:ident ( $($arg:ident : $ty:ty),* ) -> $answer:ty;)*) => {
        &[$(stringify!($command)),*]
    };
}
