//! Integration tests: the command line, the examples and the documents.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

mod batch;
mod cli;
mod documents;
mod escaping;
mod examples;
mod pdf;
mod rules;
