//! Scanning: one pass over the case-folded document finds every phrase, label and pattern,
//! and adds what each match means to the evidence of the block it falls in.

use super::builtin::{
    AMOUNT_WORDS, BADGE_WORDS, COPYRIGHT_LINE_WORDS, CRUMB_SEPARATORS, FURNITURE_WORDS, Gate,
    IBAN_DIGITS, LIST_NOUNS, MINUTES_WORDS, NAMED_RIGHTS_WORDS, ends_in_arrow, money_window,
};
use super::compile::label_key;
use super::vocab::{At, Group};
use super::{Evidences, RuleSet, phrases};
use std::ops::Range;

use crate::Kind;
use crate::input::classes::Classes;
use crate::input::segment::{Block, closes_quote, count_words};
use crate::score::concepts::{Concepts, Stems};

impl RuleSet {
    /// Scans `folded` (the case-folded document, see [`fold_case`](crate::input::segment::fold_case)) once and returns the
    /// evidence of each block. `text` is the document as written, at the same offsets (the
    /// folding keeps them): a pronoun a pack writes with a capital is read there. `host`
    /// scopes user rules to a site.
    pub(crate) fn scan(
        &self,
        text: &str,
        folded: &str,
        classes: &Classes,
        blocks: &[Block],
        host: Option<&str>,
    ) -> Evidences {
        let mut ev = Evidences::new(blocks.len());
        // (The document as written, where a gate below names its block `text`.)
        let written = text;
        debug_assert_eq!(text.len(), folded.len(), "folding keeps every offset");
        if blocks.is_empty() {
            return ev;
        }
        let bytes = folded.as_bytes();
        // The rules that fired in the block of the last match: matches come in block order
        // within each pass, so this is all it takes to count a rule once a block (an array
        // over all rules would be cleared for every document, thousands of entries).
        let mut fired: (usize, Vec<u32>) = (usize::MAX, Vec::new());
        // Matches come in order, so the block a match falls in is found by walking forward.
        let mut cursor = 0;
        // Formulas quoted in a sentence: (block, rule, weight), counted at the end where the
        // sentence addresses the reader.
        let mut held: Vec<(usize, u32, f32)> = Vec::new();
        // The reader's pronouns in sentences: (block, rule, start, end).
        let mut yous: Vec<(usize, u32, usize, usize)> = Vec::new();
        let mut quotes = Quotations::default();
        // Whether the rule counted the match (or had counted it in this block already).
        let mut apply = |idx: u32, start: usize, end: usize, ev: &mut Evidences| -> bool {
            let rule = &self.rules[idx as usize];
            if !word_boundary(folded, start, end, rule.stem) {
                return false;
            }
            // (Written in lower case, "Ihnen" is "ihnen", them; a sentence's first word keeps
            // its capital whichever it is, and counts.)
            if !self.capitals.is_empty()
                && self.capitals.binary_search(&idx).is_ok()
                && !text
                    .get(start..)
                    .is_some_and(|t| t.starts_with(char::is_uppercase))
            {
                return false;
            }
            if blocks.get(cursor).is_none_or(|b| b.range.start > start) {
                cursor = blocks.partition_point(|b| b.range.end <= start);
            }
            while blocks.get(cursor).is_some_and(|b| b.range.end <= start) {
                cursor += 1;
            }
            let b = cursor;
            let Some(block) = blocks.get(b) else {
                return false;
            };
            if start < block.range.start || end > block.range.end {
                return false;
            }
            let mut weight = rule.weight;
            if rule.max_words > 0 && block.words > rule.max_words {
                // A salutation that runs into its letter ("DEAR READERS: We are ...") still
                // counts, for less.
                if rule.group != Group::Salutation {
                    return false;
                }
                weight = RUN_IN_SALUTATION;
            }
            match rule.at {
                At::Any => {}
                At::Start => {
                    if has_word_char(&folded[block.range.start..start]) {
                        return false;
                    }
                }
                At::Whole => {
                    if has_word_char(&folded[block.range.start..start])
                        || has_word_char(&folded[end..block.range.end])
                    {
                        return false;
                    }
                }
            }
            // The pronouns of a quotation in a sentence are its speaker's ("– Vi kan inte
            // vänta", she said): not the outlet's voice, nor the reader addressed.
            let said = matches!(rule.group, Group::We | Group::You)
                && block.words > QUOTING
                && inside(quotes.of(folded, blocks, b), start, end);
            let e = ev.get_mut(b);
            match rule.group {
                Group::We | Group::You if said => e.said = e.said.saturating_add(1),
                Group::We => e.we = e.we.saturating_add(1),
                Group::You => {
                    e.you = e.you.saturating_add(1);
                    if block.words > QUOTING {
                        yous.push((b, idx, start, end));
                    }
                }
                Group::Platform => {
                    e.platform_bytes += (end - start) as u32;
                    e.platforms = e.platforms.saturating_add(1);
                }
                Group::Money => {
                    e.money = Some(match e.money.take() {
                        Some(r) => r.start.min(start)..r.end.max(end),
                        None => start..end,
                    })
                }
                _ => {
                    if fired.0 != b {
                        fired.0 = b;
                        fired.1.clear();
                    }
                    if fired.1.contains(&idx) {
                        return true;
                    }
                    // A formula quoted inside a sentence is the sentence's object ("the
                    // charity's „Jetzt spenden“ page", "a «Nous utilisons des cookies»
                    // banner"): someone else's words, which the article reports on; unless
                    // the sentence speaks to the reader ("By clicking “Accept all”, you agree
                    // ..."), known once the block is scanned: held until then. (Only
                    // formulas are looked at: body rows and pronouns fire in most paragraphs.)
                    // (So is one quoted in a headline's words: «تبرع الآن» in "حملة «تبرع
                    // الآن» تجمع عشرة آلاف كيس دم", a campaign named by its slogan.)
                    let mention = |(from, to): (usize, usize)| {
                        block.words > QUOTING
                            || block.words.saturating_sub(count_words(&folded[from..to]))
                                >= QUOTED_CONTEXT_WORDS
                    };
                    // (A block of no more words than the context has no formula besides.)
                    if weight > 0.0
                        && rule.group != Group::User
                        && block.words > QUOTED_CONTEXT_WORDS
                        && quote_around(quotes.of(folded, blocks, b), start, end)
                            .is_some_and(mention)
                    {
                        if !held.iter().any(|h| h.0 == b && h.1 == idx) {
                            held.push((b, idx, weight));
                        }
                        return true;
                    }
                    // Said outside quotation marks too: counted now, and no longer held.
                    if !held.is_empty() {
                        held.retain(|h| h.0 != b || h.1 != idx);
                    }
                    fired.1.push(idx);
                    e.user |= rule.group == Group::User;
                    if rule.group == Group::Line
                        && rule.kind == Some(Kind::Related)
                        && block.words <= 6
                    {
                        e.list_header = true;
                    }
                    e.add(idx, rule, weight);
                    let (we, you) = rule.pronouns;
                    e.formula_we = e.formula_we.saturating_add(u16::from(we));
                    e.formula_you = e.formula_you.saturating_add(u16::from(you));
                }
            }
            true
        };
        // The concepts of each block are found in the same pass as the phrases, beside the
        // evidence (which the phrases' callback holds), and handed to it afterwards.
        let stems = Stems::get();
        // The stems are words of the pack languages: a set that uses no pack
        // (`languages(["xx"])`, or no built-in rules) reads a text as one in a language no
        // pack covers, stems included.
        let concepts_on = self.common.any_pack();
        // Pronoun matches of a word shared with another language: (rule, start, end).
        let mut shared: Vec<(u32, usize, usize)> = Vec::new();
        let mut concepts = ConceptScan {
            cursor: 0,
            found: ev.take_concepts(),
        };
        self.phrases.find(
            folded,
            classes,
            |pattern, start, end| {
                let p = pattern as usize;
                let (from, to) = (self.phrase_at[p], self.phrase_at[p + 1]);
                // Of a pack's rows for this phrase, the first that accepts the match counts,
                // once for each position (rows of another position are other evidence).
                let mut counted = [false; 2];
                // Whether any row took the match: if none did, the words inside it are
                // looked up on their own ("your support" inside a heading's "we need your
                // support" that a paragraph holds).
                let mut took = false;
                for &idx in &self.phrase_rules[from as usize..to as usize] {
                    let rule = &self.rules[idx as usize];
                    let first = rule.group != Group::User && !rule.counter();
                    let slot = usize::from(rule.at == At::Start);
                    if first && counted[slot] || !self.in_scope(idx, host) {
                        continue;
                    }
                    // Whose pronoun a word shared with another language's commonest is,
                    // the text's language tells, known once the text is read: held.
                    if matches!(rule.group, Group::We | Group::You)
                        && !self.shared_pronouns.is_empty()
                        && self.shared_pronouns.contains_key(&idx)
                    {
                        shared.push((idx, start, end));
                        took = true;
                        continue;
                    }
                    if apply(idx, start, end, &mut ev) {
                        took = true;
                        counted[slot] |= first;
                    }
                }
                took
            },
            |s, x, h| {
                if concepts_on && stems.may_start(h) {
                    concepts.visit(stems, folded, blocks, s, x, h);
                }
            },
        );
        if !shared.is_empty() {
            // The text's opening tells its language: a few hundred words suffice, and every
            // common word is counted here (the share the reading stops at does not apply).
            let mut sample = folded.len().min(LANGUAGE_SAMPLE);
            while !folded.is_char_boundary(sample) {
                sample -= 1;
            }
            let hits = self.common.hits(&folded[..sample]);
            let best = |mask: u64| {
                hits.iter()
                    .enumerate()
                    .filter(|&(k, _)| k < 64 && mask & 1 << k != 0)
                    .map(|(_, &h)| h)
                    .max()
                    .unwrap_or(0)
            };
            // (And the text reads as in the pronoun's language more than in any other: a
            // Swedish text's "ta" (take) is no French "ta" (your), though its "du" is a French
            // word too.)
            let top = best(u64::MAX);
            for (idx, start, end) in shared {
                let (own, other) = self.shared_pronouns[&idx];
                if best(own) > best(other) && best(own) >= top {
                    apply(idx, start, end, &mut ev);
                }
            }
        }
        ev.set_concepts(concepts.found);
        for (b, block) in blocks.iter().enumerate() {
            if block.words > MAX_LABEL_ROW {
                // A button glued to the end of the box's last sentence ("... funded by its
                // readers. Support now"): a label of two words or more, after a sentence end.
                if let Some(idx) = self.glued_label(&folded[block.range.clone()]) {
                    if self.in_scope(idx, host) {
                        let rule = &self.rules[idx as usize];
                        ev.get_mut(b).add(idx, rule, rule.weight * GLUED_LABEL);
                    }
                }
                continue;
            }
            let text = &folded[block.range.clone()];
            // A label in quotation marks under a quotation or a paragraph is quoted: a story
            // on cookie banners quotes the banner and then its buttons, each a line to itself
            // ("«Αποδοχή όλων»"). (Under a box's heading it is the box's: "Newsletter" /
            // "«Dernières nouvelles»", a newsletter's name.)
            if block.quoted
                && closes_quote(text)
                && b > 0
                && (blocks[b - 1].quoted || blocks[b - 1].words > MAX_LABEL_ROW)
            {
                continue;
            }
            // (A key with no rules is the start of a longer label: below.)
            if let Some(found) = self.labels.get(label_key(text)).filter(|f| !f.is_empty()) {
                for &idx in found {
                    if self.in_scope(idx, host) {
                        let rule = &self.rules[idx as usize];
                        ev.get_mut(b).add(idx, rule, rule.weight);
                    }
                }
            } else if block.words > 1 {
                for idx in self.label_row(text) {
                    if self.in_scope(idx, host) {
                        let rule = &self.rules[idx as usize];
                        ev.get_mut(b).add(idx, rule, rule.weight);
                    }
                }
            }
        }
        for (re, idx) in &self.patterns {
            if !self.in_scope(*idx, host) {
                continue;
            }
            for m in re.find_iter(folded) {
                let (mut s, mut e) = (m.start(), m.end());
                // A match across lines counts for the block it starts in.
                while s < e && bytes[s].is_ascii_whitespace() {
                    s += 1;
                }
                while e > s && bytes[e - 1].is_ascii_whitespace() {
                    e -= 1;
                }
                let b = blocks.partition_point(|b| b.range.end <= s);
                if let Some(block) = blocks.get(b) {
                    e = e.min(block.range.end);
                }
                apply(*idx, s, e, &mut ev);
            }
        }
        // The furniture gate's marks ('#' and breadcrumb separators), found once in the
        // document: both of its patterns read them for every short block.
        let mut furniture: Option<Vec<usize>> = None;
        // How many blocks are a time alone that is no player's start ("23:45", "1:32"): read
        // once, when a block is a start alone.
        let mut clock_times: Option<usize> = None;
        // How many blocks are a count alone ("1 / 12", "3/9", "2 of 14"): read once, when a
        // block may be a gallery's counter.
        let mut counters: Option<usize> = None;
        let chrome = Group::Chrome.slot().expect("a kept group");
        for (re, idx, gate) in &self.gated {
            let mut mark = 0;
            for (b, block) in blocks.iter().enumerate() {
                let range = block.range.clone();
                let window = match gate {
                    // Every form of the pattern has a digit, and its amount and period stand
                    // next to the sign or code.
                    Gate::Money => ev[b]
                        .money
                        .clone()
                        .map(|m| money_window(folded, range, m))
                        .filter(|w| folded.as_bytes()[w.clone()].iter().any(u8::is_ascii_digit)),
                    Gate::OneToken => {
                        let text = &folded[range.clone()];
                        (block.words <= 4 && !text.contains(' ') && text.contains('.'))
                            .then_some(range)
                    }
                    Gate::Furniture => {
                        let marks = furniture.get_or_insert_with(|| furniture_marks(bytes));
                        while marks.get(mark).is_some_and(|&m| m < range.start) {
                            mark += 1;
                        }
                        (block.words <= FURNITURE_WORDS
                            && marks.get(mark).is_some_and(|&m| m < range.end))
                        .then_some(range)
                    }
                    // Badges come in pairs, on one line or two ("App Store" and "Google
                    // Play"): a headline that ends in a store's name ("Fortnite returns to
                    // the App Store") stands alone. (The systems' on two lines only: a fact
                    // box's line names both, "Aplicația: gratuită, pentru Android și iOS".)
                    Gate::Store => {
                        // (Both badges on one line, each with its verb: "Tải trên App Store |
                        // Tải trên Google Play".)
                        let badge = |i: usize| {
                            blocks.get(i).is_some_and(|k| {
                                let t = &folded[k.range.clone()];
                                ends_in_store(t)
                                    && (k.words <= BADGE_WORDS
                                        || (k.words <= 2 * BADGE_WORDS && both_stores(t)))
                            })
                        };
                        // A system's badge is paired with its twin: the same words before
                        // the system's name ("Download voor iOS" / "Download voor Android"),
                        // not a fact box's "Verfügbar für: iOS" or a bullet's "• iOS".
                        let twins = |i: usize, j: usize| {
                            let stem = |k: usize| {
                                let t = folded[blocks[k].range.clone()].trim_end();
                                t.rsplit_once(' ').map(|(s, _)| s.trim_end())
                            };
                            matches!((stem(i), stem(j)), (Some(x), Some(y))
                                if x == y
                                    && x.split_whitespace().count() >= 2
                                    && !x.contains([':', '：'])
                                    && !x.bytes().any(|c| c.is_ascii_digit()))
                        };
                        let system = |i: usize| ends_in_system(&folded[blocks[i].range.clone()]);
                        let pairs = |i: usize, j: usize| {
                            badge(j) && (!(system(i) || system(j)) || twins(i, j))
                        };
                        let paired = || {
                            let text = &folded[range.clone()];
                            text.matches("store").count() + text.matches("play").count() >= 2
                                || (b > 0 && pairs(b, b - 1))
                                || (b + 1 < blocks.len() && pairs(b, b + 1))
                        };
                        (badge(b) && paired()).then_some(range)
                    }
                    Gate::Counter => {
                        let text = &bytes[range.clone()];
                        let time = |k: usize| {
                            blocks
                                .get(k)
                                .is_some_and(|k| lone_time(&bytes[k.range.clone()]))
                        };
                        // A start alone ("0:00") is a player's where its length follows it and
                        // no time stands above it, or where no other time stands alone in the
                        // text: a live blog's or a timetable's midnight is among other times.
                        let zero = player_start(text);
                        let alone = lone_time(text);
                        // (Read only for a time alone: few blocks are one.)
                        let others = if alone {
                            *clock_times.get_or_insert_with(|| {
                                blocks
                                    .iter()
                                    .filter(|k| {
                                        let t = &bytes[k.range.clone()];
                                        lone_time(t) && !player_start(t)
                                    })
                                    .count()
                            })
                        } else {
                            0
                        };
                        let start = || (time(b + 1) && !(b > 0 && time(b - 1))) || others == 0;
                        // A length alone ("3:12") is a player's under its label ("Lyt til
                        // artiklen", "Video: Zwarte rookwolk boven De Rietvelden"), where it is
                        // the text's one time alone: a page's stamp stands under a date, a
                        // fact box's value under a label that ends in a colon ("Anstoß:").
                        // (The text's count of lone times first: the label's look back for
                        // the story's first paragraph is made for its one time alone, not for
                        // each of a page of them.)
                        let length = || {
                            let label = || {
                                b.checked_sub(1).is_some_and(|k| {
                                    let (l, t) = (&blocks[k], &folded[blocks[k].range.clone()]);
                                    l.words <= PLAYER_LABEL_WORDS
                                    && !t.bytes().any(|c| c.is_ascii_digit())
                                    && t.chars().any(char::is_alphabetic)
                                    && !t.trim_end().ends_with(':')
                                    // (Above the story, or of one word, with a formula of its
                                    // own: a headline over the page's time, "Kick-off" over
                                    // the match's.)
                                    && (ev[k].signal > 0.0
                                        || (l.words > 1
                                            && blocks[..k].iter().any(|p| {
                                                p.sentence && p.words >= PARAGRAPH_WORDS
                                            })))
                                })
                            };
                            // (Nor a time that a sentence goes on from: "Meeting resumes at" /
                            // "14:35" / "after a break.")
                            let goes_on = || {
                                blocks.get(b + 1).is_some_and(|n| {
                                    written[n.range.clone()].starts_with(char::is_lowercase)
                                })
                            };
                            others == 1 && !goes_on() && label()
                        };
                        (text.len() <= 20
                            && text.contains(&b':')
                            && text
                                .iter()
                                .all(|&b| b.is_ascii_digit() || matches!(b, b':' | b'/' | b' '))
                            && (text.contains(&b'/')
                                || (zero && start())
                                || (!zero && alone && length())))
                        .then_some(range)
                    }
                    // Not where a pack's row reads the line already ("4 Min. Lesezeit"):
                    // twice the weight would carry its run over the story's next paragraph.
                    Gate::Minutes => (block.words <= MINUTES_WORDS
                        && ev[b].groups[chrome] == 0.0
                        && folded.as_bytes()[range.clone()]
                            .iter()
                            .any(u8::is_ascii_digit))
                    .then_some(range),
                    // A gallery shows one counter: a thread's posts ("1/9" ... "9/9") and a
                    // timeline's dates ("1/9", "3/9") number several, and a results' line is
                    // introduced ("Seats declared:" over "1 of 14").
                    Gate::Gallery => (block.words <= 3
                        && range.len() <= 16
                        && bytes[range.start] == b'1'
                        && *counters.get_or_insert_with(|| {
                            blocks
                                .iter()
                                .filter(|k| counter_like(&bytes[k.range.clone()], k.words))
                                .count()
                        }) == 1
                        && !(b > 0
                            && folded[blocks[b - 1].range.clone()]
                                .trim_end()
                                .ends_with([':', '：'])))
                    .then_some(range),
                    Gate::Arrow => (block.words <= FURNITURE_WORDS
                        && ends_in_arrow(&folded[range.clone()]))
                    .then_some(range),
                    Gate::Rights => (block.words <= FURNITURE_WORDS
                        && folded[range.clone()].contains('©'))
                    .then_some(range),
                    Gate::NamedRights => (block.words <= NAMED_RIGHTS_WORDS
                        && folded[range.clone()].contains('©'))
                    .then_some(range),
                    Gate::Copyright => (block.words <= COPYRIGHT_LINE_WORDS && {
                        let t = folded[range.clone()].trim_start();
                        t.starts_with("copyright") || t.starts_with('©')
                    })
                    .then_some(range),
                    Gate::Iban => (block.words <= FURNITURE_WORDS
                        && {
                            let e = &ev[b];
                            e.we + e.you + e.formula_we + e.formula_you > 0
                        }
                        && folded.as_bytes()[range.clone()]
                            .iter()
                            .filter(|b| b.is_ascii_digit())
                            .count()
                            >= IBAN_DIGITS)
                        .then_some(range),
                    Gate::Amount => (block.words <= AMOUNT_WORDS
                        && folded.as_bytes()[range.clone()]
                            .iter()
                            .any(u8::is_ascii_digit))
                    .then_some(range),
                    Gate::Short => (block.words <= 6
                        && matches!(
                            folded.as_bytes()[range.start],
                            b'm' | b'o' | b'l' | b't' | b'r' | b'p'
                        )
                        && {
                            let text = folded[range.clone()]
                                .trim_end_matches(|c: char| !c.is_alphanumeric());
                            LIST_NOUNS.iter().any(|noun| text.ends_with(noun))
                        })
                    .then_some(range),
                };
                let Some(window) = window else {
                    continue;
                };
                let offset = window.start;
                for m in re.find_iter(&folded[window.clone()]) {
                    let (s, e) = (offset + m.start(), offset + m.end());
                    if matches!(gate, Gate::Money) && !modest_amount(folded, window.clone(), s) {
                        continue;
                    }
                    apply(*idx, s, e, &mut ev);
                }
            }
        }
        // The pronouns of a quotation are its speaker's: only those outside address the
        // reader.
        for (b, idx, weight) in held {
            let quotes = quotes.of(folded, blocks, b);
            // (By a pronoun of the formula's own language: the French "du" is no German "du".)
            let rule = &self.rules[idx as usize];
            let addressed = yous.iter().any(|&(y, you, s, e)| {
                y == b
                    && !inside(quotes, s, e)
                    && same_language(&rule.name, &self.rules[you as usize].name)
            });
            if addressed {
                ev.get_mut(b).add(idx, rule, weight);
            }
        }
        ev
    }
}

