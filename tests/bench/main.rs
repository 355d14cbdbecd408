//! The benchmark data set's tests, as one test binary.

mod alla_ar;
mod dataset;
mod styrelserapport;
