//! Features of a block for the fitted model: what the packs found in it (by group), its
//! shape, where it stands against the article's body, and what its neighbours hold.
//!
//! Every feature but the pack groups needs no language: appeals of publishers nobody tuned
//! on are found by the shape and position their boxes share (short lines, button text,
//! exclamations, the tail after the last paragraph, the outlet naming itself) more than by
//! their wording; in a text no pack reads they carry the decision alone, with two more
//! ([`BARE_ONLY`]): whether the outlet names itself just below, and whether a short line
//! with evidence stands beside. Features are computed only for blocks that are not walls: a long block
//! with no evidence is article text before any model looks at it.

use std::sync::LazyLock;

use memchr::memmem;

use super::Scored;
use crate::input::host::SHORT_LABEL_LEN;
use crate::input::segment::Block;
use crate::rules::{Evidences, GROUP_SLOTS};

/// The names of the features, in the order of a feature vector; the weights file names
/// them too, so that a file and the code cannot drift apart silently.
pub(crate) const NAMES: [&str; N] = [
    "bias",
    "hand_score",
    "hand_anchor",
    "signal",
    "max_rule",
    "body_evidence",
    "group_header",
    "group_salutation",
    "group_ask",
    "group_cue",
    "group_label",
    "group_line",
    "group_chrome",
    "group_outlet",
    "we_and_you",
    "pronoun_density",
    "platform_share",
    "money",
    "list_header",
    "log_words",
    "words_le_3",
    "words_le_8",
    "sentence",
    "quoted",
    "timestamp",
    "ends_exclamation",
    "ends_question",
    "ends_colon",
    "link_or_address",
    "title_case",
    "digits",
    "after_body",
    "before_body",
    "body_distance",
    "prev_hand",
    "next_hand",
    "anchor_near",
    "letter",
    "names_outlet",
    "starts_symbol",
    "position",
    "tail_share",
    "prev_short",
    "next_short",
    "repeated",
    "all_caps",
    "headline_like",
    "short_cluster",
    "to_end",
    "from_start",
    "words_le_1",
    "inline",
    "support",
    "support_we",
    "journalism",
    "concepts",
    "outlet_below",
    "evidence_near",
];

/// The number of features.
pub(crate) const N: usize = 58;

const _: () = assert!(GROUP_SLOTS == 8);

/// Blocks of at most this many words are checked for repeats.
const REPEAT_WORDS: u32 = 12;
/// How far a repeat is looked for, in blocks each way: share rows and "Advertisement" labels
/// recur within a page's furniture, and a bounded look keeps the features linear (only the
/// blocks the model scores are looked at, and no table is built for the others).
const REPEAT_REACH: usize = 64;

/// True when the text of block `i` stands again within [`REPEAT_REACH`] blocks.
fn repeated(doc: &Doc, i: usize) -> bool {
    let b = &doc.blocks[i];
    let text = &doc.text.as_bytes()[b.range.clone()];
    let lo = i.saturating_sub(REPEAT_REACH);
    let hi = (i + REPEAT_REACH + 1).min(doc.blocks.len());
    (lo..hi).any(|j| {
        let r = &doc.blocks[j].range;
        j != i && r.len() == text.len() && &doc.text.as_bytes()[r.clone()] == text
    })
}

/// Features that only the pair for texts no pack reads uses (`bare.` in the weights file);
/// the fit sees them as zero for the packs' pair. Where the packs read a text their evidence
/// says what these guess, and fitted there too they took article text: a phone number above
/// a line naming the site (a benchmark page), a paragraph beside a short line the packs
/// flag (a tuning fold).
pub(crate) const BARE_ONLY: [usize; 2] = [56, 57];

/// How many blocks each way the neighbours' features look: a box's lines stand together.
const NEAR: usize = 2;
/// A neighbour of at most this many words with evidence is a box's line (a button, a
/// payment name, a heading), which the block beside it likely belongs to.
const NEAR_LINE_WORDS: u32 = 12;

