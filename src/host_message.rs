//! The iframe API: what a host page may ask of an embedded atlas through `postMessage`, and from
//! which origins. Pure, so it is tested natively; the UI turns `event.data` into a string with
//! `JSON.stringify` and checks `event.origin` before acting.
//!
//! ```text
//! frame.contentWindow.postMessage({type: "rj-atlas:set", year: 1905, layers: "war"}, "*");
//! frame.contentWindow.postMessage({type: "rj-atlas:get"}, "*");
//! ```
//!
//! Anything else — another library's messages, unknown `rj-atlas:` types, malformed fields — is
//! ignored without a word to the page: a host is not a teacher typing a URL.

use crate::layers::{parse_layers, Layers};
use crate::model::{Date, Lang};
use crate::params::{parse_date, parse_lang, parse_year};
use serde_json::{Map, Value};
use std::fmt;

/// The longest message read, in characters of JSON.
pub const MAX_MESSAGE_CHARS: usize = 10_000;

/// A message from the host page.
#[derive(Clone, Debug, PartialEq)]
pub enum HostMessage {
    /// `rj-atlas:set`: change what the map shows.
    Set(SetRequest),
    /// `rj-atlas:get`: reply with the state.
    Get,
}

/// The fields of an `rj-atlas:set` message the atlas could use; each is `None` when absent or
/// unusable (the others still apply).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SetRequest {
    /// `year`: a whole year 1855–2014 (a number, or a text of digits).
    pub year: Option<i32>,
    /// `date`: `YYYY-MM-DD`, a day the atlas covers.
    pub date: Option<Date>,
    /// `layers`: `"war,territories"` or `["war", "territories"]`; unknown ids are dropped, and
    /// none known drops the field.
    pub layers: Option<Layers>,
    /// `select`: a territory, event or pair id, `[a-z0-9-]{1,80}`.
    pub select: Option<String>,
    /// `lang`: `en`, `th`, `ru` or `ja` (a tag such as `th-TH` is fine).
    pub lang: Option<Lang>,
}

impl SetRequest {
    fn is_empty(&self) -> bool {
        *self == SetRequest::default()
    }
}

/// Reads a message (`event.data` as JSON; a message posted as a JSON text is read too). `None`
/// for anything that is not an object whose
/// `type` is `rj-atlas:set` or `rj-atlas:get`, for a set with no usable field, and for more than
/// [`MAX_MESSAGE_CHARS`] characters.
///
/// ```
/// use rj_atlas::host_message::{parse_host_message, HostMessage};
/// let Some(HostMessage::Set(set)) =
///     parse_host_message(r#"{"type":"rj-atlas:set","year":1905,"lang":"xx"}"#)
/// else {
///     panic!("a set");
/// };
/// assert_eq!((set.year, set.lang), (Some(1905), None));
/// assert_eq!(parse_host_message(r#"{"type":"rj-atlas:get"}"#), Some(HostMessage::Get));
/// assert_eq!(parse_host_message(r#"{"type":"other:set","year":1905}"#), None);
/// ```
pub fn parse_host_message(json: &str) -> Option<HostMessage> {
    read_host_message(json, |text| serde_json::from_str(text).ok())
}

/// [`parse_host_message`] with the JSON parser given: the embedded app passes the browser's
/// `JSON.parse`, so its first-load build carries no JSON parser of its own.
pub fn read_host_message(json: &str, parse: impl Fn(&str) -> Option<Value>) -> Option<HostMessage> {
    if json.len() > 4 * MAX_MESSAGE_CHARS || json.chars().count() > MAX_MESSAGE_CHARS {
        return None;
    }
    let mut value = parse(json)?;
    // Some hosts post the JSON text itself: `postMessage(JSON.stringify({...}))`.
    if let Value::String(inner) = &value {
        value = parse(inner)?;
    }
    let object = value.as_object()?;
    match object.get("type")?.as_str()? {
        "rj-atlas:get" => Some(HostMessage::Get),
        "rj-atlas:set" => {
            let set = set_request(object);
            (!set.is_empty()).then_some(HostMessage::Set(set))
        }
        _ => None,
    }
}

