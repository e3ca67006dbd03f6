//! `geodata/trade.json`: the trade-turnover series.

use super::feature::{require_sources, require_unique};
use super::DataError;
use crate::model::{TradeSeries, FIRST_YEAR, LAST_YEAR};

/// The series, if the file reads; problems go to `errors`.
pub fn parse(
    file: &str,
    text: &str,
    full: bool,
    errors: &mut Vec<DataError>,
) -> Option<TradeSeries> {
    let series: TradeSeries = match serde_json::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            errors.push(DataError::syntax(file, e));
            return None;
        }
    };
    let years: Vec<String> = series.series.iter().map(|f| f.year.to_string()).collect();
    require_unique(file, years.iter().map(String::as_str), errors);
    for figure in &series.series {
        let id = figure.year.to_string();
        if !(FIRST_YEAR..=LAST_YEAR).contains(&figure.year) {
            errors.push(DataError::invalid(file, &id, "year is outside 1855–2014"));
        }
        if !figure.value.is_finite() || figure.value < 0.0 {
            errors.push(DataError::invalid(
                file,
                &id,
                "value must be a non-negative number",
            ));
        }
        if !["year", "jan-sep"].contains(&figure.period.as_str()) {
            errors.push(DataError::invalid(
                file,
                &id,
                format!("period “{}” is neither year nor jan-sep", figure.period),
            ));
        }
        if full {
            require_sources(file, &id, &figure.sources, errors);
        }
    }
    Some(series)
}
