//! The phrase matcher: every phrase of every rule, found in one pass that looks only at word
//! starts.
//!
//! Phrases match whole words, so a match can only begin where a word begins. The word starts
//! come from the byte-class masks ([`Classes`]); at each start the word's key is tested
//! against a small Bloom filter of the phrases' keys, and only the words that pass (one in
//! ten on the bench's texts, two fifths of them real matches) look their keys up in a hash
//! table of the phrases under each key and compare them with the text. No automaton reads the text for them: an
//! unanchored one over thousands of phrases, whose DFA does not fit in cache, cannot scan much
//! faster than 300 MB/s alone, and an anchored walk from each passing word missed cache at
//! most steps.
//!
//! Phrases that begin with a symbol ("©", "€") have no word start; they go through an
//! unanchored automaton, small enough for Aho-Corasick's own prefilters, and one-byte ones
//! ("$") through memchr.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::Error;
use crate::input::classes::Classes;
use crate::score::concepts::Stems;

/// A set of case-folded phrases, searched for on word boundaries.
pub(crate) struct PhraseSet {
    /// Phrases that begin with a word character, by the keys of the filter below.
    words: Groups,
    /// Hashes of the first words that are phrases by themselves and of first words with the
    /// four bytes after them. Inline, as the prefix filters' words are: a boxed table costs
    /// every word a dependent load of its address.
    filter: [u64; 2 * FILTER_WORDS],
    /// The first four bytes of stems: a word is tested against them whatever its length.
    stems: Prefixes,
    /// `stems` and the concept stems' first four bytes in one filter: most words miss
    /// both, and one test tells them apart from the few that may start either.
    any_stem: Prefixes,
    /// Stems shorter than the prefix key: every word is compared with them.
    short_stems: Vec<Entry>,
    /// `short_stems` is not empty.
    any_short_stem: bool,
    /// Phrases that begin with a symbol.
    symbols: Option<(AhoCorasick, Vec<u32>)>,
    /// One-byte symbol phrases that begin no longer one ("$"): memchr finds a byte faster
    /// than an automaton, whose prefilter would otherwise have to stop at every byte that
    /// starts a longer symbol.
    single_bytes: Vec<(u8, u32)>,
}

/// 64-bit words of each half of the key filter (a blocked Bloom filter: two bits of one word
/// per key): 16 KiB, which stays in L1 cache. The keys of phrases that begin with an ASCII
/// byte are in the first half, the others (other scripts) in the second, and a word tests
/// the half of its first byte: the text of one language reads one half, whose bits the
/// other scripts' keys do not fill. With ~9,500 keys in one filter of this size, 14 % of
/// its bits were set, and 3.5 % of the words of the bench's English texts passed by chance
/// (a third of the words that passed).
const FILTER_WORDS_LOG2: u32 = 11;
const FILTER_WORDS: usize = 1 << FILTER_WORDS_LOG2;
/// A stem phrase is keyed by this many leading bytes.
pub(crate) const STEM_KEY: usize = 4;
const ALONE_SEED: u64 = 0x7a5d_3c1b_9e2f_4a61;
const PAIR_SEED: u64 = 0x3c6e_f372_fe94_f82b;

