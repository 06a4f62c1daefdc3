//! A box glued to the story's sentences: a scraper that joins a paragraph with the box after
//! it gives one line ("... das Frontoffice unter die Lupe genommen wird. Unabhängiger
//! Finanzjournalismus hat seinen Preis. Unterstützen Sie ... Jetzt unterstützen"). The line
//! reads as the box; cut whole, it takes the story's last sentences with it.

use std::ops::Range;

use crate::input::classes::Classes;
use crate::input::segment::{Block, fold_case, glued_words, is_lower};
use crate::rules::RuleSet;

/// The fewest words of a line that may hold a story's sentences and a box.
const GLUED_WORDS: u32 = 20;
/// The fewest words of the story's sentences before the box: a paragraph's worth, two
/// sentences or one long one. (A box's own first sentence is one of a dozen words: "Help
/// Takie Dela tell of the people the big cities do not see.")
const HEAD_WORDS: u32 = 10;
const HEAD_SENTENCE_WORDS: u32 = 20;

/// The most sentences above a glued box's first formula that may open it.
const OPENING_SENTENCES: usize = 2;
/// The longest of those sentences.
const OPENING_WORDS: u32 = 20;

/// Where the box starts inside `text` (a line that a run of cuts opens with), when the
/// line's first sentences have nothing of a box: no formula, no pronoun of the outlet or
/// the reader, not the outlet's name; and the sentences from there on hold a formula. Each
/// sentence is scanned on its own, so this runs only for the first line of a run.
pub(crate) fn box_start(
    rules: &RuleSet,
    text: &str,
    block: &Block,
    host: Option<&str>,
    names_outlet: impl Fn(&str) -> bool,
) -> Option<usize> {
    if block.words < GLUED_WORDS {
        return None;
    }
    let line = &text[block.range.clone()];
    let sentences = sentences(line);
    if sentences.len() < 2 {
        return None;
    }
    let folded = fold_case(line);
    let classes = Classes::new(folded.as_bytes());
    let parts: Vec<Block> = sentences
        .iter()
        .map(|r| Block::new(&folded, r.clone()))
        .collect();
    let evidence = rules.scan(line, &folded, &classes, &parts, host);
    let boxed = |i: usize| {
        let e = &evidence[i];
        e.signal > 0.0 || e.we > 0 || e.you > 0
    };
    let mut k = (0..parts.len()).find(|&i| boxed(i))?;
    // The box's opening sentences above its first formula: the outlet naming itself ("Qubit's
    // articles are free for all, but writing them is not.") and a question to the reader
    // above it ("Do you find it important ...?"), two at most.
    // (A question only above the outlet's name: the story's own questions, "Who will pay
    // for that?", may stand right above an ask.)
    let mut named = names_outlet(&line[sentences[k].clone()]);
    for _ in 0..OPENING_SENTENCES {
        let Some(i) = k.checked_sub(1) else { break };
        let s = &line[sentences[i].clone()];
        let names = names_outlet(s);
        if parts[i].words <= OPENING_WORDS && (names || (named && s.ends_with(['?', '？']))) {
            named |= names;
            k = i;
        } else {
            break;
        }
    }
    let head = &parts[..k];
    let at = sentences[k].start;
    let head_text = &line[..at];
    let formula = (k..parts.len()).any(|i| evidence[i].signal > 0.0);
    (k > 0
        && formula
        && {
            let words = head.iter().map(|b| b.words).sum::<u32>();
            // A quotation's sentences count (they are one with the sentence quoting them).
            let stops = head_text
                .split([' ', '\u{a0}'])
                .filter(|w| {
                    w.trim_end_matches(['”', '“', '»', '"'])
                        .ends_with(['.', '!', '?', '…'])
                })
                .count();
            words >= HEAD_SENTENCE_WORDS || (stops >= 2 && words >= HEAD_WORDS)
        }
        && !names_outlet(head_text))
    .then_some(block.range.start + at)
}

/// Whether the stop at `i..end` ends a sentence that the next is glued to with no space, as
/// a scraper that joins two paragraphs leaves them ("Eine Korrektur steht bis heute aus.Dir
/// gefallen unsere Recherchen?"): a word of small letters before it, a capitalised word after.
/// (Not a host's dots: "vol.at", "VOL.AT-Newsletter", "www.Example.de".)
fn glued_after(line: &str, i: usize, end: usize) -> bool {
    glued_words(&line[..i], &line[end..], is_lower)
}

