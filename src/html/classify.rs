//! Whole-page block classification, in the spirit of jusText and boilerpipe: every block of
//! the pruned page is called *good* (prose of the main text), *bad* (links, boilerplate) or
//! left neutral (short lines: headings, dates, labels), from its own length, link density and
//! stop-word density and then from its neighbours'. It takes the flat DOM and what pruning
//! left; it gives, per element, the good and bad text bytes in its subtree, which selection
//! uses to check its pick against the page (see [`super::select`]).

use std::sync::LazyLock;

use super::dom::{Dom, NONE};
use crate::fx::FxMap;
use crate::input::segment::ends_sentence;

/// The most frequent function words of the languages the packs know. A block of prose holds
/// many of them in any of these languages; a navigation line, a product grid or a list of
/// teaser titles few.
const STOP_WORDS: &[&str] = &[
    // en
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "be",
    "at", "by", "this", "have", "from", "or", "are", "not", "but", "had", "they", "he", "she",
    "we", "you", "which", "were", "been", "has", "their", "an", "there", "can", "would", "will",
    "its", "if", "so", "about", "when", "who", "what", "more", "also", "than", "i",
    // de
    "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist",
    "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat",
    "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem",
    "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis",
    "mehr", "durch", "man", "wir", "ich", "wenn", "kann", "dann", "ihre", "sein", // fr
    "le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "que", "qui", "dans", "pour",
    "pas", "sur", "au", "aux", "ne", "se", "il", "elle", "par", "plus", "avec", "ce", "sont",
    // es, pt, it
    "el", "los", "las", "y", "en", "que", "por", "con", "para", "una", "del", "al", "es", "lo",
    "su", "se", "como", "más", "o", "os", "as", "um", "uma", "não", "do", "da", "dos", "das", "em",
    "no", "na", "il", "di", "che", "è", "per", "non", "gli", "della", "sono", // pl
    "i", "w", "z", "na", "nie", "się", "do", "to", "że", "jest", "o", "jak", "po", "ale", "od",
    "za", "co", "tak", "jego", "przez", // nl
    "het", "een", "van", "en", "de", "dat", "op", "te", "zijn", "voor", "niet", "met", "ook",
];

/// The stop words, keyed by their bytes (lower case, at most [`STOP_MAX`] bytes).
static STOPS: LazyLock<FxMap<&'static [u8], ()>> =
    LazyLock::new(|| STOP_WORDS.iter().map(|w| (w.as_bytes(), ())).collect());

/// The longest stop word, in bytes ("werden", "przez"): longer words are not looked up.
const STOP_MAX: usize = 7;

/// Words and stop words in `text`. Words are counted as the text path counts them
/// ([`crate::input::segment::count_words`]: tokens between spaces, two characters a word in
/// Chinese and Japanese), so that a block's length means the same in HTML and in text. Stop
/// words: tokens of at most [`STOP_MAX`] + 2 bytes stripped of ASCII punctuation at both ends,
/// lower-cased into a small buffer (no allocation per word).
fn count_words(text: &str) -> (usize, usize) {
    let words = crate::input::segment::count_words(text) as usize;
    let mut stops = 0;
    let mut buf = String::with_capacity(16);
    for w in text.split_ascii_whitespace() {
        // Longer words are no stop word, even with a mark on either side: skip the trimming.
        if w.len() > STOP_MAX + 2 {
            continue;
        }
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation());
        if w.is_empty() || w.len() > STOP_MAX {
            continue;
        }
        let key: &[u8] = if w.bytes().all(|b| b.is_ascii_lowercase()) {
            w.as_bytes()
        } else {
            buf.clear();
            buf.extend(w.chars().flat_map(char::to_lowercase));
            buf.as_bytes()
        };
        stops += usize::from(STOPS.contains_key(key));
    }
    (words, stops)
}

