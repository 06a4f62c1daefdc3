//! Decision stage: the evidence of each block becomes a score, and the runs of blocks whose
//! summed score is high become cuts.
//!
//! A block with no evidence scores below zero in proportion to its length, so that article
//! paragraphs form walls that a cut cannot cross cheaply, while the short labels, headings
//! and asks of an appeal box score above zero and join up. The runs are the maximal-scoring
//! segments of the score sequence (Ruzzo and Tompa, 1999), which covers a trailing appeal, a
//! banner at the top and an insert in the middle alike. A run is cut only when it holds an
//! anchor: a block whose evidence alone marks it as boilerplate.

pub(crate) mod concepts;
mod credits;
pub(crate) mod features;
mod glued;
pub(crate) mod model;
mod story;

mod amounts;
mod bios;
mod boxes;
mod head;
mod rows;
mod runs;

use amounts::*;
use bios::*;
use boxes::*;
use head::*;
use rows::*;
use runs::*;

use std::ops::Range;
use std::sync::LazyLock;

use crate::input::host::squeeze;
use crate::input::segment::{Block, is_lower, is_mkhedruli, is_upper};
use crate::rules::lang::common::is_common_word;
use crate::rules::{CRUMB_SEPARATORS, Evidence, Evidences, Group, RuleSet};
use crate::{Kind, Stage};
use features::Doc;
use model::{Model, Reading};
use story::StoryLines;

/// The least summed score of a run that is cut.
const MIN_RUN: f32 = 2.0;
/// A block whose single heaviest rule weighs this much is an anchor.
const ANCHOR_RULE: f32 = 3.0;
/// Or whose rules together weigh this much.
const ANCHOR_SUM: f32 = 4.5;
/// Cuts that would leave less than this share of the text are not made: a document that is
/// all appeal-like is more likely an article about an appeal than an appeal alone.
const MIN_KEPT_SHARE: f32 = 0.2;

/// Extra evidence a caller knows about a block (the HTML path knows its element).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Hint {
    /// Added to the block's score.
    pub bonus: f32,
    /// Makes the block an anchor of this kind (a link list, a known boilerplate element).
    pub anchor: Option<Kind>,
    /// The block sits in an element named for an appeal: that corroborates a single formula.
    pub boxed: bool,
}

/// A decided cut: a run of blocks, of one kind.
#[derive(Clone, Debug)]
pub(crate) struct Cut {
    pub blocks: Range<usize>,
    /// In text input, the byte where the cut starts inside its first block, when the
    /// block opens with the story's last sentences and a box is glued to them (see
    /// [`glued`]).
    pub from: Option<usize>,
    pub kind: Kind,
    pub rule: String,
    pub confidence: f32,
    pub stage: Stage,
}

pub(crate) struct Scored {
    score: f32,
    anchor: bool,
    /// The anchor is the hand rules' (a pack formula, a user rule, a known element), not
    /// the model's alone.
    hand_anchor: bool,
    /// A sentence whose evidence is one formula and nothing else: a mention, unless its
    /// neighbours make it part of an appeal.
    lone_formula: bool,
    /// Article text that no run may cross.
    wall: bool,
    /// A paragraph of the story, for where the story starts and ends: a wall, or in a text
    /// told in short paragraphs that has none, a sentence of [`WALL_WORDS`] words or more
    /// with no evidence (see [`short_paragraphs`]).
    story: bool,
}

/// Above this share of voiced paragraphs a document is a letter, and voice is no evidence.
const VOICED_SHARE: f32 = 0.4;

/// A block longer than this is a sentence, whose single formula needs corroboration.
const SENTENCE_WORDS: u32 = 15;
/// A paragraph longer than this whose formulas come without a "we", a "you" or an amount
/// describes (a survey of readers who pay "with a donation", a newspaper's app that "offers
/// breaking news alerts"): two formulas do not corroborate each other there. (A cookie
/// banner speaks as "this site", and its formal "you" is often a possessive no pack counts.)
const PLAIN_WORDS: u32 = 25;

/// A sentence of this many characters (and [`LONG_WORDS_MIN`] words) with no evidence is a
/// paragraph of the story where words are long ("ജില്ലയിലെ കാപ്പി കർഷകരിൽ ..."), whose
/// paragraphs reach no wall's count of words: the model reads such a text as it reads one
/// with walls.
const LONG_WORDS_CHARS: usize = 200;
const LONG_WORDS_MIN: u32 = 12;
const LONG_WORDS_PARAGRAPHS: usize = 2;
/// The fewest story sentences (see [`story_sentence`]) that make a text with no wall, in a
/// language a pack reads, a story the model reads (see `decide_pass`).
const SHORT_STORY_SENTENCES: usize = 3;
/// The fewest words of a statement that parts runs in such a text, and the highest log-odds
/// the model gives it. Chosen on every labelled text: with no bound on the log-odds, a box's
/// own statements ("Saadame sulle igal reedel ...") parted its lines, and they stayed.
const STATEMENT_WALL_WORDS: u32 = 6;
const STATEMENT_WALL_LOGIT: f32 = -1.0;
/// The fewest words of a sentence that the model does not raise in such a text.
const SILENT_SENTENCE_WORDS: u32 = 3;

/// The score of a wall (walls also split the sequence).
const WALL: f32 = f32::NEG_INFINITY;
/// A block of this many words with no evidence and no pronoun is article text, and a wall.
const WALL_WORDS: u32 = 10;

/// What the rest of the document says about a block.
#[derive(Clone, Copy, Default)]
struct Around {
    /// A neighbour holds evidence of the same ask (see [`score_blocks`]).
    neighbour: bool,
    /// The block is an interviewee's answer (see [`interview_answers`]).
    spoken: bool,
    /// A long block that opens with a line formula has a separator (a colon, a dash, a bar)
    /// after its first words: the formula is a label over what follows ("Lire aussi : ...",
    /// "यह भी पढ़ें- ..."). False for every other block, which is not asked.
    labelled: bool,
    /// The block stands between two paragraphs of the story, as its subheadings do.
    between_paragraphs: bool,
    /// The block above opens a letter or a box: a salutation or a box's heading ("Dear
    /// reader,", "Mielas skaitytojau,").
    after_opening: bool,
    /// No paragraph of the story stands above the block, or none below it, and the block is
    /// one sentence with a line formula (false for every other block, which is not asked).
    outside_story: bool,
    /// A block with a chrome formula of no other kind below the story's last paragraph,
    /// that opens as a copyright footer (see [`footer_opening`]).
    chrome_outside: bool,
}

/// How far into a block a label's separator is looked for, in bytes.
const LABEL_BYTES: usize = 48;

/// Whether a separator follows the first words of `text` (see [`Around::labelled`]).
fn labelled(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(LABEL_BYTES)];
    head.windows(2)
        .any(|w| matches!(w, [b':' | b'-' | b'|', b' ']))
        || ["–", "—", "»", "›"]
            .iter()
            .any(|s| memchr::memmem::find(head, s.as_bytes()).is_some())
}

/// Whether a line formula of the site's own, of kind other, opens the block: the outlet's
/// note on the series or the funding of a story ("This story is part of ...", "Cet article
/// fait partie de notre série").
fn series_note(ev: &Evidence) -> bool {
    ev.groups[Group::Line.slot().expect("a kept group")] >= ANCHOR_RULE
        && ev.kind() == Some(Kind::Other)
}

/// `voice` is false when the whole document speaks in the publisher's voice (a letter to
/// readers): then "we" and "you" say nothing about a block.
/// `names_outlet` tells whether the block names the outlet (asked only where it matters).
fn score_block(
    ev: &Evidence,
    b: &Block,
    hint: Hint,
    voice: bool,
    wall_words: u32,
    around: Around,
    names_outlet: impl FnOnce() -> bool,
) -> Scored {
    let Around {
        neighbour,
        spoken,
        labelled,
        between_paragraphs,
        after_opening,
        outside_story,
        chrome_outside,
    } = around;
    let words = b.words as f32;
    let mut signal = ev.signal.min(8.0);
    // A long block needs evidence in proportion to its length to be an anchor: one formula
    // inside a long paragraph is more likely a quote or a mention than an appeal.
    // Under a letter's salutation or a box's heading, a long paragraph with a formula is the
    // letter's own ("Kedves Olvasónk!" over "A Szabad Pécs független helyi hírportál ...
    // Minden forint számít."): it needs no more.
    // (So does a copyright footer below the story, whose reuse terms run long.)
    let needed = if after_opening || chrome_outside {
        0.0
    } else {
        (words - 30.0).max(0.0) / 15.0
    };
    // Supporting cues alone make an anchor only in a short block.
    // A sentence of some length needs a second piece of evidence (another rule, or the
    // publisher's "we" and "you"): one formula in a report is a mention, not an appeal.
    let pronouns = if voice {
        f32::from(ev.we) + f32::from(ev.you)
    } else {
        0.0
    };
    // A block that opens by addressing the readers ("Dear readers, we are facing ...") is
    // a letter, not the article reporting on one.
    let salutation = ev.groups[Group::Salutation.slot().expect("a kept group")] > 0.0;
    // The outlet describing itself ("werbefrei und unabhängig", "a nonprofit newsroom")
    // beside a formula is the box's own voice.
    let describes_itself = ev.groups[Group::Outlet.slot().expect("a kept group")] > 0.0;
    // Asked only where it matters, once.
    let named = std::cell::LazyCell::new(names_outlet);
    let line_formula = series_note(ev);
    // So does the outlet naming itself ("Johanna V. ist Redakteurin bei Perspective Daily"),
    // in a sentence that does not report ("..., told The Oaklandside").
    // A formula that opens the line before a separator is the insert's own label ("Lire
    // aussi : ...", a headline after it), however long the headline.
    let corroborated = b.words <= SENTENCE_WORDS
        || labelled
        // A line formula of the site's own (a series note: "This story is part of ...",
        // "Cet article fait partie de notre série") opening a block above the story's first
        // paragraph or below its last; among the paragraphs it is the author's ("This is
        // the second article in a series about ...").
        || (line_formula && outside_story)
        // A copyright footer where the page prints it, below the story: "© Kurier
        // Szczeciński. Wszelkie prawa zastrzeżone. Kopiowanie ..." is the footer's, however
        // many sentences it runs to.
        || chrome_outside
        || (ev.signal - ev.max_rule >= 1.5
            && (b.words <= PLAIN_WORDS
                || ev.we > 0
                || ev.you > 0
                || ev.money.is_some()
                || ev.kind() == Some(Kind::Cookie)))
        || hint.boxed
        || neighbour
        || salutation
        // (In a paragraph, only in the outlet's voice or name: "Reader-funded outlets ...
        // answer to the people who read them" in an editorial on the press describes others.)
        || (describes_itself
            && (b.words <= PLAIN_WORDS || ev.we > 0 || ev.you > 0 || *named))
        || (voice && ev.we > 0 && ev.you > 0)
        || (ev.max_rule >= ANCHOR_RULE && ev.body >= 0.0 && *named);
    // A sentence that reports ("said", "according to") names what it reports on: the
    // regulator's "Accept all" button, the charity's "donate now" page. Its formulas make it
    // an anchor only in the weight that any block needs without a leading rule.
    let reports = b.words > SENTENCE_WORDS && ev.body < 0.0 && !hint.boxed;
    let mut anchor = (ev.max_rule >= ANCHOR_RULE
        && ev.signal >= ANCHOR_RULE + needed
        && corroborated
        && !reports)
        || ev.signal >= ANCHOR_SUM + words / 10.0;
    // A quoted appeal is the article quoting it (a blog post about a fundraising banner), and
    // so is an interviewee's answer ("Khady Diouf : ... Suivez-nous sur Instagram").
    if (b.quoted || spoken) && b.words > 3 {
        anchor = false;
        signal *= 0.5;
    }
    // A short block made mostly of platform names is a share or follow line; one platform's
    // name between two paragraphs of the story, not a sentence, is one of its subheadings
    // ("Telegram", "Ютуб" over what the story says of it).
    let subheading = between_paragraphs && ev.platforms <= 1 && !b.sentence;
    if ev.platform_bytes > 0
        && !subheading
        && b.words <= 12
        && ev.platform_bytes as f32 >= 0.5 * b.range.len() as f32
    {
        signal += 3.5;
        anchor = true;
    }
    // The publisher speaking to the reader: "we" and "you" in one block.
    if words >= 4.0 && pronouns >= 2.0 {
        let density = pronouns / words;
        if voice && ev.we > 0 && ev.you > 0 && density >= 0.06 {
            signal += 1.5;
        } else if density >= 0.08 {
            signal += 0.8;
        }
    }
    if hint.anchor.is_some() || ev.user {
        anchor = true;
    }
    // Under a letter's salutation, the outlet saying "we" is its own voice, not the story's,
    // however rarely it says it ("Mielas skaitytojau," over "„Siena“ – nepriklausomas
    // tiriamosios žurnalistikos centras. Mes neturime savininko ..."): no wall there.
    if !anchor
        && ev.signal < 1.0
        && pronouns < 0.05 * words
        && b.words >= wall_words
        && hint.bonus <= 0.0
        && !(after_opening && ev.we > 0 && ev.body >= 0.0 && !b.quoted)
    {
        return Scored {
            score: WALL,
            anchor,
            hand_anchor: anchor,
            lone_formula: false,
            wall: true,
            story: true,
        };
    }
    let penalty = if anchor {
        words / 80.0
    } else {
        1.0 + words / 20.0
    };
    Scored {
        score: signal - penalty + ev.body.max(-3.0) + hint.bonus,
        anchor,
        hand_anchor: anchor,
        lone_formula: !anchor && !corroborated,
        wall: false,
        story: false,
    }
}

