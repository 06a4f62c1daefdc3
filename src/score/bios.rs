//! Author bios at the story's end, and the names they open with: a bio reads as a
//! paragraph, but it is the author's box, cut with the boxes around it.

use super::*;

/// The most words of a byline at the top that names its author.
pub(super) const BYLINE_WORDS: u32 = 12;
/// The most words besides the author's name in a byline ("by", "Text:", a time).
pub(super) const BYLINE_OTHER_WORDS: usize = 2;
/// How many blocks above the story's first paragraph a byline stands at most.
const BYLINE_REACH: usize = 4;
/// The fewest words of the headline that a byline stands under.
pub(super) const HEADLINE_MIN_WORDS: u32 = 4;
/// The most words of a byline that is a name alone ("Julia Brenner", "Ana María López").
const NAME_ALONE_WORDS: u32 = 3;
/// The most words of the date line under a byline that is a name alone.
const DATE_LINE_WORDS: u32 = 8;
/// The longest author's bio.
const BIO_WORDS: u32 = 80;
/// The shortest: a sentence on the author ("Irene Lau covers housing.").
const BIO_MIN_WORDS: u32 = 5;
/// The fewest words of a sentence of the story that may name its subject ("Photo: Irene
/// Lau/HKFP." names the author).
pub(super) const STORY_SENTENCE_WORDS: u32 = 8;

