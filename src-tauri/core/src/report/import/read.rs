//! Reading one report file: its size, its text and its JSON, each refusal in the officer's
//! words.

use super::*;

/// One report file as text: at most [`MAX_FILE_BYTES`], UTF-8 (a leading byte-order mark,
/// which Notepad writes, is dropped).
pub fn read_report_file(path: &Path) -> crate::Result<ImportFile> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let io = |source| CoreError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    let too_large = |size| {
        CoreError::from(IncomingFileError::ImportTooLarge {
            file: name.clone(),
            size,
            limit: MAX_FILE_BYTES,
        })
    };
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    // A file that grows while it is read is still read no further than the limit.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        refused(
            &name,
            "",
            "filen kan inte läsas: den är inte en textfil, så den är ingen årsrapport från \
             Finsamkollen",
        )
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    Ok(ImportFile { name, text })
}

/// The checks every import path passes, whether the text came from a file or from memory:
/// at most [`MAX_FILE_BYTES`], a leading byte-order mark dropped, and not a file of NUL
/// characters, as a copy or sync that died leaves behind (a NUL later in the text is a
/// control character the JSON reader names by its line). The encoding is checked where
/// bytes become text ([`read_report_file`]).
pub(super) fn checked_text(file: &ImportFile) -> crate::Result<&str> {
    let size = file.text.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(CoreError::from(IncomingFileError::ImportTooLarge {
            file: file.name.clone(),
            size,
            limit: MAX_FILE_BYTES,
        }));
    }
    let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    if text.starts_with('\0') {
        return Err(refused(
            &file.name,
            "",
            "filen kan inte läsas: den innehåller nolltecken, som en kopiering eller \
             synkronisering som avbröts kan lämna efter sig, så den är ingen årsrapport från \
             Finsamkollen",
        ));
    }
    Ok(text)
}

/// Reads and checks one file: valid JSON of the right format and version.
pub(super) fn parse(file: &ImportFile) -> crate::Result<Arsrapport> {
    let text = checked_text(file)?;
    // serde would read a struct from a JSON array too (its fields in order), and then say
    // what is wrong with the array's second element; any JSON but an object is simply not
    // a report.
    let object = text.trim_start().starts_with('{');
    if !object && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
        return Err(refused(
            &file.name,
            "",
            format!("filen kan inte läsas: {NOT_A_REPORT}"),
        ));
    }
    let mut json = serde_json::Deserializer::from_str(text);
    let report: Arsrapport = match serde_path_to_error::deserialize(&mut json) {
        Ok(report) => report,
        Err(e) => {
            // What the file is decides what to say: another program's JSON, or a report
            // of another version (whose new keys this version does not know), is named as
            // such rather than by its first key this version cannot read.
            if let Ok(serde_json::Value::Object(map)) = serde_json::from_str(text) {
                let version = map.get("version").and_then(serde_json::Value::as_u64);
                identity(
                    file,
                    map.get("format").and_then(serde_json::Value::as_str),
                    version,
                )?;
            }
            let path = e.path().to_string();
            let orsak = json_orsak(e.inner(), &path);
            // A file cut off has no place that is wrong: it ends. Elsewhere, serde names a
            // place it could not identify "?" ("insatser[0].?"), which is left out.
            let cut_off = e.inner().classify() == serde_json::error::Category::Eof;
            let mut path = path.as_str();
            while let Some(known) = path.strip_suffix(".?") {
                path = known;
            }
            let path = if cut_off || path == "." || path == "?" {
                String::new()
            } else {
                path.to_owned()
            };
            return Err(refused(
                &file.name,
                &path,
                format!("filen kan inte läsas: {orsak}"),
            ));
        }
    };
    identity(file, Some(&report.format), Some(u64::from(report.version)))?;
    Ok(report)
}

/// Ok when the file says it is a report of this format and version (or does not say which
/// version); otherwise what it is instead.
pub(super) fn identity(
    file: &ImportFile,
    format: Option<&str>,
    version: Option<u64>,
) -> crate::Result<()> {
    let Some(format) = format else {
        return Err(refused(
            &file.name,
            "",
            format!("filen kan inte läsas: {NOT_A_REPORT}"),
        ));
    };
    if format != FORMAT {
        return Err(refused(
            &file.name,
            "format",
            format!("filen är inte en årsrapport från Finsamkollen (format {format})"),
        ));
    }
    match version {
        Some(version) if version != u64::from(VERSION) => Err(refused(
            &file.name,
            "version",
            format!("versionen {version} är okänd; den här Finsamkollen läser version {VERSION}"),
        )),
        _ => Ok(()),
    }
}

pub(super) const NOT_A_REPORT: &str = "den är inte en årsrapport från Finsamkollen";

