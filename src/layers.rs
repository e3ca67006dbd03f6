//! The map's layers a reader can switch on and off, and how they are written in a URL
//! (`?layers=war,territories`) or an attribute. Pure, so the parser is tested natively.

use std::fmt;

/// A switchable layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Territories coloured by who held them.
    Territories,
    /// Events of the war of 1904–05.
    War,
    /// Events of other armed conflicts.
    Conflict,
    /// Treaties, declarations and summits.
    Diplomacy,
    /// Sister-city arcs.
    SisterCities,
    /// The charts beside the map (trade, diplomacy, sister cities over time).
    Charts,
}

impl Layer {
    /// Every layer, in the order the switches show them.
    pub const ALL: [Layer; 6] = [
        Layer::Territories,
        Layer::War,
        Layer::Conflict,
        Layer::Diplomacy,
        Layer::SisterCities,
        Layer::Charts,
    ];

    /// The id used in URLs, attributes and `data-layer-toggle`.
    pub fn id(self) -> &'static str {
        match self {
            Layer::Territories => "territories",
            Layer::War => "war",
            Layer::Conflict => "conflict",
            Layer::Diplomacy => "diplomacy",
            Layer::SisterCities => "sister-cities",
            Layer::Charts => "charts",
        }
    }

    /// The layer an id names; `treaties` is accepted for diplomacy and `sisters` for sister
    /// cities, as teachers write them.
    pub fn from_id(id: &str) -> Option<Layer> {
        let id = id.trim().to_ascii_lowercase();
        match id.as_str() {
            "treaties" => Some(Layer::Diplomacy),
            "sisters" | "sister-city" => Some(Layer::SisterCities),
            _ => Layer::ALL.into_iter().find(|l| l.id() == id),
        }
    }

    fn bit(self) -> u8 {
        1 << Layer::ALL.iter().position(|&l| l == self).unwrap_or(0)
    }
}

/// A set of layers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layers(u8);

impl Default for Layers {
    /// Every layer on.
    fn default() -> Self {
        Layers::ALL
    }
}

impl Layers {
    /// Every layer.
    pub const ALL: Layers = Layers(0b11_1111);
    /// No layer.
    pub const NONE: Layers = Layers(0);

    /// Whether `layer` is on.
    pub fn contains(self, layer: Layer) -> bool {
        self.0 & layer.bit() != 0
    }

    /// The set with `layer` switched on or off.
    pub fn with(self, layer: Layer, on: bool) -> Layers {
        if on {
            Layers(self.0 | layer.bit())
        } else {
            Layers(self.0 & !layer.bit())
        }
    }

    /// The layers that are on, in [`Layer::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Layer> {
        Layer::ALL.into_iter().filter(move |&l| self.contains(l))
    }
}

impl fmt::Display for Layers {
    /// Comma-separated ids, as in the URL.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<&str> = self.iter().map(Layer::id).collect();
        f.write_str(&ids.join(","))
    }
}

/// Reads a `layers` value: the layers it names, and the parts it could not use (to name in a
/// notice). Nothing usable gives every layer, the default.
///
/// ```
/// use rj_atlas::layers::{parse_layers, Layer, Layers};
/// let (layers, ignored) = parse_layers("war,territories");
/// assert!(layers.contains(Layer::War) && !layers.contains(Layer::SisterCities));
/// assert!(ignored.is_empty());
/// let (layers, ignored) = parse_layers("<script>");
/// assert_eq!(layers, Layers::ALL);
/// assert_eq!(ignored, vec!["<script>".to_string()]);
/// ```
pub fn parse_layers(text: &str) -> (Layers, Vec<String>) {
    let mut layers = Layers::NONE;
    let mut ignored = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match Layer::from_id(part) {
            Some(layer) => layers = layers.with(layer, true),
            None => ignored.push(part.chars().take(40).collect()),
        }
    }
    if layers == Layers::NONE {
        layers = Layers::ALL;
    }
    (layers, ignored)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_text() {
        for mask in 1..64u8 {
            let layers = Layers(mask);
            assert_eq!(parse_layers(&layers.to_string()), (layers, vec![]));
        }
    }

    #[test]
    fn names_what_it_ignores_and_keeps_the_rest() {
        let (layers, ignored) = parse_layers(" WAR , rivers,,treaties");
        assert_eq!(
            layers.iter().collect::<Vec<_>>(),
            vec![Layer::War, Layer::Diplomacy]
        );
        assert_eq!(ignored, vec!["rivers".to_string()]);
    }

    #[test]
    fn empty_means_every_layer() {
        assert_eq!(parse_layers(""), (Layers::ALL, vec![]));
    }
}