impl PhraseSet {
    /// Compiles `phrases` (case-folded, non-empty); `stem[i]` says phrase `i` matches a word
    /// stem (its end needs no word boundary).
    pub(crate) fn new(phrases: &[String], stem: &[bool]) -> Result<PhraseSet, Error> {
        let mut groups = GroupsBuilder::default();
        let mut short_stems = Vec::new();
        let mut symbols = Vec::new();
        let mut symbol_ids = Vec::new();
        let mut filter = [0u64; 2 * FILTER_WORDS];
        let mut stems = Prefixes::default();
        for (i, p) in phrases.iter().enumerate() {
            if p.is_empty() {
                // Matches nothing; the rule set refuses empty phrases before they get here.
                continue;
            }
            let first = first_word_len(p);
            if first == 0 {
                symbols.push(p.as_str());
                symbol_ids.push(i as u32);
                continue;
            }
            let bytes = p.as_bytes();
            let x = load8(bytes);
            let word = word_bits(x, first);
            let entry = groups.entry(p, i as u32, stem[i]);
            if bytes.len() - first >= 4 {
                // A phrase that goes on past its first word is keyed by the word and the four
                // bytes that follow it (" as " of "for as little as"), which most
                // occurrences of a common first word do not have.
                let next = load8(&bytes[first..]) & 0xffff_ffff;
                let key = pair_key(word, next);
                set_bit(&mut filter, x, key);
                groups.add(key, entry);
            } else {
                let key = alone_key(word);
                set_bit(&mut filter, x, key);
                groups.add(key, entry);
            }
            if stem[i] && first == p.len() {
                // The text's word may go on past the stem: key the stem by its first bytes.
                if first < STEM_KEY {
                    short_stems.push(entry);
                } else {
                    stems.insert(x);
                    groups.add(Prefixes::hash(x), entry);
                }
            }
        }
        let mut single_bytes = Vec::new();
        let mut k = 0;
        while k < symbols.len() {
            let b = symbols[k].as_bytes()[0];
            if symbols[k].len() == 1 && !symbols.iter().any(|o| o.len() > 1 && o.as_bytes()[0] == b)
            {
                single_bytes.push((b, symbol_ids[k]));
                symbols.remove(k);
                symbol_ids.remove(k);
            } else {
                k += 1;
            }
        }
        let symbols = if symbols.is_empty() {
            None
        } else {
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&symbols)
                .map_err(|e| Error::rule("phrases", e))?;
            Some((ac, symbol_ids))
        };
        Ok(PhraseSet {
            words: groups.build(),
            filter,
            any_short_stem: !short_stems.is_empty(),
            short_stems,
            any_stem: stems.union(Stems::get().keys()),
            stems,
            symbols,
            single_bytes,
        })
    }

    /// Calls `found(phrase, start, end)` for each match in `text`. Phrases that begin with a
    /// word match on word boundaries, the longest at each word start, without overlaps among
    /// the matches that `found` counts (returns `true` for); one it does not count (its rows'
    /// conditions fail there: a heading's formula inside a long paragraph) leaves the words
    /// inside it to be looked up. Symbol phrases match leftmost-longest anywhere. Each stream
    /// is in order.
    /// `word(start, x, h)` sees, in order and inside matches too, the word starts whose first
    /// four bytes may begin a concept stem ([`Stems`]; a superset: it tests them again), with
    /// the text's eight bytes from there (zero-padded) and their [`Prefixes::hash`]: the
    /// concepts share the pass, and the hash.
    /// (Out of line: inlined into the scan, whose loop has enough live values, the word loop
    /// ran 0.5 M instructions a pass slower.)
    #[inline(never)]
    pub(crate) fn find(
        &self,
        text: &str,
        classes: &Classes,
        mut found: impl FnMut(u32, usize, usize) -> bool,
        mut word: impl FnMut(usize, u64, u64),
    ) {
        self.find_words(text, classes, &mut found, &mut word);
        if let Some((ac, ids)) = &self.symbols {
            for m in ac.find_iter(text) {
                found(ids[m.pattern().as_usize()], m.start(), m.end());
            }
        }
        for &(b, id) in &self.single_bytes {
            for i in memchr::memchr_iter(b, text.as_bytes()) {
                found(id, i, i + 1);
            }
        }
    }

    /// The word phrases: each word start that passes the key filter looks its phrases up.
    fn find_words(
        &self,
        text: &str,
        classes: &Classes,
        found: &mut impl FnMut(u32, usize, usize) -> bool,
        word_at: &mut impl FnMut(usize, u64, u64),
    ) {
        let hay = text.as_bytes();
        let (word, high) = (classes.word(), classes.high());
        // No word start before this: it is inside the last match.
        let mut skip = 0;
        for (c, &w) in word.iter().enumerate() {
            let carry = if c > 0 { word[c - 1] >> 63 } else { 0 };
            let mut bits = w & !((w << 1) | carry);
            // The byte after each run's last byte, in this chunk; the run that goes on from
            // the previous chunk ends first and is not ours.
            let mut ends = !w & ((w << 1) | carry);
            if carry != 0 {
                ends &= ends.wrapping_sub(1);
            }
            // Most chunks of most texts have no high byte: one test of the chunk's mask
            // clears all their runs that end in it.
            let hc = high[c];
            while bits != 0 {
                let bit = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let s = c * 64 + bit;
                let e = if ends != 0 {
                    let end = c * 64 + ends.trailing_zeros() as usize;
                    ends &= ends - 1;
                    end
                } else {
                    run_end(word, c, bit)
                }
                .min(hay.len());
                // Most runs of most texts are ASCII and end in their chunk: the chunk's own
                // high-byte mask tells.
                let mixed = if e <= c * 64 + 64 {
                    hc != 0 && hc & (u64::MAX >> (64 - (e - s))) << bit != 0
                } else {
                    any_bit(high, s, e)
                };
                if mixed {
                    self.mixed_run(text, high, s, e, &mut skip, found, word_at);
                } else {
                    self.visit(text, s, e, &mut skip, found, word_at);
                }
            }
        }
    }

    /// A run of word bytes with some non-ASCII: split it into words at the characters that
    /// are not alphanumeric (curly apostrophes, guillemets, dashes). Kept out of line: the
    /// loop over runs has enough live values without it.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn mixed_run(
        &self,
        text: &str,
        high: &[u64],
        s: usize,
        e: usize,
        skip: &mut usize,
        found: &mut impl FnMut(u32, usize, usize) -> bool,
        word_at: &mut impl FnMut(usize, u64, u64),
    ) {
        let hay = text.as_bytes();
        let mut visit = |ws: usize, we: usize, skip: &mut usize| {
            self.visit(text, ws, we, skip, found, word_at);
        };
        let mut word_start = None;
        let mut i = s;
        loop {
            // The run's ASCII bytes are letters and digits: only its other characters can
            // split it, so the loop steps from one to the next by the high-byte mask.
            let h = next_bit(high, i, e);
            if h > i {
                word_start.get_or_insert(i);
            }
            if h == e {
                break;
            }
            let (is_word, len) = word_char(text, h);
            // A character of a script without spaces (Chinese, Japanese, Thai, ...) is a word
            // of its own: it ends the word before it, and a phrase may start at it.
            let unspaced = is_word && len == 3 && is_unspaced_lead(&hay[h..]);
            if !is_word || unspaced {
                if let Some(ws) = word_start.take() {
                    visit(ws, h, skip);
                }
            }
            if unspaced {
                visit(h, h + len, skip);
            } else if is_word {
                word_start.get_or_insert(h);
            }
            i = h + len;
        }
        if let Some(ws) = word_start {
            visit(ws, e, skip);
        }
    }

    /// The word `s..e`: shows it to `word_at` and looks its phrases up if it may start one.
    #[inline(always)]
    fn visit(
        &self,
        text: &str,
        s: usize,
        e: usize,
        skip: &mut usize,
        found: &mut impl FnMut(u32, usize, usize) -> bool,
        word_at: &mut impl FnMut(usize, u64, u64),
    ) {
        let hay = text.as_bytes();
        let x = load8(&hay[s..]);
        // One hash of the first four bytes and one test serve the phrase stems' filter and
        // the concept stems' (nine words in ten miss both).
        let h = Prefixes::hash(x);
        // Both prefix filters share the hash's word and bits: computed once.
        let (slot, bits) = Prefixes::slot(h);
        if self.any_stem.holds(slot, bits) {
            word_at(s, x, h);
        }
        let stem = self.stems.holds(slot, bits);
        if s >= *skip && self.is_candidate(hay, x, stem, e - s, e) {
            self.lookup(text, s, x, e, skip, found);
        }
    }

    /// Whether the word of `n` bytes (at least one) that ends at `e` (its first eight bytes
    /// `x`, `stem` whether they pass [`PhraseSet::stems`]) may start a phrase: the word is a phrase by itself, the start of a stem, or the first word
    /// of a phrase that goes on past it (its key then includes the four bytes after the
    /// word). Nineteen words in twenty fail all three.
    #[inline(always)]
    fn is_candidate(&self, hay: &[u8], x: u64, stem: bool, n: usize, e: usize) -> bool {
        let word = (x & (u64::MAX >> (64 - 8 * n.min(8)))) ^ (n as u64) << 56;
        debug_assert_eq!(word, word_bits(x, n));
        let next = load8(&hay[e..]) & 0xffff_ffff;
        self.any_short_stem
            | has_bit(&self.filter, x, alone_key(word))
            | has_bit(&self.filter, x, pair_key(word, next))
            // Without a branch: one on the shared stem filter here mispredicted at every
            // tenth word.
            | ((n >= STEM_KEY) & stem)
    }

    /// Reports the longest phrase at the word start `s` (its first eight bytes `x`, its word
    /// ending at `e`), if any.
    #[inline]
    fn lookup(
        &self,
        text: &str,
        s: usize,
        x: u64,
        e: usize,
        skip: &mut usize,
        found: &mut impl FnMut(u32, usize, usize) -> bool,
    ) {
        let Some((id, end)) = self.longest_at(text, s, x, e, usize::MAX) else {
            return;
        };
        if found(id, s, end) {
            *skip = end;
            return;
        }
        // A label's form with its colon ("leia mais:") that its rule does not count (a longer
        // line than it allows) leaves the form without it ("leia mais") to be looked up: it
        // is the same formula, where another phrase it starts reads other words ("기자 구독",
        // a subscribe button, is no "기자" byline).
        let Some(bare) = text[s..end].strip_suffix([':', '：']).map(str::trim_end) else {
            return;
        };
        if let Some((id, end)) = self.longest_at(text, s, x, e, bare.len() + 1) {
            if end == s + bare.len() && found(id, s, end) {
                *skip = end;
            }
        }
    }

    /// The longest phrase shorter than `below` bytes that starts at `s` and ends on a word
    /// boundary (or is a stem), and of equal ones the first listed: the phrases of the keys
    /// the word passes, compared whole. Kept out of line: one word in twenty gets here.
    #[inline(never)]
    fn longest_at(
        &self,
        text: &str,
        s: usize,
        x: u64,
        e: usize,
        below: usize,
    ) -> Option<(u32, usize)> {
        let hay = text.as_bytes();
        let word = word_bits(x, e - s);
        let next = load8(&hay[e..]) & 0xffff_ffff;
        // The text's second eight bytes, for phrases longer than eight.
        let x2 = load8(hay.get(s + 8..).unwrap_or_default());
        let mut best: Option<(usize, u32)> = None;
        for key in [alone_key(word), pair_key(word, next)] {
            if has_bit(&self.filter, x, key) {
                self.consider(text, s, (x, x2), self.words.get(key), below, &mut best);
            }
        }
        if e - s >= STEM_KEY && self.stems.may_hold(x) {
            let group = self.words.get(Prefixes::hash(x));
            self.consider(text, s, (x, x2), group, below, &mut best);
        }
        for en in &self.short_stems {
            self.consider(text, s, (x, x2), std::slice::from_ref(en), below, &mut best);
        }
        best.map(|(len, id)| (id, s + len))
    }
}