/// The most digits of a modest amount's whole units: an ask names a price a reader pays
/// ("$5 a month", "9,99 € im Monat"); a story's sums per period run to thousands ("450.000
/// Euro im Jahr", "$52,000 a year").
const MODEST_DIGITS: usize = 3;

/// Whether the amount of the money match at `start` (its digits may begin before it: "300
/// 000 ₽") has at most [`MODEST_DIGITS`] digits before its cents.
fn modest_amount(folded: &str, window: Range<usize>, start: usize) -> bool {
    let bytes = folded.as_bytes();
    let amount = |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' ' | b'\'');
    // A match that begins with its number may begin inside it ("300 000 ₽"); one that
    // begins with a sign has it whole ("In 2024, $5 a month" is $5).
    let mut s = start;
    while bytes[start].is_ascii_digit() && s > window.start && amount(bytes[s - 1]) {
        s -= 1;
    }
    // The amount's first digit, then its run of digits and separators.
    let Some(first) = bytes[s..window.end].iter().position(u8::is_ascii_digit) else {
        return true;
    };
    let digits = &bytes[s + first..window.end];
    let len = digits
        .iter()
        .position(|&b| !amount(b))
        .unwrap_or(digits.len());
    let mut run = &digits[..len];
    while let [rest @ .., b' ' | b'.' | b','] = run {
        run = rest;
    }
    // Cents: one or two digits after the last separator.
    if let Some(sep) = run.iter().rposition(|&b| matches!(b, b'.' | b',')) {
        if (1..=2).contains(&(run.len() - sep - 1)) {
            run = &run[..sep];
        }
    }
    run.iter().filter(|b| b.is_ascii_digit()).count() <= MODEST_DIGITS
}

