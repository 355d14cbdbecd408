//! Finsamkollen's core: the domain, every national rule, the data file and the yearly
//! reports of a samordningsförbund. The desktop shell calls into this crate and
//! nothing else decides.
//!
//! # Invariants
//! 1. The core knows nothing of Tauri, IPC or the webview; the shell knows no rule.
//! 2. Every rule is enforced here. The UI may *also* disable a control, never *instead*.
//! 3. Money is whole kronor in an `i64` newtype ([`Kronor`]); never a float. Years are integers.
//! 4. "Today" comes from one injectable [`Clock`]; no rule reads the system time directly.
//! 5. Every write is one transaction ([`db::Db::write`]): all of a save lands, or none of it.
//! 6. No person-level participant data is ever stored: counts only.
//!
//! # Layout and layers
//! Each module may use only the ones below it; `tests/core/arkitektur/` fails on any
//! other use in any path form, so the layers have no cycles. Lowest first:
//! - [`files`], [`location`], [`error`], [`money`], [`clock`], [`settings`],
//!   [`update`]: the foundations (flush/replace/remove the same on Windows and Linux;
//!   the same disk, or a synced or network folder, from file-system facts; every refusal
//!   and warning; kronor; "today"; the settings outside the data file; the update answers).
//! - [`domain`]: the types the officer works with (förbund, insats, medel); no logic that
//!   is a rule.
//! - [`rules`]: pure functions, one module per rule family, named after the domain spec (Y1…).
//! - [`db`]: the data file: opening and refusing files, migrations, one module per table,
//!   and where its backups are.
//! - [`ops`]: use cases on [`Service`]: rules and database in one transaction.
//! - [`report`], [`backup`]: built on the use cases: the yearly report and its import;
//!   making and restoring backups.
//! - [`api`]: what crosses the IPC boundary, and the generated TypeScript bindings.
//!
//! The benchmark data set is not part of this library: it is the `finsamkollen-bench`
//! crate (`src-tauri/bench`).

pub mod api;
pub mod backup;
pub mod clock;
pub mod db;
pub mod domain;
pub mod error;
pub mod files;
pub mod location;
pub mod money;
pub mod ops;
pub mod report;
pub mod rules;
pub mod settings;
pub mod update;

pub use clock::Clock;
pub use error::CoreError;
pub use money::Kronor;
pub use ops::Service;

/// Result type of every fallible core function.
pub type Result<T, E = CoreError> = std::result::Result<T, E>;