/// What the features of one block need from the rest of the document.
pub(crate) struct Doc<'a> {
    /// The original text (case kept), which the block ranges index.
    pub text: &'a str,
    pub blocks: &'a [Block],
    pub evidence: &'a Evidences,
    /// The hand rules' verdict on each block (a wall scores minus infinity).
    pub scored: &'a [Scored],
    /// The outlet's names as they would be written without spaces (the host's main label,
    /// the site name a page declares).
    pub outlets: &'a [String],
    /// The whole document speaks in the publisher's voice (a letter to readers).
    pub letter: bool,
    /// The features of [`BARE_ONLY`] are computed: for training, and for deciding on a text
    /// no pack reads (the packs' pair gives them no weight, and they are left at zero).
    pub bare: bool,
    /// The indexes of the walls, in order.
    pub walls: &'a [usize],
    /// Bytes of text from each block's start to the end.
    pub total_bytes: usize,
}

/// The features of block `i`.
pub(crate) fn of(doc: &Doc, i: usize) -> [f32; N] {
    let b = &doc.blocks[i];
    let ev = &doc.evidence[i];
    let Scored {
        score: hand,
        anchor,
        ..
    } = doc.scored[i];
    let text = &doc.text[b.range.clone()];
    let words = b.words.max(1) as f32;
    let mut f = [0.0f32; N];
    f[0] = 1.0;
    f[1] = hand.clamp(-6.0, 6.0) / 6.0;
    f[2] = f32::from(anchor);
    f[3] = ev.signal.min(8.0) / 4.0;
    f[4] = ev.max_rule.min(6.0) / 4.0;
    f[5] = ev.body.max(-3.0) / 3.0;
    for (k, &g) in ev.groups.iter().enumerate() {
        f[6 + k] = g.min(4.0) / 4.0;
    }
    // The voice, with the pronouns inside formulas ("our work", "donors like you").
    let (we, you) = (ev.we + ev.formula_we, ev.you + ev.formula_you);
    f[14] = f32::from(we > 0 && you > 0);
    f[15] = ((f32::from(we) + f32::from(you)) / words).min(0.5) * 4.0;
    f[16] = (ev.platform_bytes as f32 / b.range.len().max(1) as f32).min(1.0);
    f[17] = f32::from(ev.money.is_some());
    f[18] = f32::from(ev.list_header);
    f[19] = (words + 1.0).log2() / 4.0;
    f[20] = f32::from(b.words <= 3);
    f[21] = f32::from(b.words <= 8);
    f[22] = f32::from(b.sentence);
    f[23] = f32::from(b.quoted);
    f[24] = f32::from(b.timestamp);
    let last = text.trim_end().chars().next_back().unwrap_or(' ');
    f[25] = f32::from(last == '!');
    f[26] = f32::from(last == '?');
    f[27] = f32::from(last == ':');
    let shape = Shape::of(text, b.words);
    f[28] = f32::from(shape.link_or_address);
    f[29] = shape.title_case;
    f[30] = shape.digits;
    let k = doc.walls.partition_point(|&w| w < i);
    let wb = k.checked_sub(1).map(|k| doc.walls[k]);
    let wa = doc.walls[k..].iter().copied().find(|&w| w > i);
    f[31] = f32::from(wa.is_none() && wb.is_some());
    f[32] = f32::from(wb.is_none() && wa.is_some());
    let dist = match (wb, wa) {
        (Some(p), Some(q)) => (i - p).min(q - i),
        (Some(p), None) => i - p,
        (None, Some(q)) => q - i,
        (None, None) => 16,
    };
    f[33] = (dist as f32 + 1.0).log2().min(4.0) / 4.0;
    let hand_at = |j: Option<usize>| j.map_or(0.0, |j| doc.scored[j].score.clamp(-6.0, 6.0) / 6.0);
    f[34] = hand_at(i.checked_sub(1));
    f[35] = hand_at((i + 1 < doc.blocks.len()).then_some(i + 1));
    let lo = i.saturating_sub(3);
    let hi = (i + 4).min(doc.blocks.len());
    f[36] = f32::from((lo..hi).any(|j| j != i && doc.scored[j].anchor));
    f[37] = f32::from(doc.letter);
    f[38] = f32::from(names(text, doc.outlets));
    f[39] = f32::from(
        text.chars()
            .next()
            .is_some_and(|c| !c.is_alphanumeric() && !matches!(c, '"' | '\'' | '«' | '„' | '“')),
    );
    f[40] = i as f32 / doc.blocks.len().max(1) as f32;
    f[41] = (doc.total_bytes - b.range.start) as f32 / doc.total_bytes.max(1) as f32;
    let short = |j: usize| doc.blocks.get(j).is_some_and(|b| b.words <= 8);
    f[42] = f32::from(i > 0 && short(i - 1));
    f[43] = f32::from(short(i + 1));
    f[44] = f32::from(b.words <= REPEAT_WORDS && repeated(doc, i));
    f[45] = f32::from(shape.all_caps);
    f[46] = f32::from(!b.sentence && b.words >= 3 && b.words <= 15 && last.is_alphanumeric());
    f[47] = (lo..hi).filter(|&j| j != i && short(j)).count() as f32 / 6.0;
    let n = doc.blocks.len();
    f[48] = ((n - i) as f32).log2().min(6.0) / 6.0;
    f[49] = ((i + 1) as f32).log2().min(6.0) / 6.0;
    f[50] = f32::from(b.words <= 1);
    f[51] = f32::from(wb.is_some() && wa.is_some());
    let c = doc.evidence.concepts(i);
    f[52] = f32::from(c.support());
    f[53] = f32::from(c.support() && we > 0);
    f[54] = f32::from(c.journalism());
    f[55] = [
        c.support(),
        c.journalism(),
        c.independent(),
        we > 0,
        you > 0,
    ]
    .iter()
    .filter(|&&x| x)
    .count() as f32
        / 5.0;
    // The rest is read only by the pair for texts no pack reads.
    if !doc.bare {
        return f;
    }
    // The outlet names itself in one of the next blocks: an appeal's button or sign-off
    // ("Unterstützen Sie Report24 via Paypal:", "Dein L-MAG-Team"), a box's link row; the
    // lines above belong to it. (Looking back as well took the story's paragraph after an
    // inline box.)
    f[56] = f32::from(
        (i + 1..(i + 1 + NEAR).min(n))
            .any(|j| names(&doc.text[doc.blocks[j].range.clone()], doc.outlets)),
    );
    // A short line with evidence stands within two blocks: a box's button, heading or
    // payment line, whose neighbours are the box's text (in a text no pack reads, the
    // evidence is the rows of no language: money per period, payment and platform names).
    f[57] =
        f32::from((i.saturating_sub(NEAR)..(i + 1 + NEAR).min(n)).any(|j| {
            j != i && doc.evidence[j].signal > 0.0 && doc.blocks[j].words <= NEAR_LINE_WORDS
        }));
    f
}

