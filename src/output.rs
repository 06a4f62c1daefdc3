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

/// Where a removed piece was in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Location {
    /// A byte range of the text given to [`Cleaner::clean_text`](crate::Cleaner::clean_text).
    Text(Range<usize>),
    /// An element of an HTML document, as a short CSS-like path such as
    /// `body > div#main > article > aside.donate`.
    Element(String),
}

/// One cut: what was removed, why, and where.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Removal {
    pub(crate) kind: Kind,
    pub(crate) rule: String,
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

    /// Where the removed piece was.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The byte range in the input text, for removals from text input.
    pub fn range(&self) -> Option<Range<usize>> {
        match &self.location {
            Location::Text(r) => Some(r.clone()),
            Location::Element(_) => None,
        }
    }

    /// The element path, for removals from HTML input.
    pub fn element(&self) -> Option<&str> {
        match &self.location {
            Location::Element(p) => Some(p),
            Location::Text(_) => None,
        }
    }

    /// The text that was removed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How sure the cut is, from 0 to 1.
    pub fn confidence(&self) -> f32 {
        self.confidence
    }
}

/// The result of a clean: the article body and every removal.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Cleaned {
    pub(crate) text: String,
    pub(crate) removals: Vec<Removal>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) replaced: usize,
}

impl Cleaned {
    /// The article body: one block per line (text input keeps its own layout; HTML output
    /// separates blocks by a blank line).
    pub fn text(&self) -> &str {
        &self.text
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

/// Removes `ranges` (sorted, disjoint, each trimmed of white space) from `text`, with the
/// white space that separated each from the text before it, so that no empty line is left
/// where a block was. A range at the very start takes the white space after it instead.
pub(crate) fn cut(text: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for r in ranges {
        let before = &text[pos..r.start];
        let kept = before.trim_end();
        out.push_str(kept);
        pos = r.end;
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
    }

    #[test]
    fn kinds_round_trip_by_name() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_name(k.as_str()), Some(k));
        }
        assert_eq!(Kind::from_name("nope"), None);
    }
}
