//! Text made safe for XML content and attribute values, for the markup the atlas writes as
//! strings: the exported SVG (`ui::export`) and the still map in `index.html`
//! ([`crate::still_map`]).

/// `text` with `&`, `<`, `>`, `"` and `'` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_the_five() {
        assert_eq!(
            super::escape(r#"a&b<c>"d'"#),
            "a&amp;b&lt;c&gt;&quot;d&apos;"
        );
    }
}