/// The blocks after the story's last paragraph that open with the name of the byline's
/// author: the author's box ("Irene Lau" / "Irene Lau is a reporter at ...", "Peter
/// Hrnčiar je redaktor ...") or a closing byline, in any language that writes names with
/// capitals. The byline is a short block above the story's first paragraph that holds a
/// name of two or three capitalised words and at most two other words; a block that
/// reports (the story's subject, named in a headline, "said ...") or quotes is not a bio.
pub(super) fn author_bios(blocks: &[Block], scored: &[Scored], text: &str) -> Vec<usize> {
    let (Some(first), Some(last_wall)) = (
        scored.iter().position(|s| s.story),
        scored.iter().rposition(|s| s.story),
    ) else {
        return Vec::new();
    };
    // A block's text, without the bracket that some outlets put a bio in ("(Meera Joshi is
    // a Lucknow-based journalist ...)").
    let unbracketed = |i: usize| text[blocks[i].range.clone()].trim_start_matches(['(', '[']);
    let capital = |i: usize| {
        let b = &blocks[i];
        b.words <= BIO_WORDS && !b.quoted && unbracketed(i).chars().next().is_some_and(is_upper)
    };
    // Most texts end with a paragraph or with blocks no name opens: the byline is read only
    // for texts with a block after the story's paragraphs that opens with a capital, or a
    // last paragraph that opens with two (a bio, which reads as prose).
    let opens_name =
        |i: usize| capital(i) && opens_with_two_capitals(&text[blocks[i].range.clone()]);
    if !(opens_name(last_wall) || (last_wall + 1..blocks.len()).any(capital)) {
        return Vec::new();
    }
    // The byline stands under the headline (the first block of a few words): a label above
    // the headline ("Network Rail", "Deutsche Bahn") names the story's subject.
    let Some(headline) = (0..first).find(|&i| blocks[i].words >= HEADLINE_MIN_WORDS) else {
        return Vec::new();
    };
    let mut names: Vec<String> = Vec::new();
    // The names of bylines of two authors: a story's last paragraph may open with the name of
    // a person it tells of, the namesake of one of them ("Luis Pérez has worked behind the
    // counter since he was fifteen ..." under "By Ana Ruiz and Luis Pérez").
    let mut co_names: Vec<String> = Vec::new();
    // The byline stands above the first paragraph, or under the headline with a photo's
    // caption between them, which reads as a paragraph. Lines of the page's furniture
    // between the byline and the paragraph (a share row, "Listen to this article") do not
    // count to the reach: their formulas say what they are.
    let mut reach_start = first;
    let mut plain = 0;
    while reach_start > headline + 1 && plain < BYLINE_REACH {
        reach_start -= 1;
        if !scored[reach_start].hand_anchor {
            plain += 1;
        }
    }
    let above = reach_start..first;
    // Under the caption or a dek long enough to read as a paragraph, only a line that says
    // "by" ("By Howard BlumeStaff Writer") or a name alone over the date ("Julia Brenner" /
    // "27.08.2024, 18:00 Uhr"): a caption's place or subject ("Crowds gather near Trafalgar
    // Square", "Beekeeper Margaret Okafor" over a paragraph) is no byline.
    let dated = |i: usize| {
        blocks.get(i).is_some_and(|b| {
            b.words <= DATE_LINE_WORDS && text[b.range.clone()].bytes().any(|c| c.is_ascii_digit())
        })
    };
    let under = ((headline + 1).max(first)..(headline + 2 + BYLINE_REACH).min(blocks.len()))
        .filter(|&i| {
            let t = &text[blocks[i].range.clone()];
            credits::opens_with_by(t)
                || (blocks[i].words <= NAME_ALONE_WORDS
                    && dated(i + 1)
                    && capitalised_names(t.trim()).next() == Some(t.trim()))
        });
    for b in above
        .chain(under)
        .map(|i| &blocks[i])
        .filter(|b| b.words <= BYLINE_WORDS)
    {
        // A byline in capitals ("BY: RACHEL VANDERMEER - MARCH 4") names its author as the
        // bio writes it: read in title case.
        let shouted = title_case_shouted(&text[b.range.clone()]);
        // Two authors' byline names each ("Por Daniela Colmenares y Luis Ángel Pernía"):
        // read as two, where the line says "by" or opens with the name alone, and each part
        // names an author (a dek's "Frankfurt und Bad Homburg" or a caption's "Maria Santos
        // and Joseph Okafor at their farm" are no byline).
        let parts = co_authors(shouted.as_ref());
        let byline = || {
            parts.first().is_some_and(|p| {
                credits::opens_with_by(p) || capitalised_names(p).next() == Some(p.trim())
            })
        };
        let parts = if parts.len() > 1
            && byline()
            && parts.iter().all(|p| author_names(p).next().is_some())
        {
            parts
        } else {
            vec![shouted.as_ref()]
        };
        let split = parts.len() > 1;
        for t in parts {
            for name in author_names(t) {
                if !names.iter().any(|m| m == name) {
                    names.push(name.to_string());
                }
                if split && !co_names.iter().any(|m| m == name) {
                    co_names.push(name.to_string());
                }
            }
        }
    }
    if names.is_empty() {
        return Vec::new();
    }
    // What follows a byline's name at the start of block `i`, if it opens with one.
    // (A bio reports: "She previously reported for ...". The byline's name opening it is
    // what tells it from the story's paragraphs.)
    let after_name = |i: usize, names: &[String]| -> Option<&str> {
        if !capital(i) {
            return None;
        }
        let t = unbracketed(i);
        names.iter().find_map(|n| t.strip_prefix(n.as_str()))
    };
    // A bio is a sentence or holds one ("... for the Newcastle Herald. Got a story? Email
    // ..."); "Nikole Hannah-Jones (Hrsg.)" over a book's data and "Apple AirPods with
    // Wireless Charging Case" under a product's heading are none.
    let bio_shape = |i: usize, rest: Option<&str>| {
        let b = &blocks[i];
        (b.sentence || text[b.range.clone()].contains(". "))
            && b.words >= BIO_MIN_WORDS
            && rest.is_some_and(|rest| rest.starts_with(' '))
    };
    // A long bio reads as a paragraph ("Howard Blume covers education for the Los Angeles
    // Times. He's won ..."): the story ends before the paragraphs at its end that open with
    // the byline's name.
    // (Only a sole author's name: a co-author's bio is a few lines, not a paragraph.)
    let only_sole: Vec<String>;
    let sole = if co_names.is_empty() {
        &names
    } else {
        only_sole = names
            .iter()
            .filter(|n| !co_names.contains(n))
            .cloned()
            .collect();
        &only_sole
    };
    let mut last = last_wall;
    while last > first && bio_shape(last, after_name(last, sole)) {
        last = match scored[first..last].iter().rposition(|s| s.story) {
            Some(p) => first + p,
            None => break,
        };
    }
    // A name the story's paragraphs and sentences hold is the story's subject (an
    // obituary's, a profile's, a company's), whom a line above may name too. (Not short
    // lines: a photo credit between them names the author.)
    let in_story = |n: &str| {
        (first..=last_wall).any(|i| {
            (scored[i].wall || blocks[i].sentence && blocks[i].words >= STORY_SENTENCE_WORDS)
                && (i <= last || !bio_shape(i, after_name(i, &names)))
                && text[blocks[i].range.clone()].contains(n)
        })
    };
    let names: Vec<String> = names.iter().filter(|n| !in_story(n)).cloned().collect();
    if names.is_empty() {
        return Vec::new();
    }
    let after: Vec<Option<&str>> = (0..blocks.len())
        .map(|i| {
            if i <= last {
                None
            } else {
                after_name(i, &names)
            }
        })
        .collect();
    let bio = |i: usize| bio_shape(i, after[i]);
    // The name alone heads a bio. (Not the text's last line alone: a second pass would find
    // a new last line.)
    let name = |i: usize| {
        after[i].is_some_and(|rest| rest.trim().is_empty()) && i + 1 < blocks.len() && bio(i + 1)
    };
    (last + 1..blocks.len())
        .filter(|&i| bio(i) || name(i))
        .collect()
}

/// The names that the byline `t` gives its author. The line's first name is the author's:
/// "By Priya Sharma, New Delhi" names a place after it.
fn author_names(t: &str) -> impl Iterator<Item = &str> {
    let first = move |n: &str| capitalised_names(&t[..offset_in(t, n)]).next().is_none();
    capitalised_names(t).filter(move |n| first(n) && names_author(t, n))
}

