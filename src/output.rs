//! Output stage: the result of a clean, [`Cleaned`], and the record of each cut, [`Removal`].
//!
//! Both paths (text and HTML) return the same shape, so callers handle one type.

use std::fmt;
use std::ops::Range;

/// What a removed block was.
///
/// New kinds may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Kind {
    /// An ask for money: "A Message from The Moscow Times: Dear readers, ...", IBAN lines.
    Donation,
    /// A pitch to buy or sign in to a subscription.
    Subscription,
    /// A metered or locked-content notice.
    Paywall,
    /// An e-mail newsletter sign-up box or line.
    Newsletter,
    /// A member or club programme: "Become a member".
    Membership,
    /// A cookie or consent notice.
    Cookie,
    /// Share, follow and listen-on lines.
    Social,
    /// "Read more", "Related", teaser lists.
    Related,
    /// An app download pitch.
    App,
    /// Advertising, ad-blocker walls, sponsor boxes.
    Ad,
    /// Author bios, contributor lines, image and production credits.
    Credit,
    /// Other site chrome: skip links, comment headings, tag lists, footers.
    Other,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 12] = [
        Kind::Donation,
        Kind::Subscription,
        Kind::Paywall,
        Kind::Newsletter,
        Kind::Membership,
        Kind::Cookie,
        Kind::Social,
        Kind::Related,
        Kind::App,
        Kind::Ad,
        Kind::Credit,
        Kind::Other,
    ];

    /// The lower-case name of the kind, as used in reports and rules files.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Donation => "donation",
            Kind::Subscription => "subscription",
            Kind::Paywall => "paywall",
            Kind::Newsletter => "newsletter",
            Kind::Membership => "membership",
            Kind::Cookie => "cookie",
            Kind::Social => "social",
            Kind::Related => "related",
            Kind::App => "app",
            Kind::Ad => "ad",
            Kind::Credit => "credit",
            Kind::Other => "other",
        }
    }

    /// Parses the name given by [`Kind::as_str`].
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(name))
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses a kind's name, in any case (`"donation"`, `"Cookie"`).
///
/// ```
/// use unappeal::Kind;
/// assert_eq!("Newsletter".parse::<Kind>().unwrap(), Kind::Newsletter);
/// let err = "newsleter".parse::<Kind>().unwrap_err();
/// assert!(err.to_string().contains("donation, subscription"));
/// ```
impl std::str::FromStr for Kind {
    type Err = ParseKindError;

    fn from_str(s: &str) -> Result<Kind, ParseKindError> {
        Kind::from_name(s).ok_or_else(|| ParseKindError {
            name: s.to_string(),
        })
    }
}

/// The error of parsing a [`Kind`] from a name that is none; it lists the names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseKindError {
    name: String,
}

impl fmt::Display for ParseKindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown kind `{}`: the kinds are ", self.name)?;
        for (i, k) in Kind::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(k.as_str())?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseKindError {}

/// Which stage of the pipeline made a cut, so that callers can filter without reading rule
/// names.
///
/// New stages may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Stage {
    /// An HTML element pruned before the story was chosen, for its tag, role, class or id,
    /// or a list of links at the story's edge.
    Pruned,
    /// HTML outside the element chosen as the story.
    OutsideStory,
    /// A run of blocks that the built-in phrase packs and patterns anchor.
    TextRule,
    /// A phrase, pattern, selector or filter-list rule the user added.
    UserRule,
    /// A run that only the fitted model anchors (shape and position of the blocks).
    Learned,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 5] = [
        Stage::Pruned,
        Stage::OutsideStory,
        Stage::TextRule,
        Stage::UserRule,
        Stage::Learned,
    ];

    /// The stage's name, as `Display` and serde write it: `pruned`, `outside_story`,
    /// `text_rule`, `user_rule`, `learned`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Pruned => "pruned",
            Stage::OutsideStory => "outside_story",
            Stage::TextRule => "text_rule",
            Stage::UserRule => "user_rule",
            Stage::Learned => "learned",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a removed piece was in the input. With the `serde` feature it is written flat:
