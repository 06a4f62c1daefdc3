//! Decomposed text composed (NFC), with a map from the composed text's byte offsets back to
//! the input's.
//!
//! The phrase packs are typed in precomposed letters ("ü", "ộ"), but text saved on macOS,
//! and by some Vietnamese sites, spells a letter as its base and combining marks ("u" and
//! U+0308), and then no phrase with such a letter matches. So the text path reads the text
//! composed, and maps each removal back to a range of the input: the cleaned text is the
//! input with whole ranges cut, its own bytes kept, decomposed as they came. The HTML path
//! composes the page text as it reads it (`push_visible` in `html::dom`) and needs no map.
//!
//! The input is cut into units that composition never crosses: each starts at a character
//! that is a starter (canonical combining class 0) and composes with nothing before it (NFC
//! quick check Yes), and runs to the next such one. The composed units, end to end, are the
//! NFC of the whole. A unit that composition changes is recorded with its range in both
//! texts; an offset strictly inside one maps outward (a start to the unit's start, an end to
//! its end), so no range of the input splits a letter from its marks. Between changed units
//! the two texts are the same bytes, shifted.
//!
//! Text that is composed already (ASCII, and nearly all real text) is used as it is, after
//! one scan of its bytes, and maps every offset to itself.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// A text composed (NFC), and where its bytes came from in the input.
#[derive(Debug)]
pub(crate) struct Composed<'a> {
    text: Cow<'a, str>,
    /// The units that composition changed, in order: (range in `text`, range in the input).
    changed: Vec<(Range<usize>, Range<usize>)>,
}

