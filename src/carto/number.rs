//! Numbers written with a fixed number of decimals by integer arithmetic. Rust's float
//! formatter (Grisu/Dragon, with precision handling) is several kilobytes of WebAssembly, and
//! every SVG coordinate needs only tenths: this is all the atlas asks of it.

use std::fmt;

/// `value` rounded to `decimals` places (at most 9), for `Display`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fixed {
    value: f64,
    decimals: u32,
    trim: bool,
}

/// `value` with exactly `decimals` places: `fixed(3.14159, 1)` shows `3.1`.
pub fn fixed(value: f64, decimals: u32) -> Fixed {
    Fixed {
        value,
        decimals: decimals.min(9),
        trim: false,
    }
}

/// `value` with at most `decimals` places and no trailing zeros: `trimmed(50.0, 5)` shows `50`.
pub fn trimmed(value: f64, decimals: u32) -> Fixed {
    Fixed {
        trim: true,
        ..fixed(value, decimals)
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.value.is_finite() {
            return f.write_str("0");
        }
        let scale = 10_i64.pow(self.decimals);
        let scaled = (self.value * scale as f64).round() as i64;
        let sign = if scaled < 0 { "-" } else { "" };
        let magnitude = scaled.unsigned_abs();
        let (whole, mut fraction) = (magnitude / scale as u64, magnitude % scale as u64);
        let mut digits = self.decimals as usize;
        if self.trim {
            while digits > 0 && fraction % 10 == 0 {
                fraction /= 10;
                digits -= 1;
            }
        }
        if digits == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{fraction:0digits$}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_float_formatter() {
        // Exact ties (1.25) round away from zero here and to even in `format!`; a twentieth of a
        // user unit is far below a pixel, so they are left out.
        for v in [
            0.0,
            0.04,
            -0.04,
            0.051,
            1.26,
            -3.14172,
            123.456,
            999.95,
            -0.96,
            1e6 + 0.3,
        ] {
            assert_eq!(
                fixed(v, 1).to_string(),
                format!("{:.1}", v).replace("-0.0", "0.0"),
                "{v}"
            );
            assert_eq!(
                fixed(v, 2).to_string(),
                format!("{:.2}", v).replace("-0.00", "0.00"),
                "{v}"
            );
        }
    }

    #[test]
    fn trims_trailing_zeros() {
        assert_eq!(trimmed(50.0, 5).to_string(), "50");
        assert_eq!(trimmed(142.75, 5).to_string(), "142.75");
        assert_eq!(trimmed(-33.12345, 5).to_string(), "-33.12345");
        assert_eq!(trimmed(f64::NAN, 5).to_string(), "0");
    }
}
