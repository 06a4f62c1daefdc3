//! Text to blocks: each non-empty line is a block, trimmed, with its byte range in the input;
//! a line whose sentences a scraper glued together with no space is split there
//! ([`split_glued`]).
//!
//! Also the case folding that the phrase matcher runs on: it keeps every byte offset, so a
//! match in the folded text is a match at the same place in the input.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use super::classes::{Classes, HI, space_bytes};

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
        let words = count_tokens(&text.as_bytes()[range.clone()]);
        Block::with_words(text, range, words)
    }

    fn with_words(text: &str, range: Range<usize>, words: u32) -> Block {
        let body = &text.as_bytes()[range.clone()];
        Block::with_all_words(text, range, words + unspaced_words(body))
    }

    /// The block with `words` counted already, those of scripts without spaces included.
    fn with_all_words(text: &str, range: Range<usize>, words: u32) -> Block {
        let body = &text.as_bytes()[range.clone()];
        Block {
            words,
            quoted: opens_quote(body),
            timestamp: is_timestamp(body),
            sentence: ends_sentence(body),
            range,
        }
    }
}

/// Splits `text` into its non-empty lines.
#[cfg(test)]
pub(crate) fn lines(text: &str) -> Vec<Block> {
    lines_in(text, &Classes::new(text.as_bytes()))
}

/// Splits `text`, whose byte classes are `classes`, into its non-empty lines. Case folding
/// changes no class, so the folded text gives the blocks of the original.
pub(crate) fn lines_in(text: &str, classes: &Classes) -> Vec<Block> {
    // Room for a line every 64 bytes, where counting the line feeds first read the text
    // once more (news paragraphs run to hundreds of bytes; shorter lines grow the vector).
    let mut blocks = Vec::with_capacity(text.len() / 64 + 1);
    let mut start = 0;
    let mut tokens = TokenStarts::new(classes.space());
    let newlines = memchr::memchr_iter(b'\n', text.as_bytes());
    for end in newlines.chain(std::iter::once(text.len())) {
        if let Some(s) = classes.first_non_space(start, end) {
            let e = classes
                .last_non_space(s, end)
                .expect("a byte that is not a space")
                + 1;
            // The line's first byte starts a token whether or not a space comes before it
            // (the previous line's end may be glued to it): the others are counted.
            let after_first = tokens.before(s + 1);
            // Most lines are ASCII or nearly: only their high bytes can lead a character of
            // a script without spaces, and the high-byte mask finds them without reading the rest.
            let words = 1
                + (tokens.before(e) - after_first)
                + unspaced_words_at(text.as_bytes(), classes.high(), s, e);
            blocks.push(Block::with_all_words(text, s..e, words));
        }
        start = end + 1;
    }
    blocks
}

/// Splits a block of `blocks` (of `text`, the case of whose letters it reads) where a button,
/// a label or a headline is glued to the story's paragraph with no space: a scraper that
/// joins a paragraph and the line after it leaves "... out of pure habit.Become a member".
/// The stop ends a word of two small letters or digits ([`glued_stop`]), and a capitalised
/// word follows it that is no host's part ("Belltower.News.de", "www.Example"). Only where
/// the line's last such stop leaves a paragraph's worth of words before it
/// ([`GLUED_HEAD_WORDS`]) and a line after it that ends with no stop, of a headline's length
/// at most ([`GLUED_TAIL_WORDS`]): a sentence after the stop ("... she said.Thank you for
/// reading, it wrote.") is the story's as often as a box's, and the line stays whole for
/// the readings of a box glued to the story's last sentences; so does a short box sentence
/// with its button ("Dieser Artikel ist kostenlos.Jetzt unterstützen").
pub(crate) fn split_glued(text: &str, blocks: Vec<Block>) -> Vec<Block> {
    let bytes = text.as_bytes();
    // One pass over the text's stops; a stop glued to a letter is rare, and only its block
    // is read further. The blocks are in order, and so are the stops.
    let mut last: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_uppercase() || next >= 0x80 || next == b'"') {
            continue;
        }
        while k < blocks.len() && blocks[k].range.end <= i {
            k += 1;
        }
        let Some(r) = blocks.get(k).map(|b| &b.range) else {
            break;
        };
        if r.start < i && i + 3 <= r.end {
            if let Some(at) = glued_stop(text, r.start, i) {
                match last.last_mut() {
                    Some((b, end)) if *b == k => *end = at,
                    _ => last.push((k, at)),
                }
            }
        }
    }
    let splits: Vec<(usize, usize)> = last
        .into_iter()
        .filter(|&(k, at)| glued_tail(text, &blocks[k].range, at))
        .collect();
    if splits.is_empty() {
        return blocks;
    }
    let mut out = Vec::with_capacity(blocks.len() + splits.len());
    let mut splits = splits.into_iter().peekable();
    for (k, block) in blocks.into_iter().enumerate() {
        match splits.next_if(|&(b, _)| b == k) {
            Some((_, at)) => {
                out.push(Block::new(text, block.range.start..at));
                out.push(Block::new(text, at..block.range.end));
            }
            None => out.push(block),
        }
    }
    out
}