/// The words that join two authors' names in a byline ("and", "y", "und", "og", "и", ...).
const AND_WORDS: &[&str] = &[
    "and", "&", "y", "e", "et", "und", "i", "og", "och", "en", "a", "ve", "и", "і", "та", "ja",
    "és", "și", "si", "ir", "un", "dhe", "và", "dan", "na", "da", "ta",
];

/// The parts of a byline that name one author each: split where a joining word
/// ([`AND_WORDS`]) stands between a word and a capitalised one ("By Ana Ruiz and Luis Pérez"
/// reads "By Ana Ruiz" and "Luis Pérez").
fn co_authors(t: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    let mut words = t.split(' ').peekable();
    let mut at = 0;
    while let Some(w) = words.next() {
        let next_capital = words
            .peek()
            .is_some_and(|n| n.chars().next().is_some_and(is_upper));
        if at > from && AND_WORDS.contains(&w) && next_capital {
            parts.push(t[from..at].trim_end());
            from = at + w.len() + 1;
        }
        at += w.len() + 1;
    }
    parts.push(&t[from.min(t.len())..]);
    parts
}

/// `t` with its words in title case when it has capitals and no lower-case letter ("BY:
/// RACHEL VANDERMEER" reads "By: Rachel Vandermeer"); otherwise `t` itself.
fn title_case_shouted(t: &str) -> std::borrow::Cow<'_, str> {
    if t.chars().any(is_lower) || !t.chars().any(is_upper) {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let mut start = true;
    for c in t.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && !matches!(c, '\'' | '’');
    }
    std::borrow::Cow::Owned(out)
}

/// The runs of two or three capitalised words in `t` ("Irene Lau", "Марта Гнатюк"): a
/// capital followed by lower-case letters (a hyphen or an apostrophe inside), and a run of
/// three without its first word. Punctuation after a word ends the run ("By Irene Lau,
/// HKFP").
pub(super) fn capitalised_names(t: &str) -> impl Iterator<Item = &str> {
    let name_word = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(is_upper)
            && w.chars().any(is_lower)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    let mut out = Vec::new();
    let mut glued = Vec::new();
    // (start of the run, start of its second word, end of its last word, words in it)
    let mut run: Option<(usize, usize, usize, usize)> = None;
    let mut close = |run: &mut Option<(usize, usize, usize, usize)>| {
        if let Some((s, second, e, n)) = run.take() {
            if n >= 2 {
                out.push(&t[s..e]);
            }
            // Without its first word too: "By Irene Lau", "Von Anna Berg".
            if n == 3 {
                out.push(&t[second..e]);
            }
        }
    };
    for w in t.split_whitespace() {
        let at = offset_in(t, w);
        let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !name_word(core) {
            close(&mut run);
            continue;
        }
        let (s, second, n) = run.map_or((at, at, 1), |(s, second, _, n)| {
            (s, if n == 1 { at } else { second }, n + 1)
        });
        // A role glued to the name by the scraper ("Howard BlumeStaff Writer"): the name
        // without it too.
        if n >= 2 {
            if let Some(glue) = glued_at(core) {
                glued.push(&t[s..at + glue]);
                if n == 3 {
                    glued.push(&t[second..at + glue]);
                }
            }
        }
        run = Some((s, second, at + core.len(), n));
        if core.len() < w.len() || n == 3 {
            close(&mut run);
        }
    }
    close(&mut run);
    out.extend(glued);
    out.into_iter()
}

/// The most words of the name in a [`closing_byline`].
const CLOSING_NAME_WORDS: usize = 3;

/// The text's last line that no cut takes, when it is a byline standing after the story's
/// last paragraph: a word of "by" in the languages' ([`credits::opens_with_by`]) and one
/// to three capitalised words, no stop, no figure ("Von Cosima Künzel", "By Megan O'Hara").
/// The labels call a trailing byline a credit; the one under the headline is the story's,
/// and stays.
pub(super) fn closing_byline(
    blocks: &[Block],
    scored: &[Scored],
    text: &str,
    taken: &[bool],
) -> Option<usize> {
    let last_story = scored.iter().rposition(|s| s.story)?;
    let i = (last_story + 1..blocks.len()).rev().find(|&i| !taken[i])?;
    if blocks[i].quoted || blocks[i].words as usize > CLOSING_NAME_WORDS + 1 {
        return None;
    }
    let t = text[blocks[i].range.clone()].trim();
    if !credits::opens_with_by(t) || t.ends_with(['.', '!', '?']) || t.chars().any(char::is_numeric)
    {
        return None;
    }
    let name = t
        .split_once([' ', ':'])
        .map_or("", |(_, rest)| rest.trim_start_matches([':', ' ']));
    let words = name.split_whitespace().count();
    ((1..=CLOSING_NAME_WORDS).contains(&words)
        && name.split_whitespace().all(|w| w.starts_with(is_upper)))
    .then_some(i)
}
