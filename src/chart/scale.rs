//! A linear map from a domain of values (years, dollars) to a range of chart units, with its
//! inverse and round tick values — d3's `scaleLinear` in miniature.

use crate::carto::math;

/// Maps `domain` linearly onto `range`; an empty domain maps everything to the range's start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    /// The values at the two ends.
    pub domain: (f64, f64),
    /// The chart units at the two ends (may run backwards, as a y axis does).
    pub range: (f64, f64),
}

impl LinearScale {
    /// A scale from `domain` to `range`.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> LinearScale {
        LinearScale { domain, range }
    }

    /// The chart position of `value`.
    ///
    /// ```
    /// use rj_atlas::chart::LinearScale;
    /// let y = LinearScale::new((0.0, 100.0), (50.0, 0.0));
    /// assert_eq!(y.at(25.0), 37.5);
    /// assert_eq!(y.invert(37.5), 25.0);
    /// ```
    pub fn at(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return r0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }

    /// The value at chart position `position`: the inverse of [`LinearScale::at`].
    pub fn invert(&self, position: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if r1 == r0 {
            return d0;
        }
        d0 + (position - r0) / (r1 - r0) * (d1 - d0)
    }

    /// Round values inside the domain, about `count` of them, a multiple of 1, 2 or 5 times a
    /// power of ten apart (as d3's `ticks`).
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        let (lo, hi) = if self.domain.0 <= self.domain.1 {
            self.domain
        } else {
            (self.domain.1, self.domain.0)
        };
        if !(lo.is_finite() && hi.is_finite()) || hi <= lo || count == 0 {
            return Vec::new();
        }
        let raw = (hi - lo) / count as f64;
        let power = math::powf(10.0, math::log10(raw).floor());
        // d3's rule: the multiple of 1, 2, 5 or 10 nearest (geometrically) to the raw step.
        let error = raw / power;
        let step = power
            * if error >= 50f64.sqrt() {
                10.0
            } else if error >= 10f64.sqrt() {
                5.0
            } else if error >= 2f64.sqrt() {
                2.0
            } else {
                1.0
            };
        let first = (lo / step).ceil() as i64;
        let last = (hi / step).floor() as i64;
        (first..=last).map(|i| i as f64 * step).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_and_invert_are_inverse() {
        let x = LinearScale::new((1855.0, 2014.0), (40.0, 310.0));
        for year in [1855.0, 1904.5, 1945.0, 2014.0] {
            assert!((x.invert(x.at(year)) - year).abs() < 1e-9);
        }
        assert_eq!(x.at(1855.0), 40.0);
        assert_eq!(x.at(2014.0), 310.0);
    }

    #[test]
    fn an_empty_domain_does_not_divide_by_zero() {
        let s = LinearScale::new((5.0, 5.0), (0.0, 10.0));
        assert_eq!(s.at(5.0), 0.0);
        assert!(s.ticks(5).is_empty());
    }

    #[test]
    fn ticks_are_round_and_inside() {
        let y = LinearScale::new((0.0, 34_800.0), (100.0, 0.0));
        assert_eq!(y.ticks(4), vec![0.0, 10_000.0, 20_000.0, 30_000.0]);
        let x = LinearScale::new((1855.0, 2014.0), (0.0, 1.0));
        assert_eq!(x.ticks(4), vec![1900.0, 1950.0, 2000.0]);
        let x = LinearScale::new((1960.0, 2014.0), (0.0, 1.0));
        assert_eq!(
            x.ticks(5),
            vec![1960.0, 1970.0, 1980.0, 1990.0, 2000.0, 2010.0]
        );
    }
}