/// Whether the line after the glued stop that ends at `at` in block `r` is one that
/// [`split_glued`] splits off.
fn glued_tail(text: &str, r: &Range<usize>, at: usize) -> bool {
    !ends_sentence(&text.as_bytes()[at..r.end])
        && count_words(&text[at..r.end]) <= GLUED_TAIL_WORDS
        && count_words(&text[r.start..at]) >= GLUED_HEAD_WORDS
}

/// The fewest words before a glued stop that [`split_glued`] splits at: a paragraph's.
const GLUED_HEAD_WORDS: u32 = 10;
/// The most words after it: a headline's ("Lire aussi : Chalon-sur-Saône : le port de
/// plaisance va doubler sa capacité d'ici 2026" has 15).
const GLUED_TAIL_WORDS: u32 = 20;

/// Where the sentence glued to the stop at `i` (inside a block that starts at `from`) opens,
/// if a capitalised word opens one there: see [`split_glued`]. Before the stop, two small
/// letters or digits ("... by 2031.Comment on this story"), or a bracket after them
/// ("(5/7/2024).Baca Juga"); after it, a closing quotation mark may come first ("... for
/// us."San José Spotlight is ...").
fn glued_stop(text: &str, from: usize, i: usize) -> Option<usize> {
    let small = |c: char| is_lower(c) || c.is_ascii_digit();
    let head = &text[from..i];
    let quote = text[i + 1..]
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '”' | '’' | '»'))
        .map_or(0, char::len_utf8);
    let at = i + 1 + quote;
    if !glued_words(head.strip_suffix(')').unwrap_or(head), &text[at..], small) {
        return None;
    }
    // A name with "!" in it ("Yahoo!News", "Give!Guide"): a capitalised word before it.
    // (The word starts after the last character that is no letter or digit, which may be
    // of several bytes: "«Yahoo!Finance".)
    let name = text.as_bytes()[i] == b'!' && {
        let start = head
            .char_indices()
            .rfind(|&(_, c)| !c.is_alphanumeric())
            .map_or(0, |(k, c)| k + c.len_utf8());
        head[start..].starts_with(is_upper)
    };
    (!name).then_some(at)
}

/// Whether `head` ends with two small characters (`small`: letters, or digits too) and
/// `tail` opens with a capitalised word that is no host's part: a sentence glued to the one
/// before it, "... aus.Dir gefallen", where "vol.at", "www.Example.de" and "Sendika.Org"
/// are hosts.
pub(crate) fn glued_words(head: &str, tail: &str, small: impl Fn(char) -> bool) -> bool {
    let mut before = head.chars().rev();
    let mut after = tail.chars();
    if !(before.next().is_some_and(&small)
        && before.next().is_some_and(&small)
        && after.next().is_some_and(is_upper)
        && after.next().is_some_and(is_lower))
    {
        return false;
    }
    let word = tail
        .find(|c: char| !c.is_alphanumeric())
        .map_or(tail, |k| &tail[..k]);
    let host = tail[word.len()..]
        .strip_prefix('.')
        .is_some_and(|r| r.starts_with(char::is_alphanumeric))
        || head.ends_with("www")
        || HOST_ENDS.iter().any(|e| word.eq_ignore_ascii_case(e));
    !host
}

/// The ends of hosts that outlets write in their names, capitalised ("Sendika.Org",
/// "Sociaal.Net", "Belltower.News"): a word that opens a sentence is none of them.
const HOST_ENDS: [&str; 7] = ["com", "net", "org", "info", "news", "online", "media"];

/// The token starts of a text (its non-space bytes after a space or at the start), counted
/// up to a position that only moves forward: the lines come in order, so each 64-byte
/// chunk's starts are counted once, and a line's tokens are the difference of two counts.
struct TokenStarts<'a> {
    space: &'a [u64],
    /// The chunk that `counted` stops at.
    chunk: usize,
    /// Token starts in the chunks before `chunk`.
    counted: u32,
}

