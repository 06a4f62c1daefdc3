//! The story's own words: what its opening paragraphs name. A sentence of the story names
//! its people, places and things again ("Ink Vault's first group exhibition opens on 28
//! March." under a story about the Ink Vault collective); a box speaks of the outlet and
//! the reader. Over the labelled texts, a short block that shares two long words with the
//! story's first three walls is body five times as often as it is a box; one shared word is
//! the test here, for it only keeps the model from raising what the hand rules keep.

use std::cell::OnceCell;

use super::Scored;
use super::features::names;
use crate::input::segment::{Block, is_lower};
use crate::rules::Evidences;

/// A word of at least this many characters is the story's own when an opening wall holds
/// it: shorter ones are mostly function words, which every block shares with the story.
const WORD_CHARS: usize = 5;
/// The walls whose words are the story's: its opening paragraphs. Later walls may be a
/// box's paragraph that no pack reads, whose words its own lines share.
const OPENING_WALLS: usize = 3;
/// The fewest words of a silent line: shorter lines are labels and buttons as often.
const SILENT_MIN_WORDS: u32 = 4;

/// The story's silent lines: sentences that the model's lean from shape and place must not
/// take (see [`StoryLines::silent_line`]).
pub(crate) struct StoryLines<'a> {
    text: &'a str,
    blocks: &'a [Block],
    evidence: &'a Evidences,
    /// The hand rules' score of each block.
    hand: &'a [f32],
    outlets: &'a [String],
    /// The indexes of the first [`OPENING_WALLS`] walls, as the hand rules stand them.
    opening: Vec<usize>,
    /// The keys of the opening walls' long words ([`word_keys`]), sorted, read at the
    /// first block that asks.
    keys: OnceCell<Vec<u64>>,
}

impl<'a> StoryLines<'a> {
    pub(crate) fn new(
        text: &'a str,
        blocks: &'a [Block],
        evidence: &'a Evidences,
        scored: &[Scored],
        hand: &'a [f32],
        outlets: &'a [String],
    ) -> Self {
        StoryLines {
            text,
            blocks,
            evidence,
            hand,
            outlets,
            opening: (0..blocks.len())
                .filter(|&i| scored[i].wall)
                .take(OPENING_WALLS)
                .collect(),
            keys: OnceCell::new(),
        }
    }

    /// True when block `i` is a sentence of the story with nothing of a box: of a few words
    /// at least, with no evidence, no pronoun of the outlet or the reader, no platform's
    /// name, not naming the outlet, which the hand rules read as the story's, and which
    /// names what the story's opening names. (Only where a pack read the text: where none
    /// found anything, every sentence is silent, and silence says nothing.)
    pub(crate) fn silent_line(&self, i: usize) -> bool {
        let (b, e) = (&self.blocks[i], &self.evidence[i]);
        (b.sentence || self.opens_lower(i))
            && b.words >= SILENT_MIN_WORDS
            && e.is_silent()
            && e.platform_bytes == 0
            && self.hand[i] < 0.0
            && !names(&self.text[b.range.clone()], self.outlets)
            && self.named_in(i)
    }

    /// True when block `i` opens with a lower-case letter: it goes on from the story (a
    /// list's item, a glossary's term), where a box's lines open as a heading or a button.
    fn opens_lower(&self, i: usize) -> bool {
        self.text[self.blocks[i].range.clone()]
            .chars()
            .next()
            .is_some_and(is_lower)
    }

    /// True when block `i` holds a long word of the story's opening walls, and is not one
    /// of them.
    fn named_in(&self, i: usize) -> bool {
        if self.opening.contains(&i) {
            return false;
        }
        let keys = self.keys.get_or_init(|| {
            let mut all = Vec::new();
            for &w in &self.opening {
                word_keys(&self.text[self.blocks[w].range.clone()], &mut all);
            }
            all.sort_unstable();
            all.dedup();
            all
        });
        if keys.is_empty() {
            return false;
        }
        let mut own = Vec::new();
        word_keys(&self.text[self.blocks[i].range.clone()], &mut own);
        own.iter().any(|k| keys.binary_search(k).is_ok())
    }
}

/// Pushes a key (a hash of its lower-cased characters) for every word of `text` of at least
/// [`WORD_CHARS`] characters. Keys, sorted and searched, rather than a hash set: a page
/// cannot plant colliding words to slow a set down, and two words that share a key only
/// make one block look a little more like the story.
fn word_keys(text: &str, out: &mut Vec<u64>) {
    use std::hash::Hasher as _;
    let mut h = crate::fx::Fx::default();
    let mut chars = 0;
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                h.write_u32(u32::from(l));
            }
            chars += 1;
        } else {
            if chars >= WORD_CHARS {
                out.push(h.finish());
            }
            h = crate::fx::Fx::default();
            chars = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        word_keys(text, &mut out);
        out
    }

    #[test]
    fn long_words_are_keyed_in_any_case() {
        let vault = keys("Vault");
        assert_eq!(vault.len(), 1);
        assert_eq!(
            keys("THE VAULT's"),
            vault,
            "short words and case do not count"
        );
        assert_eq!(keys("Ink Vault: 28 March"), [vault[0], keys("march")[0]]);
        assert!(
            keys("the old bank, a 1920s hall").len() == 1,
            "\"1920s\" alone is long"
        );
        assert_eq!(
            keys("ÉCOLES"),
            keys("écoles"),
            "upper case folds as Unicode does"
        );
    }
}