/// `{"start": 10, "end": 42}` or `{"element": "body > aside.donate", "selector": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(into = "flat::Place", try_from = "flat::Place")
)]
#[non_exhaustive]
pub enum Location {
    /// A byte range of the text given to [`Cleaner::clean_text`](crate::Cleaner::clean_text).
    Text(Range<usize>),
    /// An element of an HTML document.
    Element {
        /// A short CSS-like path for people, such as `body > div#main > article >
        /// aside.donate` (the middle of a long one elided).
        path: String,
        /// A CSS selector that selects exactly this element in the document as the cleaner
        /// parses it ([`parse_html`](crate::parse_html)): `html:root > body:nth-child(2) >
        /// div:nth-child(3)`.
        selector: String,
    },
}

/// One cut: what was removed, why, and where. With the `serde` feature it is written flat,
/// the location's fields beside the others: `{"kind": "donation", "rule": "...", "stage":
/// "text_rule", "text": "...", "confidence": 0.9, "start": 10, "end": 42}` (HTML removals carry
/// `"element"` in place of `"start"` and `"end"`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(into = "flat::Removal", try_from = "flat::Removal")
)]
pub struct Removal {
    pub(crate) kind: Kind,
    pub(crate) rule: String,
    pub(crate) stage: Stage,
    pub(crate) location: Location,
    pub(crate) text: String,
    pub(crate) confidence: f32,
}

impl Removal {
    /// The kind of boilerplate that was cut.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The rule or heuristic that fired, e.g. `en.header.message-from` or `html.prune.class`.
    pub fn rule(&self) -> &str {
        &self.rule
    }

    /// The stage of the pipeline that made the cut.
    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// Where the removed piece was.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The byte range in the input text, for removals from text input.
    pub fn range(&self) -> Option<Range<usize>> {
        match &self.location {
            Location::Text(r) => Some(r.clone()),
            Location::Element { .. } => None,
        }
    }

    /// The element's short path, for removals from HTML input.
    pub fn element(&self) -> Option<&str> {
        match &self.location {
            Location::Element { path, .. } => Some(path),
            Location::Text(_) => None,
        }
    }

    /// A CSS selector that selects exactly the removed element in the parsed document, for
    /// removals from HTML input.
    pub fn selector(&self) -> Option<&str> {
        match &self.location {
            Location::Element { selector, .. } => Some(selector),
            Location::Text(_) => None,
        }
    }

    /// The text that was removed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How sure the cut is, from 0 to 1, on one scale for text and HTML: `1 - exp(-e / 4)`
    /// of the evidence `e` behind the cut, in the units of the text rules' weights (an ask
    /// weighs 3 to 4, a button label 3, a heading 4).
    ///
    /// - about 0.4 to 0.5: the least that is cut; a run that just passes (summed evidence
    ///   2), or HTML outside the chosen story with nothing known of the element itself;
    /// - 0.7: a run with one clear formula and its label, or a list of links at the story's
    ///   edge;
    /// - 0.9 and more: several formulas, a user's rule, or an element pruned for its class,
    ///   id or role (0.86) or its tag or hidden attribute (0.95).
    pub fn confidence(&self) -> f32 {
        self.confidence
    }
}

/// The flat shapes that [`Location`] and [`Removal`] are written in.
#[cfg(feature = "serde")]
mod flat {
    use super::{Kind, Stage};

    #[derive(serde::Serialize, serde::Deserialize)]
    pub(super) struct Place {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        start: Option<usize>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        end: Option<usize>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        element: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        selector: Option<String>,
    }

    impl From<super::Location> for Place {
        fn from(l: super::Location) -> Place {
            match l {
                super::Location::Text(r) => Place {
                    start: Some(r.start),
                    end: Some(r.end),
                    element: None,
                    selector: None,
                },
                super::Location::Element { path, selector } => Place {
                    start: None,
                    end: None,
                    element: Some(path),
                    selector: Some(selector),
                },
            }
        }
    }