impl<'a> TokenStarts<'a> {
    fn new(space: &'a [u64]) -> Self {
        TokenStarts {
            space,
            chunk: 0,
            counted: 0,
        }
    }

    /// The token starts of chunk `c`.
    #[inline]
    fn starts(&self, c: usize) -> u64 {
        let sp = self.space[c];
        let carry = if c == 0 { 1 } else { self.space[c - 1] >> 63 };
        !sp & ((sp << 1) | carry)
    }

    /// Token starts before byte `pos` (not before the last position asked).
    fn before(&mut self, pos: usize) -> u32 {
        let c = pos / 64;
        while self.chunk < c {
            self.counted += self.starts(self.chunk).count_ones();
            self.chunk += 1;
        }
        let bit = pos % 64;
        if bit == 0 {
            return self.counted;
        }
        self.counted + (self.starts(c) & (u64::MAX >> (64 - bit))).count_ones()
    }
}

/// [`unspaced_words`] of `bytes[from..to]` (not empty), reading only the bytes that `high`,
/// the text's high-byte mask, marks.
fn unspaced_words_at(bytes: &[u8], high: &[u64], from: usize, to: usize) -> u32 {
    let (first, last) = (from / 64, (to - 1) / 64);
    let mut chars = Unspaced::default();
    for (c, &mask) in high.iter().enumerate().take(last + 1).skip(first) {
        let mut m = mask;
        if c == first {
            m &= u64::MAX << (from % 64);
        }
        if c == last {
            m &= u64::MAX >> (63 - (to - 1) % 64);
        }
        while m != 0 {
            let i = c * 64 + m.trailing_zeros() as usize;
            m &= m - 1;
            chars.add(bytes, i);
        }
    }
    chars.words()
}

/// Characters of the scripts written without spaces between words, by their lead bytes:
/// Chinese and Japanese (U+3000 to U+9FFF), and Thai, Lao, Myanmar and Khmer (whose lead
/// byte, 0xE0 or 0xE1, other scripts share: the second byte tells).
#[derive(Default)]
struct Unspaced {
    cjk: u32,
    southeast_asian: u32,
}

impl Unspaced {
    #[inline(always)]
    fn add(&mut self, bytes: &[u8], i: usize) {
        let b = bytes[i];
        if b.wrapping_sub(0xe3) < 7 {
            self.cjk += 1;
        } else if b & 0xfe == 0xe0 {
            self.southeast_asian += u32::from(crate::rules::phrases::is_unspaced_lead(&bytes[i..]));
        }
    }

    /// A word of Chinese or Japanese is two characters on average; one of Thai, Lao, Myanmar
    /// or Khmer more (their vowel and tone marks are characters too), counted as four: more
    /// words make a paragraph a wall sooner, which keeps it.
    fn words(&self) -> u32 {
        self.cjk / 2 + self.southeast_asian / 4
    }
}

/// Tokens of a trimmed byte string: the non-space bytes that follow a space (or the start),
/// counted eight bytes at a time.
fn count_tokens(body: &[u8]) -> u32 {
    let mut count = 0;
    let mut prev_space = 1u64;
    let mut chunks = body.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let sp = space_bytes(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        let before = (sp << 8) | (prev_space << 7);
        count += (!sp & HI & before).count_ones();
        prev_space = sp >> 63;
    }
    let mut prev = prev_space == 1;
    for &b in chunks.remainder() {
        let space = b <= b' ';
        count += u32::from(prev & !space);
        prev = space;
    }
    count
}

/// Words of the scripts written without spaces (Chinese, Japanese, Thai, Lao, Myanmar,
/// Khmer), from their characters ([`Unspaced`]). Korean spaces its words and is not counted
/// here. Without it a paragraph of Chinese is one token, and shape and walls mean nothing.
fn unspaced_words(body: &[u8]) -> u32 {
    let mut chars = Unspaced::default();
    let mut chunks = body.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        // Eight ASCII bytes at a time are skipped with one test: most text is mostly ASCII.
        if u64::from_le_bytes(chunk.try_into().expect("8 bytes")) & HI != 0 {
            (at..at + 8).for_each(|i| chars.add(body, i));
        }
        at += 8;
    }
    (at..body.len()).for_each(|i| chars.add(body, i));
    chars.words()
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

/// The longest date line (bytes): a date and a time with a short label before them.
const DATE_LINE_MAX: usize = 48;

