//! `wasm-bindgen-test-runner`, built from the `wasm-bindgen-cli` crate pinned to the same
//! version as the app's wasm-bindgen: `cargo install wasm-bindgen-cli` fails on the registry
//! mirror here, and a library build needs nothing from outside crates.io.

fn main() -> anyhow::Result<()> {
    wasm_bindgen_cli::wasm_bindgen_test_runner::run_cli_with_args(std::env::args_os())
}
