//! A large, realistic data file built deterministically from a seed, for the benchmarks and
//! the start-up measurement (see docs/benchmarks.md). Not used by the app itself.
//!
//! Everything goes through the same use cases the screens use, so every rule holds and
//! whatever a save records beside the data (the export archive, and any change history) is
//! recorded too. Like the import, each year's figures are entered with the clock on that
//! year's last open day, because past years lock after 15 April; for the same reason each
//! insats is created with the clock on a day its start year was open (Y6: no date of an
//! insats may be set in a locked year).
//!
//! The years run up to [`LAST_YEAR`], with "today" on [`TODAY`]: the last year is still
//! open, and next year's budget is already entered, as an officer would have it in March.

use std::path::Path;

use chrono::{Datelike, NaiveDate};

use finsamkollen_core::clock::Clock;
use finsamkollen_core::domain::arkiv::ReportFormat;
use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetInput, MedelInput, ADMIN_KEY};
use finsamkollen_core::domain::forbund::{ForbundUpdate, NewForbund};
use finsamkollen_core::domain::insats::{AvslutaInsats, DeltagareInput, Inriktning, NewInsats};
use finsamkollen_core::domain::omrade::OmradeRef;
use finsamkollen_core::domain::organisation::RollerInput;
use finsamkollen_core::domain::uppdrag::{Roll, UppdragInput};
use finsamkollen_core::error::CoreError;
use finsamkollen_core::ops::{ForbundPageSave, Service};
use finsamkollen_core::rules::year;

/// The last year with complete figures; the generated years end here.
pub const LAST_YEAR: i32 = 2025;
/// The day the generated file is "made": before 15 April, so [`LAST_YEAR`] is still open.
pub const TODAY: (i32, u32, u32) = (2026, 3, 10);

/// "Today" of a generated file.
pub fn today() -> NaiveDate {
    let (y, m, d) = TODAY;
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// What was generated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub first_year: i32,
    pub last_year: i32,
    pub today: NaiveDate,
    pub insatser: usize,
    /// The year with the most budget rows, and how many insatser run in it.
    pub largest_year: i32,
    pub largest_year_insatser: usize,
}

/// SplitMix64: tiny, fast and fully determined by its seed (no dependency whose output
/// could change between versions).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo + 1).max(1) as u64;
        lo + (self.next() % span) as i64
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[(self.next() % list.len().max(1) as u64) as usize]
    }

    /// An amount in whole thousands of kronor.
    fn kronor(&mut self, lo: i64, hi: i64) -> i64 {
        self.range(lo / 1000, hi / 1000) * 1000
    }
}

const NAMES: &[&str] = &[
    "Steget vidare",
    "Arbetsnära stöd",
    "Unga in",
    "Vägen ut",
    "Kraftsamling",
    "Nya möjligheter",
    "Framåt",
    "Samverkansteamet",
    "Jobbspåret",
    "Hälsoslussen",
    "Kompetenslyftet",
    "Brobyggarna",
    "Mötesplats",
    "Studiestart",
    "Lotsen",
    "Rehabkedjan",
    "Fokus arbete",
    "Gröna jobb",
    "Insteget",
    "Tillsammans",
];

const PLACES: &[&str] = &[
    "Norr", "Söder", "Öster", "Väster", "Centrum", "Hisingen", "Angered", "Kungälv", "Ale", "Lerum",
];

const FRAGMENTS: &[&str] = &[
    "Insatsen ger stöd till personer som står långt från arbetsmarknaden.",
    "Deltagarna får en samordnad planering med Försäkringskassan, Arbetsförmedlingen, \
     regionen och kommunen.",
    "Arbetet bygger på individuella samtal, gruppaktiviteter och praktik hos lokala \
     arbetsgivare.",
    "Personalen från samverkansparterna utbildas gemensamt i metoden.",
    "Insatsen följs upp varje kvartal i beredningsgruppen.",
    "Målet är att fler ska komma i arbete eller studier inom ett år.",
    "Samverkan sker i ett gemensamt team med fasta mötestider.",
];

/// One insats as planned: its id once created, and how it ends.
struct Plan {
    id: i64,
    inriktning: Inriktning,
    foljer_deltagare: bool,
    slutdatum: Option<NaiveDate>,
    avslutas: bool,
}

