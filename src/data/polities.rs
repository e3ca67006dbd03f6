//! `geodata/history/polities.json`: the states and their colours.

use super::feature::{require_langs, require_sources, require_unique};
use super::DataError;
use crate::model::{Lang, Polity};
use serde::Deserialize;

#[derive(Deserialize)]
struct PolitiesFile {
    polities: Vec<Polity>,
}

/// The polities of the file; problems go to `errors`.
pub fn parse(file: &str, text: &str, full: bool, errors: &mut Vec<DataError>) -> Vec<Polity> {
    let polities = match serde_json::from_str::<PolitiesFile>(text) {
        Ok(f) => f.polities,
        Err(e) => {
            errors.push(DataError::syntax(file, e));
            return Vec::new();
        }
    };
    require_unique(file, polities.iter().map(|p| p.id.as_str()), errors);
    for p in &polities {
        require_langs(file, &p.id, "names", &p.names, &Lang::ALL, errors);
        if full {
            require_sources(file, &p.id, &p.sources, errors);
        }
        let hex = p.colour.strip_prefix('#').unwrap_or("");
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            errors.push(DataError::invalid(
                file,
                &p.id,
                format!("colour “{}” is not #rrggbb", p.colour),
            ));
        }
    }
    polities
}
