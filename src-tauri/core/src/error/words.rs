//! The words the refusals are made of: sizes, counts, and SQLite's reasons in Swedish.

/// Why SQLite refused, as a Swedish sentence. SQLite's own text is English and technical
/// ("database disk image is malformed"); its result code says the same in a way that can
/// be worded for the officer.
pub(super) fn database_orsak(error: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as Code;
    let Some(code) = error.sqlite_error_code() else {
        return "Ett oväntat fel uppstod när datafilen lästes eller skrevs.".to_owned();
    };
    match code {
        Code::DatabaseCorrupt | Code::NotADatabase => {
            "Datafilen är skadad: en del av filen går inte att läsa. Återställ en \
             säkerhetskopia under Inställningar → Dina data."
        }
        Code::DiskFull => "Disken är full. Frigör utrymme och försök igen.",
        Code::DatabaseBusy | Code::DatabaseLocked => {
            "Datafilen används av ett annat program just nu. Försök igen om en stund."
        }
        Code::ReadOnly => {
            "Datafilen går bara att läsa: den är skrivskyddad eller ligger på en disk som \
             bara går att läsa från."
        }
        Code::PermissionDenied => "Du har inte behörighet att ändra datafilen.",
        Code::CannotOpen => {
            "Datafilen kan inte öppnas: filen eller mappen finns inte längre, eller så \
             saknas behörighet."
        }
        Code::SystemIoFailure | Code::FileLockingProtocolFailed => {
            "Datafilen kunde inte läsas eller skrivas: disken svarade med ett fel. Kontrollera \
             att disken eller nätverksmappen är ansluten."
        }
        Code::OutOfMemory => "Datorn har inte tillräckligt med ledigt minne.",
        Code::TooBig => "Uppgiften är för stor för att sparas i datafilen.",
        Code::ConstraintViolation => "Ändringen skulle bryta mot en regel i datafilen.",
        _ => {
            return format!(
                "Ett oväntat fel uppstod i datafilen (felkod {}).",
                error.sqlite_extended_error_code().unwrap_or_default()
            )
        }
    }
    .to_owned()
}

/// Why a migration failed, as a Swedish sentence: SQLite's reason when it was SQLite's.
pub(super) fn migration_orsak(error: &refinery::Error) -> String {
    use refinery::error::Kind;
    match error.kind() {
        Kind::Connection(_, source) => match source.downcast_ref::<rusqlite::Error>() {
            Some(sqlite) => database_orsak(sqlite),
            None => "Datafilen kunde inte läsas eller skrivas.".to_owned(),
        },
        Kind::DivergentVersion(..) | Kind::MissingVersion(_) => {
            "Datafilen har uppdaterats av en version av Finsamkollen som den här versionen \
             inte känner till."
                .to_owned()
        }
        _ => "Uppdateringen i den här versionen av Finsamkollen är felaktig.".to_owned(),
    }
}

/// "fel.json: " before an import's message, or nothing when no file is concerned.
pub(super) fn prefix(file: &str) -> String {
    if file.is_empty() {
        String::new()
    } else {
        format!("{file}: ")
    }
}

/// The message with where in the file it is, inside the sentence, before its full stop:
/// "namnet är längre än 200 tecken (vid insatser[0].namn)". A message that ends in a full
/// stop loses it, since the caller ends the sentence; a problem of the whole file has no
/// place.
pub(super) fn vid(message: &str, path: &str) -> String {
    let message = message.trim_end().trim_end_matches('.');
    if path.is_empty() {
        message.to_owned()
    } else {
        format!("{message} (vid {path})")
    }
}

/// "5 MB", "50,3 MB": a file's size as Windows' Explorer shows it (1 MB = 1 024 kB).
pub(super) fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10).saturating_add(524_288) / 1_048_576;
    match tenths % 10 {
        0 => format!("{} MB", tenths / 10),
        rest => format!("{},{rest} MB", tenths / 10),
    }
}

/// "200 000": a count with its thousands apart, as Swedish writes it.
pub(super) fn tusental(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// "1 insats", "3 insatser".
pub(super) fn insatser(count: i64) -> String {
    if count == 1 {
        "1 insats".to_owned()
    } else {
        format!("{count} insatser")
    }
}

/// "0 byte", or "4 096 byte, bara nollor" for a file of NUL bytes: the size of an empty
/// data file as the question about it names it.
pub(super) fn empty_size(bytes: u64) -> String {
    if bytes == 0 {
        "0 byte".to_owned()
    } else {
        format!("{} byte, bara nollor", tusental(bytes))
    }
}