/// The longest speaker's name before an answer's colon, in bytes ("Ibrahima Sarr :").
const SPEAKER_BYTES: usize = 40;

/// The blocks of an interview that open with a speaker's name and a colon ("Iba Sarr : On
/// s'est rencontrés au lycée", "Q: ..."), where the same name opens two blocks or more: the
/// speaker's words, not the outlet's. In order; empty for most texts. A related line's
/// heading ("Read More: ...", "LEES OOK: ...") is no speaker; a credit's label ("Reporter:")
/// is one where it opens two blocks or more.
fn interview_answers(blocks: &[Block], evidence: &Evidences, text: &str) -> Vec<usize> {
    let line = Group::Line.slot().expect("a kept group");
    let speaker = |i: usize| -> Option<&str> {
        let t = &text[blocks[i].range.clone()];
        let head = &t.as_bytes()[..t.len().min(SPEAKER_BYTES)];
        let colon = memchr::memchr(b':', head)?;
        let name = t[..colon].trim_end();
        let named = !name.is_empty()
            && name.split(' ').count() <= 4
            && name.split(' ').all(|w| {
                w.chars().next().is_some_and(is_upper)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
            });
        // A line formula's label is no speaker ("Read More: ...", "Foto: ..."), but for a
        // credit's that asks a question: the interviewer's ("Reporter: ...?").
        let asks = evidence[i].kind() == Some(Kind::Credit) && t.trim_end().ends_with('?');
        let heading = evidence[i].groups[line] > 0.0 && !asks;
        (named && t[colon + 1..].starts_with(' ') && !heading).then_some(name)
    };
    // Only the blocks with evidence can change: most texts have none that opens so, and
    // then no block is read further.
    let mut asked: Vec<&str> = (0..blocks.len())
        .filter(|&i| evidence[i].signal > 0.0 && blocks[i].words > 3)
        .filter_map(speaker)
        .collect();
    if asked.is_empty() {
        return answers_to_questions(blocks, evidence, text);
    }
    asked.sort_unstable();
    asked.dedup();
    // Each block that opens with one of those names, by the name's place in `asked`.
    let found: Vec<(usize, usize)> = (0..blocks.len())
        .filter_map(|i| Some((i, asked.binary_search(&speaker(i)?).ok()?)))
        .collect();
    let mut count = vec![0u32; asked.len()];
    for &(_, n) in &found {
        count[n] += 1;
    }
    let mut spoken: Vec<usize> = found
        .into_iter()
        .filter(|&(_, n)| count[n] >= 2)
        .map(|(i, _)| i)
        .chain(answers_to_questions(blocks, evidence, text))
        .collect();
    spoken.sort_unstable();
    spoken.dedup();
    spoken
}

/// The most words of an interviewer's question on its own line.
const INTERVIEW_QUESTION_WORDS: u32 = 25;
/// The fewest questions, each followed by its answer, that make a text an interview.
const INTERVIEW_QUESTIONS: usize = 3;

/// The answers of an interview whose questions stand on their own lines ("Where can people
/// hear you?" / "On Spotify. Follow us on Instagram ..."): the block after each question,
/// where three questions or more are each followed by a paragraph. An interviewee's "we"
/// and "follow us" are theirs. A box's one question over its ask ("Did you enjoy this
/// article?") makes no interview. Only answers with evidence are returned.
fn answers_to_questions(blocks: &[Block], evidence: &Evidences, text: &str) -> Vec<usize> {
    let question = |i: usize| {
        let b = &blocks[i];
        b.words <= INTERVIEW_QUESTION_WORDS && {
            let t = text[b.range.clone()].trim_end();
            // Greek asks with a semicolon ("Πώς γνωριστήκατε;").
            t.ends_with(['?', '？', '؟', ';', '\u{37e}'])
                && (!t.ends_with(';') || t.chars().next().is_some_and(is_greek))
        }
    };
    let answer = |i: usize| {
        i > 0 && blocks[i].words > STORY_SENTENCE_WORDS && question(i - 1) && !question(i)
    };
    // Most texts have no answer with evidence: then no question is read.
    let candidates: Vec<usize> = (1..blocks.len())
        .filter(|&i| evidence[i].signal > 0.0 && answer(i))
        .collect();
    if candidates.is_empty()
        || (1..blocks.len()).filter(|&i| answer(i)).count() < INTERVIEW_QUESTIONS
    {
        return Vec::new();
    }
    candidates
}

/// A letter of the Greek alphabet (its basic block).
fn is_greek(c: char) -> bool {
    ('\u{370}'..='\u{3ff}').contains(&c)
}

/// A story told in short paragraphs has no wall (no paragraph of [`MODEL_WALL_WORDS`]
/// words): where it starts and ends, its sentences of some length with no evidence tell.
/// Walls stay as they are, and the model, fitted on texts with walls, stays out.
fn short_paragraphs(blocks: &[Block], evidence: &Evidences, scored: &mut [Scored]) {
    if scored.iter().any(|s| s.wall) {
        return;
    }
    for (i, s) in scored.iter_mut().enumerate() {
        s.story = story_sentence(&blocks[i], &evidence[i], s);
    }
}

/// A sentence of the story: [`WALL_WORDS`] words or more with no evidence, not speaking to
/// the reader nor naming platforms ("Follow Scrolla on X, Instagram and TikTok for more
/// news.").
fn story_sentence(b: &Block, ev: &Evidence, s: &Scored) -> bool {
    b.sentence
        && b.words >= WALL_WORDS
        && ev.signal < 1.0
        && ev.we + ev.you == 0
        && ev.platforms == 0
        && !s.anchor
}

/// A sentence of some length that no formula reads much into: a paragraph of the story.
fn prose(block: &Block, evidence: &Evidence) -> bool {
    block.sentence && block.words >= WALL_WORDS && evidence.signal < 1.0
}

/// Whether a block opens as a copyright footer: a first sentence of a few words that holds
/// "©" or "copyright" and names no more than the holder and the year ("© 2024 Утро.",
/// "Copyright PUNCH.", "© Kurier Szczeciński."), with more after it (its rights reserved,
/// its reuse forbidden). Not a story's paragraph that opens with the sign ("© marks on the
/// original contact sheets ... became the central exhibit of the trial."), nor the story's
/// last sentence glued to a footer ("... meteo permettendo.© RIPRODUZIONE RISERVATA").
fn footer_opening(t: &str) -> bool {
    let Some((end, stop)) = t
        .char_indices()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '。' | '।'))
    else {
        return false;
    };
    let first = &t[..end];
    (first.contains('©') || first.to_ascii_lowercase().contains("copyright"))
        && first.split_whitespace().count() <= FOOTER_OPENING_WORDS
        && !t[end + stop.len_utf8()..].trim().is_empty()
}
/// The most words of a copyright footer's first sentence.
const FOOTER_OPENING_WORDS: usize = 6;

/// The hand rules' verdict on every block.
fn score_blocks(
    blocks: &[Block],
    evidence: &Evidences,
    hints: Option<&[Hint]>,
    voice: bool,
    wall_words: u32,
    text: &str,
    outlets: &[String],
) -> Vec<Scored> {
    let spoken = interview_answers(blocks, evidence, text);
    let line = Group::Line.slot().expect("a kept group");
    let salutation = Group::Salutation.slot().expect("a kept group");
    let header = Group::Header.slot().expect("a kept group");
    let chrome = Group::Chrome.slot().expect("a kept group");
    let prose = |n: usize| prose(&blocks[n], &evidence[n]);
    // The story's paragraphs are as long as its walls: a dek is shorter.
    let story = |n: usize| prose(n) && blocks[n].words >= wall_words;
    // (A text of short paragraphs only: its sentences.)
    let first_prose = (0..blocks.len())
        .find(|&n| story(n))
        .or_else(|| (0..blocks.len()).find(|&n| prose(n)));
    let last_prose = (0..blocks.len())
        .rev()
        .find(|&n| story(n))
        .or_else(|| (0..blocks.len()).rev().find(|&n| prose(n)));
    let score = |i: usize, neighbour: bool| {
        let b = &blocks[i];
        let hint = hints.map(|h| h[i]).unwrap_or_default();
        let names = || features::names(&text[b.range.clone()], outlets);
        let around = Around {
            neighbour,
            spoken: spoken.binary_search(&i).is_ok(),
            // Asked only of a long block that opens with a line formula: a few per text.
            labelled: b.words > SENTENCE_WORDS
                && evidence[i].groups[line] > 0.0
                && labelled(&text[b.range.clone()]),
            between_paragraphs: i > 0 && i + 1 < blocks.len() && prose(i - 1) && prose(i + 1),
            after_opening: i > 0
                && (evidence[i - 1].groups[salutation] > 0.0
                    || evidence[i - 1].groups[header] > 0.0),
            // (Asked of blocks with a line formula only: a note is one sentence, where a
            // paragraph that opens with one and goes on is the story's: "This is the first
            // story in our series on ... In Belzoni, Mississippi, the water ...".)
            outside_story: (first_prose.is_none_or(|f| i <= f)
                || last_prose.is_none_or(|l| i >= l))
                && evidence[i].groups[line] > 0.0
                && glued::sentences(&text[b.range.clone()]).len() == 1,
            // (Below the story only, and a footer from its start: above the story a breadcrumb
            // may be glued to the headline, "Accueil › SociétéThiès : ...".)
            chrome_outside: last_prose.is_none_or(|l| i > l)
                && evidence[i].groups[chrome] > 0.0
                && evidence[i].kind() == Some(Kind::Other)
                && footer_opening(&text[b.range.clone()]),
        };
        score_block(&evidence[i], b, hint, voice, wall_words, around, names)
    };
    let mut scored: Vec<Scored> = (0..blocks.len()).map(|i| score(i, false)).collect();
    // A donation widget's ladder: amounts alone on their lines, rising ("₹100", "₹250",
    // "₹500"), an anchor in any language. A story's lines of figures have labels or cents,
    // or do not rise.
    let amounts: Vec<Option<(u64, String)>> = (0..blocks.len())
        .map(|i| amount_line(&blocks[i], &evidence[i], text))
        .collect();
    // Rungs of one widget read alike but for their figures ("$ por mes", "€ τον μήνα"); a
    // story's list says what each amount is for ("€5 for children", "€12 for adults").
    let rises = |i: usize| matches!((&amounts[i], &amounts[i + 1]), (Some((a, x)), Some((b, y))) if a < b && x == y);
    for (i, s) in scored.iter_mut().enumerate() {
        if (i > 0 && rises(i - 1))
            || (i + 1 < amounts.len() && rises(i))
            || amount_row(blocks, i, text)
        {
            s.score = s.score.max(LADDER_SCORE);
            s.anchor = true;
            s.hand_anchor = true;
            s.lone_formula = false;
            s.wall = false;
        }
    }
    // A sentence whose one formula is an ask, in the publisher's voice, is corroborated by a
    // neighbour that holds evidence of the same kind: two sentences of one box ("..., we
    // need your support." / "Help us with a small contribution.") where a report mentions an
    // ask once.
    for i in 0..scored.len() {
        // In the box's voice: a report of an appeal beside the box speaks of "the paper".
        let ev = &evidence[i];
        if !scored[i].lone_formula || ev.max_rule < ANCHOR_RULE || (ev.we == 0 && ev.you == 0) {
            continue;
        }
        // Only the asks for money: a caption ends in its photo credit, and an explainer's
        // second person tells how to refuse cookies or get the council's app.
        let kind = evidence[i].kind();
        if !matches!(
            kind,
            Some(Kind::Donation | Kind::Membership | Kind::Subscription | Kind::Paywall)
        ) {
            continue;
        }
        let beside =
            |j: usize| !scored[j].wall && evidence[j].signal >= 1.0 && evidence[j].kind() == kind;
        if (i > 0 && beside(i - 1)) || (i + 1 < scored.len() && beside(i + 1)) {
            scored[i] = score(i, true);
        }
    }
    scored
}