/// The concepts found at word starts, of each block. Word starts come in order, so their
/// block is found by walking forward.
struct ConceptScan {
    cursor: usize,
    found: Vec<Concepts>,
}

impl ConceptScan {
    /// The stems at the word start `s`, which passed [`Stems::may_start`]. They count as
    /// in the block's own text: a stem at the block's start, or after a character that is not
    /// part of a word, and ending within the block.
    #[inline(never)]
    fn visit(&mut self, stems: &Stems, folded: &str, blocks: &[Block], s: usize, x: u64, h: u64) {
        while blocks.get(self.cursor).is_some_and(|b| b.range.end <= s) {
            self.cursor += 1;
        }
        let Some(block) = blocks.get(self.cursor) else {
            return;
        };
        if s < block.range.start || (s > block.range.start && phrases::splits_word(folded, s)) {
            return;
        }
        let c = stems.at(folded, s, block.range.end, x, h);
        let b = &mut self.found[self.cursor];
        *b = b.union(c);
    }
}

/// A block of more than this many words is a sentence, whose quotations are mentions.
const QUOTING: u32 = 8;

/// The quotations of the block last asked for (see `QUOTING`): matches and held formulas come
/// block by block, so one block's are kept.
#[derive(Default)]
struct Quotations {
    block: Option<usize>,
    ranges: Vec<(usize, usize)>,
    /// The marks' positions, kept between blocks to spare an allocation for each.
    marks: Vec<usize>,
}

