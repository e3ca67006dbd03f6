//! Where a fact comes from. Every record in the atlas carries at least one.

use serde::{Deserialize, Serialize};

/// A reference a teacher can follow: a title and a URL or a publication.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// What the reference is called.
    pub title: String,
    /// Where to read it online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A printed work, with page or article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
}

impl Source {
    /// A source is usable when it has a title and something to look up.
    pub fn is_complete(&self) -> bool {
        !self.title.trim().is_empty()
            && (self
                .url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://") || u.starts_with("http://"))
                || self
                    .publication
                    .as_deref()
                    .is_some_and(|p| !p.trim().is_empty()))
    }
}
