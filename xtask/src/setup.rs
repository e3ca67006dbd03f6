//! Installing what the commands need on a fresh machine: the wasm32 target, Debian's Chromium
//! and ChromeDriver, and the npm dev tools (from the npm registry, pinned by package-lock.json).

use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::Command;

/// Runs a command, failing with its name when it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().with_context(|| format!("starting {shown}"))?;
    succeeded(&shown, status)
}

/// Fails with the command `shown` when its `status` says it failed.
pub fn succeeded(shown: &str, status: std::process::ExitStatus) -> Result<()> {
    if !status.success() {
        bail!("{shown} failed ({status})");
    }
    Ok(())
}

/// `rustup target add wasm32-unknown-unknown` unless it is there.
pub fn wasm_target() -> Result<()> {
    let out = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown") => Ok(()),
        Ok(_) => run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"])),
        Err(_) => bail!(
            "rustup not found: install the wasm32-unknown-unknown target for your Rust toolchain"
        ),
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Debian's `chromium` and `chromium-driver`, installed with apt-get when running as root.
pub fn chromium() -> Result<()> {
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    if !is_root() {
        bail!("Chromium is missing: run `sudo apt-get install -y --no-install-recommends chromium chromium-driver fonts-noto-core fonts-noto-cjk`");
    }
    println!("installing Debian's chromium and chromium-driver…");
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args([
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
            "fonts-noto-core",
            "fonts-noto-cjk",
        ])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// `npm ci` at the top level when its node_modules is missing or older than the lock file.
pub fn npm_tools(root: &Path) -> Result<()> {
    let dir = root.to_path_buf();
    let marker = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    let fresh = match (
        marker.metadata().and_then(|m| m.modified()),
        lock.metadata().and_then(|m| m.modified()),
    ) {
        (Ok(installed), Ok(locked)) => installed >= locked,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    let npm = Command::new("npm").arg("--version").output();
    if npm.is_err() {
        bail!("npm not found: install Node.js 20 (Debian: apt-get install nodejs npm)");
    }
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&dir))
}
