//! `cargo xtask test`, `bench` and `screenshot`: everything that checks the app, natively and in
//! headless Chromium.

use crate::build::{self, Profile};
use crate::setup;
use anyhow::{bail, Context, Result};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Passed and failed tests, summed over every runner.
#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
}

impl Tally {
    /// Reads a runner's summary line: cargo's `test result: ok. 12 passed; 0 failed` or node's
    /// `# pass 12` / `# fail 0` (TAP) and `ℹ pass 12` (spec).
    fn read(&mut self, line: &str) {
        let number = |s: &str| {
            s.trim()
                .split([' ', ';'])
                .next()
                .and_then(|n| n.parse::<u64>().ok())
        };
        if let Some(rest) = line.strip_prefix("test result: ") {
            for part in rest.split(';') {
                let part = part
                    .trim()
                    .trim_start_matches("ok.")
                    .trim_start_matches("FAILED.")
                    .trim();
                if let Some(n) = part.strip_suffix(" passed").and_then(number) {
                    self.passed += n;
                } else if let Some(n) = part.strip_suffix(" failed").and_then(number) {
                    self.failed += n;
                }
            }
        }
        for (prefix, passed) in [
            ("# pass ", true),
            ("# fail ", false),
            ("ℹ pass ", true),
            ("ℹ fail ", false),
        ] {
            if let Some(n) = line.strip_prefix(prefix).and_then(number) {
                if passed {
                    self.passed += n;
                } else {
                    self.failed += n;
                }
            }
        }
    }
}

/// Runs a step, echoing its output and counting its tests.
fn step(name: &str, cmd: &mut Command, tally: &mut Tally) -> Result<()> {
    println!("\n== {name}");
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {name}"))?;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines() {
            let line = line.unwrap_or_default();
            println!("{line}");
            tally.read(line.trim_start());
        }
    }
    let status = child.wait()?;
    if !status.success() {
        tally.failed = tally.failed.max(1);
        println!("\n{} passed, {} failed", tally.passed, tally.failed);
        bail!("{name} failed");
    }
    Ok(())
}

fn cargo(root: &Path) -> Command {
    let mut c = Command::new(env!("CARGO"));
    c.current_dir(root);
    c
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

fn browser_setup(root: &Path) -> Result<()> {
    setup::wasm_target()?;
    setup::chromium()?;
    setup::npm_tools(root)
}

/// Every check, in the order a failure is cheapest to see.
pub fn run(root: &Path) -> Result<()> {
    browser_setup(root)?;
    let mut tally = Tally::default();
    step(
        "cargo fmt --check",
        cargo(root).args(["fmt", "--all", "--", "--check"]),
        &mut tally,
    )?;
    step(
        "clippy (native)",
        cargo(root).args([
            "clippy",
            "-q",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        &mut tally,
    )?;
    step(
        "clippy (wasm32)",
        cargo(root).args([
            "clippy",
            "-q",
            "-p",
            "rj-atlas",
            "--target",
            "wasm32-unknown-unknown",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        &mut tally,
    )?;
    step(
        "clippy (wasm32, first-load core)",
        cargo(root).args([
            "clippy",
            "-q",
            "-p",
            "rj-atlas",
            "--lib",
            "--no-default-features",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
        &mut tally,
    )?;
    step(
        "native tests",
        cargo(root).args(["test", "--workspace"]),
        &mut tally,
    )?;
    // The first-load core's own paths (English compiled in, other languages from tables:
    // `src/i18n/table.rs`), natively: the lib without `full`, its `core_only` tests.
    step(
        "native tests of the first-load core",
        cargo(root).args([
            "test",
            "-p",
            "rj-atlas",
            "--lib",
            "--no-default-features",
            "core_only",
        ]),
        &mut tally,
    )?;

    setup::run(cargo(root).args([
        "build",
        "-q",
        "-p",
        "xtask",
        "--features",
        "test-runner",
        "--bin",
        "wasm-bindgen-test-runner",
    ]))?;
    let runner = target_dir(root).join("debug/wasm-bindgen-test-runner");
    step(
        "wasm tests in headless Chromium",
        cargo(root)
            .args([
                "test",
                "-p",
                "rj-atlas",
                "--target",
                "wasm32-unknown-unknown",
                "--tests",
            ])
            .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", &runner)
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env(
                "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
                root.join("tests/webdriver.json"),
            )
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
        &mut tally,
    )?;

    let dist = target_dir(root).join("e2e-dist");
    build::build(root, &dist, Profile::Release)?;
    step(
        "end-to-end tests in headless Chromium",
        Command::new("node")
            .current_dir(root)
            .args([
                "--test",
                "--test-reporter=tap",
                "--test-concurrency=1",
                "tests/e2e/",
            ])
            .env("RJ_DIST", &dist),
        &mut tally,
    )?;
    println!("\n{} passed, {} failed", tally.passed, tally.failed);
    Ok(())
}

/// `cargo xtask bench`: release build, then `tests/bench/bench.mjs` in headless Chromium. For
/// the scale test (issue 8) a second release build bundles a territories file with 10× the
/// vertices (`tests/bench/densify.mjs`, through build.rs's `RJ_BUNDLE_TERRITORIES`); it gets its
/// own cargo target directory, so switching the bundled data neither rebuilds the normal release
/// build each time nor races another build of it.
pub fn bench(root: &Path) -> Result<()> {
    browser_setup(root)?;
    let dist = root.join("dist");
    build::dist(root, &dist)?;
    let target = target_dir(root);
    let dense_source = target.join("bench-dense-src/territories.geojson");
    setup::run(
        Command::new("node")
            .current_dir(root)
            .arg("tests/bench/densify.mjs")
            .arg(&dense_source),
    )?;
    let dense = target.join("bench-dense");
    let saved = ["RJ_BUNDLE_TERRITORIES", "CARGO_TARGET_DIR"].map(std::env::var_os);
    std::env::set_var("RJ_BUNDLE_TERRITORIES", &dense_source);
    std::env::set_var("CARGO_TARGET_DIR", target.join("bench-dense-target"));
    let built = build::dist(root, &dense);
    for (name, value) in ["RJ_BUNDLE_TERRITORIES", "CARGO_TARGET_DIR"]
        .into_iter()
        .zip(saved)
    {
        match value {
            Some(v) => std::env::set_var(name, v),
            None => std::env::remove_var(name),
        }
    }
    built?;
    setup::run(
        Command::new("node")
            .current_dir(root)
            .arg("tests/bench/bench.mjs")
            .env("RJ_DIST", &dist)
            .env("RJ_DENSE_DIST", &dense)
            .env("RJ_DENSE_SOURCE", &dense_source),
    )
}

/// `cargo xtask screenshot`: the README pictures at desktop and phone sizes.
pub fn screenshot(root: &Path) -> Result<()> {
    browser_setup(root)?;
    let dist = target_dir(root).join("e2e-dist");
    build::build(root, &dist, Profile::Release)?;
    setup::run(
        Command::new("node")
            .current_dir(root)
            .arg("tests/e2e/screenshot.mjs")
            .env("RJ_DIST", &dist),
    )
}
