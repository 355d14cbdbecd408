//! Replaying one report into the new file through the use cases: the insats, its
//! reference entries, the year's figures and the förbund page.

use super::*;

/// The insats as the add wizard would save it, typed; list entries missing from this file's
/// lists are added to Inställningar first, through its own use case, on the day `on`.
pub(super) fn insats_input(
    service: &mut Service,
    insats: &RapportInsats,
    on: NaiveDate,
) -> crate::Result<InsatsAndring> {
    let preciserad = match &insats.preciserad_inriktning {
        Some(namn) => Some(reference_id(
            service,
            ReferensLista::PreciseradInriktning,
            (insats, namn),
            on,
        )?),
        None => None,
    };
    let mut malgrupper = Vec::new();
    for namn in &insats.malgrupper {
        malgrupper.push(reference_id(
            service,
            ReferensLista::Malgrupp,
            (insats, namn),
            on,
        )?);
    }
    Ok(InsatsAndring {
        inriktning: insats.inriktning,
        foljer_deltagare: insats.foljer_deltagare,
        esf: insats.esf,
        // The report does not carry the M3 answer: read back, an ESF insats counts as led
        // by the förbund, the stricter reading (as for insatser made before it was asked).
        esf_leder: insats.esf,
        namn: insats.namn.clone(),
        preciserad_inriktning_id: preciserad,
        malgrupp_ids: malgrupper,
        beskrivning: insats.beskrivning.clone(),
        startdatum: insats.startdatum,
        // An ended insats is ended afterwards, with its real end date.
        slutdatum: match insats.status {
            InsatsStatus::Pagaende => insats.slutdatum,
            InsatsStatus::Avslutad => None,
        },
        deltagaransvariga_ids: Vec::new(),
        // The warnings were confirmed when the data was first saved.
        confirm_warnings: true,
    })
}

pub(super) fn reference_id(
    service: &mut Service,
    lista: ReferensLista,
    (insats, namn): (&RapportInsats, &str),
    on: NaiveDate,
) -> crate::Result<i64> {
    let conn = service.db().conn();
    let inriktning = (lista == ReferensLista::PreciseradInriktning).then_some(insats.inriktning);
    if let Some(id) = db::referens::name_owner(conn, lista, inriktning, &name_key(namn))? {
        return Ok(id);
    }
    let entry = ReferensInput {
        lista,
        id: None,
        inriktning,
        namn: namn.to_owned(),
        hjalptext: String::new(),
        dold: false,
    };
    service.apply_referens(entry, on)?;
    db::referens::name_owner(service.db().conn(), lista, inriktning, &name_key(namn))?.ok_or(
        CoreError::NotFound {
            what: namn.to_owned(),
        },
    )
}

/// One report's figures, written on the day `on` (the last day its year was open).
pub(super) fn replay_year(
    service: &mut Service,
    report: &Arsrapport,
    ids: &HashMap<String, i64>,
    file: &str,
    on: NaiveDate,
) -> crate::Result<()> {
    let at = |path: &str| {
        let path = path.to_owned();
        move |e: CoreError| refused(file, &path, e.to_string())
    };
    if let Some(medel) = &report.medel {
        let medel = Medel {
            year: report.year,
            samverkansparterna: medel.samverkansparterna,
            esf_plus: medel.esf_plus,
            overskott: medel.overskott,
        };
        service.apply_medel(medel, on).map_err(at("medel"))?;
    }
    let mut rader = vec![BudgetCeller {
        rad: Rad::Admin,
        budget: report.administrativa_kostnader.budget,
        utfall: report.administrativa_kostnader.utfall,
        budgeterade_deltagare: None,
    }];
    for insats in &report.insatser {
        rader.push(BudgetCeller {
            rad: Rad::Insats {
                id: ids[&name_key(&insats.namn)],
            },
            budget: insats.budget,
            utfall: insats.utfall,
            budgeterade_deltagare: insats.budgeterade_deltagare,
        });
    }
    let budget = BudgetAndring {
        year: report.year,
        rader,
    };
    service.apply_budget(budget, on).map_err(at("insatser"))?;
    for (i, insats) in report.insatser.iter().enumerate() {
        let d = &insats.deltagare;
        if d.kvinnor.is_none() && d.man.is_none() && d.antal.is_none() {
            continue;
        }
        let counts = DeltagareAndring {
            insats_id: ids[&name_key(&insats.namn)],
            year: report.year,
            kvinnor: d.kvinnor,
            man: d.man,
            antal: d.antal,
        };
        service
            .apply_deltagare(counts, on)
            .map_err(at(&format!("insatser[{i}].deltagare")))?;
    }
    Ok(())
}