/// What marks a link or an address besides '@', searched for with finders built once
/// (`str::contains` built its searcher at every call).
static LINK_MARKS: LazyLock<[memmem::Finder<'static>; 2]> =
    LazyLock::new(|| [memmem::Finder::new("http"), memmem::Finder::new("www.")]);

/// Shape of a block's characters, read once.
struct Shape {
    link_or_address: bool,
    /// Letters, all of them upper case ("READ MORE").
    all_caps: bool,
    /// The share of words that start with a capital letter (headline case).
    title_case: f32,
    /// The share of characters that are digits.
    digits: f32,
}

impl Shape {
    fn of(text: &str, words: u32) -> Shape {
        // Long blocks are prose: their shape says nothing the length does not.
        if words > 40 {
            return Shape {
                link_or_address: false,
                all_caps: false,
                title_case: 0.0,
                digits: 0.0,
            };
        }
        // (word-start capitals, upper-case letters, lower-case letters, digits, characters)
        // Most blocks are ASCII: classify their bytes eight at a time.
        let counts = if text.is_ascii() {
            ascii_counts(text.as_bytes())
        } else {
            char_counts(text)
        };
        let [caps, upper, lower, digits, chars] = counts;
        Shape {
            link_or_address: memchr::memchr(b'@', text.as_bytes()).is_some()
                || LINK_MARKS.iter().any(|m| m.find(text.as_bytes()).is_some()),
            all_caps: upper >= 3 && lower == 0,
            title_case: caps as f32 / words.max(1) as f32,
            digits: digits as f32 / chars.max(1) as f32,
        }
    }
}

/// [`Shape`]'s counts of a text with some non-ASCII characters (word-start capitals,
/// upper-case letters, lower-case letters, digits, characters), by Unicode's white space and
/// case: eight bytes at a time where eight ASCII bytes come, each other character on its own
/// (a character never starts inside a lane read whole).
fn char_counts(text: &str) -> [u32; 5] {
    let bytes = text.as_bytes();
    let mut counts = [0u32; 5];
    let mut start = true;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(lane) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(lane.try_into().expect("8 bytes"));
            if x & HI == 0 {
                // `char::is_whitespace` of ASCII: tab to carriage return, and space.
                let space = (at_least(x, b'\t') & !at_least(x, b'\r' + 1)) | equal(x, b' ');
                let upper = at_least(x, b'A') & !at_least(x, b'Z' + 1);
                let starts = space << 8 | u64::from(start) << 7;
                counts[0] += high_bits(upper & starts);
                counts[1] += high_bits(upper);
                counts[2] += high_bits(at_least(x, b'a') & !at_least(x, b'z' + 1));
                counts[3] += high_bits(at_least(x, b'0') & !at_least(x, b'9' + 1));
                counts[4] += 8;
                start = space >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let c = text[i..].chars().next().expect("char boundary");
        let up = c.is_uppercase();
        counts[0] += u32::from(start && up);
        counts[1] += u32::from(up);
        counts[2] += u32::from(c.is_lowercase());
        counts[3] += u32::from(c.is_ascii_digit());
        counts[4] += 1;
        start = c.is_whitespace();
        i += c.len_utf8();
    }
    counts
}

/// [`Shape`]'s counts of an ASCII text (word-start capitals, upper-case letters, lower-case
/// letters, digits, characters), eight bytes at a time: each class is a range test on
/// every byte of a `u64` whose carries cannot cross bytes (every byte is below 0x80).
fn ascii_counts(bytes: &[u8]) -> [u32; 5] {
    let mut counts = [0u32; 5];
    // The high bit of byte 7 when the byte before the lane is white space (or the start).
    let mut space_before = 0x80u64 << 56;
    for lane in bytes.chunks(8) {
        let mut buf = [0u8; 8];
        buf[..lane.len()].copy_from_slice(lane);
        let x = u64::from_le_bytes(buf);
        let upper = at_least(x, b'A') & !at_least(x, b'Z' + 1);
        let lower = at_least(x, b'a') & !at_least(x, b'z' + 1);
        let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
        // `u8::is_ascii_whitespace`: tab, line feed, form feed, carriage return, space.
        let space =
            equal(x, b' ') | (at_least(x, b'\t') & !at_least(x, b'\r' + 1) & !equal(x, 0x0b));
        let start = space << 8 | space_before >> 56;
        counts[0] += high_bits(upper & start);
        counts[1] += high_bits(upper);
        counts[2] += high_bits(lower);
        counts[3] += high_bits(digit);
        space_before = space;
    }
    counts[4] = bytes.len() as u32;
    counts
}

const HI: u64 = 0x8080_8080_8080_8080;

const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// The number of bytes of `m` whose high bit is set (`m` has no other bits): three
/// operations, where `count_ones` without a population-count instruction takes a dozen.
#[inline(always)]
fn high_bits(m: u64) -> u32 {
    debug_assert_eq!(m & !HI, 0);
    ((m >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32
}

/// The high bit of each byte of `x` (all ASCII) that is at least `lo`.
#[inline(always)]
fn at_least(x: u64, lo: u8) -> u64 {
    x.wrapping_add(splat(0x80 - lo)) & HI
}

/// The high bit of each byte of `x` (all ASCII) equal to `b`.
#[inline(always)]
fn equal(x: u64, b: u8) -> u64 {
    let z = x ^ splat(b);
    !(z.wrapping_add(splat(0x7f)) | z) & HI
}

/// True when `text` names the outlet: its letters and digits, spaces left out, hold one of
/// its names ("The Moscow Times" and `moscowtimes.com`).
pub(crate) fn names(text: &str, outlets: &[String]) -> bool {
    if outlets.is_empty() || text.len() > 2_000 {
        return false;
    }
    // Romanised Cyrillic meets a host's name inside common words ("власти" holds `vlast`,
    // "правда" is `pravda`): there, only a proper name names the outlet.
    if text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
        return names_properly(text, outlets);
    }
    let squeezed = crate::input::host::squeeze(text);
    outlets
        .iter()
        .any(|o| o.len() >= 4 && squeezed.contains(o.as_str()))
}

/// The words at a block's start within which [`leads_with_outlet`] looks for the name: an
/// article or a quotation mark may stand before it ("A Direkt36 független ...", "«Люди
/// Байкала» — ...").
const LEAD_WORDS: usize = 3;

/// True when `text` opens with the outlet's name as a proper name (see [`names_properly`]):
/// the outlet as the subject of its own sentence ("StreetPress, c'est un média
/// indépendant", "Dezanove é un medio independente"), which a language that marks "we" in
/// its verbs alone ("nem fogadunk el állami hirdetést") says without a pronoun.
pub(crate) fn leads_with_outlet(text: &str, outlets: &[String]) -> bool {
    let mut words = 0;
    let mut in_word = false;
    let mut end = text.len();
    for (i, c) in text.char_indices() {
        let letter = c.is_alphanumeric();
        if in_word && !letter {
            words += 1;
            if words == LEAD_WORDS {
                end = i;
                break;
            }
        }
        in_word = letter;
    }
    names_properly(&text[..end], outlets)
}

/// The most letters an inflection adds to the outlet's name in [`names_properly`].
const INFLECTION_CHARS: usize = 2;

/// True when `text` names the outlet as a proper name: one of its names is the squeeze of
/// whole words of it, the first written with a capital, a digit or in a script without case
/// ("Volg NH Nieuws", "Styrktu Austurfrétt", "Newsbook.com.mt"), its last word inflected by
/// a letter or two ("Postoja"). A name inside a word or lower-cased words are no naming:
/// "del país" holds `elpais`, "na temat" is `natemat`, "tout le monde" holds `lemonde`,
/// "weltweit" starts with `welt`.
pub(crate) fn names_properly(text: &str, outlets: &[String]) -> bool {
    if outlets.is_empty() || text.len() > 2_000 {
        return false;
    }
    namings(&name_words(text), outlets).next().is_some()
}

/// Whether the word `w` is written as a name: not in lower case (a capital or a digit
/// first, "8 Days"), or with a capital after its first letter ("paNOW", "eKathimerini").
pub(crate) fn written_as_name(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| !c.is_lowercase()) || chars.any(char::is_uppercase)
}

/// A word of a text as an outlet's name is looked for in it: the word, squeezed once, and
/// whether it is written as a name (not in lower case, or as the site's address: "Kövesse a
/// haon.hu-t", "Pratite uskinfo.ba").
struct NameWord<'a> {
    word: &'a str,
    squeezed: String,
    proper: bool,
}

