//! The elementary functions the maps and charts need. In the browser they are the browser's own
//! `Math` functions (through js-sys): Rust's versions would compile libm into the wasm — about
//! 14 KB with its argument reduction for huge angles, some 5 KB gzip of the first load — for
//! functions every JavaScript engine already has. Natively (the tests, the tools) they are std's.
//! Both are accurate to an ulp or so; nothing here depends on the last bit (the projection's
//! round-trip test allows 1e-9°, and `tests/wasm.rs` checks in Chromium that the browser's
//! functions project as the native build does). One known difference: JavaScript's
//! `Math.pow(1, NaN)` and `pow(±1, ±∞)` are NaN where Rust's are 1; no caller passes them.

macro_rules! functions {
    ($($(#[$doc:meta])* $name:ident($($arg:ident),+) => $js:ident, $std:expr;)+) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name($($arg: f64),+) -> f64 {
            #[cfg(target_arch = "wasm32")]
            return js_sys::Math::$js($($arg),+);
            #[cfg(not(target_arch = "wasm32"))]
            return $std($($arg),+);
        }
    )+};
}

functions! {
    /// Sine (radians).
    sin(x) => sin, f64::sin;
    /// Cosine (radians).
    cos(x) => cos, f64::cos;
    /// Tangent (radians).
    tan(x) => tan, f64::tan;
    /// Arctangent, in radians.
    atan(x) => atan, f64::atan;
    /// The angle of the point (`x`, `y`) from the x axis, in radians: `atan2(y, x)`.
    atan2(y, x) => atan2, f64::atan2;
    /// Arcsine, in radians.
    asin(x) => asin, f64::asin;
    /// e to the power `x`.
    exp(x) => exp, f64::exp;
    /// Natural logarithm.
    ln(x) => log, f64::ln;
    /// Base-10 logarithm.
    log10(x) => log10, f64::log10;
    /// `x` to the power `y`.
    powf(x, y) => pow, f64::powf;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std() {
        assert_eq!(sin(1.0), 1f64.sin());
        assert_eq!(atan2(1.0, -1.0), 1f64.atan2(-1.0));
        assert_eq!(powf(2.0, 0.5), 2f64.sqrt());
        assert_eq!(ln(std::f64::consts::E), 1.0);
        assert_eq!(log10(1000.0), 3.0);
    }
}