impl Quotations {
    /// The quotations of block `b` of `folded`.
    fn of(&mut self, folded: &str, blocks: &[Block], b: usize) -> &[(usize, usize)] {
        if self.block != Some(b) {
            self.block = Some(b);
            let range = blocks[b].range.clone();
            quotations(
                &folded[range.clone()],
                range.start,
                &mut self.marks,
                &mut self.ranges,
            );
        }
        &self.ranges
    }
}

/// The quotations of a block's `text` (at `offset` in the document), as byte ranges between
/// the marks: the double quotation marks of every script, each one opening or closing in
/// turn, so that “…”, „…“, «…», »…« and "…" alike pair up. Single marks are left out (they
/// are also apostrophes), and so is every mark of a block whose marks do not pair. Then the
/// speech that a dash opens ([`dialogue`]).
fn quotations(text: &str, offset: usize, marks: &mut Vec<usize>, out: &mut Vec<(usize, usize)>) {
    out.clear();
    marks.clear();
    let bytes = text.as_bytes();
    // The marks' first bytes, by memchr: this runs on every sentence that holds a formula or
    // a pronoun. The dashes start with one of them too.
    let mut dash = false;
    for i in memchr::memchr3_iter(b'"', 0xc2, 0xe2, bytes) {
        if is_quote_mark(&bytes[i..]) {
            marks.push(i);
        } else {
            dash |= matches!(bytes[i..], [0xe2, 0x80, 0x93 | 0x94, b' ', ..]);
        }
    }
    // The CJK and full-width marks start with bytes that every CJK character shares: looked
    // for only where a block holds them.
    if memchr::memchr2(0xe3, 0xef, bytes).is_some() {
        marks.extend(
            memchr::memchr2_iter(0xe3, 0xef, bytes).filter(|&i| is_quote_mark(&bytes[i..])),
        );
        marks.sort_unstable();
    }
    if marks.len() % 2 == 0 {
        out.extend(
            marks
                .chunks_exact(2)
                .map(|p| (offset + p[0], offset + p[1])),
        );
    }
    let single = single_quotations(text, offset, out);
    if dash {
        dialogue(text, offset, out);
    }
    if dash || single {
        // Speech and quotation marks may overlap: their union, in order, for `inside`.
        out.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(out.len());
        for &(from, to) in out.iter() {
            match merged.last_mut() {
                Some(last) if from <= last.1 => last.1 = last.1.max(to),
                _ => merged.push((from, to)),
            }
        }
        *out = merged;
    }
}

