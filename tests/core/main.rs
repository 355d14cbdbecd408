//! The core's integration tests, as one test binary (one link step, shared support).
//! Each test names the rule of the domain spec it proves.

mod support;

mod arkitektur;
mod avslut;
mod backup;
mod bindings;
mod boundary;
mod clock;
mod control_characters;
mod crash;
mod datafile;
mod dates;
mod deltagaransvariga;
mod deltagare;
mod eget_kapital;
mod flytt;
mod forbund;
mod forbund_page;
mod fordelning;
mod historik;
mod inmatning;
mod insats_panel;
mod insatser;
mod installningar;
mod klistra;
mod kontroll;
mod location;
mod locked_year;
mod money;
mod official_names;
mod organisation_rules;
mod orgnr;
mod parse_apply;
mod reference;
mod regler;
mod report;
mod restore;
mod search;
mod start_page;
mod styrelserapport;
mod text_rules;
mod uppdrag;
mod windows_files;
mod year_view;
mod years;