impl PhraseSet {
    /// Compares the text at `s` (its first sixteen bytes, `x` and `x2`) with the phrases of
    /// `entries` (a group longest first) shorter than `below`, and keeps in `best` (length,
    /// phrase) the longest that matches and ends on a word boundary (or is a stem), of equal
    /// ones the first listed. Inlined into [`longest_at`](PhraseSet::longest_at): a call a
    /// group cost as much as its comparisons.
    #[inline(always)]
    fn consider(
        &self,
        text: &str,
        s: usize,
        (x, x2): (u64, u64),
        entries: &[Entry],
        below: usize,
        best: &mut Option<(usize, u32)>,
    ) {
        let hay = text.as_bytes();
        // Longest first, and of equal length the first listed: the first that matches is
        // the group's best.
        for en in entries {
            let len = en.len as usize;
            if len >= below {
                continue;
            }
            if best.is_some_and(|(l, id)| len < l || (len == l && en.id > id)) {
                break;
            }
            // Sixteen bytes in two words decide most comparisons without a call.
            if x & head_mask(len) == en.head
                && (len <= 8 || x2 & head_mask(len - 8) == en.head2)
                && hay.len() >= s + len
                && (len <= 16 || hay[s + 16..s + len] == self.words.text(en)[16..])
                && (en.stem || ends_phrase(text, s + len))
            {
                *best = Some((len, en.id));
                break;
            }
        }
    }
}

