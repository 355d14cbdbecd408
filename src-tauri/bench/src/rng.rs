//! The generator's randomness and the words it builds names and descriptions from.

/// SplitMix64: tiny, fast and fully determined by its seed (no dependency whose output
/// could change between versions).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo + 1).max(1) as u64;
        lo + (self.next() % span) as i64
    }

    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub(crate) fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[(self.next() % list.len().max(1) as u64) as usize]
    }

    /// An amount in whole thousands of kronor.
    pub(crate) fn kronor(&mut self, lo: i64, hi: i64) -> i64 {
        self.range(lo / 1000, hi / 1000) * 1000
    }
}

pub(crate) const NAMES: &[&str] = &[
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

pub(crate) const PLACES: &[&str] = &[
    "Norr", "Söder", "Öster", "Väster", "Centrum", "Hisingen", "Angered", "Kungälv", "Ale", "Lerum",
];

pub(crate) const FRAGMENTS: &[&str] = &[
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