/// Whether a block is a date or a time and nothing else, with at most a short label
/// ("Published: 03.04.2020, 12:35", "23.10.2018", "Thursday, 28 April 2022 – 3:55pm",
/// "3:59 PM"): a page's stamp on the story, not its text. Read from the shape alone, in any
/// language: at least four digits with a day-month or a year among them, at most three
/// words of letters (weekday, month, "am"), and nothing but separators between them.
pub(crate) fn is_date_line(text: &str) -> bool {
    if text.len() > DATE_LINE_MAX {
        return false;
    }
    if is_timestamp(text.as_bytes()) {
        return true;
    }
    // A label of one or two words before a colon.
    let rest = match text.split_once(": ") {
        Some((label, rest))
            if label.split_whitespace().count() <= 2
                && !label.bytes().any(|b| b.is_ascii_digit()) =>
        {
            rest
        }
        _ => text,
    };
    let (mut digits, mut words, mut years) = (0, 0, 0);
    for token in rest.split(|c: char| c.is_whitespace() || ",.:/-–—|()".contains(c)) {
        if token.is_empty() {
            continue;
        }
        let d = token.bytes().filter(u8::is_ascii_digit).count();
        if d == token.len() {
            digits += d;
            years += usize::from(d == 4 && (token.starts_with("19") || token.starts_with("20")));
        } else if d == 0 && token.chars().all(char::is_alphabetic) {
            words += 1;
        } else if d > 0
            && token
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .chars()
                .all(char::is_alphabetic)
        {
            // "3:55pm", "6th", "12h".
            digits += d;
        } else {
            return false;
        }
    }
    // One date: a year, or a day and a month ("28.01.22"); not a phone number, not a span
    // of dates (an event's, which is its text).
    let dated = match years {
        0 => day_month(rest),
        1 => true,
        _ => false,
    };
    let numbers = rest.bytes().filter(u8::is_ascii_digit).count();
    digits == numbers && digits >= 4 && dated && words <= 3
}

/// Whether `text` holds a day and a month written with a dot or a slash: one or two
/// digits, `.` or `/`, one or two digits.
fn day_month(text: &str) -> bool {
    day_months(text, &[".", "/"]).next().is_some()
}

