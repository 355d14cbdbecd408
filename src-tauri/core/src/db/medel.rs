//! Table `medel`: one row of funds per calendar year.

use rusqlite::{Connection, OptionalExtension};

use crate::domain::medel::Medel;

pub fn get(conn: &Connection, year: i32) -> rusqlite::Result<Option<Medel>> {
    conn.query_row(
        "SELECT ar, samverkansparterna, esf_plus, overskott FROM medel WHERE ar = ?1",
        [year],
        |r| {
            Ok(Medel {
                ar: r.get(0)?,
                samverkansparterna: r.get(1)?,
                esf_plus: r.get(2)?,
                overskott: r.get(3)?,
            })
        },
    )
    .optional()
}
