//! What crosses the IPC boundary that is not a domain type: the one error type every
//! command returns, the start-up state, and the generated TypeScript bindings.
//!
//! Layer: the top. May use every other module.

pub mod inlasning;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::{Config, TS};

use crate::domain::budget::{
    BudgetCellerInput, BudgetInput, BudgetRad, KopieraRad, MedelInput, MedelVy, Summering, YearView,
};
use crate::domain::forbund::{Forbund, ForbundUpdate, NewForbund};
use crate::domain::insats::{
    Ansvarig, DeltagareInput, DeltagareYear, EndInsats, Inriktning, InsatsChoices, InsatsDetail,
    InsatsRow, InsatsStatus, InsatsUpdate, NewInsats, Referens,
};
use crate::domain::kontroll::{Anmarkning, Forhandskontroll, KontrollStatus, Lank};
use crate::domain::omrade::{Lan, Omrade, OmradeRef, OmradeSearch, OmradeSearchResult};
use crate::domain::organisation::{
    IngaendeOrganisation, Organisation, OrganisationSearch, OrganisationTyp, RollerInput,
    SaknadeMedlemmar,
};
use crate::domain::uppdrag::{Roll, Uppdrag, UppdragInput};
use crate::domain::year::YearStatus;
use crate::error::Warning;
use crate::error::{CoreError, FieldError};
use crate::ops::{
    ForbundPage, ForbundPageSave, OrganisationTypOption, ReferensInput, ReferensLista, ReferensRad,
    Referenslistor, Service, StartPage, YearOption,
};

/// The error every command returns: a stable `code`, the Swedish `message`, and the
/// `field` it concerns, so a form can show it beside the input. When several fields are
/// wrong at once, `fields` lists each of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppError {
    pub code: String,
    pub message: String,
    pub field: Option<String>,
    pub fields: Vec<FieldError>,
}

impl From<CoreError> for AppError {
    fn from(error: CoreError) -> Self {
        let single = |e: &CoreError| {
            e.field().map(|field| FieldError {
                field: field.to_owned(),
                code: e.code().to_owned(),
                message: e.to_string(),
            })
        };
        let fields = match &error {
            CoreError::Several(errors) => errors.iter().filter_map(single).collect(),
            // The warnings to confirm, each beside its field.
            CoreError::ConfirmWarnings(warnings) => warnings
                .iter()
                .filter_map(|w| {
                    w.field.as_ref().map(|field| FieldError {
                        field: field.clone(),
                        code: w.code.clone(),
                        message: w.message.clone(),
                    })
                })
                .collect(),
            other => single(other).into_iter().collect(),
        };
        Self {
            code: error.code().to_owned(),
            message: error.to_string(),
            field: error.field().map(str::to_owned),
            fields,
        }
    }
}

/// What the UI needs before its first screen: which file is open, whether it has a
/// förbund yet, and today's date (fixed in end-to-end runs).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// The data file's path, shown so the officer knows where the data lives.
    pub data_file: String,
    pub forbund: Option<Forbund>,
    pub today: NaiveDate,
}

/// Everything the start page shows first, in one call, so the first screen waits for one
/// answer rather than four (issue 17): the start-up state and, when the file has a
/// förbund, the start page of the year, that year's figures and the check's state for the
/// open years.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Start {
    pub startup: Startup,
    /// `None` while the file has no förbund: the UI shows "Skapa förbund" instead.
    pub page: Option<StartPage>,
    /// The figures of `page.year`.
    pub year_view: Option<YearView>,
    pub kontroll_status: Vec<KontrollStatus>,
}

impl Service {
    /// The start page's data for `year` (the year being reported when `None`), or only the
    /// start-up state while there is no förbund.
    pub fn start(&self, year: Option<i32>) -> crate::Result<Start> {
        let startup = self.startup()?;
        if startup.forbund.is_none() {
            return Ok(Start {
                startup,
                page: None,
                year_view: None,
                kontroll_status: Vec::new(),
            });
        }
        let page = self.start_page(year)?;
        Ok(Start {
            year_view: Some(self.year_view(page.year)?),
            kontroll_status: self.kontroll_status()?,
            page: Some(page),
            startup,
        })
    }

    /// The start-up state.
    pub fn startup(&self) -> crate::Result<Startup> {
        Ok(Startup {
            data_file: self
                .db()
                .path()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            forbund: self.forbund()?,
            today: self.today(),
        })
    }
}

