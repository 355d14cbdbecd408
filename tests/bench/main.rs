//! The benchmark data set's tests, as one test binary.

mod dataset;
mod styrelserapport;
