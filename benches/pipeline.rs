//! How long one letter takes, in process: read, check, compose, Markdown, PDF.
//!
//! `cargo bench --bench pipeline` prints, per example, the median and mean time of each stage
//! and of the whole, and the PDF's size and pages. Not a test: the numbers depend on the machine.

#![allow(clippy::expect_used, clippy::print_stdout, missing_docs)]

use std::path::Path;
use std::time::{Duration, Instant};

use ingebrekestelling::documents::{self, Document};
use ingebrekestelling::formats::pdf::Standard;
use ingebrekestelling::{load, templates, validate};

/// Timed runs per example (after 20 untimed ones); `BENCH_RUNS` overrides it.
fn runs() -> usize {
    std::env::var("BENCH_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(300)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn mean(times: &[Duration]) -> Duration {
    times.iter().sum::<Duration>() / u32::try_from(times.len().max(1)).unwrap_or(1)
}

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date");
    let templates = templates::Templates::builtin().expect("built-in templates");
    // `BENCH_PDF=a-2b` or `none` times another standard than the default (ua-1).
    let standard = match std::env::var("BENCH_PDF").as_deref() {
        Ok("a-2b") => Standard::A2b,
        Ok("none") => Standard::Plain,
        _ => Standard::default(),
    };
    println!(
        "{:<34} {:>9} {:>9} {:>9} {:>9} {:>8} {:>6}",
        "example", "check", "markdown", "pdf", "total", "bytes", "pages"
    );
    // `BENCH_EXAMPLES=saas-storing` times only that example (for a profiler).
    let only = std::env::var("BENCH_EXAMPLES").ok();
    for name in ["minimaal", "werkplekbeheer-rivierenland", "saas-storing"] {
        if only.as_deref().is_some_and(|o| !o.split(',').any(|n| n == name)) {
            continue;
        }
        let path = format!("examples/{name}.yaml");
        let text = std::fs::read(&path).expect("example");
        let mut check_times = Vec::new();
        let mut md_times = Vec::new();
        let mut pdf_times = Vec::new();
        let mut total_times = Vec::new();
        let mut size = 0;
        let mut pages = 0;
        let runs = runs();
        for run in 0..runs + 20 {
            let start = Instant::now();
            let loaded = load::load(Path::new(&path), &mut |p: &Path| {
                if p == Path::new(&path) { Ok(text.clone()) } else { std::fs::read(p) }
            })
            .expect("loads");
            let checked = validate::validate(&loaded, today).expect("valid");
            let checked_at = Instant::now();
            let rendered =
                documents::render(Document::Notice, &checked.case, &loaded.tree, &templates)
                    .expect("renders");
            let md_at = Instant::now();
            let pdf = rendered.pdf_as(standard).expect("typesets");
            let end = Instant::now();
            size = pdf.0.len();
            if run == 0 {
                pages = rendered.check_pdf().expect("pages");
            }
            if run >= 20 {
                check_times.push(checked_at - start);
                md_times.push(md_at - checked_at);
                pdf_times.push(end - md_at);
                total_times.push(end - start);
            }
        }
        let ms = |d: Duration| format!("{:.3} ms", d.as_secs_f64() * 1000.0);
        println!(
            "{name:<34} {:>9} {:>9} {:>9} {:>9} {size:>8} {pages:>6}",
            ms(median(check_times)),
            ms(median(md_times)),
            ms(median(pdf_times)),
            ms(median(total_times.clone())),
        );
        println!("{:<34} {:>39} (mean of {runs})", "", ms(mean(&total_times)));
    }
}
