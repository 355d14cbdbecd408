//! "Ladda ner mall": an XLSX template placeholder, filled in below.
