//! What the rules found in one block: summed weights by kind and group, pronouns, platform
//! names, money, and the heaviest rules by name; and [`Evidences`], a document's, kept for
//! the blocks that have any.

use std::cell::Cell;
use std::ops::{Index, Range};

pub(crate) use super::vocab::GROUP_SLOTS;
use super::vocab::Rule;
use crate::Kind;
use crate::score::concepts::Concepts;

/// What the rules found in one block.
#[derive(Clone, Debug)]
pub(crate) struct Evidence {
    /// Summed weight of the positive rules that matched.
    pub signal: f32,
    /// The heaviest single rule.
    pub max_rule: f32,
    /// Summed (negative) weight of body evidence.
    pub body: f32,
    /// A phrase of the story's own notices matched in the block ("Correction:", "Update:",
    /// "This article was updated"; the packs' `notice()` rows). Whether the block is one is
    /// the decision's to say (a sentence, no ask beside it).
    pub notice: bool,
    /// The outlet's first person and the reader addressed, outside quotations and outside
    /// the formulas counted.
    pub we: u16,
    pub you: u16,
    /// Pronouns of either kind inside a sentence's quotations: a speaker's (see
    /// `scan`), which still show the language.
    pub said: u16,
    /// The "we" and "you" words inside the formulas counted ("our work", "donors like
    /// you"), which the phrase pass does not look up again (see `Rule::pronouns`): what the
    /// fitted model reads of the voice, beside `we` and `you`. The hand rules leave them
    /// out: a formula's own pronoun is no second piece of evidence for it ("Thank you for
    /// reading" beside "we"), nor does a block that speaks only in formulas make a
    /// document a letter in the publisher's voice.
    pub formula_we: u16,
    pub formula_you: u16,
    pub platform_bytes: u32,
    /// How many platform names ("Instagram", "TikTok") the block holds.
    pub platforms: u16,
    /// From the first currency sign or code of the block to the end of the last.
    pub money: Option<Range<usize>>,
    /// The block is the heading of a list of links ("Most read", "News Feed").
    pub list_header: bool,
    /// A user's rule matched: the block is cut whatever else it holds.
    pub user: bool,
    /// Weight per kind, indexed like [`Kind::ALL`].
    pub kinds: [f32; 12],
    /// Weight per phrase group, indexed by [`Group::slot`](super::vocab::Group::slot) (header, salutation, ask, cue,
    /// label, line, chrome, outlet): what the fitted model reads of the packs.
    pub groups: [f32; GROUP_SLOTS],
    /// The heaviest rules; indexes point into [`RuleSet::rule`](super::RuleSet::rule).
    pub top: Top,
}

/// Up to four (rule index, weight) pairs, heaviest first, kept inline: most blocks with
/// evidence have one or two, and a vector would be an allocation per block.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Top {
    items: [(u32, f32); 4],
    len: u8,
}

impl Top {
    fn insert(&mut self, idx: u32, weight: f32) {
        let len = usize::from(self.len);
        let pos = self.items[..len]
            .iter()
            .position(|&(_, w)| w < weight)
            .unwrap_or(len);
        if pos < 4 {
            self.items.copy_within(pos..3, pos + 1);
            self.items[pos] = (idx, weight);
            self.len = (self.len + 1).min(4);
        }
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'_, (u32, f32)> {
        self.items[..usize::from(self.len)].iter()
    }
}

impl Default for Evidence {
    fn default() -> Self {
        Evidence::EMPTY
    }
}

impl Evidence {
    /// Nothing found.
    const EMPTY: Evidence = Evidence {
        signal: 0.0,
        max_rule: 0.0,
        body: 0.0,
        notice: false,
        we: 0,
        you: 0,
        said: 0,
        formula_we: 0,
        formula_you: 0,
        platform_bytes: 0,
        platforms: 0,
        money: None,
        list_header: false,
        user: false,
        kinds: [0.0; 12],
        groups: [0.0; GROUP_SLOTS],
        top: Top {
            items: [(0, 0.0); 4],
            len: 0,
        },
    };