/// Each day and month in `text` written as one or two digits, one of `separators`, and one or
/// two digits ("28.01", "4/3", "09·05"): the two numbers, the separator, and the byte
/// offset just after them.
pub(crate) fn day_months<'a>(
    text: &'a str,
    separators: &'a [&'a str],
) -> impl Iterator<Item = (u32, u32, &'a str, usize)> + 'a {
    let b = text.as_bytes();
    let run = move |at: usize| b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    (0..b.len()).filter_map(move |i| {
        if (i > 0 && b[i - 1].is_ascii_digit()) || !matches!(run(i), 1 | 2) {
            return None;
        }
        let j = i + run(i);
        let sep = separators
            .iter()
            .copied()
            .find(|s| text.get(j..).is_some_and(|r| r.starts_with(s)))?;
        let k = j + sep.len();
        let m = run(k);
        if !matches!(m, 1 | 2) {
            return None;
        }
        Some((
            text[i..j].parse().ok()?,
            text[k..k + m].parse().ok()?,
            sep,
            k + m,
        ))
    })
}

/// The longest agency tag in parentheses after a sentence, with its parentheses.
const AGENCY_TAG_BYTES: usize = 12;

/// Whether `body` ends like a sentence, or like one with a wire agency's tag after it
/// ("... two more next year. (PNA)").
pub(crate) fn ends_sentence(body: &[u8]) -> bool {
    ends_plain_sentence(body)
        || (body.ends_with(b")") && {
            let from = body.len().saturating_sub(AGENCY_TAG_BYTES);
            body[from..]
                .iter()
                .rposition(|&b| b == b'(')
                .is_some_and(|at| {
                    let open = from + at;
                    let before = body[..open].trim_ascii_end();
                    before.len() < open && ends_plain_sentence(before)
                })
        })
}

/// Whether `body` ends in a sentence's closing mark.
fn ends_plain_sentence(body: &[u8]) -> bool {
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
        // East Asian full stops and marks, and the closing quotes around a sentence; the
        // full stops of Indic scripts (danda), Urdu, Armenian, Ethiopic, Myanmar, Khmer and
        // Tibetan, and the Arabic question mark.
        || ["。", "！", "？", "」", "』", "।", "॥", "۔", "։", "።", "။", "។", "།", "؟"]
            .iter()
            .any(|m| trimmed.ends_with(m.as_bytes()))
}

/// True when `body` starts with a quotation mark of any common style.
pub(crate) fn opens_quote(body: &[u8]) -> bool {
    const MARKS: [&str; 9] = ["\"", "“", "„", "«", "»", "‘", "‚", "「", "‹"];
    // Every mark but the ASCII one starts with one of these bytes.
    matches!(body.first(), Some(b'"' | 0xc2 | 0xe2 | 0xe3))
        && MARKS.iter().any(|m| body.starts_with(m.as_bytes()))
}

/// Whether `text` (trimmed) ends with a closing quotation mark: with [`opens_quote`], a
/// line that is a quotation whole.
pub(crate) fn closes_quote(text: &str) -> bool {
    const MARKS: [char; 8] = ['"', '”', '“', '»', '«', '’', '」', '›'];
    text.trim_end().ends_with(MARKS)
}

/// Whether `c` is a lower-case letter of a script that writes with letter case. Georgian's
/// Mkhedruli letters are lower case to Unicode (since 11.0, beside their rarely used Mtavruli
/// capitals), but the script is written without case: read as lower case, every Georgian menu
/// item, name and headline opened like a sentence's continuation.
pub(crate) fn is_lower(c: char) -> bool {
    c.is_lowercase() && !is_mkhedruli(c)
}

/// Whether `c` is a letter (or sign) of Georgian's Mkhedruli block (see [`is_lower`]).
pub(crate) fn is_mkhedruli(c: char) -> bool {
    MKHEDRULI.contains(&c)
}

/// Whether `c` is an upper-case letter (see [`is_lower`]).
pub(crate) fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// The Mkhedruli letters (and the signs in their block) that Unicode classes as lower case.
const MKHEDRULI: std::ops::RangeInclusive<char> = '\u{10D0}'..='\u{10FF}';

/// Counts the white-space separated tokens of `s`, the usual proxy for words: cheap and
/// script-independent.
pub(crate) fn count_words(s: &str) -> u32 {
    let body = s.trim_matches(|c: char| c.is_ascii_whitespace()).as_bytes();
    count_tokens(body) + unspaced_words(body)
}

/// Lower-cases `text` without changing any byte offset: a character whose lower case has a
/// different UTF-8 length (rare: `İ`, a few others) is left as it is.
pub(crate) fn fold_case(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // The tests of `may_fold` run 64 bytes at a time, without an early exit, so they
    // vectorise.
    let (mut upper, mut non_ascii) = (false, false);
    for chunk in bytes.chunks(64) {
        let (u, n) = chunk.iter().fold((false, false), |(u, n), &b| {
            (u | b.is_ascii_uppercase(), n | may_fold(b))
        });
        upper |= u;
        if n {
            non_ascii = true;
            break;
        }
    }
    if !non_ascii {
        return if upper {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        };
    }
    let mut out = String::with_capacity(text.len());
    // Input up to here is in `out`, but for ASCII case.
    let mut done = 0;
    let mut i = 0;
    while i < bytes.len() {
        if i % 32 == 0 {
            if let Some(block) = bytes.get(i..i + 32) {
                if !block.iter().fold(false, |acc, &b| acc | may_fold(b)) {
                    i += 32;
                    continue;
                }
            }
        }
        let b = bytes[i];
        if !may_fold(b) {
            i += 1;
            continue;
        }
        let (lower, n) = fold_char(text, i);
        if let Some(l) = lower {
            out.push_str(&text[done..i]);
            out.push(l);
            done = i + n;
        }
        i += n;
    }
    out.push_str(&text[done..]);
    out.make_ascii_lowercase();
    debug_assert_eq!(out.len(), text.len());
    Cow::Owned(out)
}

/// [`fold_case`] of `text`, and the byte classes of both (case folding changes no class: an
/// ASCII letter stays one, and a character is only replaced by one of the same length, so
/// every byte of a non-ASCII character stays one). The classes come first, and their
/// high-byte mask leads the folding of non-ASCII characters from one to the next: the ASCII
/// rest is lower-cased by the vectorised copy alone, where [`fold_case`] reads the text for
/// foldable bytes before and as it copies.
pub(crate) fn fold_with_classes(text: &str) -> (String, Classes) {
    let classes = Classes::new(text.as_bytes());
    let mut out = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    for (c, &mask) in classes.high().iter().enumerate() {
        let mut m = mask;
        while m != 0 {
            let i = c * 64 + m.trailing_zeros() as usize;
            m &= m - 1;
            // Lead bytes only (continuation bytes are below 0xC0): every character is seen
            // once, at its boundary.
            if !may_fold(bytes[i]) {
                continue;
            }
            let (lower, n) = fold_char(text, i);
            if let Some(l) = lower {
                let mut buf = [0u8; 4];
                out.replace_range(i..i + n, l.encode_utf8(&mut buf));
            }
        }
    }
    debug_assert_eq!(out.len(), text.len());
    (out, classes)
}

/// Whether a byte may start a character with a lower case: upper-case letters outside ASCII
/// start with a lead byte of 0xC3 or more (Latin-1 À is 0xC3 0x80); the general punctuation
/// that fills news text starts with 0xE2 and has no case.
#[inline(always)]
fn may_fold(b: u8) -> bool {
    (b >= 0xc3) & (b != 0xe2)
}

/// The folded form of the non-ASCII character at `i` (which starts with a byte that
/// [`may_fold`]) when it differs and has the same length, and the character's length.
#[inline]
fn fold_char(text: &str, i: usize) -> (Option<char>, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0xe0 {
        // Two bytes (Latin, Greek, Cyrillic): through a table.
        let cp = usize::from(b & 0x1f) << 6 | usize::from(bytes[i + 1] & 0x3f);
        (
            char::from_u32(u32::from(LOWER2[cp])).filter(|&c| c != '\0'),
            2,
        )
    } else {
        let c = text[i..].chars().next().expect("char boundary");
        let mut lower = c.to_lowercase();
        let single = match (lower.next(), lower.next()) {
            (Some(l), None) if l != c && l.len_utf8() == c.len_utf8() => Some(l),
            _ => None,
        };
        (single, c.len_utf8())
    }
}

/// The lower case of each two-byte code point (below U+0800) whose lower case is one
/// two-byte character; 0 for the others. The Arabic yeh and kaf (ي, ك) fold to the Persian
/// letters (ی, ک): Persian is often typed on an Arabic keyboard, and the Arabic pack's
/// phrases, folded the same way, still match Arabic text.
static LOWER2: LazyLock<[u16; 0x800]> = LazyLock::new(|| {
    let mut table = [0u16; 0x800];
    for cp in 0x80..0x800u32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            if l != c && (0x80..0x800).contains(&u32::from(l)) {
                table[cp as usize] = u32::from(l) as u16;
            }
        }
    }
    table[0x64a] = 0x6cc;
    table[0x643] = 0x6a9;
    // Greek written in capitals drops its accents ("ΣΤΗΡΙΞΤΕ ΜΑΣ"): vowels fold to their
    // bare lower case, and the final sigma to the other, so both spellings meet.
    for (from, to) in GREEK_BARE {
        for c in from.chars().filter(|&c| c != to) {
            table[c as usize] = to as u16;
        }
    }
    table
});

