//! Built-in phrase packs, one data file a language. A language is a table, not code: add a
//! file with a `PACK` and list it in [`ALL`].
//!
//! Phrases are lower case and matched on whole words (a trailing `*` matches a word stem).
//! The weights say how much a phrase alone tells: 3 or more is an anchor that can start a
//! cut; less is supporting evidence that only counts next to an anchor.

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

/// Shorthand for table rows: group, kind (None: takes the kind of its neighbours), position,
/// weight, the most words the block may have (0: any), phrases.
pub(crate) const fn e(
    group: Group,
    kind: Option<crate::Kind>,
    at: At,
    weight: f32,
    max_words: u32,
    phrases: &'static [&'static str],
) -> Entry {
    Entry {
        group,
        kind,
        at,
        weight,
        max_words,
        phrases,
    }
}
