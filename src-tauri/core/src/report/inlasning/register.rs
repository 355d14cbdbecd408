//! The insats register's rows as the insats form would send them: a new insats's choices
//! looked up in the reference lists by name (case aside), and what the file says otherwise
//! about an existing insats.

use chrono::NaiveDate;

use super::insatser::Context;
use super::rader::Register;
use crate::db;
use crate::domain::insats::{Inriktning, InsatsAndring, InsatsRecord};
use crate::rules::text::name_key;

/// A problem of a register row: its column (`None`: the row) and its sentence.
pub type ColumnProblem = (Option<usize>, String);

/// The register's fixed choices as the insats form would send them, for a new insats;
/// the problems of what is missing or not in the lists otherwise.
pub fn new_insats(
    ctx: &Context<'_>,
    namn: &str,
    register: &Register,
) -> crate::Result<Result<InsatsAndring, Vec<ColumnProblem>>> {
    let conn = ctx.service.db().conn();
    let mut problems = Vec::new();
    let Some(inriktning) = register.inriktning.as_ref().map(|r| r.value) else {
        problems.push((
            None,
            format!(
                "Insatsen ”{namn}” finns inte i Finsamkollen och raden anger ingen inriktning."
            ),
        ));
        return Ok(Err(problems));
    };
    let foljer_deltagare = match (inriktning, &register.uppfoljning) {
        (Inriktning::Individinriktad, _) => true,
        (Inriktning::Strukturovergripande, Some(r)) => r.value,
        (Inriktning::Strukturovergripande, None) => {
            problems.push((
                None,
                "Ange uppföljningsmetoden (Ja eller Nej: följs deltagarna upp?) för en ny \
                 strukturövergripande insats."
                    .to_owned(),
            ));
            false
        }
    };
    let preciserad_inriktning_id = match &register.preciserad {
        None => None,
        Some(read) => {
            let key = name_key(&read.value);
            let found = db::referens::preciserade(conn, inriktning)?
                .into_iter()
                .find(|r| name_key(&r.namn) == key);
            if found.is_none() {
                problems.push((
                    Some(read.col),
                    format!(
                        "”{}” finns inte bland de preciserade inriktningarna för {} insatser \
                         (Inställningar → Referenslistor).",
                        read.value,
                        inriktning.label().to_lowercase()
                    ),
                ));
            }
            found.map(|r| r.id)
        }
    };
    let mut malgrupp_ids = Vec::new();
    if let Some(read) = &register.malgrupper {
        let all = db::referens::malgrupper(conn)?;
        for name in &read.value {
            match all.iter().find(|m| name_key(&m.namn) == name_key(name)) {
                Some(m) => malgrupp_ids.push(m.id),
                None => problems.push((
                    Some(read.col),
                    format!("Målgruppen ”{name}” finns inte (Inställningar → Referenslistor)."),
                )),
            }
        }
    }
    let Some(startdatum) = register.startdatum.as_ref().map(|r| r.value) else {
        problems.push((None, "Startdatum saknas för den nya insatsen.".to_owned()));
        return Ok(Err(problems));
    };
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let esf = register.esf.as_ref().is_some_and(|r| r.value);
    Ok(Ok(InsatsAndring {
        inriktning,
        foljer_deltagare,
        esf,
        // M3: the file's answer; without one the stricter answer (ESF-rådet must then be
        // a financier), which the preview notes (`esf_leder_note`) and the panel changes.
        esf_leder: esf && register.esf_leder.as_ref().is_none_or(|r| r.value),
        namn: namn.to_owned(),
        preciserad_inriktning_id,
        malgrupp_ids,
        beskrivning: register
            .beskrivning
            .as_ref()
            .map(|r| r.value.clone())
            .unwrap_or_default(),
        startdatum,
        slutdatum: register.slutdatum.as_ref().map(|r| r.value),
        deltagaransvariga_ids: Vec::new(),
        // D3 was checked over every cell of the row already, as a blocking problem.
        confirm_warnings: true,
    }))
}