/// Blocks shorter than this (bytes) are short: neutral, judged by their neighbours. jusText's
/// `length_low` (70), a little lower for the terse headings of product and docs pages.
const SHORT: usize = 70;
/// Blocks this long with enough stop words are good on their own (jusText's `length_high`;
/// 150 let teasers in, 300 lost the scrapinghub set 0.02 F1).
const LONG: usize = 200;
/// More link text than this share makes a block bad (jusText's `max_link_density`, 0.2, a
/// little looser: prose with a few inline links is still prose). Checked on the trafilatura
/// tuning folds and both benchmarks: 0.2 and 0.4 did no better.
const MAX_LINK_DENSITY: f32 = 0.3;
/// Stop-word density of good (`HIGH`) and near-good (`LOW`) prose. jusText uses 0.32 / 0.30
/// with lists of hundreds of words; these lists hold the few dozen most frequent words a
/// language, which cover about a third of running text (measured on the benchmarks' bodies:
/// 0.35–0.45 in English and German prose, under 0.1 in menus and product grids).
const STOP_HIGH: f32 = 0.25;
const STOP_LOW: f32 = 0.18;
/// On a page whose prose holds fewer stop words than the lists expect, good and near-good
/// prose need these shares of the page's own density (a guard: a paragraph as dense in
/// function words as the page's prose, give or take, is prose).
const RELATIVE_HIGH: f32 = 0.8;
const RELATIVE_LOW: f32 = 0.6;
/// A page whose text holds fewer stop words than this share is in a language the lists do
/// not know (Chinese, Japanese, Russian...): blocks are then judged without them.
const KNOWN_LANGUAGE: f32 = 0.05;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

struct Raw {
    owner: u32,
    len: usize,
    link_len: usize,
    words: usize,
    stops: usize,
    sentence: bool,
    /// Bytes of a label that opens the block ("Tags: ", "Kategorie: "), or 0.
    label: usize,
}

/// Per element, the good and bad block bytes in its subtree, and the page's total of each.
pub(crate) struct Judged {
    pub good: Vec<u32>,
    pub bad: Vec<u32>,
    /// Good bytes of blocks that are prose by themselves (not short blocks taken in by their
    /// good neighbours).
    pub prose: Vec<u32>,
    /// Per block element, whether its own text is all in bad blocks that are mostly link
    /// text: a list of links.
    pub bad_own: Vec<bool>,
}

impl Judged {
    pub(crate) fn total_good(&self) -> u32 {
        self.good.first().copied().unwrap_or(0)
    }
}