    pub(crate) fn add(&mut self, idx: u32, rule: &Rule, weight: f32) {
        let kind = rule.kind;
        if let Some(slot) = rule.group.slot() {
            self.groups[slot] += weight.max(0.0);
        }
        if weight < 0.0 {
            self.body += weight;
            self.notice |= rule.weight <= super::lang::NOTICE_WEIGHT;
            return;
        }
        self.signal += weight;
        self.max_rule = self.max_rule.max(weight);
        if let Some(k) = kind {
            self.kinds[k as usize] += weight;
        }
        self.top.insert(idx, weight);
    }

    /// Whether nothing of a box is in the block: no formula's weight, no pronoun of the
    /// outlet or of the reader (a story's sentence, or a list's item, in most texts).
    pub(crate) fn is_silent(&self) -> bool {
        self.signal == 0.0 && self.we == 0 && self.you == 0
    }

    /// The kind with the most weight, if any rule with a kind matched.
    pub(crate) fn kind(&self) -> Option<Kind> {
        let (i, w) =
            self.kinds.iter().enumerate().fold(
                (0, 0.0f32),
                |acc, (i, &w)| if w > acc.1 { (i, w) } else { acc },
            );
        (w > 0.0).then(|| Kind::ALL[i])
    }
}

/// No evidence kept for a block.
const NONE: u32 = u32::MAX;

static EMPTY: Evidence = Evidence::EMPTY;

/// The evidence of each block of a document, kept only for the blocks that have some: most
/// have none, and an [`Evidence`] is 168 bytes (168 MB for a page of a million paragraphs,
/// against 4 MB of slots). Reads as a slice would: `evidence[i]`, `iter()`, `range(a..b)`.
#[derive(Clone, Debug, Default)]
pub(crate) struct Evidences {
    /// Per block, its index in `found`, or [`NONE`].
    slot: Vec<u32>,
    found: Vec<Evidence>,
    /// Per block, what its words talk about (one byte: every block has some).
    concepts: Vec<Concepts>,
}

/// The vectors of the last document's evidence on this thread, for the next (see
/// [`Evidences::new`]).
#[derive(Default)]
struct Spare {
    slot: Vec<u32>,
    found: Vec<Evidence>,
    concepts: Vec<Concepts>,
}

thread_local! {
    static SPARE: Cell<Option<Spare>> = const { Cell::new(None) };
}

/// The most blocks whose slots and concepts are kept for the next document (320 KiB).
const SPARE_BLOCKS: usize = 1 << 16;
/// The most evidence kept for the next document (43 KiB).
const SPARE_FOUND: usize = 256;

/// `v`, or an empty vector in its place when its capacity is over `max`.
fn within<T>(v: &mut Vec<T>, max: usize) -> Vec<T> {
    if v.capacity() <= max {
        std::mem::take(v)
    } else {
        Vec::new()
    }
}

impl Drop for Evidences {
    fn drop(&mut self) {
        let spare = Spare {
            slot: within(&mut self.slot, SPARE_BLOCKS),
            found: within(&mut self.found, SPARE_FOUND),
            concepts: within(&mut self.concepts, SPARE_BLOCKS),
        };
        // (Fails only while the thread's locals are being destroyed.)
        let _ = SPARE.try_with(|s| s.set(Some(spare)));
    }
}

impl Evidences {
    /// No evidence yet for `blocks` blocks. The vectors are the thread's last document's,
    /// when it has them: three allocations a document, the evidence's a few KiB (a request
    /// of that size first consolidates `malloc`'s free lists).
    pub(crate) fn new(blocks: usize) -> Evidences {
        let Spare {
            mut slot,
            mut found,
            mut concepts,
        } = SPARE
            .try_with(Cell::take)
            .ok()
            .flatten()
            .unwrap_or_default();
        slot.clear();
        slot.resize(blocks, NONE);
        found.clear();
        // Room for a few blocks' evidence at once: growing from one copied it a few
        // times a document.
        found.reserve(blocks.min(16));
        concepts.clear();
        concepts.resize(blocks, Concepts::default());
        Evidences {
            slot,
            found,
            concepts,
        }
    }

