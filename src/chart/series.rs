//! Series as charts draw them: runs of consecutive years (a line never bridges a year without
//! data — gaps are shown, not interpolated) and running counts.

/// The points cut into runs of consecutive years, in year order. A chart draws a line through
/// each run and a lone dot for a run of one.
///
/// ```
/// use rj_atlas::chart::year_runs;
/// let runs = year_runs(&[(2004, 8.0), (2005, 10.7), (2007, 20.0), (2008, 30.0), (2013, 34.8)]);
/// assert_eq!(runs.len(), 3);
/// assert_eq!(runs[1], vec![(2007, 20.0), (2008, 30.0)]);
/// ```
pub fn year_runs(points: &[(i32, f64)]) -> Vec<Vec<(i32, f64)>> {
    let mut sorted = points.to_vec();
    crate::small_sort::sort_by_key(&mut sorted, |p| p.0);
    let mut runs: Vec<Vec<(i32, f64)>> = Vec::new();
    for point in sorted {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|last| last.0 + 1 == point.0) => run.push(point),
            _ => runs.push(vec![point]),
        }
    }
    runs
}

/// For every year `from..=to`, how many of `years` are at or before it: the number of
/// sister-city pairs in existence at the end of each year.
///
/// ```
/// use rj_atlas::chart::cumulative_by_year;
/// let counts = cumulative_by_year([1965, 1991, 1991], 1990, 1992);
/// assert_eq!(counts, vec![(1990, 1), (1991, 3), (1992, 3)]);
/// ```
pub fn cumulative_by_year(
    years: impl IntoIterator<Item = i32>,
    from: i32,
    to: i32,
) -> Vec<(i32, usize)> {
    let mut years: Vec<i32> = years.into_iter().collect();
    crate::small_sort::sort(&mut years);
    (from..=to)
        .map(|year| (year, years.partition_point(|&y| y <= year)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_of_one_year_breaks_the_line() {
        let runs = year_runs(&[(2009, 12.0), (2007, 20.0), (2008, 30.0)]);
        assert_eq!(runs, vec![vec![(2007, 20.0), (2008, 30.0), (2009, 12.0)]]);
        let runs = year_runs(&[(1960, 0.1), (1982, 5.5)]);
        assert_eq!(runs.len(), 2);
        assert!(year_runs(&[]).is_empty());
    }

    #[test]
    fn counts_never_fall() {
        let counts = cumulative_by_year([2000, 1958, 1970], 1955, 2014);
        assert_eq!(counts.first(), Some(&(1955, 0)));
        assert_eq!(counts.last(), Some(&(2014, 3)));
        assert!(counts.windows(2).all(|w| w[0].1 <= w[1].1));
    }
}