/// Why serde_json could not read a file, in the officer's words. serde's own messages are
/// English and name Rust types ("invalid type: floating point `1.5`, expected i64"). Their
/// shapes are fixed by `serde::de::Error` (invalid type, invalid value, missing field, …),
/// so the cases a report file can meet are recognised here, and anything else still gets
/// a Swedish sentence: the caller adds where in the file it is.
pub(super) fn json_orsak(error: &serde_json::Error, path: &str) -> String {
    use serde_json::error::Category;
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let raw = full.strip_suffix(&position).unwrap_or(&full);
    let place = format!("rad {}, tecken {}", error.line(), error.column());
    match error.classify() {
        Category::Eof => "den tar slut mitt i, som om den har klippts av (till exempel när en \
                          kopiering avbröts). Exportera rapporten på nytt"
            .to_owned(),
        Category::Syntax if raw.starts_with("control character") => {
            format!("en text i filen innehåller ett osynligt styrtecken ({place})")
        }
        Category::Syntax => format!("{NOT_A_REPORT}: den är inte skriven i JSON ({place})"),
        Category::Io => "den gick inte att läsa till slut".to_owned(),
        Category::Data => data_orsak(raw, path),
    }
}

/// A value of the wrong kind, or a key too many or too few (see [`json_orsak`]).
pub(super) fn data_orsak(raw: &str, path: &str) -> String {
    let root = path == ".";
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        if root {
            return NOT_A_REPORT.to_owned();
        }
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let integer = matches!(expected, "i64" | "i32" | "u32" | "u64");
        if let Some(number) = quoted(found, "floating point `", "`") {
            if expected == "i64" {
                return format!("beloppet {number} har decimaler: ange hela kronor, utan ören");
            }
            if integer {
                return format!("talet {number} har decimaler: ange ett heltal");
            }
        }
        if let Some(text) = quoted(found, "string \"", "\"") {
            if integer && text.contains(|c: char| c.is_ascii_digit()) {
                return format!(
                    "”{text}” är skrivet som text där det ska stå {}: skriv bara siffrorna, \
                     utan citattecken och mellanslag",
                    expected_sv(expected)
                );
            }
        }
        return format!(
            "{} står där det ska stå {}",
            found_sv(found),
            expected_sv(expected)
        );
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if let Some(number) = quoted(found, "integer `", "`") {
            return if number.starts_with('-') {
                format!("talet {number} är negativt: ange ett heltal, 0 eller mer")
            } else {
                format!("talet {number} är för stort för att stå här")
            };
        }
        return format!("{} kan inte stå här", found_sv(found))
            + &match expected_sv(expected) {
                e if e == "något annat" => String::new(),
                e => format!(", det ska vara {e}"),
            };
    }
    if let Some(field) = quoted(raw, "missing field `", "`") {
        if root && field == "format" {
            return NOT_A_REPORT.to_owned();
        }
        return format!("uppgiften ”{field}” saknas");
    }
    if let Some(field) = quoted(raw, "unknown field `", "`") {
        return format!(
            "uppgiften ”{field}” hör inte till en årsrapport av version {VERSION}: filen kan \
             vara ändrad för hand eller skriven av ett annat program"
        );
    }
    if let Some(field) = quoted(raw, "duplicate field `", "`") {
        return format!("uppgiften ”{field}” står två gånger");
    }
    if let Some(value) = quoted(raw, "unknown variant `", "`") {
        // "expected `a` or `b`", "expected one of `a`, `b`, `c`".
        let allowed: Vec<&str> = raw
            .split_once(", expected ")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        return if allowed.is_empty() {
            format!("värdet ”{value}” är inte tillåtet här")
        } else {
            format!(
                "värdet ”{value}” är inte tillåtet här; det ska vara ett av {}",
                allowed.join(", ")
            )
        };
    }
    if root {
        return NOT_A_REPORT.to_owned();
    }
    let last = path.rsplit('.').next().unwrap_or_default();
    if last.ends_with("datum") || last == "skapad" {
        // chrono's own reasons ("input contains invalid characters", "premature end of
        // input", "input is out of range").
        return "datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern".to_owned();
    }
    "ett värde har fel form".to_owned()
}

/// The text between `open` (at the start of `text`) and the next `close`.
pub(super) fn quoted<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(open)?;
    rest.find(close).map(|end| &rest[..end])
}

/// What serde found (`serde::de::Unexpected`), in Swedish.
pub(super) fn found_sv(found: &str) -> String {
    if let Some(number) =
        quoted(found, "floating point `", "`").or_else(|| quoted(found, "integer `", "`"))
    {
        return format!("talet {number}");
    }
    if let Some(text) = quoted(found, "string \"", "\"") {
        return format!("texten ”{text}”");
    }
    if let Some(value) = quoted(found, "boolean `", "`") {
        return format!("värdet {value}");
    }
    match found {
        "null" | "unit value" => "null (inget värde)",
        "sequence" => "en lista",
        "map" => "en grupp uppgifter",
        _ => "ett värde",
    }
    .to_owned()
}

/// What serde expected (a Rust type or a visitor's `expecting`), in Swedish.
pub(super) fn expected_sv(expected: &str) -> String {
    match expected {
        // Amounts are the format's only 64-bit integers.
        "i64" => "ett belopp i hela kronor",
        "i32" | "u32" | "u64" => "ett heltal",
        "a string" => "en text",
        "a boolean" => "true eller false",
        "a sequence" => "en lista",
        "a formatted date string" => "ett datum (ÅÅÅÅ-MM-DD)",
        e if e.starts_with("struct ") || e == "a map" => "en grupp uppgifter",
        e if e.starts_with("enum ") || e.contains("variant") => "ett av de tillåtna värdena",
        _ => "något annat",
    }
    .to_owned()
}