    /// The concepts of every block, all empty, to be filled and handed back with
    /// [`set_concepts`](Evidences::set_concepts).
    pub(crate) fn take_concepts(&mut self) -> Vec<Concepts> {
        std::mem::take(&mut self.concepts)
    }

    /// Sets the concepts of every block (one for each).
    pub(crate) fn set_concepts(&mut self, concepts: Vec<Concepts>) {
        assert_eq!(concepts.len(), self.slot.len(), "a concept set a block");
        self.concepts = concepts;
    }

    /// The concepts that block `i`'s words name.
    pub(crate) fn concepts(&self, block: usize) -> Concepts {
        self.concepts[block]
    }

    pub(crate) fn len(&self) -> usize {
        self.slot.len()
    }

    /// The block's evidence, to add to.
    pub(crate) fn get_mut(&mut self, block: usize) -> &mut Evidence {
        let slot = &mut self.slot[block];
        if *slot == NONE {
            *slot = self.found.len() as u32;
            self.found.push(Evidence::EMPTY);
        }
        &mut self.found[*slot as usize]
    }

    /// The evidence of the blocks `keep` names (in order), as a document of those blocks;
    /// where `blank` is true, none.
    pub(crate) fn subset(&self, keep: &[usize], blank: &[bool]) -> Evidences {
        let mut out = Evidences::new(keep.len());
        for (k, &i) in keep.iter().enumerate() {
            if blank[k] {
                continue;
            }
            if self.slot[i] != NONE {
                *out.get_mut(k) = self.found[self.slot[i] as usize].clone();
            }
            out.concepts[k] = self.concepts[i];
        }
        out
    }

    pub(crate) fn iter(&self) -> Iter<'_> {
        self.range(0..self.len())
    }

    /// The evidence of the blocks in `blocks`.
    pub(crate) fn range(&self, blocks: Range<usize>) -> Iter<'_> {
        Iter {
            slots: self.slot[blocks].iter(),
            found: &self.found,
        }
    }
}

impl Index<usize> for Evidences {
    type Output = Evidence;

    fn index(&self, block: usize) -> &Evidence {
        match self.slot[block] {
            NONE => &EMPTY,
            k => &self.found[k as usize],
        }
    }
}

/// The evidence of consecutive blocks, in order.
pub(crate) struct Iter<'a> {
    slots: std::slice::Iter<'a, u32>,
    found: &'a [Evidence],
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Evidence;

    fn next(&mut self) -> Option<&'a Evidence> {
        self.slots.next().map(|&k| match k {
            NONE => &EMPTY,
            k => &self.found[k as usize],
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.slots.size_hint()
    }
}

impl<'a> IntoIterator for &'a Evidences {
    type Item = &'a Evidence;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_keeps_the_four_heaviest_in_order() {
        let mut top = Top::default();
        for (i, w) in [(0, 1.0), (1, 3.0), (2, 2.0), (3, 3.0), (4, 0.5), (5, 4.0)] {
            top.insert(i, w);
        }
        assert_eq!(
            top.iter().copied().collect::<Vec<_>>(),
            [(5, 4.0), (1, 3.0), (3, 3.0), (2, 2.0)]
        );
    }

    #[test]
    fn sparse_evidence_reads_as_a_slice() {
        let mut ev = Evidences::new(5);
        ev.get_mut(3).we = 2;
        ev.get_mut(1).user = true;
        ev.get_mut(3).you = 1;
        assert_eq!(ev.len(), 5);
        let read = |e: &Evidence| (e.we, e.you, e.user);
        let all: Vec<_> = ev.iter().map(read).collect();
        assert_eq!(
            all,
            [
                (0, 0, false),
                (0, 0, true),
                (0, 0, false),
                (2, 1, false),
                (0, 0, false)
            ]
        );
        assert_eq!(ev.range(2..4).map(read).collect::<Vec<_>>(), all[2..4]);
        assert_eq!(read(&ev[4]), (0, 0, false));
        assert_eq!(ev.found.len(), 2, "only blocks with evidence are kept");
    }
}