/// The quotations in single marks (`'…'`, `‘…’`) of a block's `text`, added to `out`;
/// whether there were any. A single mark is also an apostrophe ("don't", "readers'"), so a
/// mark opens only after a space or the block's start and before a word, and closes only
/// after a word or a stop and before a space, a stop or the block's end; a closing mark
/// with none open is an apostrophe. Headlines in English and the news of South Asia quote
/// a banner's words so: "नेपाली वेबसाइटमा 'यो वेबसाइटले कुकिज प्रयोग गर्छ' सूचना".
fn single_quotations(text: &str, offset: usize, out: &mut Vec<(usize, usize)>) -> bool {
    let bytes = text.as_bytes();
    let before = out.len();
    let mut open = None;
    for i in memchr::memchr2_iter(b'\'', 0xe2, bytes) {
        let len = match bytes[i..] {
            [b'\'', ..] => 1,
            [0xe2, 0x80, 0x98 | 0x99, ..] => 3,
            _ => continue,
        };
        // (Most marks are apostrophes after a letter, "don’t", with none open: an ASCII byte
        // other than a space or a bracket before the mark opens nothing, and closes nothing
        // where none is open. Checked before any character is decoded.)
        if open.is_none()
            && i > 0
            && bytes[i - 1].is_ascii()
            && !(bytes[i - 1].is_ascii_whitespace() || matches!(bytes[i - 1], 0x0b | b'(' | b'['))
        {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + len..].chars().next();
        let opens = prev.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–'))
            && next.is_some_and(|c| c.is_alphanumeric());
        let closes =
            prev.is_some_and(|c| !c.is_whitespace()) && next.is_none_or(|c| !c.is_alphanumeric());
        if opens {
            open = Some(i);
        } else if closes && let Some(o) = open.take() {
            out.push((offset + o, offset + i));
        }
    }
    out.len() > before
}