/// A phrase of [`Groups`]: where its text is, its length, its index, whether it is a stem.
#[derive(Clone, Copy)]
struct Entry {
    /// The first eight bytes of the text and the next eight (zero-padded).
    head: u64,
    head2: u64,
    at: u32,
    len: u32,
    id: u32,
    stem: bool,
}

/// The word phrases grouped by key (a hash of the first word alone, of the first word and
/// the four bytes after it, or of a stem's first four bytes), each group longest first. A
/// word that passes the key filter compares the text with its groups' phrases: a hash
/// probe and a few comparisons, where a walk of an automaton over ~5,500 phrases (1.2 MB)
/// missed cache at most of its steps. Open addressing on the key's top bits (the keys are
/// hashes already).
struct Groups {
    /// The key in each slot, or `empty`. Apart from the ranges: a probe reads 8 bytes a slot,
    /// and the slots of ~6,000 keys take 64 KiB, where the word loop's lookups missed cache
    /// at twice and four times that.
    keys: Vec<u64>,
    /// The range of `entries` under each slot's key (empty for a free slot).
    ranges: Vec<(u32, u32)>,
    /// A key no phrase has, which marks the free slots.
    empty: u64,
    shift: u32,
    entries: Vec<Entry>,
    /// The phrases' text, end to end.
    bytes: Vec<u8>,
}

impl Groups {
    /// The phrases under `key` (empty when none).
    #[inline]
    fn get(&self, key: u64) -> &[Entry] {
        let mask = self.keys.len() - 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            let k = self.keys[i];
            // (Were `key` the marker itself, it would find a free slot's empty range.)
            if k == key {
                let (start, end) = self.ranges[i];
                return &self.entries[start as usize..end as usize];
            }
            if k == self.empty {
                return &[];
            }
            i = (i + 1) & mask;
        }
    }

    fn text(&self, en: &Entry) -> &[u8] {
        &self.bytes[en.at as usize..(en.at + en.len) as usize]
    }
}

#[derive(Default)]
struct GroupsBuilder {
    keyed: Vec<(u64, Entry)>,
    bytes: Vec<u8>,
}

impl GroupsBuilder {
    /// Stores the text of phrase `id`, for [`add`](GroupsBuilder::add) under its keys.
    fn entry(&mut self, phrase: &str, id: u32, stem: bool) -> Entry {
        let at = self.bytes.len() as u32;
        self.bytes.extend_from_slice(phrase.as_bytes());
        Entry {
            head: load8(phrase.as_bytes()),
            head2: load8(phrase.as_bytes().get(8..).unwrap_or_default()),
            at,
            len: phrase.len() as u32,
            id,
            stem,
        }
    }

    fn add(&mut self, key: u64, entry: Entry) {
        self.keyed.push((key, entry));
    }

    fn build(mut self) -> Groups {
        self.keyed
            .sort_by_key(|&(key, en)| (key, std::cmp::Reverse(en.len), en.id));
        let keys = 1 + self.keyed.windows(2).filter(|w| w[0].0 != w[1].0).count();
        // Seven tenths full at most: probes stay short.
        let bits = (keys * 10 / 7 + 1)
            .next_power_of_two()
            .max(2)
            .trailing_zeros();
        let empty = (0..)
            .find(|e| self.keyed.binary_search_by_key(e, |&(k, _)| k).is_err())
            .expect("a free key");
        let mut slot_keys = vec![empty; 1 << bits];
        let mut ranges = vec![(0u32, 0u32); 1 << bits];
        let mask = slot_keys.len() - 1;
        let shift = 64 - bits;
        let entries: Vec<Entry> = self.keyed.iter().map(|&(_, en)| en).collect();
        let mut start = 0;
        while start < self.keyed.len() {
            let key = self.keyed[start].0;
            let end = start + self.keyed[start..].partition_point(|&(k, _)| k == key);
            let mut i = (key >> shift) as usize;
            while slot_keys[i] != empty {
                i = (i + 1) & mask;
            }
            slot_keys[i] = key;
            ranges[i] = (start as u32, end as u32);
            start = end;
        }
        Groups {
            keys: slot_keys,
            ranges,
            empty,
            shift,
            entries,
            bytes: self.bytes,
        }
    }
}