/// The Greek letters that fold to a bare lower-case letter: accented and diaeresis vowels
/// in both cases, and the final sigma.
const GREEK_BARE: [(&str, char); 8] = [
    ("ΆάΑα", 'α'),
    ("ΈέΕε", 'ε'),
    ("ΉήΗη", 'η'),
    ("ΊίΪϊΐΙι", 'ι'),
    ("ΌόΟο", 'ο'),
    ("ΎύΫϋΰΥυ", 'υ'),
    ("ΏώΩω", 'ω'),
    ("ςΣσ", 'σ'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines() {
        for yes in [
            "23.10.2018",
            "3:59 PM",
            "Publiziert: 03.04.2020, 12:35",
            "Aktualisiert: 11.04.2020, 10:27",
            "Thursday, 28 April 2022 – 3:55pm",
            "November 20, 2019 - 11:28 AMT",
            "28.01.22",
        ] {
            assert!(is_date_line(yes), "{yes:?}");
        }
        for no in [
            "29 November 2018 | 20 January 2019",
            "02-751-1500",
            "Release Date:",
            "In 2019 the bridge was closed.",
            "Chapter 12",
            "The council met on 3 May 2021 and voted on the bridge",
        ] {
            assert!(!is_date_line(no), "{no:?}");
        }
    }

    #[test]
    fn lines_are_trimmed_with_offsets() {
        let text = "  First line \n\n\tSecond\r\nthird";
        let blocks = lines(text);
        let got: Vec<&str> = blocks.iter().map(|b| &text[b.range.clone()]).collect();
        assert_eq!(got, ["First line", "Second", "third"]);
        assert_eq!(blocks[0].words, 2);
    }

    #[test]
    fn glued_buttons_and_headlines_split_off() {
        let parts = |text: &str| -> Vec<String> {
            split_glued(text, lines(text))
                .iter()
                .map(|b| text[b.range.clone()].to_string())
                .collect()
        };
        let story = "She said so, spraying disinfectant into a pair of shoes out of pure habit.";
        assert_eq!(
            parts(&format!("{story}Become a member\nNext line.")),
            [story, "Become a member", "Next line."]
        );
        // A read-also line in another script; after a figure or a bracket, before a closing
        // quotation mark.
        for (story, tail) in [
            (
                "Двери музея закрыли в полночь, и до утра никто не пришёл. Так сказал директор.",
                "Читайте также: Музей откроют после ремонта",
            ),
            (
                "The new line opens in 2028, with buses running on it by 2031.",
                "Comment on this story",
            ),
            (
                "Petani memanen padi di pematang sawah di Nguter, Sukoharjo, Jumat (5/7/2024).",
                "Baca Juga: Kemarau Datang Lebih Awal",
            ),
            (
                "\"It's on me for every single one of them,\" she said. \"Every one.\"",
                "Don't miss the latest news",
            ),
        ] {
            assert_eq!(parts(&format!("{story}{tail}")), [story, tail]);
        }
        // The last glued stop only.
        let text = "One two three four five six seven eight.Nine ten eleven twelve.Share";
        assert_eq!(
            parts(text),
            [
                "One two three four five six seven eight.Nine ten eleven twelve.",
                "Share"
            ]
        );
        for whole in [
            // A sentence after the stop, the story's as often as a box's.
            "The paper printed its last edition on Friday, its owners said.Thank you for \
             reading, it wrote.",
            "The paper printed its last edition on Friday, its owners said.Close.",
            // Too few words before it: a box's sentence with its button.
            "Dieser Artikel ist kostenlos.Jetzt unterstützen",
            // Too many after it.
            "The paper printed its last edition on Friday, its owners said.Then the staff \
             went home and the presses in the basement stood still for the first time in a \
             hundred and fifty years",
            // Spaced stops, hosts, capitals before the stop and names with "!".
            "It ended on Friday night after the vote. Then it began again on Saturday",
            "Visit the site of the magazine for more at www.Example",
            "The reporters of the magazine came from the team of Belltower.News.de",
            "The reporters of the magazine came from the newsrooms of Sendika.Org",
            "The reporters of the magazine came from the newsrooms of the U.S.Army",
            "The reporters of the magazine wrote for the guide Portland Give!Guide",
            "The magazine wrote about the portal for a long time before «Yahoo!Finance changed",
            "The reporters of the magazine came with tickets at the door.3 euros",
            "The club has played in the first division since the year of 1.Bundesliga",
            "\"We are done with it,\" she said at the meeting of the council.\"Now we wait.\"",
        ] {
            assert_eq!(parts(whole), [whole], "{whole:?}");
        }
        // The blocks count their own words.
        let text = "one two three four five six seven eight nine ten.Four five";
        let blocks = split_glued(text, lines(text));
        assert_eq!((blocks[0].words, blocks[1].words), (10, 2));
        assert!(blocks[0].sentence && !blocks[1].sentence);
    }

    #[test]
    fn lines_match_a_plain_split() {
        let texts = [
            "",
            "\n\n",
            "one",
            " a \r\n\r\n b\tc \n",
            &format!("{}\n  {}  \n{}", "x ".repeat(50), "é".repeat(40), "end"),
            // Tokens across 64-byte chunks, a line glued to the one before (a control byte
            // is a space), a line ending on a chunk's end.
            &format!("{}  two words\t here {}\nx", " ".repeat(60), "y".repeat(70)),
            "ab\ncd ef\x01gh",
            &format!("{}\n{}", "w ".repeat(31), "z".repeat(63)),
            // Chinese across 64-byte chunks, after ASCII and curly quotes.
            &format!(
                "ab “{}” cd\n{}",
                "北京市政府周二宣布，将在五月".repeat(5),
                "老桥。"
            ),
        ];
        for text in texts {
            let mut expect = Vec::new();
            let mut start = 0;
            for line in text.split('\n') {
                let trimmed = line.trim_matches(|c: char| c <= ' ');
                if !trimmed.is_empty() {
                    let s = start + line.find(trimmed).unwrap();
                    expect.push(Block::new(text, s..s + trimmed.len()));
                }
                start += line.len() + 1;
            }
            assert_eq!(lines(text), expect, "{text:?}");
        }
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
    fn fold_case_matches_char_lowercasing() {
        // Every two-byte character, runs of ASCII around them, and the 32-byte skips.
        let mut text = String::new();
        for cp in 0x41..0x800u32 {
            if let Some(c) = char::from_u32(cp) {
                text.push(c);
                if cp % 7 == 0 {
                    text.push_str(" Some ASCII Text Of Thirty-Two Bytes ");
                }
            }
        }
        text.push_str("İSTANBUL ΣΟΦΙΑ Ⅻ ＡＢＣ 𐐀");
        let folded = fold_case(&text);
        assert_eq!(folded.len(), text.len());
        for (a, b) in text.chars().zip(folded.chars()) {
            let mut lower = a.to_lowercase();
            // The Arabic yeh and kaf read as the Persian letters, and Greek vowels lose their
            // accents.
            let bare = GREEK_BARE.iter().find(|(from, _)| from.contains(a));
            let expect = match (a, bare, lower.next(), lower.next()) {
                ('ي', ..) => 'ی',
                ('ك', ..) => 'ک',
                (_, Some(&(_, to)), ..) => to,
                (_, _, Some(l), None)
                    if l.len_utf8() == a.len_utf8() && !matches!(u32::from(a), 0x2000..0x2FFF) =>
                {
                    l
                }
                _ => a,
            };
            assert_eq!(b, expect, "{a:?}");
        }
    }

    #[test]
    fn folding_with_classes_folds_as_fold_case() {
        let mut every = String::new();
        for cp in 0x41..0x800u32 {
            every.extend(char::from_u32(cp));
            if cp % 5 == 0 {
                every.push_str(" Some ASCII Text ");
            }
        }
        let texts = [
            "",
            "plain lower case",
            "Upper Case ASCII Only\n",
            "Поддержите İstanbul ÀÉ Straße “Quoted” ΣΤΗΡΙΞΤΕ ΜΑΣ يك Ⅻ ＡＢＣ 𐐀",
            &every,
        ];
        for text in texts {
            let (folded, classes) = fold_with_classes(text);
            assert_eq!(folded, fold_case(text), "{text:?}");
            let expect = Classes::new(folded.as_bytes());
            assert_eq!(classes.word(), expect.word());
            assert_eq!(classes.high(), expect.high());
            assert_eq!(classes.space(), expect.space());
        }
    }

    #[test]
    fn tokens_count_across_eight_byte_lanes() {
        for text in [
            "a",
            "ab cd",
            "one  two\tthree",
            "x y z w v u t s r q p o n m",
            "long-word-without-spaces-at-all",
        ] {
            let naive = text.split_ascii_whitespace().count() as u32;
            assert_eq!(count_tokens(text.as_bytes()), naive, "{text:?}");
        }
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
        assert!(ends_sentence("禁止することになりました。".as_bytes()));
        assert!(ends_sentence("「本当ですか？」".as_bytes()));
        assert!(!ends_sentence("新しいニュース".as_bytes()));
        assert!(ends_sentence("তাঁরা দাবি জানিয়েছেন।".as_bytes()));
        assert!(ends_sentence("کیا یہ سچ ہے؟".as_bytes()));
        assert!(!ends_sentence("আরও পড়ুন".as_bytes()));
        // A wire agency's tag after the last sentence; not a tag alone, nor a name's.
        assert!(ends_sentence(
            b"The city plans to build two more next year. (PNA)"
        ));
        assert!(!ends_sentence(b"(PNA)"));
        assert!(!ends_sentence(b"Photo: Juan Cruz (PNA)"));
        assert!(!ends_sentence(b"Maria Santos (Manila Bulletin)"));
    }

    #[test]
    fn counts_words_in_any_script() {
        assert_eq!(count_words("Дорогие читатели, we're here!"), 4);
        assert_eq!(count_words("  two   words "), 2);
        assert_eq!(count_words(""), 0);
        // Chinese and Japanese: two characters a word.
        let zh = lines("北京市政府周二宣布，将在五月重新开放这座老桥。");
        assert_eq!(zh[0].words, 1 + 23 / 2);
        assert_eq!(lines("Дорогие читатели")[0].words, 2);
        // Thai, Lao, Myanmar and Khmer: four characters a word, marks included; both
        // counters agree.
        let th = "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า ได้สั่งการให้เดินเครื่องสูบน้ำ";
        let chars = th.chars().filter(|c| !c.is_whitespace()).count() as u32;
        assert_eq!(lines(th)[0].words, 2 + chars / 4);
        assert_eq!(count_words(th), 2 + chars / 4);
        let km = "រាជរដ្ឋាភិបាលកម្ពុជា";
        assert_eq!(count_words(km), 1 + km.chars().count() as u32 / 4);
        // Other scripts that share the lead bytes (Devanagari U+0900, Georgian U+10A0) are
        // spaced and count as tokens only.
        assert_eq!(count_words("नमस्ते दुनिया"), 2);
        assert_eq!(count_words("გამარჯობა სამყარო"), 2);
    }
}