/// The direct speech that a dash opens at the block's start or after a sentence's end
/// ("... lösningen. – Vi kan inte vänta", "— Мы не уйдём"), as Nordic, Slavic and Romance
/// texts print it: to the next spaced dash (the speaker's attribution) or the block's end.
/// A dash inside a sentence ("The plan – which ...") or after an abbreviation ("Apple Pay
/// etc. – über diesen Link") opens none.
fn dialogue(text: &str, offset: usize, out: &mut Vec<(usize, usize)>) {
    const DASHES: [&str; 2] = ["– ", "— "];
    let bytes = text.as_bytes();
    // The spaced dashes that may close a speech (" –", " —"), found once: each opening takes
    // the next of them.
    let closing: Vec<usize> = memchr::memmem::find_iter(bytes, b" \xe2\x80")
        .filter(|&i| matches!(bytes[i + 3..], [0x93 | 0x94, ..]))
        .collect();
    let close_after = |from: usize| {
        let k = closing.partition_point(|&c| c < from);
        closing.get(k).copied()
    };
    let after_sentence = |i: usize| {
        let before = text[..i].trim_end_matches(' ');
        let Some(stop) = before.strip_suffix(['.', '?', '!']) else {
            return false;
        };
        // The sentence's last word is no abbreviation: four letters at least.
        let word = stop
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        word.chars().take(4).count() >= 4
    };
    // Both dashes start with 0xe2 0x80.
    for start in memchr::memmem::find_iter(bytes, b"\xe2\x80") {
        if !DASHES.iter().any(|d| text[start..].starts_with(d)) {
            continue;
        }
        let end = close_after(start + 3);
        // At the block's start, speech has its attribution after a closing dash ("– Vi kan
        // inte, säger han – ..."): a dash alone there is a list's bullet ("– Subscribe to our
        // newsletter").
        let opens = if start == 0 {
            end.is_some()
        } else {
            after_sentence(start)
        };
        if opens {
            out.push((offset + start, offset + end.unwrap_or(text.len())));
        }
    }
}

/// Whether `bytes` start with a double quotation mark: `"`, `«`, `»`, `“`, `”`, `„`, `‟`,
/// `「`, `」`, `『`, `』` or `＂`.
fn is_quote_mark(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [b'"', ..]
            | [0xc2, 0xab | 0xbb, ..]
            | [0xe2, 0x80, 0x9c..=0x9f, ..]
            | [0xe3, 0x80, 0x8c..=0x8f, ..]
            | [0xef, 0xbc, 0x82, ..]
    )
}

/// Whether two rules are of one pack, by their names' language prefix (`fr.ask:…`); a
/// row of no language (`xx.`) goes with every pack.
fn same_language(a: &str, b: &str) -> bool {
    fn lang(name: &str) -> &str {
        name.split_once('.').map_or("", |(l, _)| l)
    }
    lang(a) == "xx" || lang(a) == lang(b)
}

/// Whether `start..end` lies inside one of `quotes` (sorted and disjoint): the last that
/// opens before it. (A block may hold thousands: each pronoun asks.)
fn inside(quotes: &[(usize, usize)], start: usize, end: usize) -> bool {
    quote_around(quotes, start, end).is_some()
}

/// The quotation of `quotes` that holds `start..end`, if one does.
fn quote_around(quotes: &[(usize, usize)], start: usize, end: usize) -> Option<(usize, usize)> {
    let k = quotes.partition_point(|&(from, _)| from < start);
    (k > 0 && end <= quotes[k - 1].1).then(|| quotes[k - 1])
}

/// The fewest words outside its quotation marks that make a short block quote a formula
/// rather than print it as a button ("„Jetzt spenden“" alone is the button).
const QUOTED_CONTEXT_WORDS: u32 = 4;

/// A label glued to a sentence counts for this share of its weight.
const GLUED_LABEL: f32 = 0.5;
/// The bytes at a block's end that a glued label and the sentence end before it must fit in.
const GLUE_WINDOW: usize = 64;

impl RuleSet {
    /// The label that ends `text` after a sentence end, when it has two words or more.
    fn glued_label(&self, text: &str) -> Option<u32> {
        // Only the block's last bytes can hold it: this runs on every paragraph.
        let mut from = text.len().saturating_sub(GLUE_WINDOW);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        // Trailing punctuation and spaces are ASCII: trimmed by bytes, as the sentence end
        // is found (the window is a `str` slice, so the cut after an ASCII byte is valid).
        let bytes = &text.as_bytes()[from..];
        let len = bytes
            .iter()
            .rposition(|b| !b.is_ascii() || b.is_ascii_alphanumeric())?
            + 1;
        let text = &text[from..from + len];
        // A teaser cut short with an ellipsis ends its sentence as a full stop does
        // ("... the new hospitals… Read more"): its last byte stands for it.
        // (Only an ellipsis after the last stop can move the end: searched after it.)
        let stop = memchr::memrchr3(b'.', b'!', b'?', text.as_bytes());
        let after = stop.map_or(0, |i| i + 1);
        // By its last byte (E2 80 A6), with the memchr crate: `str::rfind` went through
        // the core library's slower `memrchr`.
        let rest = &text.as_bytes()[after..];
        let mut upto = rest.len();
        let ellipsis = loop {
            match memchr::memrchr(0xa6, &rest[..upto]) {
                Some(i) if i >= 2 && rest[i - 2..i] == [0xe2, 0x80] => break Some(after + i),
                Some(i) => upto = i,
                None => break None,
            }
        };
        let end = stop.max(ellipsis)?;
        let tail = text[end + 1..].trim();
        // Most tails end a longer sentence and are no label: looked up before their words
        // are counted.
        let found = self.labels.get(label_key(tail))?;
        let words = tail.split_whitespace().count();
        if words < 2 || words > self.label_words as usize {
            return None;
        }
        found.first().copied()
    }
}

