//! What the rules found in one block: summed weights by kind and group, pronouns, platform
//! names, money, and the heaviest rules by name.

use std::ops::Range;

pub(crate) use super::vocab::GROUP_SLOTS;
use super::vocab::Rule;
use crate::Kind;

/// What the rules found in one block.
#[derive(Clone, Debug, Default)]
pub(crate) struct Evidence {
    /// Summed weight of the positive rules that matched.
    pub signal: f32,
    /// The heaviest single rule.
    pub max_rule: f32,
    /// Summed (negative) weight of body evidence.
    pub body: f32,
    pub we: u16,
    pub you: u16,
    pub platform_bytes: u32,
    /// From the first currency sign or code of the block to the end of the last.
    pub money: Option<Range<usize>>,
    /// The block is the heading of a list of links ("Most read", "News Feed").
    pub list_header: bool,
    /// A user's rule matched: the block is cut whatever else it holds.
    pub user: bool,
    /// Weight per kind, indexed like [`Kind::ALL`].
    pub kinds: [f32; 12],
    /// Weight per phrase group, indexed by [`Group::slot`] (header, salutation, ask, cue,
    /// label, line, chrome, outlet): what the fitted model reads of the packs.
    pub groups: [f32; GROUP_SLOTS],
    /// The heaviest rules; indexes point into [`RuleSet::rule`].
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

impl Evidence {
    pub(crate) fn add(&mut self, idx: u32, rule: &Rule, weight: f32) {
        let kind = rule.kind;
        if let Some(slot) = rule.group.slot() {
            self.groups[slot] += weight.max(0.0);
        }
        if weight < 0.0 {
            self.body += weight;
            return;
        }
        self.signal += weight;
        self.max_rule = self.max_rule.max(weight);
        if let Some(k) = kind {
            self.kinds[k as usize] += weight;
        }
        self.top.insert(idx, weight);
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
}