fn name_words(text: &str) -> Vec<NameWord<'_>> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| NameWord {
            word: w,
            squeezed: crate::input::host::squeeze(w),
            proper: written_as_name(w) || domain_shaped(&text[super::offset_in(text, w)..]),
        })
        .collect()
}

/// Where `words` name an outlet of `outlets` as a proper name (see [`names_properly`]): the
/// words `k..end` of each naming.
fn namings<'w>(
    words: &'w [NameWord<'w>],
    outlets: &'w [String],
) -> impl Iterator<Item = (usize, usize)> + 'w {
    outlets.iter().flat_map(move |o| {
        let short = o.len() == SHORT_LABEL_LEN;
        (0..words.len())
            .filter(move |&k| {
                words[k].proper
                    && (!short || (words[k].squeezed == *o && in_capitals(words[k].word)))
            })
            .filter_map(move |k| spelt(words, k, o).map(|end| (k, end)))
    })
}

/// Whether the word `w` is written in capitals or with a digit ("МИА", "BBC", "B92"): how a
/// short label names the outlet (see [`short_label`](crate::input::host::short_label)).
fn in_capitals(w: &str) -> bool {
    w.chars().any(char::is_alphabetic)
        && (w.chars().any(char::is_numeric)
            || (w.chars().count() > 1 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())))
}