/// A short line that a story's sentence introduces with a colon is what the sentence quotes:
/// a slogan on a bus, a sign a pupil painted ("... its slogan, painted on every bus, reads:"
/// / "Donate Now"); it scores as a line of the story, whatever the rules or the model read
/// in it. A box's lead-in says whose box it is ("Support our work:") or speaks to the
/// reader, and has evidence. (Text input that a pack reads: a page's elements say where a
/// box starts, and in a language no pack reads a box's lead-in has no evidence either.)
fn quoted_lines(blocks: &[Block], evidence: &Evidences, text: &str, scored: &mut [Scored]) {
    for i in 1..scored.len() {
        let (b, above) = (&blocks[i], &blocks[i - 1]);
        // (Not a platform's name: "Listen to ... Podcast:" over "Apple Podcasts" is a box.)
        if b.words > QUOTED_LINE_WORDS
            || !scored[i].anchor
            || above.words < QUOTING_WORDS
            || evidence[i].platforms > 0
        {
            continue;
        }
        let e = &evidence[i - 1];
        if e.is_silent() && ends_in_colon(above, text) {
            let s = &mut scored[i];
            s.score = s.score.min(QUOTED_LINE_SCORE);
            s.anchor = false;
            s.hand_anchor = false;
        }
    }
}

/// Where a picture's credit starts at the end of `b`, a caption's line (see
/// [`credits::trailing_credit`]): an offset in `text`.
fn caption_credit(b: &Block, text: &str) -> Option<usize> {
    (b.words <= CAPTION_WORDS)
        .then(|| credits::trailing_credit(&text[b.range.clone()]))
        .flatten()
        .map(|at| b.range.start + at)
}

/// The most words of a line that a story's sentence quotes under its colon.
const QUOTED_LINE_WORDS: u32 = 6;
/// The fewest words of the sentence that quotes it (a box's lead-in, "Support us:", is
/// shorter or has evidence).
const QUOTING_WORDS: u32 = 6;
/// Its score: below a run's, as a line of the story.
const QUOTED_LINE_SCORE: f32 = -1.0;

/// The outlet's names: the host's label (and its form with the umlauts the host spells out,
/// see [`umlaut_label`](crate::input::host::umlaut_label)) and the names the page declares.
fn outlets(ctx: &Context) -> Vec<String> {
    let mut outlets: Vec<String> = ctx
        .host
        .and_then(crate::input::host::outlet_label)
        .into_iter()
        .collect();
    if let Some(plain) = outlets
        .first()
        .and_then(|l| crate::input::host::umlaut_label(l))
    {
        outlets.push(plain);
    }
    for name in ctx.site_names {
        if !outlets.contains(name) {
            outlets.push(name.clone());
        }
    }
    // (A label of three, read only as a word in capitals or with a digit: see
    // `features::namings`.)
    outlets.extend(ctx.host.and_then(crate::input::host::short_label));
    outlets
}

/// What the decision knows of the document besides its blocks.
#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    /// The original text (case kept) that the blocks index.
    pub text: &'a str,
    pub host: Option<&'a str>,
    /// The outlet's names that the page declares (see [`crate::input::host::outlet_name`]),
    /// beside the host's label.
    pub site_names: &'a [String],
    /// The fitted model that scores the blocks that are not walls; without one, the hand
    /// weights decide alone.
    pub model: Option<&'a Model>,
}

/// A block whose log-odds of boilerplate reach this is an anchor.
const ANCHOR_LOGIT: f32 = 3.0;
/// A wall in the tail falls when the wall model gives it these log-odds or more: it then
/// joins the runs by its score, and is cut when it lies between anchors. Chosen on the
/// tuning folds: 0 found more (0.713 -> 0.726) for no body lost; -1 lost body. Raised to a
/// quarter where the story's last section on the outlet, right above its boxes, read just
/// above 0 ("FINK.HAMBURG beim Kiosk-Sommerfest" / "Beim Sommerfest ... ist auch die
/// FINK.HAMBURG-Redaktion ... dabei", +0.06): on the probe sets 139 words of the story kept
/// for 72 of boxes, cross-validation and the tuning folds unchanged; 0.5 and 1.0 kept 215
/// words for 134 and 345, and lost 0.007 of the boxes with every pack left out.
const WALL_BREAK: f32 = 0.25;
/// Log-odds are clamped to this, so that one block cannot carry a run alone.
const LOGIT_CLAMP: f32 = 6.0;
/// With the model, a block of this many words with no evidence is a wall (without it, of
/// [`WALL_WORDS`]): credits, teasers and box text of outlets the packs do not know are often
/// 10 to 30 words long and hold no formula, and the model scores them.
const MODEL_WALL_WORDS: u32 = 30;

/// A block of more than this many words is a paragraph, which the model raises only when it
/// leans clearly to boilerplate ([`MODEL_LONG_LOGIT`]): a paragraph on the edge of an appeal
/// is more often the article's own closing words on the same subject.
const MODEL_LONG_WORDS: u32 = 60;
const MODEL_LONG_LOGIT: f32 = 1.0;

/// A sentence whose evidence is one formula ([`Scored::lone_formula`]) is corroborated when
/// the model gives it these log-odds or more in the tail: then a run may start or end with
/// it (an appeal's long closing line in a language that a pack reads only in part). Chosen
/// on the tuning folds: with the packs left out 0.296 -> 0.306 removed (1.5 and 2 found
/// more there but lost body elsewhere; see `DESIGN.md`), every other figure unchanged.
const MODEL_CORROBORATES: f32 = 2.5;

/// The log-odds that the model raises a silent sentence of the story to at most (see
/// `decide`): below zero, so that it stands in no run by itself, and no run ends on it; and
/// low enough that a run does not bridge two of them for one raised line beyond (a game
/// story's "UP NEXT" / "Thunder: Host the Lakers on Friday." / ... / "___"). -0.5 let the
/// model fitted with the probe sets cut 290 more bytes of the benchmarks' bodies; -1.0 cuts
/// 76 more than the corpus-only fit with the cross-validated figure unchanged, -1.5 and -3
/// the same bytes for 0.0014 less removed.
const SILENT_CAP: f32 = -1.0;

/// The most of a document that runs anchored by the model alone may take.
const MODEL_MAX_SHARE: f32 = 0.3;
/// How many blocks from the nearest block with hand evidence a run still holds the box of
/// a hand anchor (for the share above).
const BOX_REACH: usize = 3;

/// In a text that no pack reads, the model alone anchors runs, at these log-odds, and its
/// runs may take this share: the packs' anchors are missing, and the bare pair's log-odds
/// are less extreme. Chosen on the tuning folds with every pack left out (`eval appeals
/// --languages xx --tune`): anchors at 3 found 0.19, at 2 0.25 (1 no more, body 0.9983
/// both), and a share of 0.5 0.32 (0.7 lost body, 0.9890).
const BARE_ANCHOR_LOGIT: f32 = 2.0;
const BARE_MAX_SHARE: f32 = 0.5;

/// A text of fewer words than this is read with the packs whatever it holds: too short to
/// tell its language by the absence of every pack's pronouns and reporting verbs.
const BARE_MIN_WORDS: u32 = 50;

/// True when a pack found something in the text: a "we", a "you", a reporting verb, or a
/// formula of its own (the rows of no language do not count; `builtins` whether the
/// built-in patterns do, which run whatever packs are in use).
fn packs_found(rules: &RuleSet, evidence: &Evidences, builtins: bool) -> bool {
    pack_formula(rules, evidence, builtins) || pack_voice(evidence)
}

/// True when a formula of a pack's own is in the text (see [`packs_found`]).
fn pack_formula(rules: &RuleSet, evidence: &Evidences, builtins: bool) -> bool {
    evidence.iter().any(|e| {
        e.top.iter().any(|&(i, _)| {
            let name = &rules.rule(i).name;
            !name.starts_with("xx.") && (builtins || !crate::rules::is_builtin(name))
        })
    })
}

/// True when a pack's voice is in the text: a "we", a "you", a reporting verb or a row of
/// the story's.
fn pack_voice(evidence: &Evidences) -> bool {
    evidence
        .iter()
        .any(|e| e.we > 0 || e.you > 0 || e.said > 0 || e.body < 0.0)
}

/// Whether any pack reads the text: one of its blocks holds a pack's formula (the rows of no
/// language, `xx.`, say nothing of the language), or, where none does, a pack language's
/// common words make up a share of it (a plain product page in German has no formula but
/// plenty of "der", "und"). A text of some length with neither is in a language no pack in
/// use covers. A pack's pronouns and reporting verbs alone do not say so: short words, they
/// are other languages' words too (Yoruba's "iwo", you, is Chichewa's "they"; isiZulu's
/// "yethu", ours, isiXhosa's), and a language of the pack's own shows its common words; but
/// in a script other than Latin they do ([`mostly_latin`]).
pub(crate) fn reading(
    rules: &RuleSet,
    text: &str,
    blocks: &[Block],
    evidence: &Evidences,
) -> Reading {
    let words: u32 = blocks.iter().map(|b| b.words).sum();
    // Only a text where the packs found nothing is looked at for its common words.
    // (The language is read of the blocks' text: after a cut, of what the cut leaves.)
    let read = || rules.reads_language_of(blocks.iter().map(|b| &text[b.range.clone()]), words);
    if pack_formula(rules, evidence, true)
        || words < BARE_MIN_WORDS
        || read()
        || (pack_voice(evidence) && !mostly_latin(text))
    {
        Reading::Packs
    } else {
        Reading::Bare
    }
}

/// Whether most of the letters of `text` are Latin. In another script a pack's pronoun or
/// reporting verb is that script's language's (a Tamil recipe has few common words, and its
/// "நீங்கள்" says it is Tamil); in Latin script the short pronouns are many languages' words.
fn mostly_latin(text: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_ascii()
            || ('\u{c0}'..='\u{24f}').contains(&c)
            || ('\u{1e00}'..='\u{1eff}').contains(&c)
        {
            latin += 1;
        } else {
            other += 1;
        }
    }
    latin > other
}

/// How many times the decision reads the document: once whole, then again over the blocks
/// that its cuts leave, until a reading cuts nothing more.
const PASSES: usize = 3;

