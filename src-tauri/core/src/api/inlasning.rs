//! "Läs in tidigare år" → "Läs in", with its backup. The backup is taken here because
//! `backup` is a layer beside `report`, which may not use it: the report step
//! (`Service::inlasning_verkstall`) checks everything first and calls the backup given
//! here only when it is about to write, so a refused read leaves no backup behind either.

use crate::ops::Service;
use crate::report::inlasning::{Arbetsbok, InlasningBegaran, InlasningSammanfattning};

/// Reads `bok` as `begaran` says into the open data file: refused (nothing written, no
/// backup) while the preview has a problem; otherwise a backup of the data file first
/// (none for a data file in memory), then one transaction.
pub fn las_in(
    service: &mut Service,
    bok: &Arbetsbok,
    begaran: &InlasningBegaran,
) -> crate::Result<InlasningSammanfattning> {
    service.inlasning_verkstall(bok, begaran, |service| {
        if service.db().path().is_none() {
            return Ok(None);
        }
        Ok(Some(service.backup_now()?.path))
    })
}