/// Builds a new data file at `path` with `years` years of figures (ending with
/// [`LAST_YEAR`]) and `insatser` insatser, all determined by `seed`. The file is built
/// under a temporary name and renamed into place; an existing file is refused.
pub fn generate(
    path: &Path,
    seed: u64,
    years: u32,
    insatser: usize,
) -> finsamkollen_core::Result<Summary> {
    if path.exists() {
        return Err(CoreError::Io {
            path: path.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "filen finns redan"),
        });
    }
    finsamkollen_core::db::build_beside(path, "genereras", |building| {
        build(building, seed, years.max(1), insatser)
    })
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn build(path: &Path, seed: u64, years: u32, count: usize) -> finsamkollen_core::Result<Summary> {
    let today = today();
    let first_year = LAST_YEAR + 1 - years as i32;
    let mut rng = Rng(seed);
    let mut service = Service::open(path, Clock::fixed(today))?;
    // A throwaway file being built needs no fsync per save; it is checkpointed at the end.
    service
        .db()
        .conn()
        .pragma_update(None, "synchronous", "OFF")?;

    service.create_forbund(NewForbund {
        namn: "Samordningsförbundet Provdata".into(),
        organisationsnummer: "222000-1354".into(),
        startdatum: date(first_year, 1, 1).to_string(),
    })?;
    service.save_uppdrag(UppdragInput {
        id: None,
        namn: "Anna Andersson".into(),
        epost: "anna.andersson@provdata.se".into(),
        telefon: "031-123 45 67".into(),
        roll: Roll::Forbundsadministrator,
        arbetsgivare_id: None,
        confirm_warnings: false,
    })?;
    save_forbund_page(&mut service, first_year)?;
    // Deltagaransvariga are employed by the members (U2), never by the förbund itself.
    let employers: Vec<i64> = service
        .forbund_page()?
        .organisationer
        .iter()
        .filter(|r| r.medlem)
        .map(|r| r.organisation.id)
        .collect();
    for (i, namn) in ["Bo Berg", "Cecilia Ek", "David Falk", "Eva Gran"]
        .iter()
        .enumerate()
    {
        service.save_uppdrag(UppdragInput {
            id: None,
            namn: (*namn).into(),
            epost: format!("deltagare{i}@provdata.se"),
            telefon: format!("031-100 00 0{i}"),
            roll: Roll::Deltagaransvarig,
            arbetsgivare_id: employers.get(i % employers.len().max(1)).copied(),
            confirm_warnings: false,
        })?;
    }

    let plans = create_insatser(&mut service, &mut rng, first_year, count)?;

    // Each year's figures on its last open day; the last year and next year's budget today.
    let exports = tempfile::tempdir().map_err(|source| CoreError::Io {
        path: std::env::temp_dir(),
        source,
    })?;
    let mut largest = (first_year, 0);
    for y in first_year..=LAST_YEAR + 1 {
        service.set_clock(Clock::fixed(year::last_open_day(y, today)));
        let rows = fill_year(&mut service, &mut rng, &plans, y)?;
        if rows > largest.1 {
            largest = (y, rows);
        }
        // The officer exported each finished year's report before its deadline.
        if y < LAST_YEAR {
            let file = exports.path().join(ReportFormat::Json.file_name(y));
            service.export_report(y, ReportFormat::Json, &file)?;
        }
    }

    // Each is ended on its planned end date, which Y6 allows in a locked year too: the
    // insats runs in the same years, and only I2's "Avslutad" mark is new.
    service.set_clock(Clock::fixed(today));
    for plan in plans.iter().filter(|p| p.avslutas) {
        if let Some(end) = plan.slutdatum {
            service.avsluta_insats(AvslutaInsats {
                id: plan.id,
                slutdatum: end.to_string(),
            })?;
        }
    }
    service
        .db()
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    Ok(Summary {
        first_year,
        last_year: LAST_YEAR,
        today,
        insatser: plans.len(),
        largest_year: largest.0,
        largest_year_insatser: largest.1,
    })
}

/// A clock on the last day `date`'s year was open (15 April of the following year), but
/// not after the generated file's today.
fn open_day(date: NaiveDate) -> Clock {
    Clock::fixed(year::last_open_day(date.year(), today()))
}