/// Classifies the blocks of the page (outside `gone`) and sums good and bad bytes per
/// element. `block_owner` maps elements to their block; `in_link` marks link text.
pub(crate) fn classify(dom: &Dom, gone: &[bool], block_owner: &[u32], in_link: &[bool]) -> Judged {
    let n = dom.elems.len();
    let mut blocks: Vec<Raw> = Vec::new();
    let mut text = String::new();
    let mut cur = NONE;
    let flush = |cur: u32, text: &mut String, blocks: &mut Vec<Raw>, link_len: usize| {
        let t = text.trim();
        if cur != NONE && !t.is_empty() {
            // Stop words decide only blocks long enough and not link-dense: count only there.
            let link_dense = link_len as f32 > MAX_LINK_DENSITY * t.len() as f32;
            let (words, stops) = if t.len() >= SHORT && !link_dense {
                count_words(t)
            } else {
                (0, 0)
            };
            blocks.push(Raw {
                owner: cur,
                len: t.len(),
                link_len: link_len.min(t.len()),
                words,
                stops,
                sentence: ends_sentence(t.as_bytes()),
                label: label_len(t),
            });
        }
        text.clear();
    };
    let mut link_len = 0;
    for run in &dom.texts {
        let o = run.owner as usize;
        // Scripts, styles and the like are gone: pruning's hard tags.
        if gone[o] {
            continue;
        }
        let b = block_owner[o];
        let Some(t) = dom.text(run) else {
            flush(cur, &mut text, &mut blocks, link_len);
            link_len = 0;
            continue;
        };
        if b != cur {
            flush(cur, &mut text, &mut blocks, link_len);
            link_len = 0;
            cur = b;
        }
        if in_link[o] {
            link_len += t.trim().len();
        }
        text.push_str(t);
        text.push(' ');
    }
    flush(cur, &mut text, &mut blocks, link_len);

    // The stop-word density of the page's long prose-like blocks: the lists cover some
    // languages better than others (Polish, inflected, about half as well as English), so
    // the thresholds follow the page.
    let (words, stops) = blocks
        .iter()
        .filter(|b| b.len >= LONG && (b.link_len as f32) <= MAX_LINK_DENSITY * b.len as f32)
        .fold((0, 0), |(w, s), b| (w + b.words, s + b.stops));
    let density = stops as f32 / words.max(1) as f32;
    let thresholds = (density >= KNOWN_LANGUAGE).then(|| {
        (
            STOP_HIGH.min(RELATIVE_HIGH * density),
            STOP_LOW.min(RELATIVE_LOW * density),
        )
    });
    let mut class: Vec<Class> = blocks.iter().map(|b| initial(b, thresholds)).collect();
    let short: Vec<bool> = class.iter().map(|&c| c == Class::Short).collect();
    smooth(&mut class);

    let mut good = vec![0u32; n];
    let mut bad = vec![0u32; n];
    let mut prose = vec![0u32; n];
    for ((b, c), &short) in blocks.iter().zip(&class).zip(&short) {
        match c {
            Class::Good => {
                good[b.owner as usize] += b.len as u32;
                if !short {
                    prose[b.owner as usize] += b.len as u32;
                }
            }
            Class::Bad => bad[b.owner as usize] += b.len as u32,
            _ => {}
        }
    }
    let mut bad_own = vec![false; n];
    let mut seen = vec![false; n];
    for (b, c) in blocks.iter().zip(&class) {
        let o = b.owner as usize;
        bad_own[o] = (bad_own[o] || !seen[o]) && *c == Class::Bad && link_row(b);
        seen[o] = true;
    }
    for i in (0..n).rev() {
        let p = dom.elems[i].parent;
        if p != NONE {
            good[p as usize] += good[i];
            bad[p as usize] += bad[i];
            prose[p as usize] += prose[i];
        }
    }
    Judged {
        good,
        bad,
        prose,
        bad_own,
    }
}

/// The longest label that opens a row of links (bytes, with its colon and space).
const LABEL_MAX: usize = 24;

/// The bytes of a label of one or two words and a colon that opens `text` ("Tags: ",
/// "Kategorie: "), or 0.
fn label_len(text: &str) -> usize {
    match text.find(": ") {
        Some(at) if at + 2 <= LABEL_MAX && at > 0 && text[..at].split_whitespace().count() <= 2 => {
            at + 2
        }
        _ => 0,
    }
}

/// Whether a bad block is a row of links: mostly link text, or a label and then mostly
/// link text ("Kategorie: News, open3", "Tags: bridges, council").
fn link_row(b: &Raw) -> bool {
    b.link_len * 2 > b.len
        || (b.label > 0 && b.len > b.label && b.link_len * 10 >= 6 * (b.len - b.label))
}

/// A block's class from its own features (jusText's context-free step).
fn initial(b: &Raw, thresholds: Option<(f32, f32)>) -> Class {
    let link_density = b.link_len as f32 / b.len.max(1) as f32;
    if link_density > MAX_LINK_DENSITY {
        return Class::Bad;
    }
    if b.len < SHORT {
        return Class::Short;
    }
    let Some((high, low)) = thresholds else {
        // Without stop words: long prose ending like a sentence is good.
        return if b.len >= LONG && b.sentence {
            Class::Good
        } else {
            Class::NearGood
        };
    };
    let density = b.stops as f32 / b.words.max(1) as f32;
    if density >= high && b.len >= LONG {
        Class::Good
    } else if density >= low {
        Class::NearGood
    } else {
        // Few function words and few links: a list of ingredients, a spec table, a menu of
        // plain text. jusText calls it bad; here only its neighbours decide, since lists and
        // tables of the main text look like this too.
        Class::Short
    }
}

