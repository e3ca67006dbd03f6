//! Building the app: cargo for wasm32, wasm-bindgen as a library (pinned to the app's version),
//! binaryen's wasm-opt from npm for release, and the static files from `www/`.

use crate::setup;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Debug or release.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Fast to build, for `serve` and the wasm tests.
    Dev,
    /// Small and fast, for `dist` and the browser tests.
    Release,
}

/// One build: cargo for wasm32 and wasm-bindgen into `out` as `name.js` and `name_bg.wasm`.
/// In release, answers wasm-opt already running on the result (see [`optimize`]).
fn build_wasm(
    root: &Path,
    out: &Path,
    profile: Profile,
    name: &str,
    full: bool,
) -> Result<Option<Optimizing>> {
    let mut cargo = Command::new(env!("CARGO"));
    cargo.current_dir(root).args([
        "build",
        "-q",
        "-p",
        "rj-atlas",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    if !full {
        cargo.arg("--no-default-features");
    }
    if profile == Profile::Release {
        cargo.arg("--release");
    }
    setup::run(&mut cargo)?;
    let dir = if profile == Profile::Release {
        "release"
    } else {
        "debug"
    };
    let wasm = cargo_target_dir(root)
        .join("wasm32-unknown-unknown")
        .join(dir)
        .join("rj_atlas.wasm");
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm)
        .out_name(name)
        .web(true)?
        .omit_default_module_path(false)
        .typescript(false)
        .debug(profile == Profile::Dev)
        // RJ_KEEP_NAMES=1 keeps function names for profiling (see BENCHMARKS.md).
        .keep_debug(std::env::var_os("RJ_KEEP_NAMES").is_some())
        .generate(out)
        .context("wasm-bindgen")?;
    if profile == Profile::Release && std::env::var_os("RJ_KEEP_NAMES").is_none() {
        return optimize(root, &out.join(format!("{name}_bg.wasm"))).map(Some);
    }
    Ok(None)
}

/// wasm-opt working on one build's wasm in the background.
struct Optimizing {
    child: std::process::Child,
    shown: String,
}

impl Optimizing {
    fn wait(mut self) -> Result<()> {
        let status = self.child.wait()?;
        setup::succeeded(&self.shown, status)
    }
}

/// Starts binaryen's wasm-opt (npm) on `bg` in place. It runs on one core for half a minute or
/// more, while cargo's release build of the next wasm, whose LTO also runs on one core, goes
/// on beside it: on a 2-core machine the two builds take about the time of one.
fn optimize(root: &Path, bg: &Path) -> Result<Optimizing> {
    setup::npm_tools(root)?;
    let wasm_opt = root.join("node_modules/binaryen/bin/wasm-opt");
    let mut command = Command::new("node");
    command
        .arg(&wasm_opt)
        .args([
            "-Oz",
            "--converge",
            "--strip-debug",
            "--strip-producers",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-reference-types",
            "--enable-multivalue",
            "--enable-mutable-globals",
        ])
        .arg(bg)
        .arg("-o")
        .arg(bg);
    let shown = format!("{command:?}");
    let child = command
        .spawn()
        .with_context(|| format!("starting {shown}"))?;
    Ok(Optimizing { child, shown })
}

fn cargo_target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// The two builds of the app: the first-load core of `index.html` and `embed.html` (without the
/// crate's `full` feature), and the full app, which `<rj-atlas>`, `lesson.html`, story links and
/// the core's hand-over load (see `src/ui/upgrade.rs`). (output name, full?) The full build
/// first: its longer wasm-opt runs beside the core's cargo build.
const BUILDS: [(&str, bool); 2] = [("rj_atlas", true), ("rj_atlas_core", false)];

/// Builds the app into `out`: `index.html`, the JS glue, the wasm of both builds and the assets
/// of `www/`.
pub fn build(root: &Path, out: &Path, profile: Profile) -> Result<()> {
    setup::wasm_target()?;
    if out.exists() {
        std::fs::remove_dir_all(out).with_context(|| format!("clearing {}", out.display()))?;
    }
    std::fs::create_dir_all(out)?;
    let mut optimizing = Vec::new();
    for (name, full) in BUILDS {
        let built = build_wasm(root, out, profile, name, full);
        // A failed build still waits for the optimizer already running, then reports.
        match built {
            Ok(o) => optimizing.extend(o),
            Err(e) => {
                for o in optimizing {
                    let _ = o.wait();
                }
                return Err(e);
            }
        }
    }
    for o in optimizing {
        o.wait()?;
    }
    copy_dir(&root.join("www"), out)?;
    crate::loading_page::write(out)?;
    if profile == Profile::Release {
        minify_js(root, out)?;
    }
    crate::details::write(root, out)?;
    crate::lod::write(root, out)?;
    crate::lang::write(out)?;
    Ok(())
}

/// esbuild (npm) minifies the scripts at the top of `out` in place: ours and wasm-bindgen's glue,
/// about 3 KB gzip of the first load. Each file keeps its module format (no bundling); the
/// sources in `www/` stay readable.
fn minify_js(root: &Path, out: &Path) -> Result<()> {
    setup::npm_tools(root)?;
    let mut scripts = Vec::new();
    for entry in std::fs::read_dir(out)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "js") {
            scripts.push(path);
        }
    }
    scripts.sort();
    setup::run(
        // `.bin/esbuild` is esbuild's JS launcher or (when npm ran its install script) the
        // native binary itself: executable either way.
        Command::new(root.join("node_modules/.bin/esbuild"))
            .args(&scripts)
            .arg("--minify")
            .arg("--log-level=warning")
            .arg("--allow-overwrite")
            .arg(format!("--outdir={}", out.display())),
    )
}

/// `cargo xtask dist`: a release build that any static server can host under any path.
pub fn dist(root: &Path, out: &Path) -> Result<PathBuf> {
    build(root, out, Profile::Release)?;
    println!("dist: {}", out.display());
    Ok(out.to_path_buf())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') || name == "node_modules" {
            continue;
        }
        if entry.file_type()?.is_dir() {
            std::fs::create_dir_all(&target)?;
            copy_dir(&entry.path(), &target)?;
        } else if name.to_string_lossy().ends_with(".css") {
            let css = std::fs::read_to_string(entry.path())?;
            std::fs::write(&target, minify_css(&css))?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Comments out and whitespace squeezed: the stylesheets are part of the first load (300 KB
/// gzip budget) and their comments are for the people who edit them. Conservative on purpose:
/// a space before `:` can be a descendant combinator (`.a :focus`), so it stays.
pub fn minify_css(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    without_comments.push_str(rest);
    let mut out = String::with_capacity(without_comments.len());
    let mut pending_space = false;
    for c in without_comments.chars() {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space {
            let last = out.chars().last();
            let drop_before = matches!(c, '{' | '}' | ';' | ',' | '>');
            let drop_after = matches!(last, None | Some('{' | '}' | ';' | ',' | ':' | '>'));
            if !drop_before && !drop_after {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::minify_css;

    #[test]
    fn css_keeps_its_meaning() {
        let css = "/* a */\n.a :focus , .b > .c {\n  width: calc(11px / var(--k, 1));\n  margin: 0 1rem;\n}\n";
        assert_eq!(
            minify_css(css),
            ".a :focus,.b>.c{width:calc(11px / var(--k,1));margin:0 1rem;}"
        );
    }
}
