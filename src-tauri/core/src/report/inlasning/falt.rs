//! Step 2 of "Läs in tidigare år": what a column means. The header row is guessed, and each
//! column's field is guessed from Swedish header words, ignoring case, diacritics and
//! punctuation; the officer corrects the guess, so the mapping is a plain value the UI
//! edits and sends back ([`Mappning`]).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::arbetsbok::{Blad, Cell};

/// How many rows from the top the header row is looked for in.
pub const HEADER_ROWS_SEARCHED: usize = 20;

/// What a column holds. The insats register's fields (one per insats), the year of a long
/// table (`Ar`), and the figures: per insats and year (budget … antal) or per year (medel,
/// administrativa kostnader).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum FaltTyp {
    /// The insats's name: what every figure per insats is matched by.
    Namn,
    Inriktning,
    /// Uppföljningsmetod: whether participants are followed up ("Ja"/"Nej", "Med/Utan
    /// deltagaruppföljning").
    Uppfoljning,
    /// ESF-finansiering ("Ja"/"Nej"/"x").
    Esf,
    /// M3: whether the förbund itself leads and steers the ESF project ("Ja"/"Nej"), for an
    /// ESF insats; without it a new ESF insats is read as led and the preview says so.
    EsfLeder,
    PreciseradInriktning,
    /// Målgrupper, separated by comma, semicolon or line break.
    Malgrupper,
    Startdatum,
    Slutdatum,
    Beskrivning,
    /// Pågående/Avslutad, as the export writes it. A new insats marked Avslutad is
    /// registered ended on its slutdatum (I2, I5); an existing one is never ended or
    /// reopened by a read (ended by "Avsluta insats" only), a differing status is noted.
    Status,
    /// The year of the row's figures, in a long table (one row per insats and year).
    Ar,
    Budget,
    Utfall,
    BudgeteradeDeltagare,
    Kvinnor,
    Man,
    Antal,
    Samverkansparterna,
    EsfPlus,
    Overskott,
    AdminBudget,
    AdminUtfall,
}

impl FaltTyp {
    /// Every field, in the order the mapping's list offers them.
    pub const ALL: [FaltTyp; 23] = [
        Self::Namn,
        Self::Inriktning,
        Self::Uppfoljning,
        Self::Esf,
        Self::EsfLeder,
        Self::PreciseradInriktning,
        Self::Malgrupper,
        Self::Startdatum,
        Self::Slutdatum,
        Self::Beskrivning,
        Self::Status,
        Self::Ar,
        Self::Budget,
        Self::Utfall,
        Self::BudgeteradeDeltagare,
        Self::Kvinnor,
        Self::Man,
        Self::Antal,
        Self::Samverkansparterna,
        Self::EsfPlus,
        Self::Overskott,
        Self::AdminBudget,
        Self::AdminUtfall,
    ];

    /// The Swedish label, as the mapping's list, the template and the messages use it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Namn => "Insats",
            Self::Inriktning => "Inriktning",
            Self::Uppfoljning => "Uppföljningsmetod",
            Self::Esf => "ESF-finansiering",
            Self::EsfLeder => "Förbundet leder ESF-projektet",
            Self::PreciseradInriktning => "Preciserad inriktning",
            Self::Malgrupper => "Målgrupper",
            Self::Startdatum => "Startdatum",
            Self::Slutdatum => "Slutdatum",
            Self::Beskrivning => "Beskrivning",
            Self::Status => "Status",
            Self::Ar => "År",
            Self::Budget => "Budget",
            Self::Utfall => "Utfall",
            Self::BudgeteradeDeltagare => "Budgeterat antal deltagare",
            Self::Kvinnor => "Kvinnor",
            Self::Man => "Män",
            Self::Antal => "Antal deltagare",
            Self::Samverkansparterna => "Samverkansparterna",
            Self::EsfPlus => "ESF+",
            Self::Overskott => "Överskott från föregående år",
            Self::AdminBudget => "Administrativa kostnader, budget",
            Self::AdminUtfall => "Administrativa kostnader, utfall",
        }
    }

    /// Whether the field is a figure of a year (it takes a year from its header, the
    /// row's År column or the sheet).
    pub fn per_ar(self) -> bool {
        matches!(
            self,
            Self::Budget
                | Self::Utfall
                | Self::BudgeteradeDeltagare
                | Self::Kvinnor
                | Self::Man
                | Self::Antal
                | Self::Samverkansparterna
                | Self::EsfPlus
                | Self::Overskott
                | Self::AdminBudget
                | Self::AdminUtfall
        )
    }

    /// Whether the figure belongs to one insats (rather than to the year).
    pub fn per_insats(self) -> bool {
        self.per_ar()
            && !matches!(
                self,
                Self::Samverkansparterna
                    | Self::EsfPlus
                    | Self::Overskott
                    | Self::AdminBudget
                    | Self::AdminUtfall
            )
    }

    /// Whether the field is part of the insats register (one value per insats).
    pub fn register(self) -> bool {
        !self.per_ar() && !matches!(self, Self::Namn | Self::Ar)
    }
}