/// Whether the character at `i` is alphanumeric, and its length. The characters that fill
/// news text take a fast path: two-byte characters (Latin, Greek, Cyrillic) through a table,
/// general punctuation (dashes, curly quotes) by its first two bytes.
#[inline]
fn word_char(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    match b {
        0..0x80 => (b.is_ascii_alphanumeric(), 1),
        0xc0..0xe0 => {
            let cp = usize::from(b & 0x1f) << 6 | usize::from(bytes[i + 1] & 0x3f);
            (ALNUM2[cp / 64] >> (cp % 64) & 1 != 0, 2)
        }
        0xe2 if bytes[i + 1] == 0x80 => (false, 3),
        _ => {
            let c = text[i..].chars().next().expect("char boundary");
            (c.is_alphanumeric(), c.len_utf8())
        }
    }
}

/// Which code points below U+0800 (the two-byte characters) are alphanumeric.
static ALNUM2: LazyLock<[u64; 32]> = LazyLock::new(|| {
    let mut bits = [0u64; 32];
    for cp in 0x80..0x800u32 {
        if char::from_u32(cp).is_some_and(char::is_alphanumeric) {
            bits[cp as usize / 64] |= 1 << (cp % 64);
        }
    }
    bits
});

/// Bytes of the first word of `phrase` (0 when it begins with a symbol); a character of a
/// script without spaces is a word of its own.
fn first_word_len(phrase: &str) -> usize {
    match phrase.chars().next() {
        Some(c) if is_unspaced(c) => c.len_utf8(),
        _ => phrase
            .char_indices()
            .find(|&(_, c)| !c.is_alphanumeric() || is_unspaced(c))
            .map_or(phrase.len(), |(i, _)| i),
    }
}

/// Scripts written without spaces between words, where a phrase may begin and end at any
/// character: kana and CJK ideographs (U+3040 to U+9FFF), Thai and Lao (U+0E00 to U+0EFF),
/// Myanmar (U+1000 to U+109F) and Khmer (U+1780 to U+17FF). (Hangul is not among them:
/// Korean spaces its words.)
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(
        c,
        '\u{3040}'..='\u{9fff}' | '\u{0e00}'..='\u{0eff}' | '\u{1000}'..='\u{109f}' | '\u{1780}'..='\u{17ff}'
    )
}

/// Whether the three-byte character at `bytes[0..]` may be [`is_unspaced`], by its first two
/// bytes; its caller knows the character is alphanumeric, which rules out U+3000..U+303F.
#[inline(always)]
pub(crate) fn is_unspaced_lead(bytes: &[u8]) -> bool {
    match bytes {
        [0xe3..=0xe9, ..] => true,
        [0xe0, b, ..] => (0xb8..=0xbb).contains(b),
        [0xe1, b, ..] => matches!(b, 0x80..=0x82 | 0x9e..=0x9f),
        _ => false,
    }
}

/// The end of the run of set bits that starts at bit `bit` of chunk `c`.
#[inline]
fn run_end(mask: &[u64], c: usize, bit: usize) -> usize {
    let gaps = !mask[c] & (!0u64 << bit);
    if gaps != 0 {
        return c * 64 + gaps.trailing_zeros() as usize;
    }
    for (k, &m) in mask.iter().enumerate().skip(c + 1) {
        if m != u64::MAX {
            return k * 64 + (!m).trailing_zeros() as usize;
        }
    }
    mask.len() * 64
}

/// The first set bit of `mask` in `from..to`, or `to`.
#[inline]
fn next_bit(mask: &[u64], from: usize, to: usize) -> usize {
    if from >= to {
        return to;
    }
    let mut c = from / 64;
    let mut bits = mask[c] & (u64::MAX << (from % 64));
    while bits == 0 {
        c += 1;
        if c * 64 >= to {
            return to;
        }
        bits = mask[c];
    }
    (c * 64 + bits.trailing_zeros() as usize).min(to)
}

/// Whether any bit in `s..e` is set (`s < e`; a span over 64 bits counts as set).
#[inline(always)]
fn any_bit(mask: &[u64], s: usize, e: usize) -> bool {
    let (c, bit) = (s / 64, s % 64);
    let two = u128::from(mask[c]) | u128::from(mask.get(c + 1).copied().unwrap_or(0)) << 64;
    let len = e - s;
    let window = (two >> bit) as u64 & (u64::MAX >> (64 - len.clamp(1, 64)));
    (window != 0) | (len > 64)
}

/// The first eight bytes of `bytes`, zero-padded.
#[inline(always)]
pub(crate) fn load8(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(b) => u64::from_le_bytes(*b),
        None => {
            let mut buf = [0u8; 8];
            buf[..bytes.len()].copy_from_slice(bytes);
            u64::from_le_bytes(buf)
        }
    }
}

/// The mask of the first `len` bytes (all eight from eight on) of a `u64` of text.
#[inline(always)]
fn head_mask(len: usize) -> u64 {
    u64::MAX >> (64 - 8 * len.clamp(1, 8))
}

/// A word's first eight bytes (`x`, zero beyond the word) and its length, in one number.
#[inline(always)]
fn word_bits(x: u64, n: usize) -> u64 {
    (x & (u64::MAX >> (64 - 8 * n.clamp(1, 8)))) ^ (n as u64) << 56
}

