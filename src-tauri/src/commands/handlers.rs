//! The Tauri handler of every command, generated from its one declaration (`list.rs`).
//! Each handler takes the declared arguments under their declared names, calls its
//! implementation `module::command(&ctx, …)` and answers the declared `Result`; so an
//! implementation whose arguments or answer differ from the declaration does not compile.

pub(super) use finsamkollen_core::api::inlasning::InlasningFil;
pub(super) use finsamkollen_core::api::{AppError, Start, Startup};
pub(super) use finsamkollen_core::backup::move_data_file::DataFileMoved;
pub(super) use finsamkollen_core::backup::restore::Restored;
pub(super) use finsamkollen_core::backup::sync::SyncWarning;
pub(super) use finsamkollen_core::backup::{Backup, BackupState};
pub(super) use finsamkollen_core::db::backups::BackupFile;
pub(super) use finsamkollen_core::domain::arkiv::{ExportPost, ReportFormat};
pub(super) use finsamkollen_core::domain::budget::{BudgetInput, MedelInput, YearView};
pub(super) use finsamkollen_core::domain::forbund::{Forbund, NewForbund};
pub(super) use finsamkollen_core::domain::fordelning::{Fordelning, FordelningInput};
pub(super) use finsamkollen_core::domain::historik::{HistorikFraga, HistorikSida};
pub(super) use finsamkollen_core::domain::inmatning::{
    InmatatInput, InmatningVy, RegistreradInput,
};
pub(super) use finsamkollen_core::domain::insats::{
    DeltagareInput, EndInsats, InsatsChoices, InsatsDetail, InsatsUpdate, NewInsats,
};
pub(super) use finsamkollen_core::domain::kontroll::{Forhandskontroll, KontrollStatus};
pub(super) use finsamkollen_core::domain::medel::{
    EgetKapital, EgetKapitalKallaInput, EgetKapitalStegInput,
};
pub(super) use finsamkollen_core::domain::omrade::{OmradeRef, OmradeSearch, OmradeSearchResult};
pub(super) use finsamkollen_core::domain::organisation::{
    IngaendeOrganisation, Organisation, OrganisationSearch, RollerInput, SaknadeMedlemmar,
};
pub(super) use finsamkollen_core::domain::oversikt::AllYears;
pub(super) use finsamkollen_core::domain::paste::{PasteCells, Pasted};
pub(super) use finsamkollen_core::domain::uppdrag::{Uppdrag, UppdragInput};
pub(super) use finsamkollen_core::error::Warning;
pub(super) use finsamkollen_core::ops::nasta_steg::NastaStegPost;
pub(super) use finsamkollen_core::ops::AvslutAntal;
pub(super) use finsamkollen_core::ops::{ForbundPage, ForbundPageSave};
pub(super) use finsamkollen_core::ops::{ReferensInput, ReferensLista, Referenslistor};
pub(super) use finsamkollen_core::report::import::ImportSummary;
pub(super) use finsamkollen_core::report::inlasning::{
    Forhandsvisning, InlasningBegaran, InlasningSammanfattning, Mappning,
};
pub(super) use finsamkollen_core::settings::RecentFileRow;
pub(super) use finsamkollen_core::update::{UpdateAnswer, UpdateState};

/// One command's `#[tauri::command]` handler, from its declaration. Every handler is
/// async, so none runs on the main thread (a blocking dialog there would freeze the
/// window); the implementation is a plain function, awaited only when it answers `Later`.
///
/// Exported (hidden) only so that the doctests below can prove that a declaration its
/// implementation does not match fails to compile:
///
/// An argument of another type (`copy_budget` takes `year: i32`):
///
/// ```compile_fail,E0308
/// use finsamkollen_core::api::AppError;
/// use finsamkollen_core::domain::budget::YearView;
/// finsamkollen_app::command_handler! {
///     write year::copy_budget(year: String) -> Result<YearView, AppError>;
/// }
/// ```
///
/// One argument too many:
///
/// ```compile_fail,E0061
/// use finsamkollen_core::api::AppError;
/// use finsamkollen_core::domain::budget::YearView;
/// finsamkollen_app::command_handler! {
///     write year::copy_budget(year: i32, copy_all: bool) -> Result<YearView, AppError>;
/// }
/// ```
///
/// Another answer:
///
/// ```compile_fail,E0277
/// use finsamkollen_core::api::AppError;
/// use finsamkollen_core::domain::fordelning::Fordelning;
/// finsamkollen_app::command_handler! {
///     write year::copy_budget(year: i32) -> Result<Fordelning, AppError>;
/// }
/// ```
///
/// A kind that is not one of `Kind`'s:
///
/// ```compile_fail,E0599
/// use finsamkollen_core::api::AppError;
/// use finsamkollen_core::domain::budget::YearView;
/// finsamkollen_app::command_handler! {
///     writes year::copy_budget(year: i32) -> Result<YearView, AppError>;
/// }
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! command_handler {
    (
        $(#[doc = $doc:literal])*
        $kind:ident $module:ident :: $command:ident ( $($arg:ident : $ty:ty),* )
            -> Result<$answer:ty, $error:ty>;
    ) => {
        $(#[doc = $doc])*
        #[tauri::command]
        pub async fn $command(
            app: tauri::AppHandle,
            window: tauri::WebviewWindow,
            $($arg: $ty),*
        ) -> Result<$answer, $error> {
            // The kind must be one of `Kind`'s: a misspelt kind does not compile.
            let _ = $crate::commands::Kind::$kind;
            let ctx = $crate::commands::Ctx { app, window };
            $crate::commands::Answer::<$answer, $error>::answer(
                $crate::commands::$module::$command(&ctx, $($arg),*),
            )
            .await
        }
    };
}

/// Every command's handler.
macro_rules! handlers {
    ($(
        $(#[doc = $doc:literal])*
        $kind:ident $module:ident :: $command:ident ( $($arg:ident : $ty:ty),* )
            -> Result<$answer:ty, $error:ty>;
    )*) => {$(
        command_handler! {
            $(#[doc = $doc])*
            $kind $module::$command($($arg: $ty),*) -> Result<$answer, $error>;
        }
    )*};
}

with_commands!(handlers);