/// Decides which blocks to cut. `hints`, when given, has one entry per block.
///
/// The blocks a reading leaves are read again: a cut changes what stands around the blocks
/// beside it (a cookie banner cut above a menu makes the menu the page's first line, a
/// paragraph's box cut beside a tag row makes it the story's last). So the cleaner says
/// the same of its own output as of its input: cleaning twice cuts nothing more.
pub(crate) fn decide(
    rules: &RuleSet,
    blocks: &[Block],
    evidence: &Evidences,
    hints: Option<&[Hint]>,
    ctx: Context,
) -> Vec<Cut> {
    let mut cuts = decide_pass(rules, blocks, evidence, hints, ctx);
    // The share runs the model alone anchors may take (see `decide_pass`).
    let model_share = || match reading(rules, ctx.text, blocks, evidence) {
        Reading::Packs => MODEL_MAX_SHARE,
        Reading::Bare => BARE_MAX_SHARE,
    };
    // The story's first paragraph: above it, a later reading cuts no credit line. A byline
    // stands by the headline over it, which a first reading's wrong cut may have taken.
    let first_prose = (0..blocks.len()).find(|&i| prose(&blocks[i], &evidence[i]));
    let bytes = |r: &Range<usize>| {
        blocks[r.clone()]
            .iter()
            .map(|b| b.range.len())
            .sum::<usize>()
    };
    let total = bytes(&(0..blocks.len()));
    for _ in 1..PASSES {
        // Whole blocks cut, and blocks whose end only is cut (a box glued to the story's
        // last sentence): the story's part of these (up to the byte `pinned` holds) is read
        // without the box's evidence, and no later cut takes it.
        let mut gone = vec![false; blocks.len()];
        let mut pinned: Vec<Option<usize>> = vec![None; blocks.len()];
        for c in &cuts {
            let start = c.blocks.start;
            let story_end = c.from.map(|from| {
                let r = &blocks[start].range;
                r.start + ctx.text[r.start..from].trim_end().len()
            });
            let whole = match story_end {
                // (A block whose story part is blank is gone whole.)
                Some(end) if end > blocks[start].range.start => {
                    pinned[start] = Some(end);
                    start + 1..c.blocks.end
                }
                _ => c.blocks.clone(),
            };
            gone[whole].fill(true);
        }
        let keep: Vec<usize> = (0..blocks.len()).filter(|&i| !gone[i]).collect();
        if keep.len() == blocks.len() || keep.is_empty() {
            break;
        }
        let left: Vec<Block> = keep
            .iter()
            .map(|&i| match pinned[i] {
                Some(end) => Block::new(ctx.text, blocks[i].range.start..end),
                None => blocks[i].clone(),
            })
            .collect();
        let blank: Vec<bool> = keep.iter().map(|&i| pinned[i].is_some()).collect();
        let left_hints: Option<Vec<Hint>> = hints.map(|h| keep.iter().map(|&i| h[i]).collect());
        let again = decide_pass(
            rules,
            &left,
            &evidence.subset(&keep, &blank),
            left_hints.as_deref(),
            ctx,
        );
        let mut more = Vec::new();
        for c in again {
            let over = keep[c.blocks.start]..keep[c.blocks.end - 1] + 1;
            if over.clone().any(|i| pinned[i].is_some())
                || (c.kind == Kind::Credit && first_prose.is_none_or(|f| over.start < f))
            {
                continue;
            }
            // Back to the document's blocks: a cut over blocks that an earlier one took
            // between them is one cut a stretch.
            let mut k = c.blocks.start;
            while k < c.blocks.end {
                let mut e = k + 1;
                while e < c.blocks.end && keep[e] == keep[e - 1] + 1 {
                    e += 1;
                }
                more.push(Cut {
                    blocks: keep[k]..keep[e - 1] + 1,
                    from: c.from.filter(|_| k == c.blocks.start),
                    ..c.clone()
                });
                k = e;
            }
        }
        // (Each reading keeps the share of its own blocks that `MIN_KEPT_SHARE` asks, and
        // takes on the model's word alone at most the share `decide_pass` allows; the
        // readings together keep them of the document's.)
        let learned = |cuts: &[Cut]| -> usize {
            cuts.iter()
                .filter(|c| c.stage == Stage::Learned)
                .map(|c| bytes(&c.blocks))
                .sum()
        };
        let guessed = learned(&more);
        if guessed > 0 && (learned(&cuts) + guessed) as f32 > model_share() * total as f32 {
            more.retain(|c| c.stage != Stage::Learned);
        }
        let cut: usize = cuts.iter().chain(&more).map(|c| bytes(&c.blocks)).sum();
        if more.is_empty() || (total - cut) as f32 <= MIN_KEPT_SHARE * total as f32 {
            break;
        }
        cuts.append(&mut more);
        cuts.sort_by_key(|c| c.blocks.start);
    }
    cuts
}

