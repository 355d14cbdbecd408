//! Keeps the Kostnadsrapport's blocks together on paper. Neither Excel nor LibreOffice
//! keeps a heading with the rows below it, so a block that would straddle a page (the
//! Summering's heading and column headers ending one page, its figures alone on the next)
//! gets a manual page break before it. A short sheet prints on one page instead, scaled
//! down a little; a long insats table is broken where a page is full and its column headers
//! are written again at the top of the next page.
//!
//! Heights are estimated in points from the row heights the sheet sets (a line of 11 pt
//! text is 15 pt, a 12 pt heading a little more), with room to spare, so that the
//! program's own page break never comes before the one placed here.

/// The printable height of a landscape A4 page with the sheet's margins (0.75 inch top
/// and bottom), less a margin of safety for the programs' own row heights, in points.
const PAGE: f64 = 470.0;
/// A sheet up to this many pages tall is fitted onto one page: it then prints at no less
/// than about 75 %, still easy to read.
const ONE_PAGE_UP_TO: f64 = 1.35;
/// A block's heading row (12 pt bold).
pub(super) const HEADING: f64 = 18.0;
/// One line of 11 pt text.
pub(super) const ROW: f64 = 15.0;

/// Where a sheet's rows fall on its pages.
pub(super) struct Pager {
    /// Points used on the current page.
    used: f64,
    /// Points the rows repeated at the top of every page take.
    repeated: f64,
    /// The rows a page begins with, by a manual break.
    breaks: Vec<u32>,
    /// The whole sheet fits on one page: no breaks are placed.
    one_page: bool,
}

impl Pager {
    /// A sheet of `total` points whose first page begins with `title` points of title rows,
    /// of which `repeated` are repeated on every page.
    pub(super) fn new(total: f64, title: f64, repeated: f64) -> Self {
        Self {
            used: title,
            repeated,
            breaks: Vec::new(),
            one_page: total <= PAGE * ONE_PAGE_UP_TO,
        }
    }

    /// Whether the whole sheet is fitted onto one page.
    pub(super) fn one_page(&self) -> bool {
        self.one_page
    }

    /// Before `height` points that must stay together from `row` on: a page break before
    /// `row` when they do not fit on the rest of this page. Returns whether it broke.
    pub(super) fn keep(&mut self, row: u32, height: f64) -> bool {
        let broke = !self.one_page && self.used + height > PAGE && self.used > self.repeated;
        if broke {
            self.breaks.push(row);
            self.used = self.repeated;
        }
        self.used += height;
        broke
    }

    /// Adds `height` points to the current page.
    pub(super) fn add(&mut self, height: f64) {
        self.used += height;
    }

    /// The rows that begin a page by a manual break, for `set_page_breaks`.
    pub(super) fn breaks(&self) -> &[u32] {
        &self.breaks
    }
}