fn organisation_id(service: &Service, nyckel: &str) -> finsamkollen_core::Result<i64> {
    Ok(service.db().conn().query_row(
        "SELECT id FROM organisation WHERE nyckel = ?1",
        [nyckel],
        |r| r.get(0),
    )?)
}

/// The förbund's details, a verksamhetsområde of five kommuner in Västra Götaland, and
/// members whose roles satisfy M1–M4 in every year.
fn save_forbund_page(service: &mut Service, first_year: i32) -> finsamkollen_core::Result<()> {
    let kommuner = ["1480", "1482", "1440", "1441", "1402"];
    let mut organisationer = vec![
        RollerInput {
            organisation_id: organisation_id(service, "fk")?,
            medlem: true,
            finansiar: true,
        },
        RollerInput {
            organisation_id: organisation_id(service, "af")?,
            medlem: true,
            finansiar: false,
        },
        RollerInput {
            organisation_id: organisation_id(service, "region-14")?,
            medlem: true,
            finansiar: true,
        },
        RollerInput {
            organisation_id: organisation_id(service, "esf")?,
            medlem: false,
            finansiar: true,
        },
        RollerInput {
            organisation_id: organisation_id(service, "forbund")?,
            medlem: false,
            finansiar: true,
        },
    ];
    for kod in kommuner {
        organisationer.push(RollerInput {
            organisation_id: organisation_id(service, &format!("kommun-{kod}"))?,
            medlem: true,
            finansiar: true,
        });
    }
    service.save_forbund_page(ForbundPageSave {
        forbund: ForbundUpdate {
            namn: "Samordningsförbundet Provdata".into(),
            organisationsnummer: "222000-1354".into(),
            startdatum: date(first_year, 1, 1).to_string(),
            slutdatum: String::new(),
            beskrivning: FRAGMENTS.join(" "),
            gatuadress: "Storgatan 1".into(),
            postnummer: "411 01".into(),
            ort: "Göteborg".into(),
            kontakt_namn: "Anna Andersson".into(),
            kontakt_telefon: "031-123 45 67".into(),
            kontakt_epost: "kansli@provdata.se".into(),
        },
        verksamhetsomrade: kommuner
            .iter()
            .map(|kod| OmradeRef {
                kommun_kod: (*kod).into(),
                stadsdel_id: None,
            })
            .collect(),
        organisationer,
        confirm_warnings: false,
    })?;
    Ok(())
}

/// `count` insatser of every kind: both inriktningar, with and without follow-up and ESF,
/// every preciserad inriktning and målgrupp, runs of one to eight years, some open-ended,
/// most of those that ended before today marked avslutad (afterwards).
fn create_insatser(
    service: &mut Service,
    rng: &mut Rng,
    first_year: i32,
    count: usize,
) -> finsamkollen_core::Result<Vec<Plan>> {
    let today = today();
    let choices = service.insats_choices()?;
    let ansvariga: Vec<i64> = choices.deltagaransvariga.iter().map(|a| a.id).collect();
    let malgrupper: Vec<i64> = choices.malgrupper.iter().map(|m| m.id).collect();
    let mut plans = Vec::with_capacity(count);
    for i in 0..count {
        let inriktning = if i % 2 == 0 {
            Inriktning::Individinriktad
        } else {
            Inriktning::Strukturovergripande
        };
        let foljer_deltagare = inriktning == Inriktning::Individinriktad || rng.chance(50);
        let preciserade = match inriktning {
            Inriktning::Individinriktad => &choices.individinriktade,
            Inriktning::Strukturovergripande => &choices.strukturovergripande,
        };
        // Cycling through the lists uses every entry once there are enough insatser.
        let preciserad = preciserade
            .get((i / 2) % preciserade.len().max(1))
            .map(|p| p.id);
        let mut malgrupp_ids = Vec::new();
        if let Some(first) = malgrupper.get(i % malgrupper.len().max(1)) {
            malgrupp_ids.push(*first);
        }
        for _ in 0..rng.range(0, 2) {
            let extra = *rng.pick(&malgrupper);
            if !malgrupp_ids.contains(&extra) {
                malgrupp_ids.push(extra);
            }
        }
        let start_year = first_year + rng.range(0, i64::from(LAST_YEAR - first_year)) as i32;
        let start = date(start_year, rng.range(1, 12) as u32, 1);
        let run_years = *rng.pick(&[1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 6, 8]);
        let slutdatum = if rng.chance(6) {
            None
        } else {
            let end_year = start.year() + run_years - 1;
            Some(date(end_year, rng.range(1, 12) as u32, 28).max(start))
        };
        let avslutas = slutdatum.is_some_and(|end| end < today) && rng.chance(90);
        let beskrivning = (0..rng.range(1, 3))
            .map(|_| *rng.pick(FRAGMENTS))
            .collect::<Vec<_>>()
            .join(" ");
        service.set_clock(open_day(start));
        let created = service.create_insats(NewInsats {
            inriktning,
            foljer_deltagare,
            esf: rng.chance(10),
            esf_leder: true,
            namn: format!("{} {} {}", rng.pick(NAMES), rng.pick(PLACES), i + 1),
            preciserad_inriktning_id: preciserad,
            malgrupp_ids,
            beskrivning,
            startdatum: start.to_string(),
            slutdatum: slutdatum.map(|d| d.to_string()).unwrap_or_default(),
            deltagaransvariga_ids: if inriktning == Inriktning::Individinriktad
                && !ansvariga.is_empty()
            {
                vec![*rng.pick(&ansvariga)]
            } else {
                Vec::new()
            },
            confirm_warnings: false,
        })?;
        plans.push(Plan {
            id: created.id,
            inriktning,
            foljer_deltagare,
            slutdatum,
            avslutas,
        });
    }
    Ok(plans)
}

