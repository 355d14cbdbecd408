//! The core's integration tests, as one test binary (one link step, shared support).
//! Each test names the rule of the domain spec it proves.

mod support;

mod bindings;
mod clock;
mod datafile;
mod dates;
mod forbund;
mod money;
mod orgnr;
mod start_page;
mod years;