/// The dates and status of an existing insats the file gives otherwise: the import matches the
/// insats and leaves its details as they are (the panel changes them, by Y6's rules).
pub fn other_details(record: &InsatsRecord, register: &Register) -> Vec<(usize, String)> {
    let mut notes = Vec::new();
    let mut differs = |col: usize, label: &str, file: String, stored: String| {
        notes.push((
            col,
            format!(
                "{label} i filen ({file}) skiljer sig från insatsens i Finsamkollen ({stored}). \
                 Inläsningen ändrar inte insatsens uppgifter; ändra dem i insatsens panel."
            ),
        ));
    };
    if let Some(start) = register.startdatum.as_ref() {
        if start.value != record.startdatum {
            let stored = record.startdatum.to_string();
            differs(start.col, "Startdatumet", start.value.to_string(), stored);
        }
    }
    if let Some(end) = register.slutdatum.as_ref() {
        if Some(end.value) != record.slutdatum {
            let stored = record
                .slutdatum
                .map_or_else(|| "inget".to_owned(), |d| d.to_string());
            differs(end.col, "Slutdatumet", end.value.to_string(), stored);
        }
    }
    if let Some(leder) = register.esf_leder.as_ref().filter(|_| record.esf) {
        if leder.value != record.esf_leder {
            let ja_nej = |v: bool| if v { "Ja" } else { "Nej" }.to_owned();
            let (file, stored) = (ja_nej(leder.value), ja_nej(record.esf_leder));
            differs(
                leder.col,
                "Svaret om förbundet leder ESF-projektet",
                file,
                stored,
            );
        }
    }
    // Ending is final and made by "Avsluta insats" (I5): a read neither ends nor reopens.
    if let Some(status) = register.avslutad.as_ref() {
        if status.value && !record.avslutad {
            notes.push((
                status.col,
                "Insatsen är avslutad enligt filen men pågående i Finsamkollen. Inläsningen \
                 avslutar den inte; avsluta den med ”Avsluta insats” i insatsens panel."
                    .to_owned(),
            ));
        } else if !status.value && record.avslutad {
            notes.push((
                status.col,
                "Insatsen är pågående enligt filen men avslutad i Finsamkollen, och en avslutad \
                 insats förblir avslutad."
                    .to_owned(),
            ));
        }
    }
    notes
}

/// M3: the note of a new ESF insats whose row does not say whether the förbund leads the
/// ESF project (its column, and its sentence). It is read as led, the stricter answer,
/// rather than guessed silently: the officer sees it before reading and answers in the
/// panel.
pub fn esf_leder_note(input: &InsatsAndring, register: &Register) -> Option<(usize, String)> {
    let esf = register.esf.as_ref().filter(|_| input.esf)?;
    if register.esf_leder.is_some() {
        return None;
    }
    Some((
        esf.col,
        "Filen säger inte om förbundet självt leder och styr ESF-projektet. Insatsen läses \
         in som ledd av förbundet, och då måste ESF-rådet vara finansiär (M3). Leder förbundet \
         inte projektet: svara Nej i insatsens panel efter inläsningen, eller ange det i en \
         kolumn ”Förbundet leder ESF-projektet” (Ja eller Nej)."
            .to_owned(),
    ))
}

/// Two register rows say the same (columns aside).
pub fn same_register(a: Option<&Register>, b: Option<&Register>) -> bool {
    let values = |r: Option<&Register>| {
        r.map(|r| {
            (
                r.inriktning.as_ref().map(|v| v.value),
                r.uppfoljning.as_ref().map(|v| v.value),
                r.esf.as_ref().map(|v| v.value),
                r.esf_leder.as_ref().map(|v| v.value),
                r.preciserad.as_ref().map(|v| name_key(&v.value)),
                r.startdatum.as_ref().map(|v| v.value),
                r.slutdatum.as_ref().map(|v| v.value),
                r.avslutad.as_ref().map(|v| v.value),
            )
        })
    };
    values(a) == values(b)
}

/// An insats form with only the name, for the I1 comparison.
pub fn undated(namn: &str) -> InsatsAndring {
    InsatsAndring {
        inriktning: Inriktning::Individinriktad,
        foljer_deltagare: true,
        esf: false,
        esf_leder: false,
        namn: namn.to_owned(),
        preciserad_inriktning_id: None,
        malgrupp_ids: Vec::new(),
        beskrivning: String::new(),
        startdatum: NaiveDate::MIN,
        slutdatum: None,
        deltagaransvariga_ids: Vec::new(),
        confirm_warnings: true,
    }
}