/// One reading of `blocks` (see [`decide`]).
fn decide_pass(
    rules: &RuleSet,
    blocks: &[Block],
    evidence: &Evidences,
    hints: Option<&[Hint]>,
    ctx: Context,
) -> Vec<Cut> {
    // Voice is evidence only where it stands out: in a letter to readers every paragraph
    // says "we" and "you".
    let voice = document_voice(blocks, evidence);
    let wall_words = if ctx.model.is_some() {
        MODEL_WALL_WORDS
    } else {
        WALL_WORDS
    };
    let outlet_names = outlets(&ctx);
    let mut scored = score_blocks(
        blocks,
        evidence,
        hints,
        voice,
        wall_words,
        ctx.text,
        &outlet_names,
    );
    short_paragraphs(blocks, evidence, &mut scored);
    // The hand rules' score of each block, before the model raises any.
    let hand: Vec<f32> = scored.iter().map(|s| s.score).collect();
    // The share that runs anchored by the model alone may take; it matters only where the
    // model acts, which also decides which of its pairs reads the text.
    let mut max_share = MODEL_MAX_SHARE;
    // Whether the model acts on a text the packs read, whose hand evidence says where a box
    // ends (below).
    let mut boxed = false;
    // Whether, besides, a pack found something in it: where none did (a language the packs
    // know the common words of, but none of whose boxes' wording), every sentence is
    // silent, and silence says nothing of the story.
    let mut packs_read = false;
    // In a text read for its long words or its short story, the statements that part runs.
    let mut statements: Vec<usize> = Vec::new();
    // A text with no wall at all is a list or a box, and the packs judge it alone.
    let walled = scored.iter().any(|s| s.wall);
    let long_words = !walled
        && blocks
            .iter()
            .zip(evidence.iter())
            .filter(|(b, e)| {
                b.sentence
                    && b.words >= LONG_WORDS_MIN
                    && e.is_silent()
                    && ctx.text[b.range.clone()].chars().count() >= LONG_WORDS_CHARS
            })
            .nth(LONG_WORDS_PARAGRAPHS - 1)
            .is_some();
    // A story told in short paragraphs is read as well. In a language a pack reads, from its
    // end back to its last statement, as a text with walls is read back to its last wall.
    // Where no pack reads it, below its last sentence with nothing of a box only, and not
    // past a lead of the story's own list (`bare_tail`): over the whole text the model's word
    // alone cut bylines, datelines, a closing list of books and a relief fund's account.
    // (The text's reading, asked here only of such a text, is not asked again below.)
    let short_reading = (!walled
        && !long_words
        && scored
            .iter()
            .filter(|s| s.story)
            .nth(SHORT_STORY_SENTENCES - 1)
            .is_some())
    .then(|| reading(rules, ctx.text, blocks, evidence));
    let short_story = short_reading.is_some();
    let bare_short = short_reading == Some(Reading::Bare);
    let unwalled = long_words || short_story;
    let any_wall = walled || unwalled;
    // A sentence with nothing of a box, which the hand rules lean against.
    let silent_sentence = |i: usize| {
        blocks[i].sentence
            && blocks[i].words >= SILENT_SENTENCE_WORDS
            && evidence[i].is_silent()
            && hand[i] < 0.0
    };
    // Where the model's reading of a bare short story starts: below its last sentence with
    // nothing of a box, and below a lead that ends in a colon, which no rule reads, under it
    // ("Mitengo mitsva yakaziviswa nebazi:" over the prices it lists).
    let bare_tail = if bare_short {
        let last = (0..blocks.len())
            .rev()
            .find(|&i| silent_sentence(i))
            .map_or(0, |i| i + 1);
        (last..blocks.len())
            .rev()
            .find(|&i| hand[i] <= 0.0 && ends_in_colon(&blocks[i], ctx.text))
            .map_or(last, |i| i + 1)
    } else {
        0
    };
    // Where a text has no wall, the statements of its story with nothing of a box and no
    // question or exclamation (a teaser's headline ends in one), not under a box's heading
    // (the box's own statement, "<outlet> takes no money from any government ..." under
    // "Support free media"): with the model's lean to the story, they part the runs as walls
    // do.
    let statement: Vec<bool> = if unwalled {
        (0..blocks.len())
            .map(|i| {
                let b = &blocks[i];
                silent_sentence(i)
                    && b.words >= STATEMENT_WALL_WORDS
                    && !scored[i].anchor
                    && !ctx.text[b.range.clone()]
                        .trim_end()
                        .ends_with(['?', '!', '？', '！', '؟'])
                    && !(i > 0 && scored[i - 1].hand_anchor && !blocks[i - 1].sentence)
            })
            .collect()
    } else {
        Vec::new()
    };
    // Whether no pack reads the text (nor knows its language): readings of shape alone then
    // stand in for the packs' labels.
    let mut bare_text = false;
    if let Some(model) = ctx.model.filter(|_| any_wall) {
        let reading = short_reading.unwrap_or_else(|| reading(rules, ctx.text, blocks, evidence));
        let anchor_logit = match reading {
            Reading::Packs => {
                boxed = true;
                packs_read = packs_found(rules, evidence, false);
                ANCHOR_LOGIT
            }
            Reading::Bare => {
                // (A short story keeps the readings of a text the packs read, as it had them
                // before the model read its tail: its byline, its quoted lines.)
                bare_text = !bare_short;
                max_share = BARE_MAX_SHARE;
                BARE_ANCHOR_LOGIT
            }
        };
        let fixed = |i: usize| evidence[i].user || hints.is_some_and(|h| h[i].anchor.is_some());
        // The tail: from the end back to the last block that the model takes for body. A
        // wall on the way (an author bio, a comment policy, an appeal's long paragraph)
        // falls when the wall model leans to boilerplate; the first one it does not ends
        // the walk.
        // The packs' pair gives the bare pair's own features no weight: they are left out.
        let bare = reading == Reading::Bare;
        // Read when the walk meets a wall it does not break (most texts end at one).
        let bios = std::cell::OnceCell::new();
        let logits = with_doc(
            blocks,
            evidence,
            &scored,
            voice,
            bare,
            ctx.text,
            &outlet_names,
            |doc| {
                let mut out = Vec::new();
                for i in (0..blocks.len()).rev() {
                    if fixed(i) {
                        continue;
                    }
                    let f = features::of(doc, i);
                    let z = if doc.scored[i].wall {
                        model.wall_logit(reading, &f)
                    } else {
                        model.logit(reading, &f)
                    };
                    let z = z.clamp(-LOGIT_CLAMP, LOGIT_CLAMP);
                    if short_story && z <= STATEMENT_WALL_LOGIT && statement[i] {
                        out.push((i, z));
                        break;
                    }
                    if doc.scored[i].wall && z < WALL_BREAK {
                        // An author's bio reads as a paragraph, but it is the author's
                        // box: the boxes above it (a newsletter's, the story's versions)
                        // are the tail's still. `author_bios` cuts it below.
                        // (A bio opens with its author's name.)
                        if opens_with_two_capitals(&ctx.text[blocks[i].range.clone()])
                            && bios
                                .get_or_init(|| author_bios(blocks, &scored, ctx.text))
                                .contains(&i)
                        {
                            continue;
                        }
                        break;
                    }
                    out.push((i, z));
                }
                out
            },
        );
        // The story's silent lines ([`StoryLines::silent_line`]): the model's lean from
        // their shape and place does not raise them ("Ink Vault's first group exhibition
        // opens on 28 March." over the tags).
        let story = StoryLines::new(ctx.text, blocks, evidence, &scored, &hand, &outlet_names);
        // Whether the story goes on below, in a silent line that the model too reads as
        // the story's: a line above it stands inside the story, where the model's lean alone
        // anchors no box (a recipe's "Cooking time: 35 minutes" above its method).
        // (Asked only when the model would make an anchor, which few lines are: the lines
        // below that it rates below zero wait in `below` until then.)
        let mut story_below = false;
        let (mut below, mut asked) = (Vec::new(), 0);
        for (i, z) in logits {
            // (`statement` is empty where the text has walls.)
            if statement.get(i) == Some(&true) && z <= STATEMENT_WALL_LOGIT {
                statements.push(i);
            }
            let s = &mut scored[i];
            if s.wall {
                *s = Scored {
                    score: z,
                    anchor: z >= anchor_logit,
                    hand_anchor: false,
                    lone_formula: false,
                    wall: false,
                    story: false,
                };
            } else if blocks[i].words <= MODEL_LONG_WORDS || z >= MODEL_LONG_LOGIT {
                let raised = if z > SILENT_CAP && packs_read && story.silent_line(i) {
                    SILENT_CAP
                } else if (unwalled && silent_sentence(i))
                    || (bare_short
                        && (i < bare_tail
                            || evidence[i].kind() == Some(Kind::Donation)
                            // (A figure is the story's data as often: a price, a score.)
                            || ctx.text[blocks[i].range.clone()].bytes().any(|b| b.is_ascii_digit())))
                {
                    // (In a text read for its long words, with no wall to stand the story
                    // apart, a sentence with nothing of a box keeps its hand score: the
                    // story's closing lines above a box, "Ikastaroak ekainean hasiko dira.")
                    s.score
                } else {
                    z
                };
                s.score = s.score.max(raised);
                if raised >= anchor_logit && !s.anchor {
                    while !story_below && asked < below.len() {
                        story_below = story.silent_line(below[asked]);
                        asked += 1;
                    }
                    s.anchor = !story_below;
                }
                // (Where no pack found anything, silence says nothing of the story, but
                // the story's words and the model's reading still do.)
                if boxed && z < 0.0 {
                    below.push(i);
                }
                // The model corroborates a lone formula: a run may start or end with it.
                s.lone_formula &= raised < MODEL_CORROBORATES;
            }
        }
        // (The model read the blocks from the end back; `find_runs` looks them up in order.)
        statements.sort_unstable();
    }
    if hints.is_none() && !bare_text {
        quoted_lines(blocks, evidence, ctx.text, &mut scored);
    }
    // The story's own notices stand apart from the boxes around them: the runs are found as
    // if they scored zero (no wall either), and they leave the runs below.
    // (In order; empty, and no allocation, in most texts.)
    let steps = numbered_steps(blocks, &scored, ctx.text);
    let notices: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            story_notice(&blocks[i], &evidence[i], hints.map(|h| &h[i]))
                || steps.binary_search(&i).is_ok()
        })
        .collect();
    for &i in &notices {
        let s = &mut scored[i];
        s.score = 0.0;
        s.anchor = false;
        s.hand_anchor = false;
        s.wall = false;
    }
    let mut runs = find_runs(
        blocks,
        evidence,
        &scored,
        &statements,
        &hand,
        ctx.text,
        &outlet_names,
        boxed,
    );
    if unwalled {
        // Read for its long words, a text's runs hold a line the hand rules lean to too: the
        // model alone took a story's closing list of times and prices ("Larunbata:
        // 10:00-21:00", "Sarrera orokorra: 3 euro").
        runs.retain(|(r, _)| r.clone().any(|i| hand[i] > 0.0));
    }

    let total: usize = blocks.iter().map(|b| b.range.len()).sum();
    // Blocks that a run takes on the model's word alone are a guess from shape and position:
    // when they would take much of a document, the document is more likely a page of that
    // shape (a list of accounts, a page of links, a page of jokes above a credit line that
    // thanks "readers like you") than one wrapped in that much boilerplate. They are the runs
    // no hand rule anchors, and the blocks of a run one does anchor that stand above its box
    // (more than `BOX_REACH` blocks before its first block with hand evidence): the model
    // carried it up from a button or a credit line at its end. Then only the hand rules'
    // runs stay, each from its box on.
    let near_evidence = |i: usize| {
        let lo = i.saturating_sub(BOX_REACH);
        let hi = (i + BOX_REACH + 1).min(hand.len());
        hand[lo..hi].iter().any(|&h| h > 0.0)
    };
    let hand_run = |r: &Range<usize>| scored[r.clone()].iter().any(|s| s.hand_anchor);
    // Where a hand-anchored run's box starts: without the packs' reading, its start.
    let box_start = |r: &Range<usize>| {
        if boxed {
            r.clone().find(|&i| near_evidence(i)).unwrap_or(r.end)
        } else {
            r.start
        }
    };
    let guessed: usize = runs
        .iter()
        .flat_map(|(r, _)| {
            if hand_run(r) {
                r.start..box_start(r)
            } else {
                r.clone()
            }
        })
        .map(|i| blocks[i].range.len())
        .sum();
    if guessed as f32 > max_share * total as f32 {
        runs.retain(|(r, _)| hand_run(r));
        for (r, sum) in runs.iter_mut() {
            let start = box_start(r);
            if start > r.start && start < r.end {
                r.start = start;
                *sum = scored[r.clone()].iter().map(|s| s.score).sum();
            }
        }
    }
    if voice {
        outlet_voice(
            blocks,
            evidence,
            ctx.text,
            &outlet_names,
            &scored,
            &mut runs,
        );
        letter_openings(blocks, evidence, &scored, ctx.text, &mut runs);
    }
    tail_heads(blocks, evidence, &scored, ctx.text, &mut runs);
    box_headings(
        blocks,
        evidence,
        &scored,
        ctx.text,
        &outlet_names,
        &mut runs,
    );
    // A page's headline and byline are elements of their own, which the benchmarks of
    // extraction leave out of the article; in a text a scraper gives, they are the story's.
    let text_input = hints.is_none();
    keep_headlines(
        blocks,
        evidence,
        &scored,
        ctx.text,
        &outlet_names,
        &mut runs,
    );
    if text_input && !bare_text {
        keep_byline(
            rules,
            blocks,
            evidence,
            &scored,
            ctx.text,
            &outlet_names,
            &mut runs,
        );
    }
    // (Where no pack reads the text, the ask around an account is read by no rule.)
    if !bare_text {
        keep_lone_accounts(
            rules,
            blocks,
            evidence,
            &scored,
            ctx.text,
            &outlet_names,
            &mut runs,
        );
    }
    keep_own_appeals(
        blocks,
        evidence,
        &scored,
        &hand,
        &notices,
        ctx.text,
        &outlet_names,
        &mut runs,
    );
    // Which blocks a run or an extra cut takes, kept as they are added: a page of many short
    // cuts (ten thousand follow lines) would make a scan of the cuts for each quadratic.
    // (A notice counts as taken: no extra cut takes it either.)
    let mut taken = vec![false; blocks.len()];
    for (r, _) in &runs {
        taken[r.clone()].fill(true);
    }
    for &i in &notices {
        taken[i] = true;
    }
    let mut extra: Vec<(Range<usize>, Kind, &str)> = Vec::new();
    for (r, teasers) in tag_rows(blocks, evidence, ctx.text, &runs) {
        let (kind, rule) = if teasers {
            (Kind::Related, "heuristic:teaser-list")
        } else {
            (Kind::Other, "heuristic:tag-row")
        };
        add_untaken(&mut taken, &mut extra, r, kind, rule);
    }
    if text_input {
        // The story's first block, for the readings of the page's top.
        // (Not one that a run cuts: a second pass over the cleaned text starts below it.)
        let story_start = (0..blocks.len())
            .position(|i| !in_runs(&runs, i) && story_text(blocks, evidence, &scored, i));
        // A menu may stand under the line under another, once that one is cut: looked for
        // again with what is cut read as the runs are, as a second pass over the cleaned
        // text would find it.
        let mut cut = runs.clone();
        let mut from = 0;
        for _ in 0..HEAD_MENUS {
            let Some(r) = head_menu(blocks, evidence, &scored, ctx.text, &cut, story_start, from)
            else {
                break;
            };
            from = r.end;
            add_untaken(
                &mut taken,
                &mut extra,
                r.clone(),
                Kind::Other,
                "heuristic:head-menu",
            );
            cut.push((r, 0.0));
            cut.sort_unstable_by_key(|(r, _)| r.start);
            cut = cut.into_iter().fold(Vec::new(), |mut merged, (r, sum)| {
                match merged.last_mut() {
                    Some((last, _)) if r.start <= last.end => last.end = last.end.max(r.end),
                    _ => merged.push((r, sum)),
                }
                merged
            });
        }
        for (i, rule) in menu_lines(blocks, ctx.text, &runs, story_start, bare_text) {
            add_untaken(&mut taken, &mut extra, i..i + 1, Kind::Other, rule);
        }
    }
    for (r, kind) in outlet_boxes(
        rules,
        blocks,
        evidence,
        &scored,
        ctx.text,
        &outlet_names,
        bare_text,
    ) {
        add_untaken(&mut taken, &mut extra, r, kind, "heuristic:outlet-box");
    }
    for (r, kind) in button_boxes(blocks, evidence, &scored, ctx.text, &outlet_names, &taken) {
        add_untaken(&mut taken, &mut extra, r, kind, "heuristic:button-box");
    }
    for (r, kind) in inline_outlet_boxes(blocks, evidence, &scored, ctx.text, &outlet_names, &taken)
    {
        add_untaken(
            &mut taken,
            &mut extra,
            r,
            kind,
            "heuristic:outlet-inline-box",
        );
    }
    if let Some((r, kind)) = letters(blocks, evidence, &scored, ctx.text, &outlet_names, &runs) {
        add_untaken(&mut taken, &mut extra, r, kind, "heuristic:letter");
    }
    for (i, kind) in inline_letters(blocks, evidence, &scored, ctx.text) {
        add_untaken(&mut taken, &mut extra, i..i + 1, kind, "heuristic:letter");
    }
    for i in outlet_paragraphs(blocks, evidence, &scored, ctx.text, &outlet_names, &taken) {
        // (Of the kind its evidence shows: a messenger channel's, a subscription's.)
        let kind = evidence[i].kind().unwrap_or(Kind::Donation);
        add_untaken(
            &mut taken,
            &mut extra,
            i..i + 1,
            kind,
            "heuristic:outlet-paragraph",
        );
    }
    for i in credits::picture_credits(blocks, evidence, ctx.text) {
        add_untaken(
            &mut taken,
            &mut extra,
            i..i + 1,
            Kind::Credit,
            "heuristic:picture-credit",
        );
    }
    for i in follow_lines(
        blocks,
        evidence,
        &scored,
        ctx.text,
        &outlet_names,
        &runs,
        &taken,
    ) {
        // (A line that names a platform is a follow line, however many it names; the
        // others give the outlet's address.)
        let (kind, rule) = if evidence[i].platforms > 0 {
            (Kind::Social, "heuristic:follow-outlet")
        } else {
            (Kind::Other, "heuristic:outlet-contact")
        };
        add_untaken(&mut taken, &mut extra, i..i + 1, kind, rule);
    }
    for r in cookie_banners(blocks, evidence, &scored, ctx.text, &taken, bare_text) {
        add_untaken(
            &mut taken,
            &mut extra,
            r,
            Kind::Cookie,
            "heuristic:cookie-banner",
        );
    }
    for i in share_rows(blocks, evidence, &scored, ctx.text) {
        add_untaken(
            &mut taken,
            &mut extra,
            i..i + 1,
            Kind::Social,
            "heuristic:share-row",
        );
    }
    for i in channel_lines(
        blocks,
        evidence,
        &scored,
        ctx.text,
        &outlet_names,
        voice,
        &taken,
    ) {
        add_untaken(
            &mut taken,
            &mut extra,
            i..i + 1,
            Kind::Social,
            "heuristic:channel-line",
        );
    }
    for i in app_lines(blocks, evidence, &scored, ctx.text, &outlet_names, &taken) {
        add_untaken(
            &mut taken,
            &mut extra,
            i..i + 1,
            Kind::App,
            "heuristic:outlet-app",
        );
    }
    // (Whether a box is cut so far: a run, or a reading's box; a tag row, a menu or a credit
    // line stands on a story's page alone too.)
    let cut_elsewhere = !runs.is_empty()
        || extra
            .iter()
            .any(|(_, kind, _)| !matches!(kind, Kind::Other | Kind::Credit));
    // (No pack reads a short story either where its reading says so: the model reads it
    // not, but a shape of no language may still be read.)
    let no_pack_reads = bare_text || short_reading == Some(Reading::Bare);
    for (i, kind, rule) in lone_lines(
        rules,
        blocks,
        evidence,
        ctx.text,
        &runs,
        cut_elsewhere,
        no_pack_reads,
    ) {
        add_untaken(&mut taken, &mut extra, i..i + 1, kind, rule);
    }
    if no_pack_reads {
        if let Some(end) = scored.iter().rposition(|s| s.story) {
            for i in credits::closing_credits(blocks, evidence, end, ctx.text, &taken) {
                add_untaken(
                    &mut taken,
                    &mut extra,
                    i..i + 1,
                    Kind::Credit,
                    "heuristic:closing-credit",
                );
            }
        }
    }
    for r in poll_boxes(blocks, evidence, ctx.text) {
        add_untaken(&mut taken, &mut extra, r, Kind::Other, "heuristic:poll");
    }
    for i in item_rows(blocks, evidence, &scored, ctx.text) {
        add_untaken(
            &mut taken,
            &mut extra,
            i..i + 1,
            Kind::Other,
            "heuristic:item-row",
        );
    }
    for i in author_bios(blocks, &scored, ctx.text) {
        add_untaken(
            &mut taken,
            &mut extra,
            i..i + 1,
            Kind::Credit,
            "heuristic:author-bio",
        );
    }
    if let Some(i) = text_input
        .then(|| closing_byline(blocks, &scored, ctx.text, &taken))
        .flatten()
    {
        add_untaken(
            &mut taken,
            &mut extra,
            i..i + 1,
            Kind::Credit,
            "heuristic:closing-byline",
        );
    }
    if let Some(r) = tail_teasers(blocks, evidence, ctx.text, &taken) {
        add_untaken(
            &mut taken,
            &mut extra,
            r,
            Kind::Related,
            "heuristic:teaser-list",
        );
    }
    for i in between_cuts(blocks, evidence, &scored, &hand, &runs, &extra) {
        extra.push((
            i..i + 1,
            evidence[i].kind().unwrap_or(Kind::Other),
            "heuristic:between-boxes",
        ));
    }
    let cut: usize = runs
        .iter()
        .map(|(r, _)| r)
        .chain(extra.iter().map(|(r, ..)| r))
        .flat_map(|r| &blocks[r.clone()])
        .map(|b| b.range.len())
        .sum();
    if (total - cut) as f32 <= MIN_KEPT_SHARE * total as f32 {
        return Vec::new();
    }

    // A caption's line with its picture's credit at the end, inside a run (under a player's
    // box): it opens a run of its own, whose cut starts at the credit (below). A caption's
    // sentence on its own line above the credit stays, where a gallery's buttons above it
    // ran on to the credit ("Weiter" / "Vollbild" / "Der Funken kurz nach dem Anzünden." /
    // "Foto: VOL.AT/Paulitsch"), or a gallery's counter ("1 / 8").
    // A run that opens with the story's plain sentences (no formula, no address to the
    // reader; a blog's story may say "we") above a line that holds its last sentences and the box glued to
    // them starts at that line: what stands above the story's own sentences is the story's.
    if text_input {
        let plain = |i: usize| {
            let ev = &evidence[i];
            ev.signal == 0.0 && ev.you == 0 && blocks[i].sentence
        };
        // (A caption may have no stop: "Nënstacioni i ngrohjes në një ndërtesë në lagjen
        // Ulpiana". Not a credit of a label and a name, "Research i Bangladesh: Tanvir Hasan",
        // nor the outlet's promotion, "... in unserer großen Bildergalerie.")
        let caption = |i: usize| {
            let ev = &evidence[i];
            let t = &ctx.text[blocks[i].range.clone()];
            let credit = t
                .rsplit_once([':', '：'])
                .is_some_and(|(_, name)| name.split_whitespace().count() <= 3);
            // (A "we" inside a quotation is its speaker's: "Voetveer ... uit de vaart: 'Voor
            // ons is dit een grote omweg'".)
            let quoting = t.contains(['\'', '"', '“', '„', '«', '‘']);
            ev.signal == 0.0
                && ev.you == 0
                && (ev.we == 0 || quoting)
                && !credit
                && (blocks[i].sentence || blocks[i].words as usize >= credits::CAPTION_HEAD_WORDS)
        };
        let mut split = Vec::with_capacity(runs.len());
        for (mut r, sum) in runs {
            // (Not where no pack reads the text: there no sentence shows its address to the
            // reader, and an ask's opening line reads as plain as the story's.)
            let glued = (r.start..r.end).find(|&i| !plain(i)).unwrap_or(r.end);
            if !bare_text
                && glued > r.start
                && glued < r.end
                && glued::box_start(rules, ctx.text, &blocks[glued], ctx.host, |t| {
                    features::names(t, &outlet_names)
                })
                .is_some()
            {
                r.start = glued;
            }
            let mut start = r.start;
            for (i, block) in blocks.iter().enumerate().take(r.end).skip(r.start + 1) {
                if caption_credit(block, ctx.text).is_some() {
                    split.push((start..i, sum));
                    start = i;
                } else if i > start
                    && caption(i - 1)
                    && credits::picture_credit(&ctx.text[block.range.clone()])
                {
                    if i - 1 > start {
                        split.push((start..i - 1, sum));
                    }
                    start = i;
                }
            }
            split.push((start..r.end, sum));
        }
        // A picture's credit is a line of its own: the story's plain sentences under it ("Foto:
        // Berria" / "Gerediaga elkarteak 80.000 euroko aurrekontua izan du ..." / a share row)
        // are none of the box below them that the run reached down to.
        // (Plain, and naming no platform and no "we": "Kövesse a Krónikát a Facebookon és az
        // Instagramon is!" under a credit is the follow line's.)
        let story_line = |i: usize| plain(i) && evidence[i].platforms == 0 && evidence[i].we == 0;
        let mut pieces = Vec::with_capacity(split.len());
        for (r, sum) in split {
            let (mut start, mut i) = (r.start, r.start);
            while i < r.end {
                if i + 1 < r.end
                    && story_line(i + 1)
                    && credits::picture_credit(&ctx.text[blocks[i].range.clone()])
                {
                    pieces.push((start..i + 1, sum));
                    i += 1;
                    while i < r.end && story_line(i) {
                        i += 1;
                    }
                    start = i;
                } else {
                    i += 1;
                }
            }
            if start < r.end {
                pieces.push((start..r.end, sum));
            }
        }
        runs = pieces;
    }
    // The story's own notices leave the runs that took them, last, when every reading has
    // seen the runs whole: a story's notes at its end often stand between a teaser list and
    // a newsletter box, and what the run decided of those stays decided. So each piece keeps
    // the run's sum (`split_runs` would judge each piece again, and the teaser list above a
    // note would lose the anchor it has in the box below; so it did when the notes left the
    // runs before the readings after them).
    if !notices.is_empty() {
        let mut kept = Vec::with_capacity(runs.len());
        for (r, sum) in runs {
            let mut start = r.start;
            let inside = notices.partition_point(|&i| i < r.start);
            for &i in notices[inside..].iter().take_while(|&&i| i < r.end) {
                if i > start {
                    kept.push((start..i, sum));
                }
                start = i + 1;
            }
            if start < r.end {
                kept.push((start..r.end, sum));
            }
        }
        runs = kept;
    }
    let mut cuts = Vec::new();
    for (run, sum) in runs {
        let confidence = crate::output::confidence(sum);
        // Blocks without a kind of their own (labels, plain sentences) take the kind before.
        let mut kinds: Vec<Option<Kind>> = run
            .clone()
            .map(|i| {
                evidence[i]
                    .kind()
                    .or_else(|| hints.and_then(|h| h[i].anchor))
            })
            .collect();
        let first = kinds
            .iter()
            .flatten()
            .next()
            .copied()
            .unwrap_or(Kind::Other);
        let mut prev = first;
        for k in kinds.iter_mut() {
            prev = k.unwrap_or(prev);
            *k = Some(prev);
        }
        // A box glued to the story's last sentences leaves them (text input: in HTML the
        // boxes are elements of their own).
        // So does a picture's credit at the end of its caption's line: the caption stays.
        let from = if text_input {
            let first = &blocks[run.start];
            glued::box_start(rules, ctx.text, first, ctx.host, |t| {
                features::names(t, &outlet_names)
            })
            .or_else(|| caption_credit(first, ctx.text))
        } else {
            None
        };
        let mut start = run.start;
        for i in run.clone() {
            let k = kinds[i - run.start].unwrap_or(first);
            let last = i + 1 == run.end;
            if last || kinds[i + 1 - run.start] != Some(k) {
                let part = start..i + 1;
                let stage = if evidence.range(part.clone()).any(|e| e.user) {
                    Stage::UserRule
                } else if scored[part.clone()].iter().any(|s| s.hand_anchor)
                    || evidence.range(part.clone()).any(|e| e.signal > 0.0)
                {
                    Stage::TextRule
                } else if hints.is_some_and(|h| h[part.clone()].iter().any(|h| h.anchor.is_some()))
                {
                    Stage::Pruned
                } else {
                    Stage::Learned
                };
                cuts.push(Cut {
                    from: from.filter(|_| part.start == run.start),
                    blocks: part.clone(),
                    kind: k,
                    rule: describe(rules, evidence.range(part), hints.is_some()),
                    confidence,
                    stage,
                });
                start = i + 1;
            }
        }
    }
    for (r, kind, rule) in extra {
        cuts.push(Cut {
            blocks: r,
            from: None,
            kind,
            rule: rule.to_string(),
            confidence: TAG_CONFIDENCE,
            stage: Stage::TextRule,
        });
    }
    // A letter to the readers at the text's head is the article: its headline and its
    // words stay, whatever they ask (not what a user's rule or the page's markup cuts).
    if let Some(s) = head_letter(blocks, evidence, ctx.text) {
        cuts.retain(|c| {
            c.blocks.end < s
                || !letter_kind(c.kind)
                || matches!(c.stage, Stage::UserRule | Stage::Pruned)
        });
    }
    cuts.sort_by_key(|c| c.blocks.start);
    cuts
}

