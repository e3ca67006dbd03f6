//! Russia–Japan (Soviet–Japanese before 1992) trade turnover, as a sourced year series.

use super::Source;
use serde::{Deserialize, Serialize};

/// One sourced figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TradeFigure {
    /// The calendar year.
    pub year: i32,
    /// Turnover in the series' unit.
    pub value: f64,
    /// `year` for a whole year, `jan-sep` for a part.
    #[serde(default = "whole_year")]
    pub period: String,
    /// Where the figure comes from (empty in the app's bundled copy).
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Disagreements and caveats.
    #[serde(default)]
    pub note: Option<String>,
}

fn whole_year() -> String {
    "year".to_string()
}

/// The whole series. Years without a figure are gaps, never interpolated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TradeSeries {
    /// For example `USD million`.
    pub unit: String,
    /// The figures, by year.
    pub series: Vec<TradeFigure>,
}
