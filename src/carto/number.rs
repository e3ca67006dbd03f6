//! Numbers written with a fixed number of decimals, and read back, by integer arithmetic.
//! Rust's float formatter (Grisu/Dragon, with precision handling) is several kilobytes of
//! WebAssembly and its parser (Eisel–Lemire with a 10 KB table of powers of five) more: every
//! SVG coordinate needs only tenths, and the one number read from outside is a URL's
//! `view=lon,lat,zoom`. This is all the atlas asks of either.

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

/// Significant digits [`parse_decimal`] keeps: below 2^53, so the mantissa is an exact `f64`.
const KEPT_DIGITS: u32 = 15;

/// Powers of ten that are exact doubles (10^22 is the last).
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A plain decimal number (`145.8`, `-3`, `.5`, `+2.`) as a URL writes it; `None` for anything
/// else — exponents, `inf` and `NaN` included — and for a number too large for an `f64`.
///
/// For up to 15 significant digits and 22 decimals it gives the same `f64` as `str::parse`, by
/// Clinger's fast path: the digits form an integer below 2^53 and 10^22 is exact, so the one
/// division rounds correctly. Digits past the fifteenth are dropped (a relative error below
/// 10^-14, far under a pixel), and beyond 22 decimals the division is done in steps, each
/// rounding once.
///
/// ```
/// use rj_atlas::carto::parse_decimal;
/// assert_eq!(parse_decimal("145.8"), Some(145.8));
/// assert_eq!(parse_decimal("-0.001"), Some(-0.001));
/// assert_eq!(parse_decimal("1e5"), None);
/// assert_eq!(parse_decimal("NaN"), None);
/// ```
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mut mantissa, mut significant, mut decimals, mut dropped) = (0u64, 0u32, 0i32, 0i32);
    let (mut any_digit, mut after_point) = (false, false);
    for byte in body.bytes() {
        match byte {
            b'0'..=b'9' => {
                any_digit = true;
                if significant < KEPT_DIGITS {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    if mantissa > 0 {
                        significant += 1;
                    }
                    if after_point {
                        decimals = decimals.saturating_add(1);
                    }
                } else if !after_point {
                    // A whole-number digit past the fifteenth still counts for the magnitude.
                    dropped = dropped.saturating_add(1);
                }
            }
            b'.' if !after_point => after_point = true,
            _ => return None,
        }
    }
    if !any_digit {
        return None;
    }
    let mut value = mantissa as f64;
    let mut shift = decimals.saturating_sub(dropped);
    while shift != 0 && value != 0.0 && value.is_finite() {
        let step = shift.clamp(-22, 22);
        let power = EXACT_POWERS[step.unsigned_abs() as usize];
        value = if step > 0 {
            value / power
        } else {
            value * power
        };
        shift -= step;
    }
    value
        .is_finite()
        .then_some(if negative { -value } else { value })
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

    #[test]
    fn reads_decimals_as_the_float_parser_does() {
        for text in [
            "0",
            "-0",
            "145.8",
            "43.5",
            "16",
            "1.",
            ".5",
            "+2.25",
            "-180",
            "0.000123",
            "123456789012345",
            "1234567.891",
            "0.1",
            "0.3",
            "64",
            "-33.12345",
            "900719925474099",
        ] {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        // Every value written by `trimmed` (what the URL holds) reads back as the parser reads it.
        for i in -2000..2000 {
            let text = trimmed(f64::from(i) * 0.0731, 5).to_string();
            assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for text in [
            "", "-", ".", "+", "1e5", "NaN", "inf", "-inf", "1.2.3", "1,5", " 1", "--1", "0x10",
            "١٢",
        ] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
        // Past fifteen digits: close, not exact.
        let long = parse_decimal("3.14159265358979323846").unwrap_or(0.0);
        assert!((long - std::f64::consts::PI).abs() < 1e-14);
        let big = parse_decimal("12345678901234567890").unwrap_or(0.0);
        assert!((big / 12345678901234567890.0 - 1.0).abs() < 1e-14);
        assert_eq!(parse_decimal(&"9".repeat(400)), None);
        assert_eq!(parse_decimal(&format!("0.{}1", "0".repeat(400))), Some(0.0));
    }
}