/// The end of the words from `k` on that spell the outlet's name `o`, if they do; its last
/// word may be inflected ("Klub priateľov Postoja").
fn spelt(words: &[NameWord], k: usize, o: &str) -> Option<usize> {
    let mut name = String::new();
    for (j, w) in words.iter().enumerate().skip(k) {
        let before = name.len();
        name.push_str(&w.squeezed);
        if name.len() >= o.len() {
            return (name.starts_with(o)
                && name[o.len()..].chars().count() <= INFLECTION_CHARS
                && before < o.len())
            .then_some(j + 1);
        }
        if !o.starts_with(name.as_str()) {
            return None;
        }
    }
    None
}

/// The words for an app that an outlet's pitch puts right after its name ("the Mumbai
/// Mirror app", "Fremover-appen", "Vasabladets app", "Blic aplikaciju"), lower-cased; a
/// Slavic word for it by its stem (`aplikac`, `aplikác`). Not "application", which is also a
/// planning or court application in English, nor Russian "приложение" or Ukrainian
/// "додаток", which are also a paper's supplement.
const APP_WORDS: [&str; 9] = [
    "app",
    "apps",
    "appen",
    "appi",
    "appin",
    "appini",
    "appet",
    "застосунок",
    "застосунку",
];
/// The words for it that may stand before the name, a short word or two between ("l'app de
/// L'Eco di Bergamo", "app van Omroep Brabant", "aplicativo da Folha de Pernambuco",
/// "l'application de La Tribune").
const APP_WORDS_BEFORE: [&str; 6] = [
    "application",
    "appli",
    "applicazione",
    "aplicación",
    "aplicativo",
    "applicatie",
];