fn set_request(object: &Map<String, Value>) -> SetRequest {
    let text = |key: &str| object.get(key).and_then(Value::as_str);
    let year = match object.get("year") {
        Some(Value::Number(n)) => n.as_i64().and_then(|y| parse_year(&y.to_string()).ok()),
        Some(Value::String(s)) => parse_year(s).ok(),
        _ => None,
    };
    SetRequest {
        year,
        date: text("date").and_then(|d| parse_date(d).ok()),
        layers: object.get("layers").and_then(layers),
        select: text("select").filter(|s| is_id(s)).map(str::to_string),
        lang: text("lang").and_then(|l| parse_lang(l).ok()),
    }
}

/// A `layers` field: a comma list or an array of ids; `None` if no id is known.
fn layers(value: &Value) -> Option<Layers> {
    let list = match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(","),
        _ => return None,
    };
    let named = list.split(',').filter(|p| !p.trim().is_empty()).count();
    let (layers, ignored) = parse_layers(&list);
    (ignored.len() < named).then_some(layers)
}

/// `[a-z0-9-]{1,80}`: the form of every id in the atlas.
fn is_id(s: &str) -> bool {
    (1..=80).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Which host pages the embedded atlas listens to, from the embed page's `parent-origin` URL
/// parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OriginPolicy {
    /// No `parent-origin`: any page may drive the map (its state is public anyway).
    Any,
    /// Only these origins, each `scheme://host[:port]` as `event.origin` writes it. Empty when
    /// `parent-origin` named nothing usable: then no message is accepted, rather than all.
    Only(Vec<String>),
}

/// A `parent-origin` entry that is not an origin, for the page's notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OriginError(pub String);

impl fmt::Display for OriginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut shown: String = self.0.chars().take(40).collect();
        if self.0.chars().count() > 40 {
            shown.push('…');
        }
        write!(
            f,
            "parent-origin “{shown}” is not an origin like https://school.example (ignored)"
        )
    }
}

impl std::error::Error for OriginError {}

impl OriginPolicy {
    /// Reads `parent-origin`: absent is [`OriginPolicy::Any`]; else a comma list of origins
    /// (`https://school.example,https://moodle.example:8443`), where `'self'` means `own_origin`
    /// (the iframe's `location.origin`). Entries that are not http(s) origins are returned as
    /// errors and left out.
    ///
    /// ```
    /// use rj_atlas::host_message::{origin_allowed, OriginPolicy};
    /// let (policy, errors) =
    ///     OriginPolicy::parse(Some("https://School.example/,'self',ftp://x"), "https://atlas.example");
    /// assert_eq!(errors.len(), 1);
    /// assert!(origin_allowed(&policy, "https://school.example"));
    /// assert!(origin_allowed(&policy, "https://atlas.example"));
    /// assert!(!origin_allowed(&policy, "https://evil.example"));
    /// ```
    pub fn parse(param: Option<&str>, own_origin: &str) -> (OriginPolicy, Vec<OriginError>) {
        let Some(param) = param else {
            return (OriginPolicy::Any, Vec::new());
        };
        let mut origins: Vec<String> = Vec::new();
        let mut errors = Vec::new();
        for entry in param.split(',').map(str::trim) {
            let origin = match entry {
                "'self'" | "self" => normal_origin(own_origin),
                _ => normal_origin(entry),
            };
            match origin {
                Some(o) if !origins.contains(&o) => origins.push(o),
                Some(_) => {}
                None => errors.push(OriginError(entry.to_string())),
            }
        }
        (OriginPolicy::Only(origins), errors)
    }
}

/// Whether a message from `origin` (`event.origin`) may be acted on.
pub fn origin_allowed(policy: &OriginPolicy, origin: &str) -> bool {
    match policy {
        OriginPolicy::Any => true,
        OriginPolicy::Only(origins) => origins.iter().any(|o| o == origin),
    }
}

/// The `targetOrigin` for messages the atlas sends to its host: `"*"` under
/// [`OriginPolicy::Any`], the origin when exactly one is allowed, and `None` when several are
/// (send to the `event.origin` last accepted, or send nothing until one has been) or none is
/// (send nothing).
pub fn target_origin(policy: &OriginPolicy) -> Option<String> {
    match policy {
        OriginPolicy::Any => Some("*".to_string()),
        OriginPolicy::Only(origins) => match origins.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        },
    }
}