impl RuleSet {
    /// Whether `label`, whole, is a phrase of a rule of `kind` ("Legu ankaŭ"), not words
    /// that only begin with one ("Karanta kuma rubuta", read and write, begins with "karanta
    /// kuma", read also). Asked of few lines: it folds and scans the label on its own.
    pub(crate) fn is_whole_phrase(&self, label: &str, kind: Kind) -> bool {
        let (folded, classes) = crate::input::segment::fold_with_classes(label.trim());
        let mut whole = false;
        self.phrases.find(
            &folded,
            &classes,
            |p, start, end| {
                let p = p as usize;
                let rows =
                    &self.phrase_rules[self.phrase_at[p] as usize..self.phrase_at[p + 1] as usize];
                whole |= start == 0
                    && end == folded.len()
                    && rows
                        .iter()
                        .any(|&r| self.rules[r as usize].kind == Some(kind));
                true
            },
            |_, _, _| {},
        );
        whole
    }
}

/// The most words of a row of buttons ("Continue Remind me later").
const MAX_LABEL_ROW: u32 = 8;

impl RuleSet {
    /// The labels that a short block is made of, when it is a row of them ("Donate now
    /// Maybe later"); empty when some word is not part of a label.
    fn label_row(&self, text: &str) -> Vec<u32> {
        if !self.starts_with_label(text) {
            return Vec::new();
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let n = words.len();
        // reach[i]: the labels that cover the first i words, if they can be covered.
        let mut reach: Vec<Option<Vec<u32>>> = vec![None; n + 1];
        reach[0] = Some(Vec::new());
        let mut key = String::new();
        for i in 0..n {
            let Some(before) = reach[i].clone() else {
                continue;
            };
            key.clear();
            for j in i + 1..=n.min(i + self.label_words as usize) {
                if j > i + 1 {
                    key.push(' ');
                }
                key.push_str(words[j - 1]);
                if let Some(found) = self.labels.get(label_key(&key)).filter(|f| !f.is_empty()) {
                    if reach[j].is_none() {
                        let mut v = before.clone();
                        v.push(found[0]);
                        reach[j] = Some(v);
                    }
                }
            }
        }
        reach[n].take().unwrap_or_default()
    }
}

impl RuleSet {
    /// Whether `text` begins with a label (its first words, spaced by one space): a row of
    /// labels must. The words are joined one at a time, and the first join that no label
    /// begins with ends the search. Most short blocks do not, and this finds that out without allocating,
    /// where the row's search keeps vectors of words and of the labels that cover them.
    fn starts_with_label(&self, text: &str) -> bool {
        let mut key = [0u8; 128];
        let mut len = 0;
        for (j, word) in text
            .split_whitespace()
            .take(self.label_words as usize)
            .enumerate()
        {
            let sep = usize::from(j > 0);
            let Some(slot) = key.get_mut(len..len + sep + word.len()) else {
                // Too long to look up here: the row's search will tell.
                return true;
            };
            slot[..sep].fill(b' ');
            slot[sep..].copy_from_slice(word.as_bytes());
            len += sep + word.len();
            let joined = std::str::from_utf8(&key[..len]).expect("whole words and spaces");
            match self.labels.get(label_key(joined)) {
                Some(found) if !found.is_empty() => return true,
                // The words begin some label.
                Some(_) => {}
                // No label begins with these words, which hold a letter or digit: no longer
                // join of them is a label either (see `add_label_prefixes`).
                None if has_word_char(joined) => return false,
                None => {}
            }
        }
        false
    }
}

/// Where `text` holds a `#` or one of [`CRUMB_SEPARATORS`] (the first byte of each), in
/// order: a block holds one when one of these starts in it, as blocks are slices of whole
/// characters. Read once a document, where a search of each short block cost a few
/// searcher set-ups a block.
fn furniture_marks(text: &[u8]) -> Vec<usize> {
    let mut marks = Vec::new();
    for i in memchr::memchr3_iter(b'#', b'>', 0xbb, text)
        .chain(memchr::memchr3_iter(0xba, 0x92, b'/', text))
    {
        if matches!(text[i], b'#' | b'>') {
            marks.push(i);
            continue;
        }
        // A slash between spaces ("News / Cities"); a URL's or a date's has none.
        if text[i] == b'/' {
            if i > 0 && text[i - 1] == b' ' && text.get(i + 1) == Some(&b' ') {
                marks.push(i);
            }
            continue;
        }
        for c in CRUMB_SEPARATORS {
            let n = c.len_utf8();
            if n > 1 && i + 1 >= n && text[..=i].ends_with(c.encode_utf8(&mut [0; 4]).as_bytes()) {
                marks.push(i + 1 - n);
            }
        }
    }
    marks.sort_unstable();
    marks
}

/// What a salutation at the start of a long block counts for.
const RUN_IN_SALUTATION: f32 = 2.5;

fn has_word_char(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// A phrase or pattern match must not start inside a word, nor end inside one (or before
/// a possessive `'s`) unless it is a stem.
fn word_boundary(text: &str, start: usize, end: usize, stem: bool) -> bool {
    !phrases::splits_word(text, start) && (stem || phrases::ends_phrase(text, end))
}

/// Whether a folded line ends in the last word of an app store's name ("... App Store", "...
/// Google Play", "... AppGallery"): the gate of the store-badge pattern.
fn ends_in_store(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    text.ends_with("store")
        || text.ends_with("play")
        || text.ends_with("gallery")
        || ends_in_system(text)
}

/// Whether the lower-cased `text` is both app stores' badges on one line: parts parted by a
/// bar or a bullet, each ending in a store's name, with no label before a colon and no
/// comma (a fact box's "Precio: gratis | Disponible en App Store y Google Play" and a
/// story's "..., có trên App Store · Google Play" are no badges).
fn both_stores(text: &str) -> bool {
    const BARS: [char; 3] = ['|', '•', '·'];
    (text.contains("app store") || text.contains("appstore"))
        && (text.contains("google play") || text.contains("play store"))
        && text.contains(BARS)
        && text
            .split(BARS)
            .all(|p| ends_in_store(p) && !p.contains([':', ',']))
}

/// Whether the lower-cased `text` ends in a phone system's name ("... ios", "... android").
fn ends_in_system(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    text.ends_with(" ios") || text.ends_with(" android")
}

/// How many bytes of a text's opening are read for its language (see
/// [`RuleSet::shared_pronouns`]).
const LANGUAGE_SAMPLE: usize = 1024;

/// A time alone on its line: digits and colons, a colon among them ("23:45", "1:32",
/// A block of a count alone in a gallery's shape: two numbers of three figures at most,
/// parted by a slash or a word of a few letters ("1 / 12", "3/9", "2 of 14"; not a date,
/// "14 mart 2025", nor a time, "23:45").
fn counter_like(t: &[u8], words: u32) -> bool {
    if words > 3 || t.len() > 16 {
        return false;
    }
    let Ok(t) = std::str::from_utf8(t) else {
        return false;
    };
    let number = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let (a, b) = match t.split_once('/') {
        Some((a, b)) => (a.trim(), b.trim()),
        None => {
            let mut parts = t.split(' ');
            match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(a), Some(w), Some(b), None)
                    if (1..=5).contains(&w.chars().count())
                        && w.chars().all(char::is_alphabetic) =>
                {
                    (a, b)
                }
                _ => return false,
            }
        }
    };
    number(a) && number(b)
}