/// jusText's context step: a near-good block between bad ones (skipping short blocks) is
/// bad, otherwise good (jusText also calls it bad at the page's edges: a page of medium
/// paragraphs would then have no good text at all); a short block between good ones is good, between bad ones bad, and
/// otherwise neutral.
fn smooth(class: &mut [Class]) {
    let firm = |c: Class| matches!(c, Class::Good | Class::Bad);
    // Nearest firm class before and after each block.
    let mut prev = vec![None; class.len()];
    let mut last = None;
    for (k, &c) in class.iter().enumerate() {
        prev[k] = last;
        if firm(c) {
            last = Some(c);
        }
    }
    let mut next = vec![None; class.len()];
    last = None;
    for k in (0..class.len()).rev() {
        next[k] = last;
        if firm(class[k]) {
            last = Some(class[k]);
        }
    }
    for k in 0..class.len() {
        let (p, q) = (prev[k], next[k]);
        class[k] = match class[k] {
            Class::NearGood if p == Some(Class::Bad) && q == Some(Class::Bad) => Class::Bad,
            Class::NearGood => Class::Good,
            Class::Short if p == Some(Class::Good) && q == Some(Class::Good) => Class::Good,
            Class::Short if p == Some(Class::Bad) && q == Some(Class::Bad) => Class::Bad,
            c => c,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain reading of [`count_words`]: split at whitespace, strip ASCII punctuation,
    /// lower-case, look up.
    fn count_words_slow(text: &str) -> (usize, usize) {
        let words: Vec<&str> = text.split_ascii_whitespace().collect();
        let stops = words
            .iter()
            .filter(|w| w.len() <= STOP_MAX + 2)
            .map(|w| {
                w.trim_matches(|c: char| c.is_ascii_punctuation())
                    .to_lowercase()
            })
            .filter(|w| w.len() <= STOP_MAX && STOP_WORDS.contains(&w.as_str()))
            .count();
        (words.len(), stops)
    }

    #[test]
    fn word_counts_match_the_plain_reading() {
        let pieces = [
            "Der",
            "die",
            "UND",
            "für",
            "Über",
            "the",
            "(the",
            "of,",
            "\"and\"",
            "naïve",
            "się",
            "że",
            "werden",
            "WERDEN.",
            "Straßenbahn",
            "x",
            "",
            "—",
            "é",
            "İstanbul",
        ];
        // Every sequence of three pieces, joined by one space or a tab and a line feed.
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for sep in [" ", "\t\n"] {
                        let text = [a, b, c].join(sep);
                        assert_eq!(count_words(&text), count_words_slow(&text), "{text:?}");
                    }
                }
            }
        }
        // Chinese is counted as the text path counts it: two characters a word.
        assert_eq!(count_words("北京市政府周二宣布").0, 1 + 9 / 2);
    }

    #[test]
    fn labels_of_link_rows() {
        assert_eq!(label_len("Tags: bridges, council"), 6);
        assert_eq!(label_len("Kategorie: News, open3"), 11);
        assert_eq!(label_len("The council said: the bridge reopens"), 0);
        assert_eq!(label_len(": x"), 0);
    }

    #[test]
    fn neighbours_decide_near_good_and_short_blocks() {
        use Class::*;
        let mut c = vec![Good, Short, Good, NearGood, Bad, Short, Bad, NearGood, Bad];
        smooth(&mut c);
        assert_eq!(c, vec![Good, Good, Good, Good, Bad, Bad, Bad, Bad, Bad]);
        // A page of medium paragraphs only: all good (jusText would call them all bad).
        let mut c = vec![NearGood, Short, NearGood];
        smooth(&mut c);
        assert_eq!(c, vec![Good, Short, Good]);
    }
}
