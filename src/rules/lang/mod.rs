//! Built-in phrase packs, one data file a language. A language is a table, not code: add a
//! file with a `PACK` and list it in [`ALL`].
//!
//! Phrases are lower case and matched on whole words (a trailing `*` matches a word stem).
//! The weights say how much a phrase alone tells: 3 or more is an anchor that can start a
//! cut; less is supporting evidence that only counts next to an anchor.
//!
//! Rows are written with named settings, `ask(Donation).weight(3.5).phrases(&[...])`; see
//! [`row`] for what each group's constructor sets.

pub(crate) use super::{At, At::*, Entry, Group, Group::*, Pack};
pub(crate) use crate::Kind::*;

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pl;
mod pt;
mod ru;
mod uk;
mod xx;

/// Every built-in pack. `xx` holds the language-independent symbols and names.
#[rustfmt::skip]
pub(crate) static ALL: &[&Pack] = &[
    &xx::PACK,
    &en::PACK,
    &de::PACK,
    &fr::PACK,
    &es::PACK,
    &it::PACK,
    &pt::PACK,
    &pl::PACK,
    &ru::PACK,
    &uk::PACK,
    &nl::PACK,
];

/// A table row, read by its named settings: `ask(Donation).weight(3.5).phrases(&[...])`,
/// `header(Donation).max_words(14).phrases(&[...])`. Each group's constructor gives the
/// group's usual position and weight (below); a row says only what differs.
///
/// | constructor     | group      | at    | weight |
/// |-----------------|------------|-------|--------|
/// | `header(k)`     | Header     | Start | 4.0    |
/// | `salutation(k)` | Salutation | Start | 2.5    |
/// | `ask(k)`        | Ask        | Any   | 3.0    |
/// | `cue(k)`        | Cue        | Any   | 1.5    |
/// | `outlet(k)`     | Outlet     | Any   | 1.0    |
/// | `label(k)`      | Label      | Whole | 3.0    |
/// | `line(k)`       | Line       | Start | 3.0    |
/// | `chrome(k)`     | Chrome     | Start | 3.0    |
/// | `platform(k)`   | Platform   | Any   | 0.0    |
/// | `body()`        | Body       | Any   | -1.5   |
/// | `money()`       | Money      | Any   | 0.0    |
///
/// `label_any()` and `cue_any()` have no kind of their own: they take their neighbours'.
/// `max_words` is 0 (any length) unless set.
const fn row(group: Group, kind: Option<crate::Kind>) -> Entry {
    let (at, weight) = match group {
        Header => (Start, 4.0),
        Salutation => (Start, 2.5),
        Label => (Whole, 3.0),
        Line | Chrome => (Start, 3.0),
        Ask => (Any, 3.0),
        Cue => (Any, 1.5),
        Outlet => (Any, 1.0),
        Body => (Any, -1.5),
        _ => (Any, 0.0),
    };
    Entry {
        group,
        kind,
        at,
        weight,
        max_words: 0,
        phrases: &[],
    }
}

pub(crate) const fn header(kind: crate::Kind) -> Entry {
    row(Header, Some(kind))
}
pub(crate) const fn salutation(kind: crate::Kind) -> Entry {
    row(Salutation, Some(kind))
}
pub(crate) const fn ask(kind: crate::Kind) -> Entry {
    row(Ask, Some(kind))
}
pub(crate) const fn cue(kind: crate::Kind) -> Entry {
    row(Cue, Some(kind))
}
pub(crate) const fn outlet(kind: crate::Kind) -> Entry {
    row(Outlet, Some(kind))
}
pub(crate) const fn label(kind: crate::Kind) -> Entry {
    row(Label, Some(kind))
}
pub(crate) const fn line(kind: crate::Kind) -> Entry {
    row(Line, Some(kind))
}
pub(crate) const fn chrome(kind: crate::Kind) -> Entry {
    row(Chrome, Some(kind))
}
pub(crate) const fn platform(kind: crate::Kind) -> Entry {
    row(Platform, Some(kind))
}
/// A button label that takes the kind of the blocks around it ("Close", "Maybe later").
pub(crate) const fn label_any() -> Entry {
    row(Label, None)
}
/// Supporting evidence that takes the kind of the blocks around it.
pub(crate) const fn cue_any() -> Entry {
    row(Cue, None)
}
/// Evidence that a block is article body (weights are negative).
pub(crate) const fn body() -> Entry {
    row(Body, None)
}
/// Currency signs and codes: they gate the money patterns.
pub(crate) const fn money() -> Entry {
    row(Money, None)
}

impl Entry {
    /// Where in its block the phrase must stand.
    pub(crate) const fn at(mut self, at: At) -> Entry {
        self.at = at;
        self
    }
    /// How much the phrase alone tells: 3 or more is an anchor.
    pub(crate) const fn weight(mut self, weight: f32) -> Entry {
        self.weight = weight;
        self
    }
    /// The most words the block may have (0: any).
    pub(crate) const fn max_words(mut self, max_words: u32) -> Entry {
        self.max_words = max_words;
        self
    }
    pub(crate) const fn phrases(mut self, phrases: &'static [&'static str]) -> Entry {
        self.phrases = phrases;
        self
    }
}