/// One year's medel, budget och utfall (every row the year view shows) and participant
/// counts. Finished years are complete; the last year lacks a few utfall and counts (the
/// officer is still entering them), and next year has budget only. Returns the number of
/// insatser in the year.
fn fill_year(
    service: &mut Service,
    rng: &mut Rng,
    plans: &[Plan],
    y: i32,
) -> finsamkollen_core::Result<usize> {
    let view = service.year_view(y)?;
    let finished = y < LAST_YEAR;
    let budget_only = y > LAST_YEAR;
    let mut rader = Vec::with_capacity(view.rader.len());
    let mut total = 0;
    let mut counts = Vec::new();
    for rad in &view.rader {
        let admin = rad.key == ADMIN_KEY;
        let budget = if admin {
            rng.kronor(900_000, 1_400_000)
        } else {
            rng.kronor(50_000, 900_000)
        };
        total += budget;
        let utfall = if budget_only || (!finished && rng.chance(8)) {
            String::new()
        } else {
            (budget * rng.range(80, 115) / 100).to_string()
        };
        let budgeterade = if rad.har_deltagare {
            rng.range(8, 120).to_string()
        } else {
            String::new()
        };
        if let Some(plan) = rad
            .insats_id
            .and_then(|id| plans.iter().find(|p| p.id == id))
        {
            if plan.foljer_deltagare && !budget_only && (finished || !utfall.is_empty()) {
                counts.push((plan.id, plan.inriktning));
            }
        }
        rader.push(BudgetCellerInput {
            key: rad.key.clone(),
            budget: budget.to_string(),
            utfall,
            budgeterade_deltagare: budgeterade,
        });
    }
    let esf = if rng.chance(30) {
        rng.kronor(200_000, 2_000_000)
    } else {
        0
    };
    let overskott = if rng.chance(40) {
        rng.kronor(100_000, 1_500_000)
    } else {
        0
    };
    service.save_medel(MedelInput {
        year: y,
        samverkansparterna: (total * rng.range(95, 105) / 100 / 1000 * 1000).to_string(),
        esf_plus: esf.to_string(),
        overskott: overskott.to_string(),
    })?;
    service.save_budget(BudgetInput { year: y, rader })?;
    for (id, inriktning) in counts {
        // Now and then a count small enough to draw the check's warning.
        let mut count = || {
            let n = if rng.chance(3) {
                rng.range(1, 4)
            } else {
                rng.range(5, 90)
            };
            n.to_string()
        };
        let (kvinnor, man, antal) = match inriktning {
            Inriktning::Individinriktad => (count(), count(), String::new()),
            Inriktning::Strukturovergripande => (String::new(), String::new(), count()),
        };
        service.save_deltagare(DeltagareInput {
            insats_id: id,
            ar: y,
            kvinnor,
            man,
            antal,
        })?;
    }
    Ok(view.rader.len() - 1)
}
