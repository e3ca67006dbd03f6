//! Developer commands for RJ Atlas. `cargo xtask <command>`:
//!
//! - `serve [--port N] [--watch]` build and serve on 127.0.0.1
//! - `test` every test: fmt, clippy, native, wasm in Chromium, end-to-end in Chromium
//! - `dist [--out DIR]` release build into `dist/`
//! - `bench` measure size and speed in headless Chromium
//! - `geodata` regenerate `geodata/` from Natural Earth
//! - `screenshot` regenerate the README screenshots

mod boundaries;
mod build;
mod details;
mod geodata;
mod lang;
mod loading_page;
mod lod;
mod serve;
mod setup;
mod test;

use anyhow::{bail, Result};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// The value after `--name`, if given.
fn option(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    match args.first().map(String::as_str) {
        Some("serve") => {
            let port = option(&args, "--port").map(|p| p.parse()).transpose()?.unwrap_or(8080);
            serve::run(&root, port, args.iter().any(|a| a == "--watch"))
        }
        Some("test") => test::run(&root),
        Some("dist") => {
            let out = option(&args, "--out").map(PathBuf::from).unwrap_or_else(|| root.join("dist"));
            build::dist(&root, &out).map(|_| ())
        }
        Some("bench") => test::bench(&root),
        Some("screenshot") => test::screenshot(&root),
        Some("geodata") => geodata::run(&root),
        _ => bail!("usage: cargo xtask serve [--port N] [--watch] | test | dist [--out DIR] | bench | screenshot | geodata"),
    }
}
