//! The Lambert conformal conic projection on the sphere (Snyder, *Map Projections — A Working
//! Manual*, USGS 1987, pp. 104–110). Conformal, so coastlines keep their shapes, and with standard
//! parallels at 30°N and 55°N distortion stays small from Taiwan to Kamchatka.

use super::math::{atan, atan2, cos, ln, powf, sin, tan};
use std::f64::consts::FRAC_PI_4;

/// A configured projection: raw formula and inverse, angles in degrees in, plane units out
/// (radians on the unit sphere, y pointing north).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LambertConic {
    lambda0: f64,
    n: f64,
    f: f64,
    rho0: f64,
}

impl LambertConic {
    /// The projection used for the atlas: standard parallels 30°N and 55°N, centred on 135°E,
    /// 45°N.
    pub fn atlas() -> LambertConic {
        LambertConic::new(30.0, 55.0, 135.0, 45.0)
    }

    /// A projection with standard parallels `phi1`, `phi2` and origin `lambda0`, `phi0` (degrees).
    pub fn new(phi1: f64, phi2: f64, lambda0: f64, phi0: f64) -> LambertConic {
        let (phi1, phi2, phi0) = (phi1.to_radians(), phi2.to_radians(), phi0.to_radians());
        let t = |phi: f64| tan(FRAC_PI_4 + phi / 2.0);
        let n = if (phi1 - phi2).abs() < 1e-10 {
            sin(phi1)
        } else {
            ln(cos(phi1) / cos(phi2)) / ln(t(phi2) / t(phi1))
        };
        let f = cos(phi1) * powf(t(phi1), n) / n;
        let rho0 = f / powf(t(phi0), n);
        LambertConic {
            lambda0: lambda0.to_radians(),
            n,
            f,
            rho0,
        }
    }

    /// Longitude and latitude (degrees) to plane coordinates.
    ///
    /// ```
    /// use rj_atlas::carto::LambertConic;
    /// let p = LambertConic::atlas();
    /// let (x, y) = p.project(135.0, 45.0);
    /// assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
    /// ```
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        // Keep off the poles, where the cone's formula divides by zero.
        let limit = std::f64::consts::FRAC_PI_2 - 1e-4;
        let phi = lat.to_radians().clamp(-limit, limit);
        let rho = self.f / powf(tan(FRAC_PI_4 + phi / 2.0), self.n);
        let theta = self.n * (lon.to_radians() - self.lambda0);
        (rho * sin(theta), self.rho0 - rho * cos(theta))
    }

    /// Plane coordinates back to longitude and latitude (degrees).
    pub fn invert(&self, x: f64, y: f64) -> (f64, f64) {
        let dy = self.rho0 - y;
        let rho = self.n.signum() * x.hypot(dy);
        let theta = atan2(x * self.n.signum(), dy * self.n.signum());
        let phi = 2.0 * atan(powf(self.f / rho, 1.0 / self.n)) - std::f64::consts::FRAC_PI_2;
        let lambda = theta / self.n + self.lambda0;
        (lambda.to_degrees(), phi.to_degrees())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_across_the_region() {
        let p = LambertConic::atlas();
        for lon in (115..=165).step_by(5) {
            for lat in (20..=62).step_by(3) {
                let (x, y) = p.project(f64::from(lon), f64::from(lat));
                let (lon2, lat2) = p.invert(x, y);
                assert!(
                    (lon2 - f64::from(lon)).abs() < 1e-9,
                    "{lon},{lat} -> {lon2}"
                );
                assert!(
                    (lat2 - f64::from(lat)).abs() < 1e-9,
                    "{lon},{lat} -> {lat2}"
                );
            }
        }
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let p = LambertConic::atlas();
        let (_, y_south) = p.project(135.0, 30.0);
        let (_, y_north) = p.project(135.0, 60.0);
        assert!(y_north > y_south);
        let (x_west, _) = p.project(120.0, 45.0);
        let (x_east, _) = p.project(150.0, 45.0);
        assert!(x_east > x_west);
    }

    #[test]
    fn is_true_to_scale_on_the_standard_parallels() {
        // On a standard parallel, 1° of longitude spans cos(φ)·π/180 on the unit sphere.
        let p = LambertConic::atlas();
        for phi in [30.0_f64, 55.0] {
            let (x0, y0) = p.project(134.5, phi);
            let (x1, y1) = p.project(135.5, phi);
            let expected = phi.to_radians().cos() * 1f64.to_radians();
            let got = (x1 - x0).hypot(y1 - y0);
            assert!(
                (got / expected - 1.0).abs() < 1e-4,
                "{phi}: {got} vs {expected}"
            );
        }
    }
}
