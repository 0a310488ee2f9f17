//! Integration tests: the command line, the examples and the documents.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;
#[allow(dead_code, unreachable_pub)]
#[path = "../benches/support/synthetic.rs"]
mod synthetic;

mod agenda;
mod batch;
mod cli;
mod documents;
mod docx;
mod editor;
mod escaping;
mod examples;
mod hostile;
mod legal;
mod mail;
mod pdf;
mod pdfa;
mod properties;
mod rules;