/// The TypeScript declarations of every type that crosses IPC, as one module. The UI's
/// `src/lib/api/bindings.ts` must equal this; a core test fails when it drifts.
pub fn typescript_bindings() -> String {
    let cfg = Config::new();
    let decls = [
        AppError::decl(&cfg),
        FieldError::decl(&cfg),
        Startup::decl(&cfg),
        Start::decl(&cfg),
        Forbund::decl(&cfg),
        NewForbund::decl(&cfg),
        ForbundUpdate::decl(&cfg),
        StartPage::decl(&cfg),
        YearOption::decl(&cfg),
        YearStatus::decl(&cfg),
        InsatsRow::decl(&cfg),
        Inriktning::decl(&cfg),
        InsatsStatus::decl(&cfg),
        crate::Kronor::decl(&cfg),
        Warning::decl(&cfg),
        ForbundPage::decl(&cfg),
        ForbundPageSave::decl(&cfg),
        Lan::decl(&cfg),
        Omrade::decl(&cfg),
        OmradeRef::decl(&cfg),
        OmradeSearch::decl(&cfg),
        OmradeSearchResult::decl(&cfg),
        Organisation::decl(&cfg),
        OrganisationTyp::decl(&cfg),
        OrganisationTypOption::decl(&cfg),
        IngaendeOrganisation::decl(&cfg),
        SaknadeMedlemmar::decl(&cfg),
        RollerInput::decl(&cfg),
        OrganisationSearch::decl(&cfg),
        Uppdrag::decl(&cfg),
        UppdragInput::decl(&cfg),
        Roll::decl(&cfg),
        Referens::decl(&cfg),
        Ansvarig::decl(&cfg),
        DeltagareYear::decl(&cfg),
        InsatsDetail::decl(&cfg),
        crate::domain::insats::Antalsfalt::decl(&cfg),
        crate::ops::AvslutAntal::decl(&cfg),
        crate::domain::insats::InsatsRedigering::decl(&cfg),
        NewInsats::decl(&cfg),
        InsatsUpdate::decl(&cfg),
        EndInsats::decl(&cfg),
        DeltagareInput::decl(&cfg),
        InsatsChoices::decl(&cfg),
        crate::domain::insats::Preciserade::decl(&cfg),
        ReferensLista::decl(&cfg),
        ReferensRad::decl(&cfg),
        Referenslistor::decl(&cfg),
        ReferensInput::decl(&cfg),
        YearView::decl(&cfg),
        MedelVy::decl(&cfg),
        crate::domain::medel::EgetKapitalNiva::decl(&cfg),
        crate::domain::medel::OverskottFranFjol::decl(&cfg),
        crate::domain::medel::EgetKapital::decl(&cfg),
        crate::domain::medel::EgetKapitalSteg::decl(&cfg),
        crate::domain::medel::EgetKapitalKalla::decl(&cfg),
        crate::domain::medel::EgetKapitalStegInput::decl(&cfg),
        crate::domain::medel::EgetKapitalKallaInput::decl(&cfg),
        crate::domain::budget::Rad::decl(&cfg),
        BudgetRad::decl(&cfg),
        Summering::decl(&cfg),
        KopieraRad::decl(&cfg),
        MedelInput::decl(&cfg),
        crate::domain::budget::CellInput::<crate::Kronor>::decl(&cfg),
        BudgetCellerInput::decl(&cfg),
        BudgetInput::decl(&cfg),
        crate::domain::fordelning::Fordelning::decl(&cfg),
        crate::domain::fordelning::FordelningRad::decl(&cfg),
        crate::domain::fordelning::FordelningInput::decl(&cfg),
        crate::domain::fordelning::FordelningRadInput::decl(&cfg),
        crate::domain::paste::BudgetColumn::decl(&cfg),
        crate::domain::paste::MedelField::decl(&cfg),
        crate::domain::paste::GridCell::decl(&cfg),
        crate::domain::paste::PasteCells::decl(&cfg),
        crate::domain::paste::BudgetValue::decl(&cfg),
        crate::domain::paste::PastedCell::decl(&cfg),
        crate::domain::paste::PasteProblem::decl(&cfg),
        crate::domain::paste::Pasted::decl(&cfg),
        Lank::decl(&cfg),
        Anmarkning::decl(&cfg),
        Forhandskontroll::decl(&cfg),
        KontrollStatus::decl(&cfg),
        crate::domain::arkiv::ReportFormat::decl(&cfg),
        crate::domain::arkiv::ExportPost::decl(&cfg),
        crate::domain::oversikt::AllYears::decl(&cfg),
        crate::domain::oversikt::YearFigures::decl(&cfg),
        crate::domain::oversikt::Diagram::decl(&cfg),
        crate::domain::oversikt::Ofullstandiga::decl(&cfg),
        crate::domain::oversikt::Markering::decl(&cfg),
        crate::domain::oversikt::Rapporttabell::decl(&cfg),
        crate::domain::oversikt::Diagramtyp::decl(&cfg),
        crate::backup::Backup::decl(&cfg),
        crate::backup::BackupState::decl(&cfg),
        crate::db::backups::BackupFile::decl(&cfg),
        crate::backup::restore::Restored::decl(&cfg),
        crate::location::SyncPlace::decl(&cfg),
        crate::backup::sync::SyncWarning::decl(&cfg),
        crate::ops::nasta_steg::Steg::decl(&cfg),
        crate::ops::nasta_steg::NastaStegPost::decl(&cfg),
        crate::backup::move_data_file::DataFileMoved::decl(&cfg),
        crate::report::import::ImportSummary::decl(&cfg),
        crate::domain::historik::HistorikOmfang::decl(&cfg),
        crate::domain::historik::HistorikFraga::decl(&cfg),
        crate::domain::historik::HistorikSida::decl(&cfg),
        crate::domain::historik::HistorikHandling::decl(&cfg),
        crate::domain::historik::HistorikAndring::decl(&cfg),
        crate::update::UpdateAnswer::decl(&cfg),
        crate::update::UpdateStatus::decl(&cfg),
        crate::update::InstallKind::decl(&cfg),
        crate::update::UpdateState::decl(&cfg),
        crate::domain::inmatning::InmatningVy::decl(&cfg),
        crate::domain::inmatning::InmatningSektion::decl(&cfg),
        crate::domain::inmatning::InmatningGrupp::decl(&cfg),
        crate::domain::inmatning::InmatningRad::decl(&cfg),
        crate::domain::inmatning::Inmatat::decl(&cfg),
        crate::domain::inmatning::AndratEfterInmatning::decl(&cfg),
        crate::domain::inmatning::Inrapportering::decl(&cfg),
        crate::domain::inmatning::InmatatInput::decl(&cfg),
        crate::domain::inmatning::Registrering::decl(&cfg),
        crate::domain::inmatning::RegistreringRad::decl(&cfg),
        crate::domain::inmatning::RegistreringUppgift::decl(&cfg),
        crate::domain::inmatning::Registrerad::decl(&cfg),
        crate::domain::inmatning::RegistreradInput::decl(&cfg),
        crate::report::inlasning::FaltTyp::decl(&cfg),
        crate::report::inlasning::Falt::decl(&cfg),
        crate::report::inlasning::FaltVal::decl(&cfg),
        crate::report::inlasning::Mappning::decl(&cfg),
        crate::report::inlasning::RadRef::decl(&cfg),
        crate::report::inlasning::Problem::decl(&cfg),
        crate::report::inlasning::InlasningBegaran::decl(&cfg),
        crate::report::inlasning::VardeVy::decl(&cfg),
        crate::report::inlasning::RadForhand::decl(&cfg),
        crate::report::inlasning::Konflikt::decl(&cfg),
        crate::report::inlasning::Forhandsvisning::decl(&cfg),
        crate::report::inlasning::InlasningSammanfattning::decl(&cfg),
        crate::report::inlasning::MappningsForslag::decl(&cfg),
        crate::settings::RecentFileRow::decl(&cfg),
        inlasning::InlasningFil::decl(&cfg),
        inlasning::BladVy::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in src-tauri/core by `scripts/test` (see README).\n\
         // Do not edit: change the Rust type and run `UPDATE_BINDINGS=1 cargo test bindings`.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    // The lists the UI lays out, so that it holds no copy of its own.
    out.push_str(&format!(
        "/** The budget grid's columns, left to right (`domain::paste::BudgetColumn::ALL`). */\n\
         export const BUDGET_COLUMNS: readonly BudgetColumn[] = {};\n",
        serde_json::to_string(&crate::domain::paste::BudgetColumn::ALL)
            .unwrap_or_else(|_| "[]".to_owned())
    ));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