    impl TryFrom<Place> for super::Location {
        type Error = &'static str;

        fn try_from(p: Place) -> Result<Self, Self::Error> {
            match (p.start, p.end, p.element, p.selector) {
                (Some(start), Some(end), None, None) if start <= end => {
                    Ok(super::Location::Text(start..end))
                }
                (None, None, Some(path), Some(selector)) => {
                    Ok(super::Location::Element { path, selector })
                }
                _ => Err("a location has `start` and `end`, or `element` and `selector`"),
            }
        }
    }

    #[derive(serde::Serialize, serde::Deserialize)]
    pub(super) struct Removal {
        kind: Kind,
        rule: String,
        stage: Stage,
        text: String,
        confidence: f32,
        #[serde(flatten)]
        place: Place,
    }

    impl From<super::Removal> for Removal {
        fn from(r: super::Removal) -> Removal {
            Removal {
                kind: r.kind,
                rule: r.rule,
                stage: r.stage,
                text: r.text,
                confidence: r.confidence,
                place: r.location.into(),
            }
        }
    }

    impl TryFrom<Removal> for super::Removal {
        type Error = &'static str;

        fn try_from(r: Removal) -> Result<Self, Self::Error> {
            Ok(super::Removal {
                kind: r.kind,
                rule: r.rule,
                stage: r.stage,
                text: r.text,
                confidence: r.confidence,
                location: r.place.try_into()?,
            })
        }
    }
}

/// The result of a clean: the article body and every removal.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Cleaned {
    // Serialised as the command line writes a document: `title` and `replaced_bytes` only
    // where there is one.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) title: Option<String>,
    pub(crate) text: String,
    #[cfg_attr(feature = "serde", serde(rename = "removed"))]
    pub(crate) removals: Vec<Removal>,
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            rename = "replaced_bytes",
            alias = "replaced",
            skip_serializing_if = "is_zero"
        )
    )]
    pub(crate) replaced: usize,
}

#[cfg(feature = "serde")]
fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Cleaned {
    /// The article body: one block per line (text input keeps its own layout; HTML output
    /// separates blocks by a blank line).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The page's title, for HTML input: the JSON-LD `headline`, else `og:title`, else the
    /// first `<h1>`, else `<title>`, with the site's name cut off. `None` for text input.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Every removal, in document order.
    pub fn removals(&self) -> &[Removal] {
        &self.removals
    }

    /// How many bytes of the input could not be decoded and were replaced by U+FFFD
    /// (`\u{FFFD}`, the replacement character): invalid UTF-8 in text bytes (see
    /// [`CleanerBuilder::strict_utf8`](crate::CleanerBuilder::strict_utf8)) or malformed
    /// sequences in an HTML page's encoding. Zero for valid input and for `&str` input. When it
    /// is not zero, the [`range`](Removal::range)s of text removals index the decoded text,
    /// which is what `String::from_utf8_lossy` gives for the same bytes.
    pub fn replaced_bytes(&self) -> usize {
        self.replaced
    }

    /// Consumes the result, returning the body text.
    pub fn into_text(self) -> String {
        self.text
    }

    /// Consumes the result, returning the body text and the removals.
    pub fn into_parts(self) -> (String, Vec<Removal>) {
        (self.text, self.removals)
    }
}

/// The confidence of a cut with evidence `e` (see [`Removal::confidence`]): rises with the
/// evidence, from 0 at none towards 1.
pub(crate) fn confidence(evidence: f32) -> f32 {
    1.0 - (-evidence.max(0.0) / 4.0).exp()
}