/// Adds the blocks of `r` that no run or extra cut takes yet to the extra cuts, as `kind`
/// by `rule` (a stretch of them as one cut).
fn add_untaken(
    taken: &mut [bool],
    extra: &mut Vec<(Range<usize>, Kind, &'static str)>,
    r: Range<usize>,
    kind: Kind,
    rule: &'static str,
) {
    let free: Vec<usize> = r.filter(|&i| !taken[i]).collect();
    let mut k = 0;
    while k < free.len() {
        let start = free[k];
        while k + 1 < free.len() && free[k + 1] == free[k] + 1 {
            k += 1;
        }
        taken[start..free[k] + 1].fill(true);
        extra.push((start..free[k] + 1, kind, rule));
        k += 1;
    }
}

/// Builds what the features of a block need from the whole document and hands it to `f`.
/// `outlets` are the caller's, who scored the blocks with them.
#[allow(clippy::too_many_arguments)]
fn with_doc<R>(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    voice: bool,
    bare: bool,
    text: &str,
    outlets: &[String],
    f: impl FnOnce(&Doc) -> R,
) -> R {
    let walls: Vec<usize> = (0..blocks.len()).filter(|&i| scored[i].wall).collect();
    let doc = Doc {
        text,
        blocks,
        evidence,
        scored,
        outlets,
        letter: !voice,
        bare,
        walls: &walls,
        total_bytes: blocks.last().map_or(0, |b| b.range.end),
    };
    f(&doc)
}

/// The features of every block, for training: (block index, is a wall, features). The
/// features of [`features::BARE_ONLY`] are computed for every text, which the bare pair is
/// fitted on (the packs' pair sees them as zero).
pub(crate) fn samples(
    blocks: &[Block],
    evidence: &Evidences,
    ctx: Context,
) -> Vec<(usize, bool, [f32; features::N])> {
    let voice = document_voice(blocks, evidence);
    let outlet_names = outlets(&ctx);
    let scored = score_blocks(
        blocks,
        evidence,
        None,
        voice,
        MODEL_WALL_WORDS,
        ctx.text,
        &outlet_names,
    );
    with_doc(
        blocks,
        evidence,
        &scored,
        voice,
        true,
        ctx.text,
        &outlet_names,
        |doc| {
            (0..blocks.len())
                .map(|i| (i, doc.scored[i].wall, features::of(doc, i)))
                .collect()
        },
    )
}

/// False when the whole document speaks in the publisher's voice (a letter to readers):
/// then "we" and "you" in a block say nothing.
fn document_voice(blocks: &[Block], evidence: &Evidences) -> bool {
    let (sentences, voiced) = blocks
        .iter()
        .zip(evidence)
        .filter(|(b, _)| b.words >= 10)
        .fold((0, 0), |(n, v), (_, e)| {
            (n + 1, v + usize::from(e.we > 0 && e.you > 0))
        });
    sentences < 4 || (voiced as f32) < VOICED_SHARE * sentences as f32
}

/// The byte offset of `part`, a slice of `t`, in `t`.
fn offset_in(t: &str, part: &str) -> usize {
    part.as_ptr() as usize - t.as_ptr() as usize
}

/// Where a capitalised word glued to the end of a name word begins ("Blume|Staff"), after
/// three letters at least ("MacArthur", "DeSantis" and "McDonald" are names, but the first
/// is read both ways).
fn glued_at(w: &str) -> Option<usize> {
    let mut prev_lower = false;
    for (n, (i, c)) in w.char_indices().enumerate() {
        if is_upper(c) && prev_lower && n >= 3 {
            return Some(i);
        }
        prev_lower = is_lower(c);
    }
    None
}

/// Whether `t` ends with a quotation after a colon, with no sentence's end inside it, as a
/// headline that quotes someone does (`Textile workers march: “We cannot live on the
/// minimum wage”`); a sentence that ends in a quote has its stop inside or after it, and a
/// list's item that ends in one ("Quick access to Siri by saying “Hey Siri”") has no
/// colon.
fn quote_ends_headline(t: &str) -> bool {
    let t = t.trim_end();
    let Some(inner) = t.strip_suffix(['”', '»', '“']) else {
        return false;
    };
    let Some((_, quote)) = inner.rsplit_once(':') else {
        return false;
    };
    quote.trim_start().starts_with(['“', '«', '„', '"'])
        && !inner.trim_end().ends_with(['.', '!', '?', '…'])
}

/// Whether a line that ends like a sentence may still be a teaser's headline: a question
/// ("Wie weit darf der Schulweg sein?"), an exclamation ("... and She Still Wears It!"), a
/// quotation after a colon, or a closing remark in brackets ("(Plus, See Inside Her Massive
/// Closet!)").
fn asks_or_quotes(t: &str) -> bool {
    t.trim_end()
        .trim_end_matches(')')
        .ends_with(['?', '？', '؟', '!', '！'])
        || quote_ends_headline(t)
}

/// A kind of box that a heading and a text introduce (a teaser list, a share row or a
/// credit has no heading of its own above its label).
fn boxed_kind(k: Kind) -> bool {
    matches!(
        k,
        Kind::Newsletter
            | Kind::Cookie
            | Kind::App
            | Kind::Donation
            | Kind::Membership
            | Kind::Subscription
            | Kind::Paywall
    )
}

/// The fewest words of a notice that [`story_notice`] reads.
const NOTICE_WORDS: u32 = 5;

/// Whether `b` is the story's own notice: a sentence that holds a correction, an update or an
/// editor's note ("Correction: An earlier version of this story misstated ...", "2:58 p.m.:
/// This article was updated to add ..."), with no ask beside it ("От редакции" may open a
/// letter that asks). (A date alone after the word, "Updated: Dec 15, 2016 2:57 PM", is no
/// sentence: the page's chrome.)
fn story_notice(b: &Block, ev: &Evidence, hint: Option<&Hint>) -> bool {
    ev.notice
        && ev.max_rule < ANCHOR_RULE
        && b.sentence
        && b.words >= NOTICE_WORDS
        && !ev.user
        && hint.is_none_or(|h| h.anchor.is_none())
}

/// The steps of numbered lists in the story, in order: each a sentence ("1. Download the app
/// from the App Store or Google Play.", "2. Can you unsubscribe with one click?") beside the
/// step before or after it, a sentence too, under a line that scores as the story's: a
/// how-to's steps and a checklist's questions name the apps, buttons and payments they
/// explain. A list of the most read numbers headlines, which end with no stop. (A number
/// before a word in lower case is a date's or an amount's: "1. måned for 1 kr.") Such a step
/// is kept as the story's notices are ([`story_notice`]): no run takes it. One pass, each
/// block's number read once (empty, and no allocation, in most texts).
fn numbered_steps(blocks: &[Block], scored: &[Scored], text: &str) -> Vec<usize> {
    let number = |j: usize| list_number(&text[blocks[j].range.clone()]);
    let mut steps = Vec::new();
    // The numbers of the block before, this one and the one after; the first block of the
    // run of numbered lines this one is in.
    let (mut before, mut here) = (None, blocks.first().and_then(|_| number(0)));
    let mut first = 0;
    for (i, b) in blocks.iter().enumerate() {
        let after = (i + 1 < blocks.len()).then(|| number(i + 1)).flatten();
        if before.is_none() {
            first = i;
        }
        if let Some(n) = here
            && b.sentence
            && b.words <= STEP_WORDS
        {
            // (The step beside it is a sentence too: a teaser list's headline may end with
            // a question mark, "2. Lokaty znów tracą na oprocentowaniu. Gdzie jeszcze 6
            // proc.?", among headlines that end with none.)
            let beside = (i > 0 && blocks[i - 1].sentence && before == Some(n.wrapping_sub(1)))
                || (i + 1 < blocks.len() && blocks[i + 1].sentence && after == Some(n + 1));
            // The list is the story's where what leads into it scores as the story's: its
            // paragraph, or a short line ("Here is how to do it:") under one. Under a box's
            // sentence or heading ("Our journalism is funded by readers like you.",
            // "Weiterlesen mit Plus" / "Wählen Sie Ihr Abo:") the steps are the box's: "1.
            // Choose an amount."
            let plain = |j: usize| scored[j].score < 0.0;
            if beside
                && first > 0
                && plain(first - 1)
                && (first < 2 || blocks[first - 1].words > SENTENCE_WORDS || plain(first - 2))
            {
                steps.push(i);
            }
        }
        (before, here) = (here, after);
    }
    steps
}

/// The most words of a step that [`numbered_steps`] reads.
const STEP_WORDS: u32 = 60;

/// The number of a list's item that opens `t` ("1. ", "12) "), before a word that does not
/// open in lower case.
fn list_number(t: &str) -> Option<u32> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let mut rest = t[digits..].chars();
    if !matches!(rest.next(), Some('.' | ')')) || rest.next() != Some(' ') {
        return None;
    }
    let first = rest.next()?;
    if first.is_lowercase() || first.is_ascii_digit() {
        return None;
    }
    t[..digits].parse().ok()
}

