//! `cargo xtask serve`: build, serve on 127.0.0.1, rebuild on Enter or, with `--watch`, when a
//! file under `src/`, `www/` or `geodata/` changes.

use crate::build::{self, Profile};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json; charset=utf-8",
        Some("geojson") => "application/geo+json; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// The file a URL path names inside `dir`, refusing `..`.
fn resolve(dir: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let mut file = dir.to_path_buf();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part.contains('\\') {
            return None;
        }
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn newest_change(root: &Path) -> SystemTime {
    fn walk(dir: &Path, newest: &mut SystemTime) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, newest);
            } else if let Ok(m) = entry.metadata().and_then(|m| m.modified()) {
                *newest = (*newest).max(m);
            }
        }
    }
    let mut newest = SystemTime::UNIX_EPOCH;
    for dir in ["src", "www", "geodata"] {
        walk(&root.join(dir), &mut newest);
    }
    newest
}

/// Serves the dev build until interrupted.
pub fn run(root: &Path, port: u16, watch: bool) -> Result<()> {
    let dir = root.join("target/serve");
    build::build(root, &dir, Profile::Dev)?;
    let server = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|e| anyhow::anyhow!("{e}"))
        .context("binding the port (try --port N)")?;
    println!("RJ Atlas is at http://127.0.0.1:{port}/");
    println!(
        "{}",
        if watch {
            "watching src/, www/ and geodata/ for changes"
        } else {
            "press Enter to rebuild, Ctrl-C to stop"
        }
    );

    let (tx, rx) = mpsc::channel::<()>();
    if watch {
        let root = root.to_path_buf();
        let tx = tx.clone();
        std::thread::spawn(move || {
            let mut seen = newest_change(&root);
            loop {
                std::thread::sleep(Duration::from_millis(700));
                let now = newest_change(&root);
                if now > seen {
                    seen = now;
                    if tx.send(()).is_err() {
                        break;
                    }
                }
            }
        });
    } else {
        std::thread::spawn(move || {
            let mut line = String::new();
            while std::io::stdin().read_line(&mut line).is_ok_and(|n| n > 0) {
                line.clear();
                if tx.send(()).is_err() {
                    break;
                }
            }
        });
    }
    {
        let root = root.to_path_buf();
        let dir = dir.clone();
        std::thread::spawn(move || {
            for () in rx {
                println!("rebuilding…");
                match build::build(&root, &dir, Profile::Dev) {
                    Ok(()) => println!("rebuilt: reload the page"),
                    Err(e) => eprintln!("build failed: {e:#}"),
                }
            }
        });
    }
    for request in server.incoming_requests() {
        let response = match resolve(&dir, request.url())
            .and_then(|f| std::fs::read(&f).ok().map(|b| (f, b)))
        {
            Some((file, bytes)) => {
                let header =
                    tiny_http::Header::from_bytes("Content-Type", content_type(&file)).ok();
                let mut r = tiny_http::Response::from_data(bytes);
                if let Some(h) = header {
                    r.add_header(h);
                }
                r
            }
            None => tiny_http::Response::from_string("not found").with_status_code(404),
        };
        let _ = request.respond(response);
    }
    Ok(())
}