/// One entry of the mapping's list of fields, as the UI offers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FaltVal {
    pub typ: FaltTyp,
    pub etikett: String,
    /// Whether the field takes a year (a figure).
    pub per_ar: bool,
}

/// Every field the mapping can choose, in order, with its Swedish label.
pub fn falt_val() -> Vec<FaltVal> {
    FaltTyp::ALL
        .iter()
        .map(|typ| FaltVal {
            typ: *typ,
            etikett: typ.label().to_owned(),
            per_ar: typ.per_ar(),
        })
        .collect()
}

/// One column's meaning: a field, and for a figure the year its header names ("Budget
/// 2023"). A figure without a year takes the row's År column, else the sheet's year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Falt {
    pub typ: FaltTyp,
    pub ar: Option<i32>,
}

/// How one sheet is read: which row holds the headers and what each column means.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Mappning {
    /// The sheet's name, as the file has it.
    pub blad: String,
    /// The header row, as the spreadsheet numbers it (1 is the first row). The rows below
    /// it are read.
    pub rubrikrad: u32,
    /// The year of figures whose column names none and whose row has no År, e.g. "2025"
    /// from a title "Insatser 2025 – …" above the headers.
    pub ar: Option<i32>,
    /// Per column, from column A: its field, or `None` for a column not read.
    pub kolumner: Vec<Option<Falt>>,
}

/// The header words lower-cased, with å/ä → a, ö → o, é → e, ü → u, and every other
/// character that is not a letter, digit or `+` a word break.
pub fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ó' | 'ò' | 'ø' => 'o',
            'é' | 'è' | 'ê' => 'e',
            'ü' | 'ú' => 'u',
            c if c.is_alphanumeric() || c == '+' => c,
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().map(str::to_owned).collect()
}

/// A year named in a text: a word of four digits from 1990 to 2100.
pub fn year_in(text: &str) -> Option<i32> {
    words(text)
        .iter()
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .find(|y| (1990..=2100).contains(y))
}

/// The field a header names, if it names one: "Namn på insatsen" → Namn, "Budget 2023"
/// → Budget of 2023, "Män" → Man. A column that looks like personal identity numbers is
/// never read ("Personnummer" → `None`).
pub fn guess_field(header: &str) -> Option<Falt> {
    let ar = year_in(header);
    let all = words(header);
    let words: Vec<&str> = all
        .iter()
        .map(String::as_str)
        .filter(|w| Some(*w) != ar.map(|y| y.to_string()).as_deref())
        .collect();
    let has = |w: &str| words.contains(&w);
    let starts = |p: &str| words.iter().any(|w| w.starts_with(p));
    let joined = words.join(" ");
    use FaltTyp as F;
    let typ = if words.is_empty() || starts("personn") || starts("pnr") {
        return None;
    } else if starts("adm") {
        if starts("utfall") {
            F::AdminUtfall
        } else if starts("budget") {
            F::AdminBudget
        } else {
            return None;
        }
    } else if starts("samverkansp") {
        F::Samverkansparterna
    } else if has("esf+") || joined.contains("esf plus") || has("esfplus") || has("esf +") {
        F::EsfPlus
    } else if starts("leder") || has("styr") {
        F::EsfLeder
    } else if starts("overskott") {
        F::Overskott
    } else if starts("budgeterad")
        || (starts("budget") && starts("deltagare"))
        || joined.contains("budgeterat antal")
    {
        F::BudgeteradeDeltagare
    } else if starts("budget") {
        F::Budget
    } else if starts("utfall") {
        F::Utfall
    } else if starts("kvinn") {
        F::Kvinnor
    } else if has("man") {
        F::Man
    } else if starts("preciserad") {
        F::PreciseradInriktning
    } else if starts("inriktning") {
        F::Inriktning
    } else if starts("uppfoljning")
        || starts("deltagaruppfoljning")
        || joined.contains("deltagare foljs upp")
    {
        F::Uppfoljning
    } else if has("antal") || starts("deltagare") {
        F::Antal
    } else if starts("esf") {
        F::Esf
    } else if starts("malgrupp") {
        F::Malgrupper
    } else if starts("start") {
        F::Startdatum
    } else if starts("slut") || starts("avslut") {
        F::Slutdatum
    } else if starts("beskrivning") {
        F::Beskrivning
    } else if has("status") {
        F::Status
    } else if (has("ar") && words.len() <= 2) || has("verksamhetsar") || has("year") {
        F::Ar
    } else if starts("insats") || has("namn") {
        F::Namn
    } else {
        return None;
    };
    Some(Falt {
        typ,
        ar: ar.filter(|_| typ.per_ar()),
    })
}