/// The sentences of a line, trimmed: a stop (., !, ?, …) and a space before a capital, a
/// digit or a quotation mark end one, as does a stop glued to a capitalised word
/// ([`glued_after`]); so do the stops of scripts without spaces (。！？).
/// A quotation's sentences are one with the sentence that quotes them ("„We wait for the
/// summer. We also measure” – he added."): its speaker's "we" is not a box's.
pub(super) fn sentences(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        match c {
            '„' => quoted = true,
            '”' => quoted = false,
            // Closes a German quotation, opens an English one; guillemets open a French
            // quotation and close a German one (»…«).
            '“' | '«' | '»' => quoted = !quoted,
            _ => {}
        }
        let next_opens = || {
            line[end..].starts_with(' ')
                && line[end + 1..].chars().next().is_some_and(|n| {
                    // (A letter of a script without case opens one as a capital does, but
                    // for Chinese and Japanese, which end theirs with "。".)
                    (n.is_alphabetic()
                        && !is_lower(n)
                        && !matches!(n, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}'))
                        || n.is_ascii_digit()
                        || "\"“„«»‘'¿¡".contains(n)
                })
        };
        let split = !quoted
            && match c {
                // (The danda of Devanagari and Bengali, the Urdu stop, the Arabic question
                // mark, the Armenian and the Ethiopic full stops.)
                '.' | '!' | '?' | '…' | '।' | '۔' | '؟' | '։' | '።' => {
                    next_opens() || (c != '…' && glued_after(line, i, end))
                }
                // A quotation that ends with its sentence ("‘Het begint met thee.’ Vond je
                // ...?").
                // Or one glued to the next sentence (`... on me for every one of them."Don't
                // miss the latest news`).
                '’' | '”' | '»' | '"' => {
                    line[..i]
                        .char_indices()
                        .next_back()
                        .is_some_and(|(stop, s)| {
                            matches!(s, '.' | '!' | '?' | '…')
                                && (next_opens() || (s != '…' && glued_after(line, stop, end)))
                        })
                }
                '。' | '！' | '？' => end < line.len(),
                _ => false,
            };
        if split {
            out.push(start..end);
            start = end;
            while chars.peek().is_some_and(|&(_, n)| n == ' ') {
                chars.next();
                start += 1;
            }
        }
    }
    if start < line.len() {
        out.push(start..line.len());
    }
    out.retain(|r| !line[r.clone()].trim().is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `line`, as text.
    fn parts(line: &str) -> Vec<&str> {
        sentences(line).into_iter().map(|r| &line[r]).collect()
    }

    #[test]
    fn sentences_end_at_a_stop_before_a_capital() {
        let line = "Er kam um 5 p.m. an. „Wir gehen“, sagte er! 3 Tage später? ja. 终于到了。好的";
        assert_eq!(
            parts(line),
            [
                "Er kam um 5 p.m. an.",
                "„Wir gehen“, sagte er!",
                // No capital after the stop: one sentence.
                "3 Tage später? ja. 终于到了。",
                "好的"
            ]
        );
        // A stop glued to the next sentence ends it; a host's or an initial's dot does not.
        let line = "Sie steht bis heute aus.Dir gefallen unsere Recherchen? Siehe vol.at, VOL.At und www.Example.de.";
        assert_eq!(
            parts(line),
            [
                "Sie steht bis heute aus.",
                "Dir gefallen unsere Recherchen?",
                "Siehe vol.at, VOL.At und www.Example.de."
            ]
        );
        // A quotation's sentences stay with the one that quotes them.
        // Scripts without case: a letter after the stop opens the next one.
        let line = "पुराने मॉडलों पर नजर रखें। हमें फेसबुक पर ज्वॉइन करें। שלום. תודה";
        assert_eq!(
            parts(line),
            [
                "पुराने मॉडलों पर नजर रखें।",
                "हमें फेसबुक पर ज्वॉइन करें।",
                "שלום.",
                "תודה"
            ]
        );
        let line = "„Wir warten. Wir messen” – sagte er. « On attend. » Ja. »Wir auch. Ja.« Gut. ‘Thee.’ “We wait. We do.” Done.";
        assert_eq!(
            parts(line),
            [
                "„Wir warten. Wir messen” – sagte er.",
                "« On attend. » Ja.",
                "»Wir auch. Ja.« Gut.",
                "‘Thee.’",
                // A quotation that ends with its sentence ends it.
                "“We wait. We do.”",
                "Done."
            ]
        );
        // A quotation that ends a paragraph, glued to the next one.
        let line =
            "She said: \"That's Paisley for you.\"Don't miss the news. He said \"No.\"and left.";
        assert_eq!(
            parts(line),
            [
                "She said: \"That's Paisley for you.\"",
                "Don't miss the news.",
                "He said \"No.\"and left."
            ]
        );
    }
}