impl<'a> Composed<'a> {
    /// `input` composed: borrowed as it is when it is NFC already.
    pub(crate) fn new(input: &'a str) -> Composed<'a> {
        if is_composed(input) {
            return Composed {
                text: Cow::Borrowed(input),
                changed: Vec::new(),
            };
        }
        compose(input)
    }

    /// The composed text, which the rules read.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The range of the input that `range` of the composed text came from, widened to whole
    /// units where an end falls inside one.
    pub(crate) fn input_range(&self, range: Range<usize>) -> Range<usize> {
        if self.changed.is_empty() {
            return range;
        }
        self.to_input(range.start, false)..self.to_input(range.end, true)
    }

    /// The input offset of the composed offset `at`; inside a changed unit, its start, or
    /// its end if `end`.
    fn to_input(&self, at: usize, end: bool) -> usize {
        // The changed units that end at or before `at`.
        let k = self.changed.partition_point(|(c, _)| c.end <= at);
        match (self.changed.get(k), k.checked_sub(1)) {
            (Some((c, i)), _) if c.start < at => {
                if end {
                    i.end
                } else {
                    i.start
                }
            }
            (_, Some(before)) => {
                let (c, i) = &self.changed[before];
                at - c.end + i.end
            }
            (_, None) => at,
        }
    }
}

/// Whether `c` is an Arabic vowel mark: the short vowels, their doubled (nunated) forms,
/// shadda, sukun (U+064B to U+0652) and the dagger alef (U+0670). Outlets write them now
/// and then ("تبرّعوا", "أيضاً" and "أيضًا" in either order) and the phrase packs without
/// them, so the text read drops them and the packs' phrases are compiled without them
/// ([`strip_vowel_marks`]); the cleaned text keeps them, as it keeps decomposed letters.
/// (Not the hamza and madda above and below, U+0653 to U+0655, which compose with the
/// letter before them.)
pub(crate) fn is_vowel_mark(c: char) -> bool {
    matches!(c, '\u{64b}'..='\u{652}' | '\u{670}')
}

/// `text` without its Arabic vowel marks (see [`is_vowel_mark`]).
pub(crate) fn strip_vowel_marks(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_vowel_mark) {
        Cow::Owned(text.chars().filter(|&c| !is_vowel_mark(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether `text` is NFC, cheaply; when it may not be, [`compose`] finds out. Every
/// character below U+0300 (ASCII, Latin-1, the Latin extensions) is a starter that composes
/// with nothing, and its UTF-8 bytes are below 0xCC: 64 bytes without a byte from 0xCC up
/// (their largest, which vectorises) are passed over. In the others the lead bytes of the
/// characters from U+0300 up are found eight at a time in a word, and each character is
/// looked up: first by its first two bytes in [`PLAIN`] (Cyrillic, Greek letters, CJK,
/// Hangul syllables...), then in the tables of [`class`]. A text of starters that compose
/// with nothing and of marks that do not either (Arabic vowel signs, Hindi viramas), each
/// run of marks in canonical order, is NFC.
pub(crate) fn is_composed(text: &str) -> bool {
    const TOP: u64 = 0x8080_8080_8080_8080;
    // The top bit of each byte of a word that is 0xCC or more, but for 0xD0 and 0xD1, which
    // lead the Cyrillic letters (U+0400 to U+047F, all plain). A byte from 0xCC up has its
    // top bit set, and its low seven bits plus 0x34 reach 0x80 (0x4C + 0x34), without a
    // carry across bytes; 0xD0 and 0xD1 are the bytes that are zero once those bits are
    // flipped and the lowest dropped.
    let high = |w: u64| {
        let high = w & ((w & !TOP) + 0x3434_3434_3434_3434) & TOP;
        if high == 0 {
            return 0;
        }
        let v = (w ^ 0xd0d0_d0d0_d0d0_d0d0) & 0xfefe_fefe_fefe_fefe;
        high & (((v & !TOP) + !TOP) | v)
    };
    let bytes = text.as_bytes();
    let mut last = LastMark::default();
    let mut chunks = bytes.chunks_exact(64);
    for (k, chunk) in chunks.by_ref().enumerate() {
        if chunk.iter().fold(0, |m, &b| m.max(b)) < 0xcc {
            continue;
        }
        for (i, word) in chunk.chunks_exact(8).enumerate() {
            let mut h = high(u64::from_le_bytes(word.try_into().expect("eight bytes")));
            while h != 0 {
                let at = k * 64 + i * 8 + h.trailing_zeros() as usize / 8;
                h &= h - 1;
                if !plain_at(&bytes[at..]) && !composed_at(text, at, &mut last) {
                    return false;
                }
            }
        }
    }
    let done = bytes.len() - chunks.remainder().len();
    for (j, &b) in chunks.remainder().iter().enumerate() {
        let at = done + j;
        if b >= 0xcc && !plain_at(&bytes[at..]) && !composed_at(text, at, &mut last) {
            return false;
        }
    }
    true
}

/// The mark last met by [`is_composed`], and where it ended.
struct LastMark {
    end: usize,
    mark: char,
}

impl Default for LastMark {
    fn default() -> Self {
        LastMark {
            end: usize::MAX,
            mark: '\0',
        }
    }
}

/// Whether the character at `at` of `text` (from U+0300 up) leaves the text NFC: a starter
/// that composes with nothing, or a mark that composes with nothing and does not follow a
/// mark that canonical order puts after it.
#[cold]
#[inline(never)]
fn composed_at(text: &str, at: usize, last: &mut LastMark) -> bool {
    let c = text[at..]
        .chars()
        .next()
        .expect("a lead byte starts a character");
    match class(c) {
        Class::Starter => true,
        Class::Mark => {
            if last.end == at && canonical_combining_class(last.mark) > canonical_combining_class(c)
            {
                return false;
            }
            *last = LastMark {
                end: at + c.len_utf8(),
                mark: c,
            };
            true
        }
        Class::Other => false,
    }
}

/// Whether the character that `b` starts with (UTF-8, from U+0300 up) is [`plain`], or a
/// starter of a block that [`class`] looked up already, read from its first bytes: those of
/// a character below U+10000 name its block of 64.
#[inline(always)]
fn plain_at(b: &[u8]) -> bool {
    let block = match b[0] {
        0xcc..=0xdf => usize::from(b[0] & 0x1f),
        0xe0..=0xef => (usize::from(b[0] & 0x0f) << 6) | usize::from(b[1] & 0x3f),
        _ => {
            return plain(
                b[..4]
                    .iter()
                    .fold(0, |c, &x| (c << 6) | u32::from(x & 0x3f))
                    & 0x1f_ffff,
            );
        }
    };
    if (PLAIN[block >> 6] >> (block & 63)) & 1 == 1
        || (b[0] == 0xe2 && b[1] == 0x80 && b[2] >= 0x82)
    {
        return true;
    }
    // A starter of a block looked up already (see [`class`]).
    let low = if b[0] < 0xe0 { b[1] } else { b[2] } & 0x3f;
    (LOOKED_UP[block >> 6].load(Ordering::Acquire) >> (block & 63)) & 1 == 1
        && (STARTERS[block].load(Ordering::Relaxed) >> low) & 1 == 1
}

/// The blocks of 64 code points of the Basic Multilingual Plane (a bit each, from U+0000) in
/// which every character is a starter that composes with nothing before it (as
/// [`starts_unit`]); a test checks them against the normalization tables.
const PLAIN: [u64; 16] = [
    0x0040_0000_443b_8fff,
    0x1f76_00eb_6fff_df1a,
    0xff57_f7ff_ffff_efe6,
    0xffff_ffff_ffff_fffa,
    0xffff_ffff_ffff_ffff,
    0xffff_ffff_ffff_ffff,
    0xffff_ffff_ffff_ffff,
    0xffff_ffff_ffff_ffff,
    0xffff_ffff_ffff_ffff,
    0xffff_ffff_ffff_ffff,
    0xffff_7306_f1ff_ffff,
    0xffff_ffff_ffff_ffff,
    0xffff_ffff_ffff_ffff,
    0xffff_ffff_ffff_ffff,
    0xffff_ffff_ffff_ffff,
    0xfeff_c00f_ffff_ffff,
];

/// Whether `c` is in a block of [`PLAIN`], or is punctuation (U+2002 to U+203F: the block
/// of the quotation marks and dashes of news text holds two spaces that NFC replaces) or an
/// emoji (U+1F000 to U+1FAFF), which are all starters that compose with nothing either.
fn plain(c: u32) -> bool {
    if c < 0x1_0000 {
        (PLAIN[(c >> 12) as usize] >> ((c >> 6) & 63)) & 1 == 1 || (0x2002..0x2040).contains(&c)
    } else {
        (0x1_f000..0x1_fb00).contains(&c)
    }
}

/// What a character is to composition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A starter (canonical combining class 0) that composes with nothing before it (NFC
    /// quick check Yes): composition never crosses its start.
    Starter,
    /// A mark (a combining class above 0) that composes with nothing (quick check Yes).
    Mark,
    /// A character that may compose with one before it, or that NFC replaces.
    Other,
}

/// The class of `c` from the normalization tables; an Arabic vowel mark, which the text
/// read drops, as one that composition changes.
fn class_of(c: char) -> Class {
    if c < '\u{300}' {
        return Class::Starter;
    }
    if is_vowel_mark(c) || is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes {
        return Class::Other;
    }
    if canonical_combining_class(c) == 0 {
        Class::Starter
    } else {
        Class::Mark
    }
}

/// Per block of 64 code points of the Basic Multilingual Plane: whether it is looked up yet
/// (a bit a block), and the characters that are starters and marks (a bit a character).
/// Filled on first use, a block at a time (64 lookups in the crate's tables); threads that
/// meet a block first at once both fill it, alike.
static LOOKED_UP: [AtomicU64; 16] = [const { AtomicU64::new(0) }; 16];
static STARTERS: [AtomicU64; 1024] = [const { AtomicU64::new(0) }; 1024];
static MARKS: [AtomicU64; 1024] = [const { AtomicU64::new(0) }; 1024];

/// [`class_of`], through the tables above below U+10000.
fn class(c: char) -> Class {
    let code = c as usize;
    if code >= 0x1_0000 {
        return class_of(c);
    }
    let block = code >> 6;
    let bit = 1u64 << (block & 63);
    if LOOKED_UP[block >> 6].load(Ordering::Acquire) & bit == 0 {
        let (mut starters, mut marks) = (0u64, 0u64);
        for k in 0..64 {
            match char::from_u32((block * 64 + k) as u32).map(class_of) {
                Some(Class::Starter) => starters |= 1 << k,
                Some(Class::Mark) => marks |= 1 << k,
                _ => {}
            }
        }
        STARTERS[block].store(starters, Ordering::Relaxed);
        MARKS[block].store(marks, Ordering::Relaxed);
        LOOKED_UP[block >> 6].fetch_or(bit, Ordering::Release);
    }
    let k = code & 63;
    if (STARTERS[block].load(Ordering::Relaxed) >> k) & 1 == 1 {
        Class::Starter
    } else if (MARKS[block].load(Ordering::Relaxed) >> k) & 1 == 1 {
        Class::Mark
    } else {
        Class::Other
    }
}

/// Whether composition never crosses the start of `c`.
fn starts_unit(c: char) -> bool {
    c < '\u{300}' || class(c) == Class::Starter
}

/// `input` composed unit by unit, with the units that changed.
fn compose(input: &str) -> Composed<'_> {
    let mut out = String::new();
    let mut changed = Vec::new();
    // The input up to `copied` is in `out`, composed.
    let mut copied = 0;
    let mut unit = |range: Range<usize>, out: &mut String, copied: &mut usize| {
        let s = &input[range.clone()];
        let read = || s.chars().nfc().filter(|&c| !is_vowel_mark(c));
        if read().eq(s.chars()) {
            return;
        }
        if out.is_empty() {
            out.reserve(input.len());
        }
        out.push_str(&input[*copied..range.start]);
        let start = out.len();
        out.extend(read());
        // A first character that composition leaves as it is (a line break before marks
        // that it puts in order) keeps its offset: the unit changed after it.
        let first = s.chars().next().map_or(0, char::len_utf8);
        let kept = if out[start..].starts_with(&s[..first]) {
            first
        } else {
            0
        };
        changed.push((start + kept..out.len(), range.start + kept..range.end));
        *copied = range.end;
    };
    // The start of the current unit, and whether it is one unit-starting character so far
    // (which composition leaves as it is).
    let (mut start, mut lone) = (0, true);
    for (i, c) in input.char_indices() {
        if starts_unit(c) {
            if !lone {
                unit(start..i, &mut out, &mut copied);
            }
            (start, lone) = (i, true);
        } else {
            lone = false;
        }
    }
    if !lone {
        unit(start..input.len(), &mut out, &mut copied);
    }
    if changed.is_empty() {
        return Composed {
            text: Cow::Borrowed(input),
            changed,
        };
    }
    out.push_str(&input[copied..]);
    Composed {
        text: Cow::Owned(out),
        changed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nfc(s: &str) -> String {
        s.nfc().collect()
    }

    fn nfd(s: &str) -> String {
        s.nfd().collect()
    }

    #[test]
    fn characters_below_u0300_compose_with_nothing() {
        for c in (0..0x300).filter_map(char::from_u32) {
            assert!(starts_unit(c));
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
    }

    #[test]
    fn plain_blocks_are_right() {
        // (The blocks of surrogates, which are no characters, are marked plain.)
        for block in 0..1024u32 {
            let all = (block * 64..block * 64 + 64)
                .filter_map(char::from_u32)
                .all(|c| class_of(c) == Class::Starter);
            let bit = (PLAIN[block as usize / 64] >> (block % 64)) & 1 == 1;
            assert_eq!(bit, all, "the block at U+{:04X}", block * 64);
        }
    }

    #[test]
    fn classes_are_looked_up_right() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(class(c), class_of(c), "{c:?}");
            assert_eq!(starts_unit(c), class_of(c) == Class::Starter, "{c:?}");
        }
        assert_eq!(class('\u{301}'), Class::Other);
        assert_eq!(class('\u{94d}'), Class::Mark);
        assert_eq!(class('\u{212b}'), Class::Other);
    }

    #[test]
    fn arabic_vowel_marks_are_read_without_and_mapped_back() {
        // "تبرّعوا الآن" (donate now) with a shadda, then "أيضاً" with nunation.
        let input = "\u{62a}\u{628}\u{631}\u{651}\u{639}\u{648}\u{627} \u{627}\u{644}\u{622}\u{646}\nx \u{623}\u{64a}\u{636}\u{627}\u{64b}";
        assert!(!is_composed(input));
        let composed = Composed::new(input);
        assert_eq!(composed.text(), strip_vowel_marks(input));
        assert!(!composed.text().chars().any(is_vowel_mark));
        // Every range of the text read maps to one of the input that holds the same
        // letters, marks included where they follow a letter of the range.
        let text = composed.text();
        let line = text.find('\n').unwrap();
        assert_eq!(composed.input_range(0..line), 0..input.find('\n').unwrap());
        let last = composed.input_range(line + 1..text.len());
        assert_eq!(&input[last], "x \u{623}\u{64a}\u{636}\u{627}\u{64b}");
        // Hamza above composes with the alef before it: it stays, as its composed letter.
        assert_eq!(Composed::new("\u{627}\u{654}").text(), "\u{623}");
    }

    #[test]
    fn marks_out_of_order_are_not_composed() {
        // Hebrew dagesh (class 21) then qamats (18): NFC puts the qamats first.
        assert!(!is_composed("\u{5d1}\u{5bc}\u{5b8}"));
        assert!(is_composed("\u{5d1}\u{5b8}\u{5bc}"));
        assert_eq!(
            Composed::new("\u{5d1}\u{5bc}\u{5b8}").text(),
            "\u{5d1}\u{5b8}\u{5bc}"
        );
        // Hindi with viramas, Thai with vowel marks, Hebrew with points: NFC already.
        for text in ["नमस्ते दुनिया", "สวัสดีครับ", "שָׁלוֹם"]
        {
            assert_eq!(is_composed(text), nfc(text) == text, "{text}");
        }
    }

    #[test]
    fn plain_characters_start_units() {
        for c in (0..0x11_0000)
            .filter_map(char::from_u32)
            .filter(|&c| plain(c as u32))
        {
            assert!(starts_unit(c), "{c:?}");
        }
    }

    /// Read from its bytes, a character is plain as it is by its code point, and once its
    /// block is looked up, a starter as it is by the tables.
    #[test]
    fn plain_reads_the_same_from_bytes() {
        let at = |c: char| {
            let mut b = [0; 4];
            c.encode_utf8(&mut b);
            plain_at(&b)
        };
        for c in (0x300..0x11_0000).filter_map(char::from_u32) {
            let starter = class_of(c) == Class::Starter;
            assert!(!at(c) || starter, "{c:?}");
            if plain(c as u32) {
                assert!(at(c), "{c:?}");
            }
            class(c);
            assert_eq!(
                at(c),
                plain(c as u32) || (starter && (c as u32) < 0x1_0000),
                "{c:?}"
            );
        }
    }

    #[test]
    fn composed_text_is_borrowed_and_maps_to_itself() {
        for text in [
            "",
            "plain",
            "Grüße, Café",
            "Hội đồng",
            "Москва",
            "서울",
            "q\u{301}",
        ] {
            let c = Composed::new(text);
            assert!(matches!(c.text, Cow::Borrowed(_)), "{text:?}");
            assert_eq!(c.text(), text);
            assert_eq!(c.input_range(0..text.len()), 0..text.len());
        }
    }

    #[test]
    fn decomposed_letters_compose_and_map_back() {
        let input = nfd("Brücke über");
        let c = Composed::new(&input);
        assert_eq!(c.text(), "Brücke über");
        // "über" in the composed text is "u\u{308}ber" in the input.
        let at = "Brücke ".len();
        let range = c.input_range(at..c.text().len());
        assert_eq!(&input[range], "u\u{308}ber");
        let range = c.input_range(0.."Brü".len());
        assert_eq!(&input[range], "Bru\u{308}");
    }

    #[test]
    fn an_offset_inside_a_unit_maps_outward() {
        // "a" with a mark that composition puts before the acute: "á" then U+0334.
        let input = "xa\u{301}\u{334}y";
        let c = Composed::new(input);
        assert_eq!(c.text(), "x\u{e1}\u{334}y");
        let mark = "x\u{e1}".len();
        assert_eq!(c.input_range(mark..mark + 2), 1..input.len() - 1);
        assert_eq!(c.input_range(0..mark), 0..input.len() - 1);
        assert_eq!(
            c.input_range(mark + 2..c.text().len()),
            input.len() - 1..input.len()
        );
    }

    #[test]
    fn a_line_break_before_marks_put_in_order_keeps_its_offset() {
        let input = "ab\n\u{301}\u{323}x";
        let c = Composed::new(input);
        assert_eq!(c.text(), "ab\n\u{323}\u{301}x");
        assert_eq!(c.input_range(3..c.text().len()), 3..input.len());
        assert_eq!(c.input_range(0..2), 0..2);
        // Inside the marks, a range widens to both.
        assert_eq!(c.input_range(5..c.text().len()), 3..input.len());
    }

    #[test]
    fn hangul_jamo_compose() {
        let input = nfd("독자 여러분께");
        let c = Composed::new(&input);
        assert_eq!(c.text(), "독자 여러분께");
        let at = "독자 ".len();
        assert_eq!(&input[c.input_range(at..c.text().len())], nfd("여러분께"));
    }

    #[test]
    fn a_mark_after_a_line_break_is_kept_apart() {
        // Nothing composes with "\n": the unit is unchanged, and the mark keeps its offset.
        let input = "e\u{301}\n\u{301}x";
        let c = Composed::new(input);
        assert_eq!(c.text(), "é\n\u{301}x");
        assert_eq!(c.input_range(3..c.text().len()), 4..input.len());
    }

    proptest::proptest! {
        /// Text that is NFC already, whichever check it takes (marks that could compose but
        /// do not send it to the unit by unit one), is used as it is and maps to itself: the
        /// text path reads the same bytes, and reports the same ranges, as without composing.
        #[test]
        fn composed_text_is_used_as_it_is(chars in proptest::collection::vec(
            proptest::prop_oneof![
                4 => proptest::char::any(),
                1 => proptest::sample::select(&[
                    'a', 'e', 'u', ' ', '\n', '\u{301}', '\u{308}', '\u{323}', '\u{1161}',
                    '\u{11a8}', '\u{bbe}', '\u{9be}', '\u{93c}', '\u{3099}', 'ộ', '한',
                ][..]),
            ],
            0..40,
        )) {
            // (Without Arabic vowel marks, which the text read drops by design: their own
            // tests are above.)
            let raw: String = chars.into_iter().filter(|&c| !is_vowel_mark(c)).collect();
            let composed = Composed::new(&raw);
            proptest::prop_assert_eq!(composed.text(), nfc(&raw));
            let input = nfc(&raw);
            let c = Composed::new(&input);
            proptest::prop_assert!(matches!(c.text, Cow::Borrowed(_)));
            proptest::prop_assert!(c.changed.is_empty());
            proptest::prop_assert_eq!(c.text(), input.as_str());
        }
    }

    /// Composed unit by unit, any text is its NFC, and the map takes each composed unit
    /// boundary to a boundary of the input.
    #[test]
    fn units_compose_as_the_whole() {
        let alphabet = [
            "a", "e", "u", "A", "o", " ", "\n", "\u{300}", "\u{301}", "\u{302}", "\u{303}",
            "\u{308}", "\u{309}", "\u{323}", "\u{327}", "\u{334}", "\u{344}", "\u{340}", "\u{31b}",
            "\u{1100}", "\u{1161}", "\u{11a8}", "\u{ac00}", "\u{915}", "\u{93c}", "\u{958}",
            "\u{b47}", "\u{b3e}", "\u{bc6}", "\u{bbe}", "\u{f73}", "\u{212b}", "\u{f900}",
            "\u{3099}", "\u{304b}", "\u{1e09}", "ộ", "ü",
        ];
        // A small deterministic generator: every text of up to 4 letters of a sample, and
        // longer pseudo-random ones.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..20_000 {
            let len = 1 + next(12);
            let input: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let c = Composed::new(&input);
            assert_eq!(c.text(), nfc(&input), "{input:?}");
            // The whole maps to the whole, and cut anywhere on a character boundary of the
            // composed text, the two parts map to input ranges that meet.
            assert_eq!(c.input_range(0..c.text().len()), 0..input.len());
            for (at, _) in c.text().char_indices() {
                let left = c.input_range(0..at);
                let right = c.input_range(at..c.text().len());
                assert!(input.is_char_boundary(left.end) && input.is_char_boundary(right.start));
                assert!(left.end >= right.start, "{input:?} at {at}");
                if left.end == right.start {
                    // A clean cut: the parts compose as the composed parts.
                    assert_eq!(nfc(&input[left]), c.text()[..at], "{input:?} at {at}");
                }
            }
        }
    }
}