/// `scheme://host[:port]` in the form `event.origin` uses: lower case, default port dropped, no
/// path (a lone trailing `/` is forgiven).
fn normal_origin(text: &str) -> Option<String> {
    let text = text.trim();
    let text = text.strip_suffix('/').unwrap_or(text);
    let (scheme, rest) = text.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) if !host.ends_with(':') && !rest.ends_with(']') => (host, Some(port)),
        _ => (rest, None),
    };
    let host = host.to_ascii_lowercase();
    if !valid_host(&host) {
        return None;
    }
    match port {
        None => Some(format!("{scheme}://{host}")),
        Some(p) => {
            let number: u16 = p
                .parse()
                .ok()
                .filter(|_| p.bytes().all(|b| b.is_ascii_digit()))?;
            if number == 0 {
                None
            } else if p.trim_start_matches('0') == default_port {
                Some(format!("{scheme}://{host}"))
            } else {
                Some(format!("{scheme}://{host}:{number}"))
            }
        }
    }
}

/// A DNS name or IPv4 address (dot-separated labels of `a-z0-9-`), or `[…]` for IPv6.
fn valid_host(host: &str) -> bool {
    if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return !v6.is_empty()
            && v6
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
    }
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::Layer;

    fn set(json: &str) -> SetRequest {
        match parse_host_message(json) {
            Some(HostMessage::Set(set)) => set,
            other => panic!("{json}: {other:?}"),
        }
    }

    #[test]
    fn reads_every_set_field() {
        let s = set(
            r#"{"type":"rj-atlas:set","year":1905,"date":"1905-05-27","layers":"war,territories",
                "select":"tsushima-1905","lang":"th-TH"}"#,
        );
        assert_eq!(s.year, Some(1905));
        assert_eq!(s.date.map(|d| d.to_string()).as_deref(), Some("1905-05-27"));
        let layers = s.layers.expect("layers");
        assert_eq!(
            layers.iter().collect::<Vec<_>>(),
            [Layer::Territories, Layer::War]
        );
        assert_eq!(s.select.as_deref(), Some("tsushima-1905"));
        assert_eq!(s.lang, Some(Lang::Th));
        let s = set(r#"{"type":"rj-atlas:set","layers":["diplomacy","rivers",3],"year":"1945"}"#);
        assert_eq!(
            s.layers.map(|l| l.to_string()).as_deref(),
            Some("diplomacy")
        );
        assert_eq!(s.year, Some(1945));
    }

    #[test]
    fn drops_bad_fields_one_by_one() {
        let s = set(
            r#"{"type":"rj-atlas:set","year":1905.5,"date":"1905-13-45","layers":"<script>",
                "select":"<img src=x>","lang":"ja"}"#,
        );
        assert_eq!(
            s,
            SetRequest {
                lang: Some(Lang::Ja),
                ..SetRequest::default()
            }
        );
        for year in ["99999", "1854", "-5", "1e3", "\"abc\"", "null", "[1905]"] {
            let json = format!(r#"{{"type":"rj-atlas:set","year":{year}}}"#);
            assert_eq!(parse_host_message(&json), None, "{json}");
        }
        let long_id = "a".repeat(81);
        for select in ["", "Tsushima", "a b", long_id.as_str(), "ツシマ"] {
            let json = format!(r#"{{"type":"rj-atlas:set","select":"{select}"}}"#);
            assert_eq!(parse_host_message(&json), None, "{json}");
        }
        assert_eq!(
            set(&format!(
                r#"{{"type":"rj-atlas:set","select":"{}"}}"#,
                "a".repeat(80)
            ))
            .select,
            Some("a".repeat(80))
        );
        assert_eq!(
            parse_host_message(r#"{"type":"rj-atlas:set","layers":""}"#),
            None
        );
        assert_eq!(
            parse_host_message(r#"{"type":"rj-atlas:set","layers":[]}"#),
            None
        );
    }

    #[test]
    fn ignores_what_it_does_not_understand() {
        for json in [
            "",
            "not json",
            "null",
            "\"rj-atlas:get\"",
            "\"\"",
            "[{\"type\":\"rj-atlas:get\"}]",
            r#"{"type":"rj-atlas:set"}"#,
            r#"{"type":"rj-atlas:SET","year":1905}"#,
            r#"{"type":"rj-atlas:reload"}"#,
            r#"{"type":"webpackOk"}"#,
            r#"{"type":42}"#,
            r#"{"year":1905}"#,
        ] {
            assert_eq!(parse_host_message(json), None, "{json}");
        }
        assert_eq!(
            parse_host_message(r#"{"type":"rj-atlas:get","extra":[1,2]}"#),
            Some(HostMessage::Get)
        );
        // Posted as text: JSON.stringify(JSON.stringify({type: "rj-atlas:get"})).
        assert_eq!(
            parse_host_message(r#""{\"type\":\"rj-atlas:get\"}""#),
            Some(HostMessage::Get)
        );
        assert_eq!(
            parse_host_message(r#""\"{\\\"type\\\":\\\"rj-atlas:get\\\"}\"""#),
            None
        );
        let padded = format!(
            r#"{{"type":"rj-atlas:set","year":1905,"pad":"{}"}}"#,
            "x".repeat(MAX_MESSAGE_CHARS)
        );
        assert_eq!(parse_host_message(&padded), None);
        let fits = format!(
            r#"{{"type":"rj-atlas:set","year":1905,"pad":"{}"}}"#,
            "x".repeat(9_900)
        );
        assert!(parse_host_message(&fits).is_some());
    }

    #[test]
    fn origin_policy() {
        let own = "https://atlas.example";
        assert_eq!(OriginPolicy::parse(None, own), (OriginPolicy::Any, vec![]));
        assert!(origin_allowed(
            &OriginPolicy::Any,
            "https://anything.example"
        ));
        assert!(origin_allowed(&OriginPolicy::Any, "null"));
        assert_eq!(target_origin(&OriginPolicy::Any).as_deref(), Some("*"));

        let (policy, errors) = OriginPolicy::parse(
            Some(" https://school.example , HTTPS://Moodle.Example:443/,http://localhost:8080,'self'"),
            own,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            policy,
            OriginPolicy::Only(vec![
                "https://school.example".into(),
                "https://moodle.example".into(),
                "http://localhost:8080".into(),
                own.into(),
            ])
        );
        for ok in [
            "https://school.example",
            "https://moodle.example",
            "http://localhost:8080",
            own,
        ] {
            assert!(origin_allowed(&policy, ok), "{ok}");
        }
        for no in [
            "https://evil.example",
            "http://school.example",
            "https://school.example.evil.example",
            "https://school.example:8443",
            "null",
            "",
        ] {
            assert!(!origin_allowed(&policy, no), "{no}");
        }
        assert_eq!(
            target_origin(&policy),
            None,
            "several: the UI uses the last accepted"
        );

        let (one, _) = OriginPolicy::parse(Some("https://school.example"), own);
        assert_eq!(
            target_origin(&one).as_deref(),
            Some("https://school.example")
        );
    }

    #[test]
    fn bad_origins_are_named_and_fail_closed() {
        let bad = [
            "ftp://school.example",
            "https://school.example/lesson",
            "https://school.example?x=1",
            "https://user@school.example",
            "school.example",
            "https://",
            "https://school.example:99999",
            "https://school.example:0",
            "https://*.example",
            "https://<script>",
            "javascript:alert(1)",
            "",
        ];
        for entry in bad {
            let (policy, errors) = OriginPolicy::parse(Some(entry), "https://atlas.example");
            assert_eq!(policy, OriginPolicy::Only(vec![]), "{entry}");
            assert_eq!(errors, vec![OriginError(entry.to_string())], "{entry}");
            assert!(!origin_allowed(&policy, "https://school.example"));
            assert_eq!(target_origin(&policy), None);
        }
        assert_eq!(
            OriginError("ftp://x".into()).to_string(),
            "parent-origin “ftp://x” is not an origin like https://school.example (ignored)"
        );
        // A file:// page has the opaque origin "null": 'self' cannot name it.
        let (policy, errors) = OriginPolicy::parse(Some("'self'"), "null");
        assert_eq!((policy, errors.len()), (OriginPolicy::Only(vec![]), 1));
        // IPv6 and a port kept.
        let (policy, errors) = OriginPolicy::parse(Some("http://[::1]:8080,https://[::1]"), "null");
        assert!(errors.is_empty(), "{errors:?}");
        assert!(origin_allowed(&policy, "http://[::1]:8080"));
        assert!(origin_allowed(&policy, "https://[::1]"));
    }
}