/// A cell's text as a header: text as it is, anything else as nothing.
fn header_text(cell: &Cell) -> Option<&str> {
    match cell {
        Cell::Text(text) if !text.trim().is_empty() => Some(text),
        _ => None,
    }
}

/// How many different fields a row's cells name, and how many different values it holds.
/// Counted once each: a merged title spread over every cell of its range ("Insatser 2026
/// – …" in each of sixteen cells) is one value, not sixteen headers.
fn header_score(row: &[Cell]) -> (usize, usize) {
    let mut values: Vec<&Cell> = Vec::new();
    let mut fields: Vec<Falt> = Vec::new();
    for cell in row.iter().filter(|c| !matches!(c, Cell::Empty)) {
        if values.contains(&cell) {
            continue;
        }
        values.push(cell);
        if let Some(field) = header_text(cell).and_then(guess_field) {
            if !fields.contains(&field) {
                fields.push(field);
            }
        }
    }
    (fields.len(), values.len())
}

/// The header row's index (0 is the spreadsheet's row 1): the first of the top rows whose
/// cells mostly name fields (at least two, and at least half of the filled cells), else
/// the one naming most, else the first row.
pub fn guess_header_row(blad: &Blad) -> usize {
    let top = blad.rows.iter().take(HEADER_ROWS_SEARCHED).enumerate();
    let mut best = (0, 0);
    for (index, row) in top {
        let (named, filled) = header_score(row);
        if named >= 2 && named * 2 >= filled {
            return index;
        }
        if named > best.1 {
            best = (index, named);
        }
    }
    best.0
}

/// The guessed mapping of a sheet: its header row, each column's field (a field named
/// twice is read from its first column only), and the sheet's year from a title above
/// the headers or the sheet's name.
pub fn guess_mapping(blad: &Blad) -> Mappning {
    guess_mapping_at(blad, guess_header_row(blad))
}

/// The guessed mapping of a sheet whose header row the officer chose (`header`: 0 is the
/// spreadsheet's row 1): each column's field from that row's words, and the sheet's year
/// from a title above it or the sheet's name.
pub fn guess_mapping_at(blad: &Blad, header: usize) -> Mappning {
    let mut kolumner: Vec<Option<Falt>> = Vec::new();
    for cell in blad.rows.get(header).map(Vec::as_slice).unwrap_or(&[]) {
        let guess = header_text(cell)
            .and_then(guess_field)
            .filter(|f| !kolumner.contains(&Some(*f)));
        kolumner.push(guess);
    }
    let ar = blad
        .rows
        .iter()
        .take(header)
        .flatten()
        .filter_map(header_text)
        .find_map(year_in)
        .or_else(|| year_in(&blad.name));
    Mappning {
        blad: blad.name.clone(),
        rubrikrad: u32::try_from(header + 1).unwrap_or(1),
        ar,
        kolumner,
    }
}

/// A column's letters as the spreadsheet shows them: 0 → A, 26 → AA.
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rest).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}