#[inline(always)]
fn mix(x: u64) -> u64 {
    x.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The key of a first word that is a phrase, or that has fewer than four bytes after it.
#[inline(always)]
fn alone_key(word: u64) -> u64 {
    mix(word ^ ALONE_SEED)
}

/// The key of a first word followed by `next`, the four bytes after it.
#[inline(always)]
fn pair_key(word: u64, next: u64) -> u64 {
    mix(word ^ PAIR_SEED ^ next.rotate_left(23))
}

/// A set of four-byte prefixes (of stems), as a Bloom filter of 1 KiB: two bits of one word
/// per key. Every word of the text is tested against it, so it must stay in L1 cache beside
/// the key filter: a direct bit table of all 16-bit prefix hashes (8 KiB) missed there in
/// a tenth of the tests. With 200 keys a word passes by chance about once in 500.
#[derive(Clone)]
pub(crate) struct Prefixes {
    words: [u64; PREFIX_WORDS],
}

const PREFIX_WORDS: usize = 128;
const PREFIX_SEED: u64 = 0x2d35_8dcc_aa6c_78a5;

impl Default for Prefixes {
    fn default() -> Self {
        Prefixes {
            words: [0; PREFIX_WORDS],
        }
    }
}

impl Prefixes {
    /// Adds the first four bytes of `x`.
    pub(crate) fn insert(&mut self, x: u64) {
        let h = Prefixes::hash(x);
        self.words[Prefixes::word(h)] |= two_bits(h);
    }

    /// The set of both sets' prefixes.
    pub(crate) fn union(&self, other: &Prefixes) -> Prefixes {
        let mut words = self.words;
        for (w, o) in words.iter_mut().zip(other.words) {
            *w |= o;
        }
        Prefixes { words }
    }

    /// Whether the first four bytes of `x` may be in the set (never false when they are).
    #[inline(always)]
    pub(crate) fn may_hold(&self, x: u64) -> bool {
        self.may_hold_hash(Prefixes::hash(x))
    }

    /// [`may_hold`](Prefixes::may_hold) of the bytes whose [`hash`](Prefixes::hash) is `h`.
    #[inline(always)]
    pub(crate) fn may_hold_hash(&self, h: u64) -> bool {
        let (slot, bits) = Prefixes::slot(h);
        self.holds(slot, bits)
    }

    /// The word and bits of the hash `h` in every set of prefixes.
    #[inline(always)]
    fn slot(h: u64) -> (usize, u64) {
        (Prefixes::word(h), two_bits(h))
    }

    /// [`may_hold_hash`](Prefixes::may_hold_hash) of the hash whose [`slot`](Prefixes::slot)
    /// is `(slot, bits)`.
    #[inline(always)]
    fn holds(&self, slot: usize, bits: u64) -> bool {
        self.words[slot] & bits == bits
    }

    /// The hash of the first four bytes of `x`, which every set of prefixes shares.
    #[inline(always)]
    pub(crate) fn hash(x: u64) -> u64 {
        mix((x & 0xffff_ffff) ^ PREFIX_SEED)
    }

    #[inline(always)]
    fn word(h: u64) -> usize {
        (h >> 57) as usize % PREFIX_WORDS
    }
}

/// The filter word of key `h` of a phrase or word whose first eight bytes are `x`: the first
/// byte's high bit picks the half (see [`FILTER_WORDS`]), the key's top bits the word.
#[inline(always)]
fn filter_word(x: u64, h: u64) -> usize {
    (((x >> 7) & 1) << FILTER_WORDS_LOG2) as usize | (h >> (64 - FILTER_WORDS_LOG2)) as usize
}

#[inline]
fn set_bit(filter: &mut [u64; 2 * FILTER_WORDS], x: u64, h: u64) {
    filter[filter_word(x, h)] |= two_bits(h);
}

#[inline]
fn has_bit(filter: &[u64; 2 * FILTER_WORDS], x: u64, h: u64) -> bool {
    let bits = two_bits(h);
    filter[filter_word(x, h)] & bits == bits
}

/// The two bits of a key within its filter word, from the well-mixed middle of the hash.
#[inline(always)]
fn two_bits(h: u64) -> u64 {
    1 << ((h >> 40) & 63) | 1 << ((h >> 34) & 63)
}

/// Whether `pos` falls inside a word: the characters on both sides of it are alphanumeric.
/// A match must not start or (unless it is a stem) end there.
/// Whether a phrase that is not a stem may end at `pos`: not inside a word, and not before
/// a possessive `'s` ("join today" is no phrase in "join today's march").
pub(crate) fn ends_phrase(text: &str, pos: usize) -> bool {
    if splits_word(text, pos) {
        return false;
    }
    let rest = &text.as_bytes()[pos..];
    let after = match rest {
        [b'\'', b's', after @ ..] | [0xe2, 0x80, 0x99, b's', after @ ..] => after,
        _ => return true,
    };
    after.first().is_some_and(|b| b.is_ascii_alphanumeric())
}

pub(crate) fn splits_word(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    // Most boundaries have an ASCII byte on some side: that byte decides, undecoded.
    match (pos.checked_sub(1).map(|p| bytes[p]), bytes.get(pos)) {
        (None, _) | (_, None) => return false,
        (Some(a), Some(&b)) if a.is_ascii() && b.is_ascii() => {
            return a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric();
        }
        (Some(a), _) if a.is_ascii() && !a.is_ascii_alphanumeric() => return false,
        (_, Some(b)) if b.is_ascii() && !b.is_ascii_alphanumeric() => return false,
        _ => {}
    }
    let inside = |c: char| c.is_alphanumeric() && !is_unspaced(c);
    let before = text[..pos].chars().next_back();
    let after = text[pos..].chars().next();
    before.is_some_and(inside) && after.is_some_and(inside)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(phrases: &[&str]) -> PhraseSet {
        let owned: Vec<String> = phrases
            .iter()
            .map(|p| p.trim_end_matches('*').to_string())
            .collect();
        let stem: Vec<bool> = phrases.iter().map(|p| p.ends_with('*')).collect();
        PhraseSet::new(&owned, &stem).unwrap()
    }

    fn find(set: &PhraseSet, text: &str) -> Vec<(u32, String)> {
        let mut out = Vec::new();
        set.find(
            text,
            &Classes::new(text.as_bytes()),
            |p, s, e| {
                out.push((p, text[s..e].to_string()));
                true
            },
            |_, _, _| {},
        );
        out
    }

    #[test]
    fn a_match_not_counted_leaves_its_words_to_be_looked_up() {
        let s = set(&["we need your support", "your support", "need"]);
        let text = "we need your support today";
        let mut got = Vec::new();
        let classes = Classes::new(text.as_bytes());
        // The long phrase's rows refuse it here: the words inside are looked up.
        s.find(
            text,
            &classes,
            |p, a, b| {
                got.push(&text[a..b]);
                p != 0
            },
            |_, _, _| {},
        );
        assert_eq!(got, ["we need your support", "need", "your support"]);
        // Counted, it hides them.
        assert_eq!(find(&s, text), [(0, "we need your support".into())]);
    }

    #[test]
    fn a_labels_colon_form_not_counted_leaves_the_form_without_it() {
        let s = set(&["leia mais:", "leia mais", "leia", "기자 구독", "기자"]);
        let looked_up = |text: &str| {
            let mut got = Vec::new();
            s.find(
                text,
                &Classes::new(text.as_bytes()),
                |p, a, b| {
                    got.push(text[a..b].to_string());
                    // The colon's form and the button are refused (a line longer than
                    // their rows allow).
                    p != 0 && p != 3
                },
                |_, _, _| {},
            );
            got
        };
        assert_eq!(looked_up("leia mais: o caso"), ["leia mais:", "leia mais"]);
        // Another phrase that the refused one starts stays hidden: it reads other words.
        assert_eq!(looked_up("기자 구독 기능"), ["기자 구독"]);
    }

    #[test]
    fn whole_words_longest_first() {
        let s = set(&["we", "we need your help", "us", "donate now", "donate"]);
        assert_eq!(
            find(&s, "bus: we need your help, donate nowhere"),
            [(1, "we need your help".into()), (4, "donate".into())]
        );
    }

    #[test]
    fn chinese_and_japanese_phrases_start_and_end_at_any_character() {
        let s = set(&[
            "分享到微信",
            "打赏",
            "相关新闻",
            "app",
            "続きを読む",
            "share",
        ]);
        let got = find(
            &s,
            "点击分享到微信朋友圈。喜欢就打赏作者！下载app客户端 続きを読む shared",
        );
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["分享到微信", "打赏", "app", "続きを読む"]);
        // Korean spaces its words: a Hangul phrase does not match inside a word.
        let s = set(&["구독"]);
        assert!(find(&s, "정기구독자").is_empty());
        assert_eq!(find(&s, "지금 구독 하기").len(), 1);
    }

    #[test]
    fn stems_and_symbols() {
        let s = set(&["member*", "$", "as little as $", "©"]);
        let got = find(&s, "members pay as little as $5 ©2024 remember");
        let mut texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        // Word phrases, symbols and single bytes come in three streams.
        texts.sort_unstable();
        assert_eq!(texts, ["$", "as little as $", "member", "©"]);
    }

    #[test]
    fn a_phrase_does_not_end_before_a_possessive() {
        let text = "join today's march, join today’s, join today, join today'sx join today'";
        let ends: Vec<bool> = text
            .match_indices("join today")
            .map(|(at, m)| ends_phrase(text, at + m.len()))
            .collect();
        assert_eq!(ends, [false, false, true, true, true]);
        assert!(!ends_phrase(text, 2), "inside a word");
    }

    #[test]
    fn splits_word_reads_ascii_neighbours_as_characters() {
        let inside = |c: char| c.is_alphanumeric() && !is_unspaced(c);
        let text = "a1 é-x,Ωb 中c «d» 々e ß9\u{a0}z_ '’ end";
        for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
            let slow = text[..pos].chars().next_back().is_some_and(inside)
                && text[pos..].chars().next().is_some_and(inside);
            assert_eq!(splits_word(text, pos), slow, "at {pos}");
        }
    }

    #[test]
    fn prefixes_hold_every_key_and_few_others() {
        let mut p = Prefixes::default();
        let keys: Vec<u64> = (0..200u64).map(|i| mix(i) >> 8).collect();
        for &k in &keys {
            p.insert(k);
        }
        assert!(keys.iter().all(|&k| p.may_hold(k)));
        // Only the first four bytes count.
        assert!(p.may_hold(keys[0] ^ 0xff << 40));
        let passed = (1000..101_000u64)
            .filter(|&i| p.may_hold(mix(i) >> 8))
            .count();
        assert!(passed < 1_000, "{passed} of 100,000 passed");
    }

    #[test]
    fn words_split_at_non_ascii_punctuation() {
        let s = set(&["you", "поддержите"]);
        let got = find(&s, "«поддержите» you’re “you”");
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["поддержите", "you", "you"]);
    }

    #[test]
    fn runs_cross_chunk_boundaries() {
        let text = format!("{}support us", "x".repeat(60));
        let s = set(&["support us", "xsupport"]);
        assert!(find(&s, &text).is_empty());
        let text = format!("{} support us", "x".repeat(60));
        assert_eq!(find(&s, &text), [(0, "support us".into())]);
    }

    /// The matcher's contract, by brute force: at each word start (an alphanumeric character
    /// after one that is not), the longest phrase that ends on a word boundary (or is a
    /// stem), skipping starts inside the last match; symbol phrases leftmost-longest; lone
    /// bytes everywhere.
    fn reference(phrases: &[&str], text: &str) -> Vec<(u32, usize, usize)> {
        let is_word = |c: char| c.is_alphanumeric();
        let pats: Vec<(&str, bool)> = phrases
            .iter()
            .map(|p| (p.trim_end_matches('*'), p.ends_with('*')))
            .collect();
        let ends_ok = |end: usize, stem: bool| {
            stem || !(text[..end].chars().next_back().is_some_and(is_word)
                && text[end..].chars().next().is_some_and(is_word))
        };
        let longest = |i: usize, words: bool| {
            pats.iter()
                .enumerate()
                .filter(|(_, (p, stem))| {
                    p.starts_with(is_word) == words
                        && text[i..].starts_with(p)
                        && (!words || ends_ok(i + p.len(), *stem))
                })
                .max_by_key(|(k, (p, _))| (p.len(), std::cmp::Reverse(*k)))
                .map(|(k, (p, _))| (k as u32, i, i + p.len()))
        };
        let lone = |p: &str| {
            p.len() == 1
                && !pats
                    .iter()
                    .any(|(o, _)| o.len() > 1 && o.as_bytes()[0] == p.as_bytes()[0])
        };
        let mut out = Vec::new();
        let (mut word_end, mut symbol_end) = (0, 0);
        let mut prev_word = false;
        for (i, c) in text.char_indices() {
            if is_word(c) && !prev_word && i >= word_end {
                if let Some(m) = longest(i, true) {
                    word_end = m.2;
                    out.push(m);
                }
            }
            prev_word = is_word(c);
            if i >= symbol_end {
                let hit = pats
                    .iter()
                    .enumerate()
                    .filter(|(_, (p, _))| {
                        !p.starts_with(is_word) && !lone(p) && text[i..].starts_with(p)
                    })
                    .max_by_key(|(k, (p, _))| (p.len(), std::cmp::Reverse(*k)));
                if let Some((k, (p, _))) = hit {
                    symbol_end = i + p.len();
                    out.push((k as u32, i, i + p.len()));
                }
            }
            for (k, (p, _)) in pats.iter().enumerate() {
                if lone(p) && !p.starts_with(is_word) && text[i..].starts_with(p) {
                    out.push((k as u32, i, i + 1));
                }
            }
        }
        out.sort_unstable();
        out
    }

    const PHRASES: &[&str] = &[
        "we",
        "we need your help",
        "us",
        "support us",
        "support",
        "member*",
        "donate now",
        "donate",
        "you",
        "you're",
        "you’re",
        "поддержите",
        "наш*",
        "x.com",
        "ko-fi",
        "as little as $",
        "$",
        "©",
        "(c) copyright",
        "on the go",
        "a",
        "a message from",
        "fund*",
        "fundraising appeal",
    ];
    const VOCABULARY: &[&str] = &[
        "we",
        "need",
        "your",
        "help",
        "support",
        "us",
        "members",
        "member",
        "membership",
        "remember",
        "donate",
        "now",
        "nowhere",
        "you",
        "re",
        "поддержите",
        "поддержитеX",
        "наши",
        "$",
        "5",
        "©",
        "(c)",
        "copyright",
        "x",
        "com",
        "ko",
        "fi",
        "a",
        "as",
        "little",
        "on",
        "the",
        "go",
        "message",
        "from",
        "Straße",
        "é",
        "fund",
        "funding",
        "fundraising",
        "appeal",
        // Runs that cross 64-byte chunks.
        "membershipmembershipmembershipmembershipmembershipmembershipmembership",
        "поддержитеподдержитеподдержитеподдержитеподдержите",
    ];
    const SEPARATORS: &[&str] = &[
        " ", " ", " ", "  ", "\n", ", ", "-", "’", "'", "—", "«", "", ".",
    ];

    proptest::proptest! {
        #[test]
        fn agrees_with_brute_force(
            tokens in proptest::collection::vec((0..VOCABULARY.len(), 0..SEPARATORS.len()), 0..40),
        ) {
            let text: String = tokens
                .iter()
                .flat_map(|&(w, s)| [VOCABULARY[w], SEPARATORS[s]])
                .collect::<String>()
                .to_lowercase();
            let s = set(PHRASES);
            let mut got = Vec::new();
            s.find(&text, &Classes::new(text.as_bytes()), |p, a, b| { got.push((p, a, b)); true }, |_, _, _| {});
            got.sort_unstable();
            proptest::prop_assert_eq!(got, reference(PHRASES, &text), "{:?}", text);
        }
    }
}
