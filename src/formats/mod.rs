//! The formats a document is written in, side by side: each takes the same rendered document
//! and says it in its own way.
//!
//! | format | module | what it is for |
//! | --- | --- | --- |
//! | `md` | [`markdown`] | the text, to read, compare and keep under version control |
//! | `pdf` | [`pdf`] | the letter to print, sign and send |
//!
//! The formats that lay text out read the document's Markdown through [`blocks`], once, so
//! they can never say different things.

pub mod blocks;
pub mod markdown;
pub mod pdf;