/// The verksamhetsområde and the roles of the newest report, as the förbund page saves them.
pub(super) fn area_and_roles(
    service: &Service,
    report: &Arsrapport,
) -> crate::Result<(Vec<OmradeRef>, Vec<RollerInput>)> {
    let conn = service.db().conn();
    let kommuner = db::omrade::kommuner(conn)?;
    let stadsdelar = db::omrade::stadsdelar(conn)?;
    let mut omrade = Vec::new();
    for o in &report.verksamhetsomrade {
        let kommun = kommuner
            .iter()
            .find(|k| k.kod == o.kommunkod)
            .ok_or_else(|| CoreError::NotFound {
                what: format!("Kommunen {}", o.kommunkod),
            })?;
        let stadsdel = if o.namn == kommun.kortnamn {
            None
        } else {
            Some(
                stadsdelar
                    .iter()
                    .find(|s| {
                        s.kommun_kod == kommun.kod
                            && db::omrade::omrade_name(&kommun.kortnamn, Some(&s.namn)) == o.namn
                    })
                    .map(|s| s.id)
                    .ok_or_else(|| CoreError::NotFound {
                        what: format!("Området {}", o.namn),
                    })?,
            )
        };
        omrade.push(OmradeRef {
            kommun_kod: kommun.kod.clone(),
            stadsdel_id: stadsdel,
        });
    }
    let mut roles = Vec::new();
    for o in &report.organisationer {
        let id = if o.typ == OrganisationTyp::Samordningsforbund {
            db::organisation::known(conn, crate::domain::organisation::Known::Forbundet)?.id
        } else {
            organisation_id(service, &o.namn, o.typ)?
        };
        roles.push(RollerInput {
            organisation_id: id,
            medlem: o.medlem,
            finansiar: o.finansiar,
        });
    }
    Ok((omrade, roles))
}

/// The förbund's details in the newest report: its text read to each field's form, its dates
/// as they are.
pub(super) fn forbund_details(report: &Arsrapport) -> crate::Result<ValidForbund> {
    let f = &report.forbund;
    let raw = Details {
        beskrivning: f.beskrivning.clone(),
        gatuadress: f.adress.gatuadress.clone(),
        postnummer: f.adress.postnummer.clone(),
        ort: f.adress.ort.clone(),
        kontakt_namn: f.kontaktperson.namn.clone(),
        kontakt_telefon: f.kontaktperson.telefon.clone(),
        kontakt_epost: f.kontaktperson.epost.clone(),
    };
    let mut errors = FieldErrors::default();
    let (namn, organisationsnummer, details) =
        read_texts(&mut errors, &f.namn, &f.organisationsnummer, &raw);
    errors.finish()?;
    let organisationsnummer = organisationsnummer.ok_or(CoreError::Several(Vec::new()))?;
    Ok(ValidForbund {
        namn,
        organisationsnummer,
        startdatum: f.startdatum,
        slutdatum: f.slutdatum,
        details,
    })
}

/// A financier of the split: the förbund itself by its key, any other by name and type.
pub(super) fn financier_id(
    service: &Service,
    namn: &str,
    typ: OrganisationTyp,
) -> crate::Result<i64> {
    if typ == OrganisationTyp::Samordningsforbund {
        let conn = service.db().conn();
        return Ok(
            db::organisation::known(conn, crate::domain::organisation::Known::Forbundet)?.id,
        );
    }
    organisation_id(service, namn, typ)
}

/// An organisation by its exact name and type.
pub(super) fn organisation_id(
    service: &Service,
    namn: &str,
    typ: OrganisationTyp,
) -> crate::Result<i64> {
    let found = service.search_organisationer(OrganisationSearch {
        typ: Some(typ),
        namn: namn.to_owned(),
    })?;
    if let Some(o) = found.into_iter().find(|o| o.namn == namn) {
        return Ok(o.id);
    }
    Err(CoreError::NotFound {
        what: format!("Organisationen ”{namn}”"),
    })
}