/// Whether `t` opens as a player's position at its start ("0:00", "00:00 / 04:12").
fn player_start(t: &[u8]) -> bool {
    t.starts_with(b"0:00") || t.starts_with(b"00:00")
}

/// The most words of a player's label over its length alone (see the counter's gate): "Lyt
/// til artiklen", "Video: Se hvordan stien skal se ud, når den er færdig".
const PLAYER_LABEL_WORDS: u32 = 12;
/// The fewest words of a sentence that shows the story has begun above such a label: below
/// it, a label needs no formula of its own (a video's title between paragraphs).
const PARAGRAPH_WORDS: u32 = 20;

/// "0:00:00").
fn lone_time(t: &[u8]) -> bool {
    (4..=8).contains(&t.len())
        && t.contains(&b':')
        && t.iter().all(|&c| c.is_ascii_digit() || c == b':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crumb_separators_found_by_their_last_bytes() {
        for c in CRUMB_SEPARATORS {
            let last = *c.to_string().as_bytes().last().unwrap();
            assert!([b'>', 0xbb, 0xba, 0x92].contains(&last), "{c}");
            assert_eq!(furniture_marks(format!("home {c} news").as_bytes()), [5]);
        }
        assert!(furniture_marks("“quoted” – ©2024 ‹x ≥ 5 ← лкђ".as_bytes()).is_empty());
        let text = "#a › b » c → d > e";
        let marks: Vec<char> = furniture_marks(text.as_bytes())
            .iter()
            .map(|&m| text[m..].chars().next().unwrap())
            .collect();
        assert_eq!(marks, ['#', '›', '»', '→', '>']);
    }

    /// The quotations `quotations` finds in `text`, as text.
    fn quoted(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        quotations(text, 0, &mut Vec::new(), &mut out);
        out.iter().map(|&(s, e)| text[s..e].to_string()).collect()
    }

    #[test]
    fn a_dash_after_a_sentence_or_at_the_start_opens_speech() {
        assert_eq!(
            quoted("Han tror på dammarna. – Vi kan inte vänta, säger han – och skrattar."),
            ["– Vi kan inte vänta, säger han"]
        );
        assert_eq!(quoted("— Мы не уйдём, — сказал он."), ["— Мы не уйдём,"]);
        // At the start without an attribution, a list's bullet.
        assert!(quoted("– Subscribe to our free newsletter").is_empty());
        assert_eq!(quoted("„Wir helfen“, sagt sie."), ["„Wir helfen"]);
        // Not inside a sentence, nor after an abbreviation.
        assert!(quoted("The plan – which we back – costs more.").is_empty());
        assert!(quoted("Mit Kreditkarte, Apple Pay etc. – über diesen Link.").is_empty());
    }

    #[test]
    fn single_marks_quote_where_no_word_runs_through_them() {
        assert_eq!(
            quoted("नेपाली वेबसाइटमा 'यो वेबसाइटले कुकिज प्रयोग गर्छ' सूचना"),
            ["'यो वेबसाइटले कुकिज प्रयोग गर्छ"]
        );
        assert_eq!(
            quoted("Clicking ‘Manage preferences’ led nowhere."),
            ["‘Manage preferences"]
        );
        // Apostrophes: inside a word, after a plural, before a decade with no closing mark.
        assert!(quoted("Don't miss the readers' letters of the '90s").is_empty());
        // Nested in double marks: one quotation.
        assert_eq!(
            quoted("\"They wrote 'Donate now' on it\", she said."),
            ["\"They wrote 'Donate now' on it"]
        );
    }

    use crate::rules::tests::scan as scanned;

    #[test]
    fn the_pronouns_of_a_quotation_are_not_the_outlets() {
        let pronouns = |text: &str| {
            let ev = scanned(text);
            (ev[0].we, ev[0].you)
        };
        let (we, _) = pronouns(
            "Anders Nilsson tror ändå att dammarna är en del av lösningen. – Vi kan inte \
             vänta på att någon annan ska lösa det här åt oss.",
        );
        assert_eq!(we, 0);
        let (we, _) = pronouns(
            "Anders Nilsson tror ändå att dammarna är en del av lösningen. Vi kan inte \
             vänta på att någon annan ska lösa det här åt oss.",
        );
        assert!(we > 0);
    }

    /// The German formal "Ihnen" addresses the reader; "ihnen" (them) does not, though both
    /// fold to one word.
    #[test]
    fn a_capital_pronoun_counts_only_with_its_capital() {
        let you = |text: &str| scanned(text)[0].you;
        assert!(you("Wir danken Ihnen für Ihre Unterstützung unserer Arbeit.") > 0);
        assert_eq!(
            you("Die Forschenden haben die Menschen befragt und ihnen zwei Varianten gezeigt."),
            0
        );
    }
}
