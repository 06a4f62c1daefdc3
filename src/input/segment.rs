//! Text to blocks: each non-empty line is a block, trimmed, with its byte range in the input.
//!
//! Also the case folding that the phrase matcher runs on: it keeps every byte offset, so a
//! match in the folded text is a match at the same place in the input.

use std::borrow::Cow;
use std::ops::Range;

/// A non-empty line of the input, trimmed of surrounding white space.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    pub range: Range<usize>,
    /// White-space separated tokens.
    pub words: u32,
    /// The block opens with a quotation mark: someone else's words, quoted by the article.
    pub quoted: bool,
    /// The block is a time of day alone ("10:13 PM"), as in a news feed.
    pub timestamp: bool,
    /// The block ends like a sentence (., !, ?, or a closing quote after one).
    pub sentence: bool,
}

impl Block {
    /// The block of `text` at `range` (trimmed, non-empty).
    pub(crate) fn new(text: &str, range: Range<usize>) -> Block {
        let body = &text.as_bytes()[range.clone()];
        Block {
            words: count_tokens(body),
            quoted: opens_quote(body),
            timestamp: is_timestamp(body),
            sentence: ends_sentence(body),
            range,
        }
    }
}

/// Splits `text` into its non-empty lines.
pub(crate) fn lines(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let lb = line.as_bytes();
        if let (Some(s), Some(e)) = (
            lb.iter().position(|&b| !is_space(b)),
            lb.iter().rposition(|&b| !is_space(b)),
        ) {
            blocks.push(Block::new(text, start + s..start + e + 1));
        }
        start += line.len() + 1;
    }
    blocks
}

/// Tokens of a trimmed byte string: one plus the space-to-non-space transitions, counted
/// over byte pairs (which the compiler vectorises).
fn count_tokens(body: &[u8]) -> u32 {
    if body.is_empty() {
        return 0;
    }
    let starts = body[..body.len() - 1]
        .iter()
        .zip(&body[1..])
        .filter(|&(&a, &b)| (a <= b' ') & (b > b' '))
        .count();
    starts as u32 + 1
}

/// A time of day alone: `10:13`, `10:13 PM`, `9:05 a.m.`.
pub(crate) fn is_timestamp(body: &[u8]) -> bool {
    if body.len() > 10 {
        return false;
    }
    let digits = body.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) || body.get(digits) != Some(&b':') {
        return false;
    }
    let rest = &body[digits + 1..];
    if rest.len() < 2 || !rest[..2].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let suffix: Vec<u8> = rest[2..]
        .iter()
        .filter(|b| !b.is_ascii_whitespace() && **b != b'.')
        .map(u8::to_ascii_lowercase)
        .collect();
    matches!(suffix.as_slice(), b"" | b"am" | b"pm")
}

/// Whether `body` ends like a sentence.
pub(crate) fn ends_sentence(body: &[u8]) -> bool {
    let trimmed = body
        .iter()
        .rposition(|b| !matches!(b, b'"' | b'\'' | b')'))
        .map_or(body, |p| &body[..=p]);
    trimmed.ends_with(b".")
        || trimmed.ends_with(b"!")
        || trimmed.ends_with(b"?")
        || trimmed.ends_with("”".as_bytes())
        || trimmed.ends_with("»".as_bytes())
        || trimmed.ends_with("…".as_bytes())
}

/// True when `body` starts with a quotation mark of any common style.
pub(crate) fn opens_quote(body: &[u8]) -> bool {
    const MARKS: [&str; 9] = ["\"", "“", "„", "«", "»", "‘", "‚", "「", "‹"];
    MARKS.iter().any(|m| body.starts_with(m.as_bytes()))
}

/// Counts the white-space separated tokens of `s`, the usual proxy for words: cheap and
/// script-independent.
pub(crate) fn count_words(s: &str) -> u32 {
    count_tokens(s.trim_matches(|c: char| c.is_ascii_whitespace()).as_bytes())
}

/// ASCII white space and control characters.
fn is_space(b: u8) -> bool {
    b <= b' '
}

/// Lower-cases `text` without changing any byte offset: a character whose lower case has a
/// different UTF-8 length (rare: `İ`, a few others) is left as it is.
pub(crate) fn fold_case(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // Upper-case letters outside ASCII start with a lead byte of 0xC3 or more (Latin-1 À is
    // 0xC3 0x80); the general punctuation that fills news text starts with 0xE2 and has no case.
    let has_upper_non_ascii = bytes.iter().any(|&b| b >= 0xc3 && b != 0xe2);
    if !has_upper_non_ascii {
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return Cow::Borrowed(text);
        }
        return Cow::Owned(text.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0xc3 || b == 0xe2 {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("char boundary");
        let n = c.len_utf8();
        if c.is_uppercase() {
            let mut lower = c.to_lowercase();
            if let (Some(l), None) = (lower.next(), lower.next()) {
                if l.len_utf8() == n {
                    out.push_str(&text[done..i]);
                    out.push(l);
                    done = i + n;
                }
            }
        }
        i += n;
    }
    out.push_str(&text[done..]);
    out.make_ascii_lowercase();
    debug_assert_eq!(out.len(), text.len());
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_with_offsets() {
        let text = "  First line \n\n\tSecond\r\nthird";
        let blocks = lines(text);
        let got: Vec<&str> = blocks.iter().map(|b| &text[b.range.clone()]).collect();
        assert_eq!(got, ["First line", "Second", "third"]);
        assert_eq!(blocks[0].words, 2);
    }

    #[test]
    fn fold_case_keeps_offsets() {
        let text = "Поддержите İstanbul ÀÉ Straße";
        let folded = fold_case(text);
        assert_eq!(folded.len(), text.len());
        assert!(folded.starts_with("поддержите"));
        assert!(folded.contains("àé"));
    }

    #[test]
    fn timestamps_and_sentences() {
        assert!(is_timestamp(b"10:13 PM"));
        assert!(is_timestamp(b"9:05 a.m."));
        assert!(!is_timestamp(b"10:13 PM Monday"));
        assert!(!is_timestamp(b"1:2"));
        assert!(ends_sentence(b"He left."));
        assert!(ends_sentence(b"\"Go home.\""));
        assert!(!ends_sentence(b"Most read"));
    }

    #[test]
    fn counts_words_in_any_script() {
        assert_eq!(count_words("Дорогие читатели, we're here!"), 4);
        assert_eq!(count_words("  two   words "), 2);
        assert_eq!(count_words(""), 0);
    }
}