/// The letters every word of [`APP_WORDS`] and [`APP_WORDS_BEFORE`] holds, in any ASCII case.
static APP_LETTERS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["app", "plic", "plik", "застосун"])
            .expect("four plain patterns")
    });

fn app_word(w: &str, before: bool) -> bool {
    let w = w.to_lowercase();
    APP_WORDS.contains(&w.as_str())
        || (before && APP_WORDS_BEFORE.contains(&w.as_str()))
        || w.starts_with("aplikac")
        || w.starts_with("aplikác")
}

/// Whether `text` names the outlet's own app: its name as a proper name (as
/// [`names_properly`] reads it, the last word maybe inflected) with a word for an app right
/// after it, a genitive's lone "s" between ("B.T.s app"), or one up to three words before
/// it ("Descarga la app de EL DEBER", "Download de gratis app van Tubantia").
pub(crate) fn names_outlet_app(text: &str, outlets: &[String]) -> bool {
    // (The cheap test first, one pass: most lines hold none of the app's words, "app",
    // "applicazione", "aplicación", "aplikace", "застосунок", by their letters.)
    if outlets.is_empty() || text.len() > 2_000 || !APP_LETTERS.is_match(text) {
        return false;
    }
    let words = name_words(text);
    let word = |j: usize| words.get(j).map(|w| w.word);
    namings(&words, outlets).any(|(k, end)| {
        // (A genitive's lone "s" may stand between: "B.T.s app".)
        let after = match word(end) {
            Some("s") => word(end + 1),
            w => w,
        };
        after.is_some_and(|w| app_word(w, false))
            || (k.saturating_sub(APP_WORD_GAP + 1)..k).any(|j| app_word(words[j].word, true))
    })
}

/// The most words between an app's word and the outlet's name after it: an article and a
/// preposition ("la app de", "gratis app van").
const APP_WORD_GAP: usize = 2;

