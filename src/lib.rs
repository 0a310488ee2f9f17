//! ingebrekestelling: checks a Dutch ICT dispute described in a YAML case file and writes the
//! notice of default.

pub mod advice;
pub mod calendar;
pub mod case;
pub mod case_file;
pub mod cli;
pub mod countries;
pub mod diagnostic;
pub mod dutch;
pub mod letter;
pub mod load;
pub mod markdown;
pub mod source;
pub mod templates;
pub mod validate;
pub mod yaml;