/// Removes `ranges` (sorted, disjoint, each trimmed of white space) from `text`, with the
/// white space that separated each from the text before it, so that no empty line is left
/// where a block was. A range at the very start takes the white space after it instead.
pub(crate) fn cut(text: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for r in ranges {
        // (The white space dropped after a range at the start may run into the next range,
        // where that is a line of white space the segmenter keeps: "\u{2000}".)
        let before = &text[pos.min(r.start)..r.start];
        let kept = before.trim_end();
        out.push_str(kept);
        pos = pos.max(r.end);
        if out.is_empty() {
            // Nothing kept yet: drop the separator that follows instead.
            pos += text[pos..].len() - text[pos..].trim_start().len();
        }
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    #[test]
    fn cut_removes_the_separator_before() {
        let text = "one\ntwo\nthree";
        assert_eq!(cut(text, &[4..7]), "one\nthree");
        assert_eq!(cut("one\n\ntwo\n\nthree", &[5..8]), "one\n\nthree");
        assert_eq!(cut(text, &[8..13]), "one\ntwo");
        assert_eq!(cut(text, &[0..3]), "two\nthree");
        assert_eq!(cut(text, &[0..3, 8..13]), "two");
        assert_eq!(cut(text, &[]), text);
        // A line of white space that is a range of its own, after a range at the start.
        assert_eq!(cut("a\nb\n\u{2000}\nc", &[0..1, 2..3, 4..7]), "c");
        assert_eq!(cut("a\n\u{2000}\nb", &[0..1, 2..5]), "b");
    }

    #[test]
    fn kinds_round_trip_by_name() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_name(k.as_str()), Some(k));
        }
        assert_eq!(Kind::from_name("nope"), None);
    }

    #[test]
    fn confidence_rises_with_the_evidence_on_one_scale() {
        let mut last = confidence(0.0);
        assert_eq!(last, 0.0);
        for k in 1..200 {
            let c = confidence(k as f32 * 0.1);
            assert!(c > last && c < 1.0);
            last = c;
        }
        assert!((confidence(2.8) - 0.5).abs() < 0.01);
        assert!((confidence(9.2) - 0.9).abs() < 0.01);
        assert_eq!(confidence(-3.0), 0.0);
    }
}

#[cfg(all(test, feature = "serde"))]
mod serde_tests {
    use crate::Cleaner;

    #[test]
    fn results_serialise_flat_and_lowercase_and_back() {
        let text = "The mayor opened the bridge on Monday, officials said.\nSince you're here...\n\
                    ... we have a small favour to ask. Please support us from just $2 a month.\n\
                    Remind me later";
        let cleaned = Cleaner::new().clean_text(text);
        let json = serde_json::to_value(&cleaned).unwrap();
        let r = &json["removed"][0];
        assert_eq!(r["kind"], "donation");
        assert_eq!(r["stage"], "text_rule");
        assert!(r["start"].is_u64() && r["end"].is_u64() && r.get("element").is_none());
        assert!(r.get("location").is_none(), "no wrapper: {r}");
        // Fields a text has no value for are left out, as the command line leaves them out.
        assert!(json.get("title").is_none() && json.get("replaced_bytes").is_none());
        let back: crate::Cleaned = serde_json::from_value(json).unwrap();
        assert_eq!(back, cleaned);
        let mangled = Cleaner::new()
            .clean_text_bytes(b"caf\xe9 prices rose")
            .unwrap();
        let json = serde_json::to_value(&mangled).unwrap();
        assert_eq!(json["replaced_bytes"], 1);
        assert_eq!(
            serde_json::from_value::<crate::Cleaned>(json).unwrap(),
            mangled
        );

        let html = "<html><body><article><p>The bridge will reopen in May, the city said on Tuesday after a long debate about its cost.</p>\
                    <div class=\"newsletter\">Sign up for our newsletter</div></article></body></html>";
        let cleaned = Cleaner::new().clean_html(html, None).unwrap();
        let json = serde_json::to_value(&cleaned).unwrap();
        let r = &json["removed"][0];
        assert!(r["element"].is_string() && r.get("start").is_none(), "{r}");
        assert_eq!(
            serde_json::from_value::<crate::Cleaned>(json).unwrap(),
            cleaned
        );
        // A location needs one of its two shapes.
        let bad = serde_json::json!({"kind": "ad", "rule": "x", "stage": "learned", "text": "",
                                     "confidence": 0.5});
        assert!(serde_json::from_value::<crate::Removal>(bad).is_err());
    }
}