/// Whether `t` opens with a word written as a web address: letters or digits, a dot, a
/// letter ("haon.hu", "24ur.com"), which names a site in lower case.
pub(crate) fn domain_shaped(t: &str) -> bool {
    let word = t.len() - t.trim_start_matches(char::is_alphanumeric).len();
    word > 0
        && t[word..].starts_with('.')
        && t[word + 1..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
}

/// Whether `text` names a host anywhere ("Time.com", "kabarlar.org"): a letter or digit, a
/// dot and a lower-case ASCII letter. Unlike [`domain_shaped`], not "U.S." nor "3.5".
pub(crate) fn names_a_host(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'.' && w[2].is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::host::{outlet_label, outlet_name};

    #[test]
    fn a_host_is_a_dot_before_a_lower_case_letter() {
        assert!(names_a_host(
            "This article originally appeared on Time.com."
        ));
        assert!(names_a_host("Читайте kabarlar.org сайтынан."));
        assert!(!names_a_host("The U.S. Senate passed the bill."));
        assert!(!names_a_host("Prices rose 3.5 per cent in May."));
    }

    #[test]
    fn the_outlets_app_by_its_name() {
        let label = |h: &str| vec![outlet_label(h).unwrap()];
        let yes = [
            (
                "Download the Firstpost app for faster news",
                "firstpost.com",
            ),
            ("Last ned Fremover-appen og få varsler", "fremover.no"),
            ("Ladda ner Barometerns app", "barometern.se"),
            (
                "Descarga la app de EL DEBER y mantente informado",
                "eldeber.com.bo",
            ),
            ("Preuzmite Blic aplikaciju za Android i iOS", "blic.rs"),
        ];
        for (t, h) in yes {
            assert!(names_outlet_app(t, &label(h)), "{t}");
        }
        let no = [
            // Lower-cased words are no name; "application" after a name is a planning one.
            (
                "Owners say the city's application process costs more",
                "thecity.nyc",
            ),
            (
                "The Firstpost application was rejected by the court",
                "firstpost.com",
            ),
            // The name with no app beside it, an app with no name.
            ("Follow Firstpost on X for more", "firstpost.com"),
            ("Download the app of the city council", "firstpost.com"),
        ];
        for (t, h) in no {
            assert!(!names_outlet_app(t, &label(h)), "{t}");
        }
    }

    #[test]
    fn proper_names_of_the_outlet() {
        let label = |h: &str| vec![outlet_label(h).unwrap()];
        assert!(names_properly(
            "Volg NH Nieuws ook op Instagram",
            &label("nhnieuws.nl")
        ));
        assert!(names_properly(
            "Styrktu Austurfrétt",
            &label("austurfrett.is")
        ));
        assert!(names_properly(
            "Newsbook.com.mt iwasslek",
            &label("newsbook.com.mt")
        ));
        assert!(names_properly("Le Monde reste sur X", &label("lemonde.fr")));
        assert!(!names_properly(
            "tout le monde est sur TikTok",
            &label("lemonde.fr")
        ));
        assert!(!names_properly(
            "la economía del país resistirá",
            &label("elpais.com")
        ));
        assert!(!names_properly(
            "Co wiemy na temat szczegółów",
            &label("natemat.pl")
        ));
        assert!(!names_properly("Weltweit nutzen TikTok", &label("welt.de")));
        assert!(names_properly(
            "Klub priateľov Postoja",
            &label("postoj.sk")
        ));
        assert!(!names_properly("De réir tuairisce", &label("tuairisc.ie")));
    }

    #[test]
    fn a_short_label_names_in_capitals_alone() {
        let short = |h: &str| vec![crate::input::host::short_label(h).unwrap()];
        assert!(names_properly(
            "Следете ја МИА на Телеграм",
            &short("mia.mk")
        ));
        assert!(names_properly(
            "Preuzmite B92 aplikaciju",
            &short("www.b92.net")
        ));
        assert!(names_properly(
            "Watch BBC One tonight",
            &short("news.bbc.co.uk")
        ));
        // A first name, a word in lower case, a word that holds the label.
        assert!(!names_properly(
            "Mia Novak said on Tuesday",
            &short("mia.mk")
        ));
        assert!(!names_properly("the mia of the region", &short("mia.mk")));
        assert!(!names_properly("MIAMI beat Boston", &short("mia.mk")));
        // (And the substring test reads none: "premiere" holds `mia`.)
        assert!(!names("the premiere of a new series", &short("mia.mk")));
        assert_eq!(crate::input::host::short_label("themoscowtimes.com"), None);
        assert_eq!(crate::input::host::short_label("112.ua"), None);
    }

    #[test]
    fn names_and_labels_agree() {
        // (In the squeezed form that texts are read in: `w` as `v`.)
        assert_eq!(
            outlet_label("www.themoscowtimes.com").as_deref(),
            Some("themoscovtimes")
        );
        assert_eq!(outlet_label("news.bbc.co.uk"), None); // "bbc" is too short to tell
        assert_eq!(
            outlet_label("www.theguardian.co.uk").as_deref(),
            Some("theguardian")
        );
        let mt = [outlet_label("themoscowtimes.com").unwrap()];
        assert!(names("A Message from The Moscow Times:", &mt));
        assert!(!names("The times are hard in Moscow.", &mt));
        // Latin letters are compared without their marks: a host label has none.
        let merce = [outlet_label("merce.hu").unwrap()];
        assert!(names("A Mércét nem tulajdonos tartja fenn.", &merce));
        assert!(names(
            "Podporiť Štandard",
            &[outlet_label("www.standard.sk").unwrap()]
        ));
        assert!(!names("A Merkel-kormány döntött.", &merce));
        assert!(names(
            "Ủng hộ Tuổi Trẻ",
            &[outlet_label("tuoitre.vn").unwrap()]
        ));
        assert!(names(
            "İklim haberleri",
            &[outlet_label("iklim.org").unwrap()]
        ));
        // A page's declared site name counts beside the host's label.
        let taz = ["taz".to_string(), outlet_name("Die Tageszeitung").unwrap()];
        assert!(names("Unterstützen Sie die tageszeitung!", &taz));
        assert!(
            !names("Die taz berichtet", &taz[..1]),
            "labels under four letters say nothing"
        );
    }

    #[test]
    fn ascii_counts_read_bytes_as_the_plain_loop() {
        let mut bytes: Vec<u8> = (0..128u8).collect();
        bytes.extend(b" Read MORE at\tThe Times\n2024 A B\x0bC\x0cD\rE  fGh 9Z".iter());
        for len in 0..=bytes.len() {
            for from in [0, 1, 3, 7] {
                let text = &bytes[from.min(len)..len];
                let mut expect = [0u32; 5];
                let mut start = true;
                for &c in text {
                    expect[0] += u32::from(start && c.is_ascii_uppercase());
                    expect[1] += u32::from(c.is_ascii_uppercase());
                    expect[2] += u32::from(c.is_ascii_lowercase());
                    expect[3] += u32::from(c.is_ascii_digit());
                    expect[4] += 1;
                    start = c.is_ascii_whitespace();
                }
                assert_eq!(ascii_counts(text), expect, "{text:?}");
            }
        }
    }

    #[test]
    fn char_counts_read_characters_as_the_plain_loop() {
        let text = "Über \u{a0}Straße\x0bX 9 ПОДДЕРЖИТЕ Нас!\tRead MORE at The Times 2024 ABCDEFGH \
                    ijklmnop QRSTUVWX\u{2003}Yz “Quoted” 日本語 ΣΤΗΡΙΞΤΕ end";
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for &from in &starts {
            for &to in starts.iter().filter(|&&t| t >= from) {
                let part = &text[from..to];
                let mut expect = [0u32; 5];
                let mut start = true;
                for c in part.chars() {
                    expect[0] += u32::from(start && c.is_uppercase());
                    expect[1] += u32::from(c.is_uppercase());
                    expect[2] += u32::from(c.is_lowercase());
                    expect[3] += u32::from(c.is_ascii_digit());
                    expect[4] += 1;
                    start = c.is_whitespace();
                }
                assert_eq!(char_counts(part), expect, "{part:?}");
            }
        }
    }

    #[test]
    fn the_table_names_every_feature() {
        assert_eq!(NAMES.len(), N);
        let mut sorted = NAMES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), N, "feature names are unique");
    }
}
