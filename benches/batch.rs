//! Times `batch` on generated cases: letters per second and peak memory.
//!
//! `cargo bench --bench batch` generates 100, 1,000 and 10,000 varied cases (see
//! `support/synthetic.rs`), runs the release binary on each set to PDF, and prints the wall
//! time, letters per second and the process's peak resident memory. `BATCH_SIZES=100,1000`
//! and `BATCH_JOBS=2` change the sets and the workers; `BATCH_ARGS="--pdf-standard a-2b"`
//! adds options.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::print_stdout,
    clippy::unwrap_used,
    missing_docs,
    unreachable_pub
)]

#[path = "support/synthetic.rs"]
mod synthetic;

use std::process::Command;
use std::time::Instant;

fn sizes() -> Vec<u64> {
    std::env::var("BATCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100, 1_000, 10_000])
}

/// The high-water mark of a running process's resident memory, in KiB (Linux).
fn peak_kib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Runs the command and returns (seconds, peak resident memory in MiB, success). The peak is
/// read from `/proc` while the process runs; as a high-water mark, the last reading is the
/// peak up to a few milliseconds before the end.
fn measure(command: &mut Command) -> (f64, f64, bool) {
    let start = Instant::now();
    let mut child = command.spawn().expect("the binary starts");
    let mut peak: f64 = 0.0;
    let status = loop {
        if let Some(kib) = peak_kib(child.id()) {
            peak = peak.max(kib);
        }
        match child.try_wait().expect("the child can be waited for") {
            Some(status) => break status,
            None => std::thread::sleep(std::time::Duration::from_millis(5)),
        }
    };
    (start.elapsed().as_secs_f64(), peak / 1024.0, status.success())
}

fn main() {
    let binary = env!("CARGO_BIN_EXE_ingebrekestelling");
    let jobs = std::env::var("BATCH_JOBS").unwrap_or_else(|_| "2".to_owned());
    let extra = std::env::var("BATCH_ARGS").unwrap_or_default();
    println!("{:>7} {:>9} {:>14} {:>12}", "cases", "seconds", "letters/s", "peak MiB");
    for n in sizes() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let cases = dir.path().join("zaken");
        for i in 0..n {
            let sub = cases.join(format!("{:03}", i / 500));
            std::fs::create_dir_all(&sub).expect("a folder");
            std::fs::write(sub.join(format!("zaak-{i:05}.yaml")), synthetic::case(i))
                .expect("a case");
        }
        let (seconds, peak, ok) = measure(
            Command::new(binary)
                .args(["--today", "2026-11-28", "batch", "--quiet", "--jobs", &jobs])
                .args(extra.split_whitespace())
                .arg("--out")
                .arg(dir.path().join("brieven"))
                .arg(&cases),
        );
        assert!(ok, "batch failed on {n} generated cases");
        println!("{n:>7} {seconds:>9.2} {:>14.0} {peak:>12.1}", n as f64 / seconds);
    }
}
