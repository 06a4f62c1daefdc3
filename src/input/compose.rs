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

/// Whether `text` is NFC for sure, cheaply. Every character below U+0300 (ASCII, Latin-1,
/// the Latin extensions) is a starter that composes with nothing, and their UTF-8 lead bytes
/// are below 0xCC; text of those alone, like most European text, needs no table lookup. The
/// test runs 64 bytes at a time without an early exit, so it vectorises.
fn is_composed(text: &str) -> bool {
    let low = text
        .as_bytes()
        .chunks(64)
        .all(|chunk| chunk.iter().fold(true, |ok, &b| ok & (b < 0xcc)));
    low || is_nfc_quick(text.chars()) == IsNormalized::Yes
}

/// Whether composition never crosses the start of `c`: it is a starter that composes with
/// nothing before it.
fn starts_unit(c: char) -> bool {
    c < '\u{300}'
        || (canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

/// `input` composed unit by unit, with the units that changed.
fn compose(input: &str) -> Composed<'_> {
    let mut out = String::new();
    let mut changed = Vec::new();
    // The input up to `copied` is in `out`, composed.
    let mut copied = 0;
    let mut unit = |range: Range<usize>, out: &mut String, copied: &mut usize| {
        let s = &input[range.clone()];
        if is_nfc_quick(s.chars()) == IsNormalized::Yes || s.chars().nfc().eq(s.chars()) {
            return;
        }
        if out.is_empty() {
            out.reserve(input.len());
        }
        out.push_str(&input[*copied..range.start]);
        let start = out.len();
        out.extend(s.chars().nfc());
        changed.push((start..out.len(), range.clone()));
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
            let input: String = chars.into_iter().collect::<String>().nfc().collect();
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
