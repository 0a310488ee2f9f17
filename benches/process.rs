//! How long one letter takes as a whole process, the way a user runs it: start, read, check,
//! render, write, exit.
//!
//! `cargo bench --bench process` times the release binary on `examples/minimaal.yaml` (a
//! 2-page letter): `render` to PDF into a new file, `render --format md`, and `check`; each the
//! median of `PROCESS_RUNS` runs (default 200) after 20 untimed ones. With `TYPST` set to a
//! Typst CLI, it times `typst compile` of a comparable 2-page letter
//! ([`typst/brief.typ`](typst/brief.typ), in the same font) in the same run, for comparison.
//! With `PROCESS_BEFORE` set to another build of the program (an earlier version, or the same
//! code built another way), it times that build's `render` in turns with this one's, so that
//! both see the same machine. Not a test: the numbers depend on the machine.

#![allow(clippy::expect_used, clippy::print_stdout, missing_docs)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn runs() -> usize {
    std::env::var("PROCESS_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(200)
}

/// The median wall time of `command`, run `runs` times after 20 untimed runs; `before` runs
/// (untimed) before each.
fn median(command: Command, runs: usize, before: &dyn Fn()) -> Duration {
    let [time] = in_turns([command], runs, before);
    time
}

/// The median wall times of `commands` run in turns, `runs` times each after 20 untimed
/// rounds, so that each sees the same machine; `before` runs (untimed) before each run.
fn in_turns<const N: usize>(
    mut commands: [Command; N],
    runs: usize,
    before: &dyn Fn(),
) -> [Duration; N] {
    let mut times = std::array::from_fn::<_, N, _>(|_| Vec::with_capacity(runs));
    for command in &mut commands {
        command.stdout(Stdio::null()).stderr(Stdio::null());
    }
    for run in 0..runs + 20 {
        for (command, times) in commands.iter_mut().zip(&mut times) {
            before();
            let start = Instant::now();
            let status = command.status().expect("the program starts");
            let elapsed = start.elapsed();
            assert!(status.success(), "{command:?} failed");
            if run >= 20 {
                times.push(elapsed);
            }
        }
    }
    times.map(|mut times| {
        times.sort();
        times.get(times.len() / 2).copied().unwrap_or_default()
    })
}

fn main() {
    let binary = env!("CARGO_BIN_EXE_ingebrekestelling");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let case = dir.path().join("zaak.yaml");
    std::fs::copy(root.join("examples/minimaal.yaml"), &case).expect("the example");
    let runs = runs();
    let program = |program: &str, args: &[&str]| {
        let mut command = Command::new(program);
        command.current_dir(dir.path()).env("LANG", "nl_NL.UTF-8").args(["--today", "2026-11-28"]);
        command.args(args);
        command
    };
    let ours = |args: &[&str]| program(binary, args);
    let pdf = dir.path().join("zaak.pdf");
    let md = dir.path().join("zaak.md");
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let render = median(ours(&["render", "zaak.yaml"]), runs, &|| {
        let _ = std::fs::remove_file(&pdf);
    });
    println!("{:<36} {:>8.2} ms", "render (PDF, a new file)", ms(render));
    let markdown = median(ours(&["render", "--format", "md", "zaak.yaml"]), runs, &|| {
        let _ = std::fs::remove_file(&md);
    });
    println!("{:<36} {:>8.2} ms", "render --format md", ms(markdown));
    let check = median(ours(&["check", "zaak.yaml"]), runs, &|| {});
    println!("{:<36} {:>8.2} ms", "check (every document)", ms(check));
    let nothing = median(Command::new("true"), runs, &|| {});
    println!("{:<36} {:>8.2} ms", "`true` (starting a process)", ms(nothing));
    if let Ok(before) = std::env::var("PROCESS_BEFORE") {
        let commands = [ours(&["render", "zaak.yaml"]), program(&before, &["render", "zaak.yaml"])];
        let [this, that] = in_turns(commands, runs, &|| {
            let _ = std::fs::remove_file(&pdf);
        });
        println!("{:<36} {:>8.2} ms", "render, this build, in turns", ms(this));
        println!("{:<36} {:>8.2} ms", "render, PROCESS_BEFORE, in turns", ms(that));
    }
    if let Ok(typst) = std::env::var("TYPST") {
        let mut command = Command::new(typst);
        command
            .current_dir(root.join("benches/typst"))
            .arg("compile")
            .arg("--font-path")
            .arg(root.join("assets/fonts"))
            .arg("brief.typ")
            .arg(dir.path().join("typst.pdf"));
        let typst = median(command, runs.min(60), &|| {});
        println!("{:<36} {:>8.2} ms", "typst compile (comparable letter)", ms(typst));
        println!("{:<36} {:>8.2} x", "render / typst", render.as_secs_f64() / typst.as_secs_f64());
    }
}
