//! Finer shapes for zoomed-in views, fetched when the reader zooms past a threshold: the first
//! load carries the whole-region shapes only. `cargo xtask dist` writes `lod/detail.bin` (the
//! full Natural Earth 10 m lines, about 100 KB) in this format — compact and read without a
//! JSON parser:
//!
//! ```text
//! "RJL1", varint shape count, then per shape:
//!   varint id length, id (UTF-8), varint polygon count, per polygon:
//!     varint ring count, per ring: varint point count, then points as zigzag varints in
//!     ten-thousandths of a degree, the first absolute and the others as differences.
//! ```

use geo::{Coord, LineString, MultiPolygon, Polygon};

/// Why a level-of-detail file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LodError(pub &'static str);

impl std::fmt::Display for LodError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "level-of-detail file: {}", self.0)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn varint(&mut self) -> Result<u64, LodError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at).ok_or(LodError("cut short"))?;
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(LodError("a number is too long"))
    }

    /// A count, bounded by what the rest of the file could hold.
    fn count(&mut self) -> Result<usize, LodError> {
        let n = self.varint()?;
        if n > (self.bytes.len() - self.at) as u64 + 1 {
            return Err(LodError("a count is larger than the file"));
        }
        Ok(n as usize)
    }

    fn signed(&mut self) -> Result<i64, LodError> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }
}

/// The shapes of a level-of-detail file, by id.
///
/// ```
/// // One shape "a": one polygon, one ring of three points (0,0) (1,0) (0,1) in 1e-4 degrees.
/// let bytes = [b'R', b'J', b'L', b'1', 1, 1, b'a', 1, 1, 3, 0, 0, 2, 0, 1, 2];
/// let shapes = rj_atlas::data::lod::decode(&bytes).unwrap();
/// assert_eq!(shapes[0].0, "a");
/// assert_eq!(shapes[0].1.0[0].exterior().0.len(), 4); // closed
/// assert!(rj_atlas::data::lod::decode(b"RJL1\x05").is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<Vec<(String, MultiPolygon<f64>)>, LodError> {
    let body = bytes
        .strip_prefix(b"RJL1")
        .ok_or(LodError("not an RJL1 file"))?;
    let mut r = Reader { bytes: body, at: 0 };
    let shapes = r.count()?;
    let mut out = Vec::with_capacity(shapes);
    for _ in 0..shapes {
        let len = r.count()?;
        let id = r
            .bytes
            .get(r.at..r.at + len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .ok_or(LodError("an id is not text"))?
            .to_string();
        r.at += len;
        let mut polygons = Vec::new();
        for _ in 0..r.count()? {
            let mut rings = Vec::new();
            for _ in 0..r.count()? {
                let (mut x, mut y) = (0i64, 0i64);
                let mut coords = Vec::new();
                for _ in 0..r.count()? {
                    x += r.signed()?;
                    y += r.signed()?;
                    coords.push(Coord {
                        x: x as f64 / 10_000.0,
                        y: y as f64 / 10_000.0,
                    });
                }
                rings.push(LineString::new(coords));
            }
            if let Some((outer, holes)) = rings.split_first() {
                polygons.push(Polygon::new(outer.clone(), holes.to_vec()));
            }
        }
        out.push((id, MultiPolygon(polygons)));
    }
    Ok(out)
}