/// The three heaviest rules that fired in `evidence`, by name.
fn describe<'a>(
    rules: &RuleSet,
    evidence: impl Iterator<Item = &'a Evidence>,
    html: bool,
) -> String {
    let mut fired: Vec<(f32, &str)> = evidence
        .flat_map(|e| e.top.iter().map(|&(i, w)| (w, &*rules.rule(i).name)))
        .collect();
    fired.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut names: Vec<&str> = Vec::new();
    for (_, n) in fired {
        if !names.contains(&n) {
            names.push(n);
        }
        if names.len() == 3 {
            break;
        }
    }
    if names.is_empty() {
        return if html {
            "heuristic:link-block"
        } else {
            "model:shape-and-position"
        }
        .to_string();
    }
    names.join(" + ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_script_is_told_by_most_letters() {
        for t in [
            "Bhalisela incwadana yethu yeendaba ye-imeyili",
            "Ẹ ṣe àtìlẹ́yìn fún iṣẹ́ ìròyìn wa",
            "Tiếng Việt có dấu",
            "Zgoda na pliki cookie — 2025 © Gazeta",
        ] {
            assert!(mostly_latin(t), "{t}");
        }
        for t in [
            "நீங்கள் எங்களுக்கு உதவலாம் (PDF)",
            "Подпишитесь на наш канал в Telegram",
            "ټول حقونه خوندي دي © 2024 Tol Afghan",
            "2025",
        ] {
            assert!(!mostly_latin(t), "{t}");
        }
    }

    #[test]
    fn a_list_number_opens_a_step_before_a_word_not_in_lower_case() {
        assert_eq!(list_number("1. Download the app."), Some(1));
        assert_eq!(list_number("12) «Quoted»"), Some(12));
        assert_eq!(list_number("3. ¿Cómo se hace?"), Some(3));
        // A date's or an amount's number, a figure, three digits, no space.
        for t in [
            "1. måned for 1 kr.",
            "1.5 million",
            "100. Step",
            "1.Step",
            "Step 1. Go",
        ] {
            assert_eq!(list_number(t), None, "{t}");
        }
    }

    #[test]
    fn a_dateline_has_a_year_and_another_number_in_a_few_words() {
        let block = |t: &str| Block::new(t, 0..t.len());
        for t in [
            "입력 2025.08.18 05:00",
            "18.08.2025, 05:00 Uhr",
            "Updated March 4, 2025",
            // A year of two figures in a day's date.
            "Lugo 14·03·25 | 09:30",
            "4.3.25, 18:00",
            "Posted 18/08/25",
        ] {
            assert!(dateline(&block(t), t), "{t}");
        }
        for t in [
            "Coastal line to lose twelve trains a day",
            "The 2025 budget",
            "10:13 PM",
            // No day's date: a score, a ratio, a version.
            "Final score 3-1 after 90 minutes",
            "Version 2.14.3 released",
            "Ratio 40/13/25 in the survey",
            "In 2024 the council spent 4 million euros on repairs to the old bridge and roads.",
        ] {
            assert!(!dateline(&block(t), t), "{t}");
        }
    }

    /// A run that no hand rule anchors, of short lines that mostly hold a figure after their
    /// start, is the story's data; a teaser list, a numbered one, a box a rule anchors, or
    /// a run of three lines is not.
    #[test]
    fn a_list_of_figures_that_only_the_model_took_is_the_storys_data() {
        let run = |lines: &[&str], hand_anchor: bool| {
            let text = lines.join("\n");
            let mut at = 0;
            let blocks: Vec<Block> = lines
                .iter()
                .map(|l| {
                    let b = Block::new(&text, at..at + l.len());
                    at += l.len() + 1;
                    b
                })
                .collect();
            let scored: Vec<Scored> = lines
                .iter()
                .map(|_| Scored {
                    score: 1.0,
                    anchor: true,
                    hand_anchor,
                    lone_formula: false,
                    wall: false,
                    story: false,
                })
                .collect();
            runs::story_data(&blocks, &scored, &text, 0..lines.len())
        };
        let scorers = [
            "Top scorers of the night",
            "Marcus Reid, Bears – 31 points",
            "Jon Arnold, Hawks – 24 points",
            "Ray Evans, Owls – 22 points",
            "Next games",
            "Thursday 21 March",
            "19:15 Lions – Falcons",
            "19:15 Wolves – Bears",
        ];
        assert!(run(&scorers, false));
        assert!(!run(&scorers, true));
        assert!(!run(&scorers[1..4], false));
        assert!(!run(
            &[
                "More from News",
                "Camberwell library to open on Sundays from April",
                "Man charged after 40-year-old shop burglary",
                "Council approves new cycle lanes",
                "Bermondsey bakery forced to close as rent triples",
            ],
            false
        ));
        assert!(!run(
            &[
                "1 Motorist badly hurt in crash near Beaune",
                "2 Dijon market hall to close for works",
                "3 New tram line opens in the spring",
                "4 Heatwave warning for the weekend",
            ],
            false
        ));
    }

    #[test]
    fn a_short_section_path_is_no_headline() {
        assert!(crumb_line("Społeczeństwo / Reportaż"));
        assert!(!crumb_line("Work / Life / Balance"));
        assert!(crumb_line("Cronaca › Valle Brembana"));
        assert!(crumb_line("หน้าแรก » สังคม"));
        assert!(!crumb_line(
            "Bundestag / Haushalt: Koalition einigt sich auf Kompromiss"
        ));
        assert!(!crumb_line("Rents up by a fifth"));
        assert!(!crumb_line("Inflation > 5 %"));
        assert!(!crumb_line("Read more »"));
        assert!(!crumb_line("Brexit → what next"));
        // A byline's name and place.
        assert!(!crumb_line("Rojda Aydemir / Amed"));
        // Steps of a few names, each opening with a capital, the first maybe the host.
        assert!(crumb_line("Bankier.pl » Finanse osobiste » Konta i karty"));
        assert!(crumb_line("naTemat.pl › Wiadomości › Polska"));
        // Two steps under a section's name, a few words under it ("Praha" names a section).
        assert!(crumb_line("Nachrichten › Welt"));
        // A headline's route or comparison is no path.
        assert!(!crumb_line("Kyiv → Warsaw Night Train Returns"));
        assert!(!crumb_line("Madrid > Barcelona en turismo"));
        assert!(!crumb_line("Praha → Vídeň za tři hodiny"));
        assert!(!crumb_line("Lisboa › Porto em duas horas"));
        assert!(!crumb_line(
            "Home » News » Nurses’ Strike Enters Second Week As Patients Turned Away"
        ));
        assert!(!crumb_line("Apple › Google: the race for the car"));
        assert!(!crumb_line("Accueil › Actualités › Opération 11.11.11"));
        assert!(!crumb_line("News » » Sport"));
    }

    #[test]
    fn a_byline_names_its_author_with_a_few_words_or_a_role_in_lower_case() {
        for (line, name) in [
            ("By Maria Lopez", "Maria Lopez"),
            ("Text: Anna Orlova, 12:05", "Anna Orlova"),
            (
                "Jana Dvořáková, redaktorka domácí rubriky",
                "Jana Dvořáková",
            ),
            ("Maria Lopez, staff writer", "Maria Lopez"),
        ] {
            assert!(names_author(line, name), "{line}");
        }
        for (line, name) in [
            // A dateline's city and country, capitalised.
            ("By Priya Sharma, New Delhi, India", "Priya Sharma"),
            // A sentence about the person.
            (
                "Maria Lopez, who has run the bakery for twenty years, said",
                "Maria Lopez",
            ),
        ] {
            assert!(!names_author(line, name), "{line}");
        }
    }

    #[test]
    fn a_name_in_quotation_marks_opens_a_sentence_that_quotes_no_one() {
        assert!(opens_with_name(
            "„Nowy Obywatel” nie należy do żadnego koncernu medialnego."
        ));
        assert!(opens_with_name(
            "«Новая газета» выходит три раза в неделю с 1993 года."
        ));
        assert!(!opens_with_name(
            "“We cannot wait any longer,” the mayor said on Monday."
        ));
        assert!(!opens_with_name(
            "„Wir helfen, wo wir können, und das seit zwanzig Jahren“"
        ));
        assert!(!opens_with_name("“Dear reader,” the letter began."));
    }

    #[test]
    fn segments_find_the_positive_runs() {
        let s = [-3.0, 2.0, -0.5, 3.0, -4.0, 1.0];
        let segs = max_segments(&s);
        assert_eq!(
            segs.iter().map(|(r, _)| r.clone()).collect::<Vec<_>>(),
            vec![1..4, 5..6]
        );
        assert!((segs[0].1 - 4.5).abs() < 1e-6);
    }

    #[test]
    fn a_deep_dip_splits_runs() {
        let s = [2.0, -5.0, 2.0];
        let segs = max_segments(&s);
        assert_eq!(segs.len(), 2);
    }

    #[test]
    fn falling_sequences_stay_linear() {
        // Every new positive score starts below all open candidates: the unbounded search
        // would look through all of them each time.
        let s: Vec<f32> = (0..200_000)
            .map(|i| if i % 2 == 0 { 1.0 } else { -2.0 })
            .collect();
        let segs = max_segments(&s);
        assert_eq!(segs.len(), 100_000);
        assert!(
            segs.iter()
                .all(|(r, sum)| r.len() == 1 && (*sum - 1.0).abs() < 1e-6)
        );
    }

    /// A model that gives every block of the tail the same log-odds, and every wall -4 (a
    /// wall ends the tail).
    fn flat_model(logit: f32) -> Model {
        let mut weights = [0.0; features::N];
        weights[0] = logit;
        let mut wall = [0.0; features::N];
        wall[0] = -4.0;
        let pair = model::Pair { weights, wall };
        Model {
            packs: pair.clone(),
            bare: pair,
        }
    }

    /// A host that writes an umlaut as its vowel and an "e" names the outlet that the text
    /// writes with the umlaut; a host with no such pair gets no second name.
    #[test]
    fn a_host_with_umlauts_spelled_out_names_the_outlet() {
        let ctx = |host| Context {
            text: "",
            host: Some(host),
            site_names: &[],
            model: None,
        };
        let names = outlets(&ctx("www.blaetter.de"));
        assert!(features::names_properly(
            "Die »Blätter« erscheinen seit 1956.",
            &names
        ));
        assert!(features::names_properly(
            "Die Blaetter erscheinen seit 1956.",
            &names
        ));
        assert!(!features::names_properly(
            "Die »Blätter« erscheinen seit 1956.",
            &names[..1]
        ));
        assert_eq!(outlets(&ctx("www.spiegel.de")), ["spiegel"]);
        // Not where the collapse makes a short word.
        assert_eq!(outlets(&ctx("queer.de")), ["queer"]);
        assert_eq!(outlets(&ctx("www.goethe.de")), ["goethe"]);
        assert_eq!(outlets(&ctx("www.huelva.es")), ["huelva"]);
    }

    /// Whether the last block of `text` is kept, with `model`.
    fn tail_kept(text: &str, model: &Model) -> bool {
        let cleaner = crate::Cleaner::new();
        let (blocks, evidence) = cleaner.scan_text(text, None);
        let last = blocks.len() - 1;
        assert!(
            scored_lone(text, &blocks, &evidence, last),
            "the last line is a lone formula"
        );
        let ctx = Context {
            text,
            host: None,
            site_names: &[],
            model: Some(model),
        };
        let cuts = decide(&cleaner.rules, &blocks, &evidence, None, ctx);
        assert!(!cuts.is_empty(), "the appeal's heading is cut");
        !cuts.iter().any(|c| c.blocks.contains(&last))
    }

    fn scored_lone(text: &str, blocks: &[Block], evidence: &Evidences, i: usize) -> bool {
        let voice = document_voice(blocks, evidence);
        score_blocks(blocks, evidence, None, voice, MODEL_WALL_WORDS, text, &[])[i].lone_formula
    }

    #[test]
    fn the_model_corroborates_a_lone_formula_in_the_tail() {
        let text = "The council met on Tuesday evening to discuss the new budget for the \
            coming year, which includes money for roads, schools and the library, and a \
            plan to repair the bridge over the river before the winter floods arrive.\n\
            Several residents spoke against the plan to close the swimming pool in the \
            old town, saying that children would have nowhere to learn to swim and that \
            the nearest other pool is an hour away by bus on most days of the week.\n\
            Support our journalism\n\
            Every contribution, however big or small, keeps this small team of reporters \
            in the town hall and on the streets of the district.";
        // Where the model leans to boilerplate only a little, the closing sentence's one
        // formula is a mention and stays out of the run; where it leans clearly, the
        // model corroborates it.
        assert!(tail_kept(text, &flat_model(1.0)));
        assert!(!tail_kept(text, &flat_model(MODEL_CORROBORATES)));
    }

    /// Whether block `i` of `text` is an anchor, as the hand rules score it.
    fn hand_anchor(text: &str, i: usize) -> bool {
        let cleaner = crate::Cleaner::new();
        let (blocks, evidence) = cleaner.scan_text(text, None);
        let voice = document_voice(&blocks, &evidence);
        score_blocks(&blocks, &evidence, None, voice, MODEL_WALL_WORDS, text, &[])[i].anchor
    }

    #[test]
    fn an_ask_in_the_outlets_voice_is_corroborated_by_its_neighbour() {
        let news = "The council met on Tuesday evening to discuss the new budget for the \
            coming year, which includes money for roads, schools and the library, and a \
            plan to repair the bridge over the river before the winter floods arrive.";
        let ask = "To keep our small team of reporters in the town hall and on the streets \
            of the district for another year, we rely on your support.";
        let next = "Donate today.";
        let report = "The paper's editors wrote that to keep the team of reporters in the \
            town hall for another year they rely on your support, and most readers agreed.";
        // Alone between paragraphs of news, the ask's one formula is a mention.
        assert!(!hand_anchor(&format!("{news}\n{ask}\n{news}"), 1));
        // Beside a line of its kind it is part of a box.
        assert!(hand_anchor(&format!("{news}\n{ask}\n{next}"), 1));
        // A report of the same ask, beside the same line, speaks of the paper, not to
        // the reader.
        assert!(!hand_anchor(&format!("{news}\n{report}\n{next}"), 1));
    }

    /// The pronouns inside a formula are counted for the model: the phrase pass does not
    /// look the words of a match up again, and "Our work" and "donors like you" are the
    /// outlet's voice speaking to the reader.
    #[test]
    fn the_pronouns_inside_a_formula_count() {
        let text = "Our work is free to read and republish because donors like you make it \
            possible.";
        let cleaner = crate::Cleaner::new();
        let (_, evidence) = cleaner.scan_text(text, None);
        assert!(evidence[0].signal > 0.0, "the formulas are read");
        assert!(evidence[0].formula_we > 0 && evidence[0].formula_you > 0);
    }

    /// Two paragraphs that report, between a box and a bio in the tail, split the run even
    /// where the model leans to boilerplate over the whole tail, and each holds a stray cue
    /// ("monthly updates").
    #[test]
    fn reporting_paragraphs_split_a_run() {
        let text = "The footbridge over the canal has been fenced off for two years, and the \
            city has still not said when repairs will begin or how much they will cost, \
            although the engineers finished their survey of the old structure last spring.\n\
            Sign up for our free newsletter and get the news delivered to your inbox.\n\
            At a council meeting last month, Councilor Anh Tran asked for a written \
            timeline and monthly updates, the city manager said.\n\
            The council voted to request the timeline and monthly reports by April, and \
            residents said they would keep coming until the bridge reopens.\n\
            Jonah Farrell is a reporter for WBUR covering the Merrimack Valley.";
        let cleaner = crate::Cleaner::new();
        let (blocks, evidence) = cleaner.scan_text(text, None);
        assert_eq!(blocks.len(), 5);
        assert!(
            evidence[2].signal > 0.0 && evidence[3].signal > 0.0,
            "the stray cues are read"
        );
        let model = flat_model(2.0);
        let ctx = Context {
            text,
            host: None,
            site_names: &[],
            model: Some(&model),
        };
        let cuts = decide(&cleaner.rules, &blocks, &evidence, None, ctx);
        assert!(cuts.iter().any(|c| c.blocks.contains(&1)), "{cuts:?}");
        assert!(
            !cuts
                .iter()
                .any(|c| c.blocks.contains(&2) || c.blocks.contains(&3)),
            "{cuts:?}"
        );
    }

    #[test]
    fn no_positive_scores_no_segments() {
        assert!(max_segments(&[-1.0, -2.0, 0.0]).is_empty());
        assert!(max_segments(&[]).is_empty());
    }
}
