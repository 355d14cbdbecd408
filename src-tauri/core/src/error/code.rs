//! Each refusal's stable code and the field it concerns.

use super::{CoreError, DataFileError, IncomingFileError};

impl CoreError {
    /// A stable, machine-readable code. The UI and tests match on it; never reword it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Required { .. } => "required",
            Self::TooLong { .. } => "too_long",
            Self::ControlCharacter { .. } => "text_control_character",
            Self::OrgnrFormat => "orgnr_format",
            Self::OrgnrCheckDigit => "orgnr_check_digit",
            Self::OrgnrLooksPersonal => "orgnr_looks_personal",
            Self::DateFormat { .. } => "date_format",
            Self::DateImpossible { .. } => "date_impossible",
            Self::StartBeforeFinsam { .. } => "start_before_finsam",
            Self::StartTooLate { .. } => "start_too_late",
            Self::StartdatumFixed => "startdatum_fixed",
            Self::EndBeforeStart { .. } => "end_before_start",
            Self::DataAfterEnd { .. } => "data_after_end",
            Self::YearOutOfRange { .. } => "year_out_of_range",
            Self::AmountFormat { .. } => "amount_format",
            Self::AmountDecimals { .. } => "amount_decimals",
            Self::AmountTooLarge { .. } => "amount_too_large",
            Self::PostnummerFormat => "postnummer_format",
            Self::TelefonFormat { .. } => "telefon_format",
            Self::EpostFormat { .. } => "epost_format",
            Self::FkAlwaysFinancier { .. } => "m1_fk_financier",
            Self::AfNeverFinancier { .. } => "m2_af_not_financier",
            Self::EsfMustBeFinancier { .. } => "m3_esf_financier",
            Self::ForbundMustBeFinancier { .. } => "m4_forbund_financier",
            Self::FundedMustBeFinancier { .. } => "m6_funded_financier",
            Self::ForbundNotMember { .. } => "forbund_not_member",
            Self::MedlemNotAllowed { .. } => "m7_medlem_not_allowed",
            Self::ShareNotFinancier { .. } => "m6_funded_financier",
            Self::BothRoles { .. } => "u1_both_roles",
            Self::UppdragExists { .. } => "uppdrag_exists",
            Self::OrganisationExists { .. } => "organisation_exists",
            Self::NotFound { .. } => "not_found",
            Self::ConfirmWarnings(_) => "confirm_warnings",
            Self::FixedChoice { .. } => "i1_fixed_choice",
            Self::InsatsAvslutad { .. } => "i5_avslutad",
            Self::InsatsNoDelete => "insats_no_delete",
            Self::HistorikAppendOnly => "historik_append_only",
            Self::IndividFollows => "individ_follows",
            Self::InsatsNameTaken { .. } => "insats_name_taken",
            Self::InsatsBeforeForbund { .. } => "insats_before_forbund",
            Self::InsatsAfterForbund { .. } => "insats_after_forbund",
            Self::EndAfterToday { .. } => "end_after_today",
            Self::Choose { .. } => "choose",
            Self::NotInList { .. } => "not_in_list",
            Self::NotDeltagaransvarig { .. } => "not_deltagaransvarig",
            Self::AnsvarigIndividOnly { .. } => "u2_individinriktad_only",
            Self::EmployedByForbund => "u2_employed_by_forbund",
            Self::NotIngaende { .. } => "not_ingaende",
            Self::EgetKapitalKallaSaknas => "f2_kalla_saknas",
            Self::ProcentFormat { .. } => "procent_format",
            Self::StegExists { .. } => "steg_exists",
            Self::UrlFormat { .. } => "url_format",
            Self::NoParticipantFollowUp => "b1_no_follow_up",
            Self::CountNotForThisInsats { .. } => "count_not_for_insats",
            Self::CountFormat { .. } => "d1_count_format",
            Self::InsatsNotRunning { .. } => "d1_not_running",
            Self::CountsOutsideRun { .. } => "d1_counts_outside_run",
            Self::BudgetOutsideRun { .. } => "budget_outside_run",
            Self::YearLocked { .. } => "y1_locked",
            Self::YearNotOpen { .. } => "y2_not_open",
            Self::LockedYearDate { .. } => "y6_year_locked",
            Self::ReferenceInUse { .. } => "reference_in_use",
            Self::ReferenceNameTaken { .. } => "reference_name_taken",
            Self::AmountNegative { .. } => "amount_negative",
            Self::Cell { code, .. } => code,
            Self::BudgetDeltagareWithoutFollowUp { .. } => "b1_no_follow_up",
            Self::Report(_) => "report_failed",
            Self::Incoming(error) => error.code(),
            Self::MinaForbund(error) => error.code(),
            Self::Several(_) => "several",
            Self::ForbundExists => "forbund_exists",
            Self::NoForbund => "no_forbund",
            Self::DataFile(error) => error.code(),
            Self::Io { .. } => "io",
            Self::BackupFolder { .. } => "backup_folder",
            Self::BackupUnusable { .. } => "backup_unusable",
            Self::MoveRefused { .. } => "file_move",
            Self::Migration(_) => "migration",
            Self::Database(_) => "database",
            Self::ClockOverride { .. } => "clock_override",
            Self::InstallKindOverride { .. } => "install_kind_override",
        }
    }

    /// The technical account behind a file or database error (SQLite's or the system's
    /// own, usually English), for a support case or a log; never what the officer reads.
    pub fn technical_detail(&self) -> Option<String> {
        match self {
            Self::DataFile(DataFileError::Corrupt { detail, .. })
            | Self::Incoming(IncomingFileError::ArbetsbokDamaged { detail, .. }) => {
                Some(detail.clone())
            }
            Self::Database(error) => Some(error.to_string()),
            Self::Migration(error) => Some(error.to_string()),
            Self::Io { source, .. } => Some(source.to_string()),
            _ => None,
        }
    }

    /// The form field this error belongs beside, if any. Field names are the camelCase
    /// names of the input structs' fields as the UI sees them; a row of a list is
    /// `list.<id>`, e.g. `organisationer.12`.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::AmountNegative { field }
            | Self::Cell { field, .. }
            | Self::BudgetDeltagareWithoutFollowUp { field } => Some(field),
            Self::FkAlwaysFinancier { field }
            | Self::AfNeverFinancier { field }
            | Self::EsfMustBeFinancier { field, .. }
            | Self::ForbundMustBeFinancier { field, .. }
            | Self::FundedMustBeFinancier { field, .. }
            | Self::ForbundNotMember { field }
            | Self::MedlemNotAllowed { field, .. }
            | Self::ShareNotFinancier { field, .. } => Some(field),
            Self::BothRoles { .. } => Some("roll"),
            Self::UppdragExists { .. } => Some("epost"),
            Self::OrganisationExists { .. } => Some("namn"),
            Self::PostnummerFormat => Some("postnummer"),
            Self::FixedChoice { field, .. }
            | Self::Choose { field, .. }
            | Self::NotInList { field, .. }
            | Self::CountNotForThisInsats { field, .. }
            | Self::CountFormat { field } => Some(field),
            Self::IndividFollows => Some("foljerDeltagare"),
            Self::BackupFolder { .. } => Some("backupFolder"),
            Self::InsatsNameTaken { .. } | Self::ReferenceNameTaken { .. } => Some("namn"),
            Self::InsatsBeforeForbund { .. } | Self::InsatsAfterForbund { .. } => {
                Some("startdatum")
            }
            Self::EndAfterToday { .. }
            | Self::CountsOutsideRun { .. }
            | Self::BudgetOutsideRun { .. } => Some("slutdatum"),
            Self::NotDeltagaransvarig { .. } | Self::AnsvarigIndividOnly { .. } => {
                Some("deltagaransvariga")
            }
            Self::EmployedByForbund => Some("arbetsgivare"),
            Self::NotIngaende { field }
            | Self::ProcentFormat { field }
            | Self::UrlFormat { field } => Some(field),
            Self::StegExists { .. } => Some("medelFran"),
            Self::DataAfterEnd { .. } => Some("slutdatum"),
            Self::Required { field, .. }
            | Self::TooLong { field, .. }
            | Self::ControlCharacter { field, .. }
            | Self::DateFormat { field }
            | Self::DateImpossible { field, .. }
            | Self::EndBeforeStart { field, .. }
            | Self::LockedYearDate { field, .. }
            | Self::AmountFormat { field }
            | Self::AmountDecimals { field }
            | Self::AmountTooLarge { field, .. }
            | Self::TelefonFormat { field }
            | Self::EpostFormat { field } => Some(field),
            Self::OrgnrFormat | Self::OrgnrCheckDigit | Self::OrgnrLooksPersonal => {
                Some("organisationsnummer")
            }
            Self::StartBeforeFinsam { .. } | Self::StartTooLate { .. } | Self::StartdatumFixed => {
                Some("startdatum")
            }
            Self::YearOutOfRange { .. } => Some("year"),
            Self::Several(errors) => errors.iter().find_map(CoreError::field),
            _ => None,
        }
    }

    /// Folds the errors of a form's fields into one: the single error itself, or
    /// [`Self::Several`] when more than one field is wrong.
    pub fn combine(errors: impl IntoIterator<Item = CoreError>) -> CoreError {
        let mut errors: Vec<CoreError> = errors.into_iter().collect();
        if errors.len() == 1 {
            errors.remove(0)
        } else {
            Self::Several(errors)
        }
    }

    /// Maps an `ABORT` raised by one of the schema's guard triggers back to its rule, so a
    /// write that slipped past the Rust checks still gets the rule's own message.
    fn from_sqlite(error: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &error {
            match message.as_str() {
                "startdatum_fixed" => return Self::StartdatumFixed,
                "insats_fixed_choice" => {
                    return Self::FixedChoice {
                        field: "inriktning",
                        label: "Inriktning, uppföljningsmetod och ESF-finansiering",
                    }
                }
                "insats_avslutad" => return Self::InsatsAvslutad { detail: "" },
                "insats_no_delete" => return Self::InsatsNoDelete,
                "historik_append_only" => return Self::HistorikAppendOnly,
                "b1_no_follow_up" => return Self::NoParticipantFollowUp,
                _ => {}
            }
        }
        Self::Database(error)
    }
}

impl From<rusqlite::Error> for CoreError {
    fn from(error: rusqlite::Error) -> Self {
        Self::from_sqlite(error)
    }
}
