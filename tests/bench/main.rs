//! The benchmark data set's tests, as one test binary.

mod all_years;
mod dataset;
mod historik;
mod styrelserapport;
