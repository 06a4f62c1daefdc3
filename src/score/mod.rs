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

use std::ops::Range;
use std::sync::LazyLock;

use crate::input::host::squeeze;
use crate::input::segment::Block;
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
    } = around;
    let words = b.words as f32;
    let mut signal = ev.signal.min(8.0);
    // A long block needs evidence in proportion to its length to be an anchor: one formula
    // inside a long paragraph is more likely a quote or a mention than an appeal.
    // Under a letter's salutation or a box's heading, a long paragraph with a formula is the
    // letter's own ("Kedves Olvasónk!" over "A Szabad Pécs független helyi hírportál ...
    // Minden forint számít."): it needs no more.
    let needed = if after_opening {
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
    let line_formula = ev.groups[Group::Line.slot().expect("a kept group")] >= ANCHOR_RULE
        && ev.kind() == Some(Kind::Other);
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
                w.chars().next().is_some_and(char::is_uppercase)
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
    let prose =
        |n: usize| blocks[n].sentence && blocks[n].words >= WALL_WORDS && evidence[n].signal < 1.0;
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

/// The score of a line of a donation widget's amount ladder.
const LADDER_SCORE: f32 = 2.0;
/// The most words of a line that is an amount alone ("10 €", "$5.000 por mes").
const AMOUNT_WORDS: u32 = 5;
/// The most words besides the amount's (its period: "por mes", "τον μήνα").
const AMOUNT_OTHER_WORDS: usize = 3;

/// Block `b` as one rung of a widget's ladder, a round amount alone with its currency and
/// at most a period's words ("₹100", "5€ τον μήνα", "$3.000 por mes"): its value, and its
/// text without the figures (lower case) that the next rung must share.
fn amount_line(b: &Block, ev: &Evidence, text: &str) -> Option<(u64, String)> {
    if b.words > AMOUNT_WORDS || b.words == 0 {
        return None;
    }
    // A label before the amount ("Sanierung Hallenbad: 1,2 Millionen Euro") makes the line
    // an item of the story's list of facts: the rung opens with its amount.
    let line = &text[b.range.clone()];
    if line.contains(':') {
        return None;
    }
    let money = ev.money.clone().unwrap_or_default();
    let mut currency = false;
    let mut value = None;
    let mut other = 0;
    for t in line.split_whitespace() {
        let at = b.range.start + offset_in(line, t);
        if at < money.end && at + t.len() > money.start {
            currency = true;
            if at >= money.start && at + t.len() <= money.end {
                continue;
            }
        }
        let bare = t.trim_matches(crate::rules::is_currency_sign);
        currency |= bare.len() < t.len();
        if bare.bytes().any(|c| c.is_ascii_digit()) {
            if value.is_some() {
                return None;
            }
            value = Some(whole_amount(bare)?);
        } else if bare.chars().any(char::is_alphanumeric) {
            // A word before the amount is a label.
            value?;
            other += 1;
        }
    }
    let round = value.is_some_and(round_amount);
    let shape = || {
        line.chars()
            .filter(|c| !c.is_ascii_digit() && !matches!(c, '.' | ',' | '\''))
            .collect::<String>()
            .to_lowercase()
    };
    value
        .filter(|_| currency && round && other <= AMOUNT_OTHER_WORDS)
        .map(|v| (v, shape()))
}

/// The fewest amounts of a ladder on one line.
const ROW_AMOUNTS: usize = 3;
/// The most letters of a currency written as a word or glued before the amount ("сом",
/// "kr", "R").
const UNIT_CHARS: usize = 4;
/// The most words of such a line.
const ROW_WORDS: u32 = 12;

/// Block `b` as a donation widget's ladder on one line: three round amounts or more, each
/// with its currency sign, rising, side by side, then the words for another amount in any
/// script ("5 € 10 € 25 € Autre montant", "$50 $100 $200 Otra cantidad", "5$ 10$ 25$ مبلغ
/// آخر"). A story's prices have labels ("Erwachsene 15 € 20 € 25 €", "Tickets: €5"), items
/// between them ("Small $5 Medium $6"), cents, or a line of their own that the one above
/// introduces ("... the new prices are as follows:"), and no such words.
fn amount_row(blocks: &[Block], i: usize, text: &str) -> bool {
    let b = &blocks[i];
    if b.words > ROW_WORDS || b.words < ROW_AMOUNTS as u32 {
        return false;
    }
    let line = &text[b.range.clone()];
    // (The cheap tests first: most short blocks open with a word and hold no figure.)
    let first = line.split_whitespace().next().unwrap_or("");
    if first.starts_with(|c: char| c.is_ascii_alphabetic())
        && !first.bytes().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    if !line.bytes().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // A currency no sign writes stands as a short word beside each amount, or as letters
    // glued before it, the same each time ("100 сом 300 сом 500 сом", "R50 R100 R250").
    let unit = line
        .split_whitespace()
        .filter(|t| t.chars().count() <= UNIT_CHARS && t.chars().all(char::is_alphabetic))
        .find(|u| line.split_whitespace().filter(|t| t == u).count() >= ROW_AMOUNTS);
    let prefix = first.find(|c: char| c.is_ascii_digit()).and_then(|k| {
        let p = &first[..k];
        (k > 0 && p.chars().count() <= UNIT_CHARS && p.chars().all(char::is_alphabetic))
            .then_some(p)
    });
    let prefix = prefix.filter(|p| {
        line.split_whitespace()
            .filter(|t| {
                t.strip_prefix(p)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            })
            .count()
            >= ROW_AMOUNTS
    });
    if prefix.is_none() && text.as_bytes()[b.range.start].is_ascii_alphabetic() {
        return false;
    }
    let sign = |t: &str| {
        !t.is_empty() && (t.chars().all(crate::rules::is_currency_sign) || unit == Some(t))
    };
    // The line opens with an amount or its sign (no label before it).
    let opens_with_amount = || sign(first) || first.bytes().take(4).any(|c| c.is_ascii_digit());
    let after_colon = || i > 0 && ends_in_colon(&blocks[i - 1], text);
    if !opens_with_amount() || line.contains(':') || after_colon() {
        return false;
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let (mut values, mut other) = (Vec::new(), 0);
    for (k, t) in tokens.iter().enumerate() {
        if sign(t) {
            continue;
        }
        let glued = prefix.and_then(|p| t.strip_prefix(p));
        let bare = glued
            .unwrap_or(t)
            .trim_matches(crate::rules::is_currency_sign);
        if !bare.bytes().any(|c| c.is_ascii_digit()) {
            other += 1;
            continue;
        }
        if other > 0 {
            // A word before an amount: a label or an item.
            return false;
        }
        let signed = bare.len() < t.len()
            || (k > 0 && sign(tokens[k - 1]))
            || tokens.get(k + 1).is_some_and(|n| sign(n));
        match whole_amount(bare) {
            Some(v) if signed => values.push(v),
            _ => return false,
        }
    }
    values.len() >= ROW_AMOUNTS
        && (1..=AMOUNT_OTHER_WORDS).contains(&other)
        && values.iter().all(|&v| round_amount(v))
        && values.windows(2).all(|w| w[0] < w[1])
}

/// Whether `v` is a round sum, as a widget offers ("5", "250", "3.000"): two significant
/// digits at most. A story's figures are as often not ("$2,150", "$2,380").
fn round_amount(mut v: u64) -> bool {
    while v > 0 && v % 10 == 0 {
        v /= 10;
    }
    v < 100
}

/// A whole amount written with or without thousands separators ("5", "3.000", "10,000",
/// "1'000"); none with cents ("341,44"), which a price table or a loan's rates has.
fn whole_amount(t: &str) -> Option<u64> {
    let groups: Vec<&str> = t.split(['.', ',', '\'']).collect();
    let (first, rest) = groups.split_first()?;
    if first.is_empty()
        || first.len() > 6
        || !first.bytes().all(|c| c.is_ascii_digit())
        || rest
            .iter()
            .any(|g| g.len() != 3 || !g.bytes().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    groups.concat().parse().ok()
}

/// The outlet's names: the host's label and the names the page declares.
fn outlets(ctx: &Context) -> Vec<String> {
    let mut outlets: Vec<String> = ctx
        .host
        .and_then(crate::input::host::outlet_label)
        .into_iter()
        .collect();
    for name in ctx.site_names {
        if !outlets.contains(name) {
            outlets.push(name.clone());
        }
    }
    outlets
}

/// How far back the segment search looks (see [`max_segments`]).
const MAX_LOOKBACK: usize = 64;

/// The maximal-scoring segments of `scores` (Ruzzo and Tompa), as half-open ranges with
/// their sums. The backward search is bounded, so this is linear on any input.
fn max_segments(scores: &[f32]) -> Vec<(Range<usize>, f32)> {
    struct Open {
        range: Range<usize>,
        left: f32,
        right: f32,
    }
    let mut open: Vec<Open> = Vec::new();
    let mut cum = 0.0f32;
    for (k, &s) in scores.iter().enumerate() {
        if s <= 0.0 {
            cum += s;
            continue;
        }
        let mut cur = Open {
            range: k..k + 1,
            left: cum,
            right: cum + s,
        };
        cum += s;
        loop {
            // Looking back at most MAX_LOOKBACK open candidates bounds the work on
            // adversarial input; a candidate not found is left apart (a smaller cut).
            let from = open.len().saturating_sub(MAX_LOOKBACK);
            match open[from..]
                .iter()
                .rposition(|o| o.left < cur.left)
                .map(|j| j + from)
            {
                Some(j) if open[j].right < cur.right => {
                    cur.range.start = open[j].range.start;
                    cur.left = open[j].left;
                    open.truncate(j);
                }
                _ => {
                    open.push(cur);
                    break;
                }
            }
        }
    }
    open.into_iter()
        .map(|o| (o.range, o.right - o.left))
        .collect()
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
/// tuning folds: 0 found more (0.713 -> 0.726) for no body lost; -1 lost body.
const WALL_BREAK: f32 = 0.0;
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

/// Whether any pack reads the text: one of its blocks holds a pack's pronoun ("we", "you"),
/// reporting verb or phrase (the rows of no language, `xx.`, say nothing of the language),
/// or, where none does, a pack language's common words make up a share of it (a plain
/// product page in German has no formula but plenty of "der", "und"). A text of some length
/// with none of them is in a language no pack in use covers.
/// True when a pack found something in the text: a "we", a "you", a reporting verb, or a
/// formula of its own (the rows of no language do not count; `builtins` whether the
/// built-in patterns do, which run whatever packs are in use).
fn packs_found(rules: &RuleSet, evidence: &Evidences, builtins: bool) -> bool {
    evidence.iter().any(|e| {
        e.we > 0
            || e.you > 0
            || e.said > 0
            || e.body < 0.0
            || e.top.iter().any(|&(i, _)| {
                let name = &rules.rule(i).name;
                !name.starts_with("xx.") && (builtins || !crate::rules::is_builtin(name))
            })
    })
}

pub(crate) fn reading(
    rules: &RuleSet,
    text: &str,
    blocks: &[Block],
    evidence: &Evidences,
) -> Reading {
    let words: u32 = blocks.iter().map(|b| b.words).sum();
    // Only a text where the packs found nothing is looked at for its common words.
    if packs_found(rules, evidence, true)
        || words < BARE_MIN_WORDS
        || rules.reads_language(text, words)
    {
        Reading::Packs
    } else {
        Reading::Bare
    }
}

/// Decides which blocks to cut. `hints`, when given, has one entry per block.
pub(crate) fn decide(
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
    // A text with no wall at all is a list or a box, and the packs judge it alone.
    let any_wall = scored.iter().any(|s| s.wall);
    // Whether no pack reads the text (nor knows its language): readings of shape alone then
    // stand in for the packs' labels.
    let mut bare_text = false;
    if let Some(model) = ctx.model.filter(|_| any_wall) {
        let reading = reading(rules, ctx.text, blocks, evidence);
        let anchor_logit = match reading {
            Reading::Packs => {
                boxed = true;
                packs_read = packs_found(rules, evidence, false);
                ANCHOR_LOGIT
            }
            Reading::Bare => {
                bare_text = true;
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
    }
    if hints.is_none() && !bare_text {
        quoted_lines(blocks, evidence, ctx.text, &mut scored);
    }
    let mut runs = find_runs(
        blocks,
        evidence,
        &scored,
        &hand,
        ctx.text,
        &outlet_names,
        boxed,
    );

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
    // Which blocks a run or an extra cut takes, kept as they are added: a page of many short
    // cuts (ten thousand follow lines) would make a scan of the cuts for each quadratic.
    let mut taken = vec![false; blocks.len()];
    for (r, _) in &runs {
        taken[r.clone()].fill(true);
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
        for (i, rule) in menu_lines(blocks, ctx.text, &runs, story_start) {
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
    for r in cookie_banners(blocks, evidence, &scored, ctx.text, &taken) {
        add_untaken(
            &mut taken,
            &mut extra,
            r,
            Kind::Cookie,
            "heuristic:cookie-banner",
        );
    }
    for i in share_rows(blocks, evidence, ctx.text) {
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
        runs = split;
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
    cuts.sort_by_key(|c| c.blocks.start);
    cuts
}

/// The fewest lines of a menu above the headline.
const MENU_LINES: usize = 3;
/// The most words of each.
const MENU_WORDS: u32 = 3;
/// The most blocks after the headline before the story's first paragraph (a dek, a
/// byline, a date, a caption, a share row): eight in the texts seen, where an
/// encyclopedia's box of facts runs longer.
const MENU_STORY_REACH: usize = 9;

/// The site's menu, sections or breadcrumb that a scraper took from above the headline, one
/// item a line ("News" / "Local News" / "Sport", "Startseite" / "Lokales" / "Grafing", "AZ"
/// / "RU" / "EN"): the text opens with three lines or more of a few words each, none a
/// sentence, a date or a time, none opening in lower case, and the headline follows (a
/// line of four words or more, no paragraph), and the story soon after (`story_start` is
/// its first block, [`story_text`]). Text input only: in HTML the menu is an element of its
/// own. A menu starts at `from` or below (under a menu found before).
fn head_menu(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &[(Range<usize>, f32)],
    story_start: Option<usize>,
    from: usize,
) -> Option<Range<usize>> {
    let pictured = |i: usize| {
        blocks
            .get(i)
            .is_some_and(|b| credits::credits_picture(&text[b.range.clone()]))
    };
    let item = |i: usize| {
        let b = &blocks[i];
        let t = &text[b.range.clone()];
        b.words <= MENU_WORDS
            && !b.sentence
            && !b.timestamp
            && !t.bytes().any(|c| c.is_ascii_digit())
            && capital_item(t)
            // A photo and its credit above the headline ("Photo" / "Credit Kevin Frayer");
            // a menu's "Photos" or "फोटो" is an item.
            && (!pictured(i) || (b.words == 1 && !pictured(i + 1)))
            // A byline under a short headline ("Wildfire Reaches Suburbs" / "By Maria
            // Gonzalez").
            && !credits::opens_with_by(t)
    };
    let menu_from = |start: usize| {
        // (What the runs cut among the items is read through, as a second pass over the
        // cleaned text would: "Weather" / "Since you're here..." / "A" / "Weather".)
        let end = start
            + (start..blocks.len())
                .take_while(|&i| in_runs(runs, i) || item(i))
                .count();
        let n = (start..end).filter(|&i| item(i)).count();
        // A menu has an item of one word ("News", "Lokales", "EN"); three names heading a
        // profile ("Anna Berg" / "Bert Olsen" / "Carla Nunes") have none.
        if !(start..end).any(|i| item(i) && blocks[i].words == 1) {
            return None;
        }
        let headline = blocks.get(end)?;
        // The story follows the headline closely: a box of facts (an encyclopedia's
        // "Industry" / "Founded" / "February 28, 1998") goes on in short lines. (Not counting
        // what the runs cut between them: a share row.)
        let story = (end + 1..blocks.len())
            .filter(|&i| !in_runs(runs, i))
            .take(MENU_STORY_REACH)
            .any(|i| story_text(blocks, evidence, scored, i));
        // (What the runs cut between or under the two is read through: a paywall's label
        // over the headline, as a second pass over the cleaned text reads it.)
        let enough = n >= MENU_LINES
            || (n == 2 && two_line_menu(blocks, text, start..end, |i| in_runs(runs, i)));
        (enough && headline.words >= HEADLINE_MIN_WORDS && !scored[end].wall && story)
            .then_some(start..end)
    };
    // From the text's top, or where the runs at its top end ("Skip to main content", a
    // cookie banner): a second pass over the cleaned text reads the menu at its top.
    let mut after_runs = 0;
    for (r, _) in runs {
        if r.start > after_runs {
            break;
        }
        after_runs = after_runs.max(r.end);
    }
    // (Or under a line or two that no run cuts and that are none of the story's: a meter's
    // line, the site's name. Counted without what the runs cut, as a second pass would.)
    let last_start = story_start.unwrap_or(blocks.len());
    (0..=MENU_BELOW.min(last_start))
        .chain(
            (0..blocks.len())
                .filter(|&i| !in_runs(runs, i))
                .take(MENU_BELOW + 1)
                .take_while(|&i| i <= last_start),
        )
        .chain([after_runs])
        .filter(|&start| start >= from)
        .find_map(menu_from)
}

/// Whether the two lines of `r` are a section and a step under it ("Nieuws" / "Walcheren",
/// "Home" / "National", "Région" / "Charleroi") rather than a kicker over a short headline
/// ("Abo" / "Umnutzung in Steffisburg"): one is the name of a section in one word that
/// headlines seldom use ("World" / "Local News" may be a kicker and its headline), and no
/// word of either is in lower case unless it names a section too ("Lokala nyheter"). The
/// line under them is a headline, not a dek's sentence or a date.
fn two_line_menu(
    blocks: &[Block],
    text: &str,
    r: Range<usize>,
    cut: impl Fn(usize) -> bool,
) -> bool {
    // The two that stay, or the two lines whatever the runs cut (a paywall's button over a
    // section's name: "Abbonati" / "Fatti").
    let kept: Vec<usize> = r.clone().filter(|&i| !cut(i)).collect();
    let r: Vec<usize> = if kept.len() == 2 { kept } else { r.collect() };
    let Some(&last) = r.last() else {
        return false;
    };
    let words = |i: usize| {
        text[blocks[i].range.clone()]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
    };
    // The line under the two that no run cuts is the headline: no date, no dek's sentence.
    let headline = (last + 1..blocks.len())
        .find(|&i| !cut(i))
        .is_some_and(|h| {
            !blocks[h].timestamp && !text[blocks[h].range.clone()].trim_end().ends_with('.')
        });
    r.len() == 2
        && headline
        && r.iter().all(|&i| words(i).next().is_some())
        && r.iter()
            .any(|&i| blocks[i].words == 1 && words(i).all(|w| section_word(w) == Some(true)))
        && r.iter().all(|&i| {
            words(i).all(|w| {
                !w.chars().next().is_some_and(char::is_lowercase) || section_word(w).is_some()
            })
        })
}

/// Whether `w` names a site's section, as written (see
/// [`sections::section`](crate::rules::lang::sections::section)): `Some(true)` for a name
/// headlines seldom use, `Some(false)` for an everyday one.
fn section_word(w: &str) -> Option<bool> {
    crate::rules::lang::sections::section(&w.to_lowercase())
}

/// Whether a menu's item is written as a name: with a capital, or in a script without case,
/// or with a capital after a lower-case prefix, as the e-paper's items are ("e-Edition",
/// "eAvis", "ePaper").
fn capital_item(t: &str) -> bool {
    let mut chars = t.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => {
            let mut next = chars.next();
            if next == Some('-') {
                next = chars.next();
            }
            next.is_some_and(char::is_uppercase)
        }
        Some(_) => true,
        None => false,
    }
}

/// The most menus looked for at the page's top, one under another.
const HEAD_MENUS: usize = 3;

/// Whether block `i` is the story's, for the readings of the page's top: a paragraph of it,
/// or a sentence of some length with no evidence, where its first paragraphs are shorter
/// than a wall ("Bayraklı'daki Salhane mevkiinde ...", "Det skulle have været sommerens nye
/// samlingspunkt ...").
fn story_text(blocks: &[Block], evidence: &Evidences, scored: &[Scored], i: usize) -> bool {
    scored[i].story || story_sentence(&blocks[i], &evidence[i], &scored[i])
}

/// The most lines above a menu one item a line that no run cuts.
const MENU_BELOW: usize = 2;

/// The most blocks above a menu line at the top of the text (a skip link, the site's name).
const MENU_LINE_AT: usize = 2;
/// The fewest words of a menu line.
const MENU_LINE_WORDS: usize = 3;
/// The most (a headline's subtitle or a paragraph is not looked at).
const MENU_LINE_MAX_WORDS: u32 = 20;
/// The fewest section names in it that headlines seldom use as words ("Sport", "Kultur").
const MENU_LINE_SECTIONS: usize = 2;
/// The least share of its words that are section names, everyday ones ("Home", "World")
/// included.
const MENU_LINE_SHARE: f32 = 0.5;
/// The fewest words of a menu line that [`MENU_LINE_SHARE`] is asked of; a shorter one needs
/// [`MENU_SHORT_SHARE`].
const MENU_LONG_WORDS: usize = 6;
const MENU_SHORT_SHARE: f32 = 0.7;

/// The site's menu glued into one line at the top of the text, in any language ("News Sport
/// Features Letters Obituaries Business Events Jobs", "Gündem Ekonomi Dünya Spor Magazin",
/// "전체기사 정치 경제 사회 노동 국제"): among the first three blocks, above the story's first
/// paragraph, which follows soon; not a sentence, no figures, and mostly the names that news
/// sites give their sections ([`sections`](crate::rules::lang::sections)), two at least of
/// those a headline seldom uses; or a kicker or short trail of one or two words that are all
/// such names ("Nyheter", "Nyheder / Krimi"), which a headline of its own words is not.
/// `story_start` is the story's first block ([`story_text`]). Text input only, as
/// [`head_menu`].
fn menu_lines(
    blocks: &[Block],
    text: &str,
    runs: &[(Range<usize>, f32)],
    story_start: Option<usize>,
) -> Vec<(usize, &'static str)> {
    let Some(first) = story_start else {
        return Vec::new();
    };
    let taken = |i: usize| in_runs(runs, i);
    // A weather strip anywhere above the story: it is told by its own shape.
    let mut out: Vec<(usize, &'static str)> = (0..first)
        .filter(|&i| weather_line(&text[blocks[i].range.clone()]))
        .map(|i| (i, "heuristic:weather-line"))
        .collect();
    // The first three blocks of what stays: a menu line, or a block another cut takes, moves
    // the next up (a second pass over the cleaned text reads it there).
    let mut above = 0;
    for (i, b) in blocks.iter().enumerate().take(first) {
        if above > MENU_LINE_AT || first > i + MENU_STORY_REACH {
            break;
        }
        // A kicker stands over its headline: over a byline ("Politics" / "By Jane Roe") or
        // over a dek's sentence ("Music" / "Madonna's new album ... ."), a word that names a
        // section may be the headline (a work's title, a column's).
        let over_headline = || {
            (i + 1..first + 1).find(|&j| !taken(j)).is_some_and(|j| {
                let t = text[blocks[j].range.clone()].trim_end();
                blocks[j].words >= HEADLINE_MIN_WORDS
                    && t.len() <= HEADLINE_MAX_CHARS
                    && !t.ends_with('.')
            })
        };
        // A menu told by its shape stands over a headline, or over a kicker or the
        // site's player over it: over no byline, date or dek (a headline in title case
        // stands over those), nor a paragraph.
        let over_title = |i: usize| {
            (i + 1..first + 1).find(|&j| !taken(j)).is_some_and(|j| {
                let b = &blocks[j];
                let t = text[b.range.clone()].trim_end();
                !t.ends_with('.')
                    && !b.sentence
                    && b.words <= HEADLINE_WORDS
                    && !credits::opens_with_by(t)
                    && !dateline(b, text)
            })
        };
        // (Counted at spaces: a script without them counts its characters as words, and
        // its menus space their items: "ニュース 県内 社会 政治 経済".)
        let t = &text[b.range.clone()];
        // (A question may be a long menu's last item: `menu_line` asks.)
        let line = ((!b.sentence || t.trim_end().ends_with('?'))
            && t.split_whitespace().count() <= MENU_LINE_MAX_WORDS as usize)
            .then(|| menu_line(t))
            .flatten();
        if line.is_some_and(|kicker| !kicker || over_headline())
            || crumb_line(t)
            || (line.is_none()
                && !b.sentence
                && menu_row(t)
                && over_title(i)
                && !title_case_story(&text[blocks[first].range.clone()])
                && !tells_of_story(t, blocks, text, first))
        {
            out.push((i, "heuristic:menu-line"));
        } else if !taken(i) {
            above += 1;
        }
    }
    out
}

/// The fewest names of a menu told by its shape alone ([`menu_row`]).
const MENU_ROW_WORDS: usize = 6;
/// The fewest section names among them: a headline in title case may hold one ("Local
/// Business Leaders Slam City Budget Plans").
const MENU_ROW_SECTIONS: usize = 2;

/// English words that a headline written in title case holds and a menu does not ("Traders
/// Count Losses As Fire Guts Section Of Ogbomoso Market").
const TITLE_CASE_FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "amid", "an", "and", "are", "as", "at", "be", "before",
    "but", "by", "can", "could", "for", "from", "he", "her", "his", "how", "in", "into", "is",
    "it", "its", "new", "no", "not", "of", "on", "or", "our", "out", "over", "says", "she", "than",
    "that", "the", "their", "they", "this", "to", "up", "was", "we", "were", "what", "when", "who",
    "why", "will", "with", "would", "you", "your",
];

/// The most words of a weather strip ([`weather_line`]).
const WEATHER_WORDS: usize = 14;
/// The most words of its item that gives the temperature ("Thurles 7°C, light rain").
const WEATHER_ITEM_WORDS: usize = 5;

/// The site's date and weather strip at the page's top, in any language ("Tuesday 3 December
/// 2024 | Thurles 7°C, light rain", "Калининград +5 °C | USD 88,43 | EUR 95,12"): a short
/// line of items parted by bars or middle dots, one a temperature (a figure, then the sign)
/// in a few words, another a year or a currency's rate. A headline that gives a temperature
/// is a sentence with a label before its bar at most ("Heatwave | London hits 34°C as ...",
/// "Rekordvarme i Nord-Norge | 34,1 °C på Banak"), a recipe's line has no year ("Serves 12 |
/// Oven 180°C"), and "il 50° Cersaie" is an ordinal. Read only above the story, as
/// [`menu_lines`] reads the menus.
fn weather_line(t: &str) -> bool {
    if !t.contains('°') || !t.contains(['|', '·']) {
        return false;
    }
    let t = t.trim_end();
    if t.split_whitespace().count() > WEATHER_WORDS || t.ends_with(['.', '!', '?']) {
        return false;
    }
    let items: Vec<&str> = t.split(['|', '·']).map(str::trim).collect();
    let temperature = |item: &str| {
        item.split_whitespace().count() <= WEATHER_ITEM_WORDS
            && item.match_indices('°').any(|(at, _)| {
                let figure = item[..at]
                    .trim_end()
                    .ends_with(|c: char| c.is_ascii_digit());
                // A scale's letter, a comma, a space before a word in lower case, or the
                // end; not a word with a capital ("14° Festival").
                let rest = item[at + '°'.len_utf8()..].trim_start();
                let mut chars = rest.chars();
                let scale = match chars.next() {
                    None | Some(',') => true,
                    Some('C' | 'F') => !chars.next().is_some_and(char::is_alphabetic),
                    Some(c) => !c.is_uppercase(),
                };
                figure && scale
            })
    };
    let dated = |item: &str| {
        item.split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
            || item.contains(['$', '€', '£', '₽', '₴', '₺'])
            || [
                "USD", "EUR", "GBP", "CHF", "RUB", "UAH", "PLN", "TRY", "CZK", "HUF",
            ]
            .iter()
            .any(|c| item.contains(c))
    };
    items.iter().any(|i| temperature(i)) && items.iter().any(|i| dated(i))
}

/// The most words of four letters or more that a menu shares with the story's first
/// paragraphs: its town, not the story's subject.
const MENU_ROW_SHARED: usize = 1;

/// Whether `line` shares more than [`MENU_ROW_SHARED`] words of four letters or more with the
/// story's first two paragraphs from block `first`: a headline in title case tells of the
/// story ("Türkiye Dünya Kupası Elemelerinde Bulgaristan'ı Yendi"), a menu of the site.
fn tells_of_story(line: &str, blocks: &[Block], text: &str, first: usize) -> bool {
    let lede: String = blocks[first..]
        .iter()
        .take(2)
        .map(|b| text[b.range.clone()].to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    words_shared(line, &lede, |_| true) > MENU_ROW_SHARED
}

/// How many distinct words of four letters or more of `line`, lower-cased and passing
/// `counts`, the lower-cased `lede` holds (a word inside a longer one counts: the error is on
/// the side of keeping): a headline's words are its story's.
fn words_shared(line: &str, lede: &str, counts: impl Fn(&str) -> bool) -> usize {
    let mut shared: Vec<String> = Vec::new();
    for w in line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
    {
        let w = w.to_lowercase();
        if !shared.contains(&w) && lede.contains(w.as_str()) && counts(&w) {
            shared.push(w);
        }
    }
    shared.len()
}

/// Words of English prose that the languages whose menus [`menu_row`] reads seldom use.
const ENGLISH_MARKERS: &[&str] = &[
    "the", "and", "that", "with", "which", "from", "would", "were",
];

/// Whether the story under a line is in English, where headlines are written in title case
/// ("Local Business Leaders Slam City Budget Plans"): two of [`ENGLISH_MARKERS`] in its first
/// block. An English site's menu is the sections' vocabulary's ([`menu_line`]).
fn title_case_story(first: &str) -> bool {
    let mut seen = [false; ENGLISH_MARKERS.len()];
    for w in first.split(|c: char| !c.is_alphabetic()) {
        if let Some(k) = ENGLISH_MARKERS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(w))
        {
            seen[k] = true;
        }
    }
    seen.iter().filter(|&&s| s).count() >= 2
}

/// The site's menu glued into one line, told by its shape where its names are not the
/// sections' vocabulary ("Inland Ausland Thema Dschungel Disko Reportage Interview Abo Shop",
/// "Tuis Nuus Programme Aanbieders Potgooie Kontak"): six names or more, each written with a
/// capital, nothing else (no punctuation, figure, lower-case word or line in capitals), two
/// of them sections' names at least ("Sport", "Kultur"), and none of the words that a
/// headline in title case is made with. [`menu_lines`] asks, too, what stands under it and
/// whether it tells of the story ([`tells_of_story`]).
fn menu_row(t: &str) -> bool {
    let t = t.trim_end();
    if t.contains(|c: char| c.is_ascii_digit() || ".,:;!?\"“”„«»()[]…".contains(c)) {
        return false;
    }
    let separator = |w: &str| w.chars().all(|c| "|/•·&–—-+›»".contains(c));
    let (mut names, mut capitals, mut sections) = (0, 0, 0);
    for w in t.split_whitespace().filter(|w| !separator(w)) {
        let mut chars = w.chars();
        if !chars.next().is_some_and(char::is_uppercase) {
            return false;
        }
        if TITLE_CASE_FUNCTION_WORDS.contains(&w.to_lowercase().as_str()) {
            return false;
        }
        names += 1;
        sections += usize::from(section_word(w).is_some());
        if chars.clone().count() > 0 && chars.all(|c| !c.is_lowercase()) {
            capitals += 1;
        }
    }
    names >= MENU_ROW_WORDS && capitals * 2 < names && sections >= MENU_ROW_SECTIONS
}

/// Whether `line` is made of section names (see [`menu_lines`]): `Some(true)` for a kicker
/// of one or two, `Some(false)` for a menu.
fn menu_line(line: &str) -> Option<bool> {
    let t = line.trim_end();
    // A menu's last item may be a question ("Qui sommes-nous ?"), where the menu is long; a
    // short line that asks is a headline.
    let t = match t.strip_suffix('?') {
        Some(rest) if t.split_whitespace().count() >= MENU_LONG_WORDS => rest.trim_end(),
        _ => t,
    };
    // A list in a sentence's punctuation is a story's kicker or its topics ("Music, film,
    // books and arts", "교육·환경·건강"); a menu's items stand side by side.
    if t.ends_with(['.', '?', '!', ':'])
        || t.bytes().any(|c| c.is_ascii_digit())
        || t.contains([',', '،', '、', '，', '·', ';'])
    {
        return None;
    }
    let (mut words, mut seldom, mut any) = (0, 0, 0);
    // Words at spaces and a menu's separators, not at every character that is no letter:
    // the vowel signs of Indic scripts are none ("राजनीति", "அரசியல்").
    for w in t
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | '•' | '・' | '&'))
        .map(|w| w.trim_matches(|c: char| c.is_ascii_punctuation() || "«»“”„…–—".contains(c)))
        .filter(|w| w.chars().any(char::is_alphanumeric))
    {
        words += 1;
        match section_word(w) {
            Some(true) => {
                seldom += 1;
                any += 1;
            }
            Some(false) => any += 1,
            None => {}
        }
    }
    if words >= MENU_LINE_WORDS {
        // A short line needs more of them: a headline joins two ("Business Travel Slump
        // Deepens", "Ekonomi ve Spor").
        let share = if words >= MENU_LONG_WORDS {
            MENU_LINE_SHARE
        } else {
            MENU_SHORT_SHARE
        };
        (seldom >= MENU_LINE_SECTIONS && any as f32 >= share * words as f32).then_some(false)
    } else {
        // A kicker's words must all be names that headlines seldom use.
        (words > 0 && seldom == words).then_some(true)
    }
}

/// The most words of a button or a link beside a cookie banner ("Ok", "Accept all",
/// "Privacy policy", "Samþykkja allar").
const BANNER_BUTTON_WORDS: u32 = 3;
/// The most of them on either side.
const BANNER_BUTTONS: usize = 3;

/// Cookie banners where sites print them: a block whose evidence is of cookies, with a
/// formula of an anchor's weight, in the site's voice (a "we" or a "you", no reporting verb),
/// at the text's top under lines of a few words at most (a skip link, a menu's items; no
/// headline) and over its buttons, or at its foot over lines shorter than a paragraph
/// (buttons, links, a share row), counting what is cut already as gone; with the buttons and
/// links beside it, a few words each. The model, fitted on texts that hold few banners,
/// weighs one little above a headline. A story on consent tells of cookies in more places
/// than one (its headline, its paragraphs), and its lede has a paragraph under it: it keeps
/// them.
fn cookie_banners(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    taken: &[bool],
) -> Vec<Range<usize>> {
    let gone = |i: usize| taken[i];
    // (The block's own tests first: most texts hold no banner, and the edges need not be
    // looked for.) A banner speaks as the site to the reader; a story's lede or headline on
    // consent speaks of users, and a report says who said it.
    let banners: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            let ev = &evidence[i];
            !gone(i)
                && ev.kind() == Some(Kind::Cookie)
                && ev.max_rule >= ANCHOR_RULE
                && ev.said == 0
                && (ev.we > 0 || ev.you > 0)
        })
        .collect();
    if banners.is_empty() {
        return Vec::new();
    }
    // The first block of a headline's length and the last of a paragraph's, of what stays.
    let top = (0..blocks.len()).find(|&i| !gone(i) && blocks[i].words >= HEADLINE_MIN_WORDS);
    let foot = (0..blocks.len())
        .rev()
        .find(|&i| !gone(i) && blocks[i].words >= WALL_WORDS);
    let button = |i: usize| {
        let b = &blocks[i];
        !gone(i)
            && !scored[i].story
            && b.words <= BANNER_BUTTON_WORDS
            && !b.sentence
            && !text[b.range.clone()].bytes().any(|c| c.is_ascii_digit())
    };
    // A story on consent tells of cookies in more places than one: under its headline, in
    // its paragraphs. A banner's lines stand together.
    let cookies = |j: usize| {
        !gone(j)
            && blocks[j].words >= HEADLINE_MIN_WORDS
            && evidence[j].kind() == Some(Kind::Cookie)
    };
    let first = (0..blocks.len()).find(|&j| cookies(j));
    let last = (0..blocks.len()).rev().find(|&j| cookies(j));
    let told = |i: usize| first.is_some_and(|j| j + 1 < i) || last.is_some_and(|j| j > i + 1);
    let mut out: Vec<Range<usize>> = Vec::new();
    for i in banners {
        // At the top, its buttons stand under it ("Ok", "Accept"); a story's lede on
        // consent has a paragraph under it.
        if !((top.is_none_or(|t| i <= t) && i + 1 < blocks.len() && button(i + 1))
            || foot.is_none_or(|f| i >= f))
            || told(i)
            || out.last().is_some_and(|r| r.contains(&i))
        {
            continue;
        }
        let start = i
            - (1..=BANNER_BUTTONS.min(i))
                .take_while(|&k| button(i - k))
                .count();
        let end = i
            + 1
            + (i + 1..blocks.len())
                .take(BANNER_BUTTONS)
                .take_while(|&j| button(j))
                .count();
        out.push(start..end);
    }
    out
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

/// The runs to cut: the maximal segments of the block scores between walls that hold an
/// anchor, less a lone formula at either end, with the lists their headings open, and
/// without a list heading alone between two paragraphs of prose (the article's own
/// subheading, "Auch interessant" over the event's other attractions). `boxed`: the model
/// acts on a text the packs read, whose hand rules can vouch for a run's edge.
fn find_runs(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    hand: &[f32],
    text: &str,
    outlets: &[String],
    boxed: bool,
) -> Vec<(Range<usize>, f32)> {
    let scores: Vec<f32> = scored.iter().map(|s| s.score).collect();
    // Walls split the sequence into stretches that are segmented on their own.
    let mut runs: Vec<(Range<usize>, f32)> = Vec::new();
    let mut start = 0;
    for end in (0..=scores.len()).filter(|&i| i == scores.len() || scored[i].wall) {
        for (r, sum) in max_segments(&scores[start..end]) {
            let r = start + r.start..start + r.end;
            if is_run(scored, r.clone(), sum) {
                runs.push((r, sum));
            }
        }
        start = end + 1;
    }
    split_at_prose(blocks, evidence, scored, hand, text, outlets, &mut runs);
    story_lists(blocks, evidence, scored, text, &mut runs);
    trim_sentences(blocks, scored, hand, boxed, &mut runs);
    box_heads(blocks, evidence, scored, text, outlets, &mut runs);
    ad_copy(blocks, evidence, scored, text, &mut runs);
    extend_lists(blocks, evidence, scored, text, &mut runs);
    let prose = |i: usize| scored.get(i).is_some_and(|s| s.wall);
    runs.retain(|(r, _)| {
        !(r.clone().all(|i| evidence[i].list_header)
            && r.start > 0
            && prose(r.start - 1)
            && prose(r.end))
    });
    runs
}

/// Whether the blocks `r`, whose scores sum to `sum`, are a run to cut: enough score, and an
/// anchor among them.
fn is_run(scored: &[Scored], r: Range<usize>, sum: f32) -> bool {
    sum >= MIN_RUN && scored[r].iter().any(|s| s.anchor)
}

/// A paragraph of prose with no evidence inside a run (no formula, or in a sentence that
/// reports none that could anchor; no pronoun of the publisher or the reader), which the
/// scores lean against, between blocks of two different kinds or beside another such
/// paragraph, is the article's: a mid-story "read also" line and the closing box on either
/// side of it are two runs, not one. (Between headlines with no kind of their own it is a
/// teaser's summary, and the list stays one run.)
const PROSE_WORDS: u32 = 20;
const PROSE_SCORE: f32 = -2.0;
/// The fewest words of a sentence of such a pair (see [`split_at_prose`]).
const QUIET_WORDS: u32 = 10;
/// The fewest words of the pair.
const PAIR_WORDS: u32 = 30;
/// The most words of a chrome line that [`split_at_prose`] reads as a whole box.
const CHROME_LINE_WORDS: u32 = 8;
/// The highest score of either: the model too reads it as the story's.
const QUIET_SCORE: f32 = -0.5;

/// The most words of a list's item under the story's own heading (see [`split_at_prose`]).
const LIST_ITEM_WORDS: u32 = 25;

fn split_at_prose(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    hand: &[f32],
    text: &str,
    outlets: &[String],
    runs: &mut Vec<(Range<usize>, f32)>,
) {
    let plain = |i: usize| {
        let (b, e) = (&blocks[i], &evidence[i]);
        b.sentence
            && b.words >= PROSE_WORDS
            // No evidence, or a stray cue in a sentence that reports ("monthly updates",
            // "..., she said").
            && (e.signal == 0.0 || (e.body < 0.0 && e.max_rule < ANCHOR_RULE))
            && e.we == 0
            && e.you == 0
            && !scored[i].anchor
            // As the hand rules score it: the model may lean the other way beside a box.
            && hand[i].min(scored[i].score) <= PROSE_SCORE
    };
    // Two such paragraphs in a row are the article's whatever stands around them (a
    // subscription box above, an app's badges below).
    // A shorter sentence with nothing of a box, which the model reads as the story's too.
    let quiet = |i: usize| {
        let (b, e) = (&blocks[i], &evidence[i]);
        b.sentence
            && b.words >= QUIET_WORDS
            && e.is_silent()
            && !scored[i].anchor
            && scored[i].score <= QUIET_SCORE
            // Not the outlet's ("Cheques payable to PPPS can be sent to Morning Star, ...").
            && !features::names(&text[b.range.clone()], outlets)
    };
    // Two of them in a row are the story's closing lines between an advertisement's label
    // and the boxes below.
    let pair = |i: usize, j: usize| {
        quiet(i) && quiet(j) && blocks[i].words + blocks[j].words >= PAIR_WORDS
    };
    // A box of one line that is whole: an advertisement's label, a teaser with its label
    // ("READ MORE: Bulwell market traders say footfall is finally returning").
    let chrome = Group::Chrome.slot().expect("a kept group");
    let whole_box = |j: usize| {
        let (b, e) = (&blocks[j], &evidence[j]);
        scored[j].hand_anchor
            && match e.kind() {
                Some(Kind::Ad) => true,
                // A line of the page's chrome ("Temps de lecture : 6 min").
                Some(Kind::Other) => e.groups[chrome] > 0.0 && b.words <= CHROME_LINE_WORDS,
                Some(Kind::Related) => {
                    b.words >= HEADLINE_MIN_WORDS
                        && !text[b.range.clone()].trim_end().ends_with(':')
                }
                _ => false,
            }
    };
    // Under one, after the story's first paragraph, a sentence with no evidence at all is
    // the story's (its closing line above the boxes at its end), however the model leans
    // beside them.
    let story_from = scored.iter().position(|s| s.story).unwrap_or(blocks.len());
    let after_whole = |i: usize| {
        let (b, e) = (&blocks[i], &evidence[i]);
        i > story_from
            && whole_box(i - 1)
            && b.sentence
            && b.words >= QUIET_WORDS
            && e.is_silent()
            && hand[i] < 0.0
            && !features::names(&text[b.range.clone()], outlets)
    };
    // Beside an advertisement's slot, between the story's paragraphs, a sentence that sells
    // nothing (no price, no reader addressed, no "%" or "!": an ad's copy, which
    // `ad_copy` takes, does) is the story's: the slot's label scores high, and two of them
    // would take the paragraph between them into one run.
    let beside_slot = |i: usize| {
        let (b, e) = (&blocks[i], &evidence[i]);
        (ad_slot(blocks, evidence, scored, i - 1) || ad_slot(blocks, evidence, scored, i + 1))
            && b.sentence
            && b.words >= QUIET_WORDS
            && hand[i] < 0.0
            && !scored[i].anchor
            && e.money.is_none()
            && e.you == 0
            && !text[b.range.clone()].contains(['%', '!'])
    };
    // A quotation or a sentence that the story reports ("“If it fills this year, ...,” Goud
    // said.", "Residents said the porter service should have been offered ..."), which the
    // hand rules read as the story's: a box does not quote a speaker. Inside a run it
    // parts the boxes on either side (a fact box and a channel line above, an editor's
    // credit and the tags below).
    let spoken = |i: usize| {
        let (b, e) = (&blocks[i], &evidence[i]);
        // Reported without a quotation mark, with no evidence at all, and not under a
        // headline with no evidence, where it is a teaser's summary ("Selon le ministre
        // ..." in a share dialog under the story's title).
        let reported =
            || e.signal == 0.0 && (blocks[i - 1].sentence || evidence[i - 1].signal > 0.0);
        (b.quoted || reported())
            && b.sentence
            && e.body < 0.0
            && e.we == 0
            && e.you == 0
            && !scored[i].anchor
            && hand[i] <= PROSE_SCORE
            && !features::names(&text[b.range.clone()], outlets)
    };
    let prose = |i: usize| {
        spoken(i)
            || beside_slot(i)
            // (Between two boxes of different kinds: `boxes_apart`, below.)
            || (plain(i) && (plain(i - 1) || plain(i + 1)))
            || pair(i - 1, i)
            || pair(i, i + 1)
            || after_whole(i)
    };
    // Under a teaser list's headlines, above a box of another kind, such a
    // paragraph is the story's closing one ("More from Dudley", three headlines, "If cabinet
    // gives the go-ahead, ...", "Comments"): a teaser's summary stands under each headline,
    // not under the last alone.
    // (Up from the paragraph, the walk stops at the first sentence, anchor or block with a
    // kind: the walks of a run's paragraphs do not overlap.)
    let closes_list = |r: &Range<usize>, i: usize| {
        plain(i)
            // (Not the outlet's: its footer under its most-read list.)
            && !features::names(&text[blocks[i].range.clone()], outlets)
            && evidence[i + 1]
                .kind()
                .is_some_and(|k| k != Kind::Related)
            && (r.start..i)
                .rev()
                .find(|&j| evidence[j].kind().is_some() || blocks[j].sentence || scored[j].anchor)
                .is_some_and(|label| {
                    label + 1 < i && evidence[label].kind() == Some(Kind::Related)
                })
    };
    // A paragraph between two boxes of different kinds parts them, where the kind of each
    // side is its neighbour's, or the next block's over one line with no kind that is no
    // sentence (a post's "A post shared by ..." under an embed's label; not a button or a
    // label the hand rules anchor, which is the box's own: a subscription's blurb above its
    // "Subscribe"): an embedded post above, a newsletter's line glued to the story's last
    // paragraph below. (Further off, the kinds are those of one box's parts: a share
    // dialog's label and its form around a copy of the lede.)
    let side = |near: &mut dyn Iterator<Item = usize>| {
        for j in near {
            if evidence[j].kind().is_some() || blocks[j].sentence || scored[j].anchor {
                return evidence[j].kind();
            }
        }
        None
    };
    let boxes_apart = |r: &Range<usize>, i: usize| {
        plain(i)
            && matches!(
                (side(&mut (r.start..i).rev().take(2)), side(&mut (i + 1..r.end).take(2))),
                (Some(a), Some(b)) if a != b
            )
    };
    split_runs(
        scored,
        runs,
        |r, i| i > r.start && i + 1 < r.end && (prose(i) || closes_list(r, i) || boxes_apart(r, i)),
        // A piece is judged as a second pass over the cleaned text would judge it: a run as
        // it stands, or without the blocks that score below zero at its ends; else the
        // runs among its maximal segments ("Remind me later." over a paragraph and a
        // salutation).
        |mut piece, mut sum| {
            if is_run(scored, piece.clone(), sum) || is_run_within(scored, piece.clone()) {
                // (Without what scores below zero at its ends, as a second pass would
                // segment it: a list's heading in the story's words between the prose and
                // an advertisement's label above, "Dette er de største endringene:".)
                trim_ends(scored, &mut piece, &mut sum, |i| {
                    scored[i].score < 0.0 && !scored[i].anchor
                });
                return vec![(piece, sum)];
            }
            max_segments(
                &scored[piece.clone()]
                    .iter()
                    .map(|s| s.score)
                    .collect::<Vec<_>>(),
            )
            .into_iter()
            .map(|(r, sum)| (piece.start + r.start..piece.start + r.end, sum))
            .filter(|(r, sum)| is_run(scored, r.clone(), *sum))
            .collect()
        },
    );
}

/// Whether block `j` is an advertisement's slot: a label of a few words ("- Annonse -",
/// "Реклама") that the rules read as one.
pub(crate) fn ad_slot(blocks: &[Block], evidence: &Evidences, scored: &[Scored], j: usize) -> bool {
    blocks[j].words <= AD_SLOT_WORDS && scored[j].anchor && evidence[j].kind() == Some(Kind::Ad)
}

/// The most words of an advertisement's slot label ("Advertisement · Scroll to continue").
const AD_SLOT_WORDS: u32 = 4;

/// Whether the blocks `r` hold a run once the blocks that score below zero at either end
/// are left out: a piece that a split leaves ("0" over "Remind me later.") is judged as the
/// same blocks would be on their own, in a second pass over the cleaned text.
fn is_run_within(scored: &[Scored], mut r: Range<usize>) -> bool {
    while r.start < r.end && scored[r.start].score < 0.0 {
        r.start += 1;
    }
    while r.start < r.end && scored[r.end - 1].score < 0.0 {
        r.end -= 1;
    }
    let sum = scored[r.clone()].iter().map(|s| s.score).sum();
    is_run(scored, r, sum)
}

/// Splits every run at the blocks that `at` picks (given the run and a block of it; they
/// leave the run) and keeps the runs that `keep` finds in each piece (given the piece and
/// its sum).
fn split_runs(
    scored: &[Scored],
    runs: &mut Vec<(Range<usize>, f32)>,
    at: impl Fn(&Range<usize>, usize) -> bool,
    keep: impl Fn(Range<usize>, f32) -> Vec<(Range<usize>, f32)>,
) {
    let mut out = Vec::with_capacity(runs.len());
    for (r, sum) in runs.drain(..) {
        let cuts: Vec<usize> = r.clone().filter(|&i| at(&r, i)).collect();
        if cuts.is_empty() {
            out.push((r, sum));
            continue;
        }
        let mut start = r.start;
        for end in cuts.into_iter().chain([r.end]) {
            let piece = start..end;
            let sum: f32 = scored[piece.clone()].iter().map(|s| s.score).sum();
            out.extend(keep(piece, sum));
            start = end + 1;
        }
    }
    *runs = out;
}

/// Under the story's own heading (a line that ends in a colon, with no evidence), its items
/// with nothing of a box in them are the story's: a sentence ("Line 5 Centre–Riverside: no
/// change."), or a line with a figure (in any script), a date's, a time's or an amount's
/// ("Tuesday 18 March, 3pm–6pm", "Uge 12: Træerne fældes"), which the model, seeing short
/// lines over a box, leans to. The heading and the first items may stand above the run.
fn story_lists(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &mut [(Range<usize>, f32)],
) {
    let item = |i: usize| {
        let (b, e) = (&blocks[i], &evidence[i]);
        b.words <= LIST_ITEM_WORDS
            && e.is_silent()
            && !scored[i].anchor
            && (b.sentence || text[b.range.clone()].chars().any(char::is_numeric))
    };
    for (run, sum) in runs.iter_mut() {
        if !item(run.start) {
            continue;
        }
        // (The walk up stops at the first block that is no item: an anchor is none, and
        // every run holds one, so the walks of two runs do not overlap.)
        let above = (0..run.start).rev().find(|&i| !item(i));
        let heading = above.is_some_and(|h| {
            ends_in_colon(&blocks[h], text) && evidence[h].signal == 0.0 && !scored[h].anchor
        });
        if heading {
            trim_start(scored, run, sum, item);
        }
    }
}

/// A run does not start or end with a sentence whose only evidence is one formula: in a
/// sentence of some length that is more likely the article reporting on the same subject
/// ("... with a request to donate to help the outlet", just before "A Message from The
/// Moscow Times:") than the first or last line of the appeal.
fn trim_sentences(
    blocks: &[Block],
    scored: &[Scored],
    hand: &[f32],
    boxed: bool,
    runs: &mut [(Range<usize>, f32)],
) {
    // Nor, in a text the packs read, starts with a sentence that no hand rule reads and the
    // model takes with little confidence: above a box stands the story, and a doubt there is
    // the story's ("What do you think?" closing a column above its publisher's ask). Below a
    // box, such a sentence is the box's more often (an author's bio, a comment policy).
    // (Where no pack reads the text, no hand rule reads any line, and the model's word is
    // all there is.)
    let doubtful = |i: usize| {
        boxed
            && blocks[i].sentence
            && hand[i] < 0.0
            && !scored[i].anchor
            && scored[i].score < EDGE_DOUBT
    };
    for (run, sum) in runs.iter_mut() {
        trim_ends(scored, run, sum, |i| scored[i].lone_formula);
        trim_start(scored, run, sum, doubtful);
    }
}

/// The log-odds below which a sentence with no hand evidence at a run's start is a doubt
/// (see [`trim_sentences`]): the model fitted with the probe sets took a column's closing
/// question (+0.08) and a story's sentence on the outlet's prize (+1.02) with the box
/// under them. Cross-validated 0.8669 against 0.8683 untrimmed. Trimming both ends as well
/// gave 0.8661 and let 661 more words of boxes through on the probe rounds for 16 of the
/// story (a footnote) and, on the benchmarks' bodies, an author's bio and a teaser.
const EDGE_DOUBT: f32 = 1.5;

/// Drops the blocks at either end of `run` for which `loose` holds, keeping one at least,
/// and takes their scores off `sum`.
fn trim_ends(
    scored: &[Scored],
    run: &mut Range<usize>,
    sum: &mut f32,
    loose: impl Fn(usize) -> bool,
) {
    trim_start(scored, run, sum, &loose);
    while run.len() > 1 && loose(run.end - 1) {
        *sum -= scored[run.end - 1].score;
        run.end -= 1;
    }
}

/// Drops the blocks at the start of `run` for which `loose` holds, keeping one at least,
/// and takes their scores off `sum`.
fn trim_start(
    scored: &[Scored],
    run: &mut Range<usize>,
    sum: &mut f32,
    loose: impl Fn(usize) -> bool,
) {
    while run.len() > 1 && loose(run.start) {
        *sum -= scored[run.start].score;
        run.start += 1;
    }
}

/// The most words of a button that heads a run ("Jetzt anmelden", "Aceptar y cerrar",
/// "Download in de App Store").
const BUTTON_WORDS: u32 = 7;
/// The most blocks above its button that a box's heading and text take.
const HEAD_BLOCKS: usize = 3;
/// The longest block of a box's text above its button: a newsletter's or an app's blurb, a
/// consent banner; a story's paragraph is longer or has no evidence.
const HEAD_WORDS: u32 = 60;

/// A run that starts with a button (a short line the hand rules anchor: a label, a store's
/// badge, a short ask of a box's kind) takes the box above it: up to [`HEAD_BLOCKS`] short
/// blocks, as far up as the highest that holds evidence of a box's kind or names the outlet
/// ("OÖN-Newsletter Linz" / "Was die Landeshauptstadt bewegt: jeden Freitag kostenlos per
/// E-Mail." / "Jetzt anmelden"), where the hand rules score the heading too low, and its
/// description lower, for the segments to reach them. Not over a wall, a block that reports
/// or quotes, or the run before.
fn box_heads(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    runs: &mut [(Range<usize>, f32)],
) {
    let label = Group::Label.slot().expect("a kept group");
    let header = Group::Header.slot().expect("a kept group");
    let salutation = Group::Salutation.slot().expect("a kept group");
    let first_wall = scored.iter().position(|s| s.story);
    for k in 0..runs.len() {
        let s = runs[k].0.start;
        // A button: a short line the hand rules anchor, as a box's label or with a box's
        // kind, not a heading that opens a box (nothing above is the box's) nor a line of
        // platform names or a credit (a caption's).
        let kind = evidence[s].kind();
        let button = blocks[s].words <= BUTTON_WORDS
            && scored[s].hand_anchor
            && evidence[s].groups[header] == 0.0
            && evidence[s].groups[salutation] == 0.0
            && match kind {
                // A label of no kind of its own ("Sign up", "Donate").
                None => evidence[s].groups[label] > 0.0,
                // An advertisement's, a share row's or a credit's label closes no box.
                Some(k) => boxed_kind(k) || k == Kind::Related,
            };
        // Or a donation's ladder of amounts ("100 сом 300 сом 500 сом Башка сумма"), which
        // takes the ask right above it only (the story's paragraph above that may name the
        // outlet too: "... told Kloop").
        let ladder = !button && scored[s].hand_anchor && amount_row(blocks, s, text);
        if !button && !ladder {
            continue;
        }
        let reach = if ladder { 1 } else { HEAD_BLOCKS };
        // A "Read more" label heads the list below it: above it, only the outlet's own
        // line is its box's (a story's paragraph on the forecast "bản tin" went as a
        // newsletter's).
        let related = kind == Some(Kind::Related);
        let limit = if k == 0 { 0 } else { runs[k - 1].0.end };
        let mut take = s;
        let mut prose_below = false;
        for j in (limit..s).rev().take(reach) {
            let (b, ev) = (&blocks[j], &evidence[j]);
            // (Over a ladder, the outlet describing itself is the ask however it reads:
            // "Voertaal is 'n onafhanklike, niewinsgewende publikasie. ...")
            let own = ladder
                && first_wall.map_or(j > 0, |w| j > w)
                && self_described(&text[b.range.clone()], outlets);
            // The outlet naming itself is a box's evidence in any language, below the
            // story's first paragraph (above it, a byline names the outlet too).
            let names = || {
                first_wall.is_some_and(|w| j > w)
                    && features::names(&text[b.range.clone()], outlets)
            };
            // Two sentences of the story's length in a row with nothing of a box in them (no
            // formula, no pronoun of the outlet or the reader, no name of the outlet) are the
            // story's: the box is below them ("Urmărește Viața Liberă și pe Google News" /
            // two paragraphs / "Abonează-te la newsletter"). One is a box's blurb ("Stay
            // across the Far North's breaking news with instant alerts, ...").
            let prose = || b.sentence && b.words >= PROSE_WORDS && ev.is_silent() && !names();
            let plain = !own && prose();
            if (scored[j].wall && !own)
                || b.words > HEAD_WORDS
                || ev.body < 0.0
                || b.quoted
                || b.timestamp
                || (plain && prose_below)
            {
                break;
            }
            prose_below = plain;
            // A price in a paragraph of the story's third person, whose period is its only
            // evidence, is no box's ("... payaient entre 720$ et 890$ par mois" over a
            // newsletter's button).
            let price = ev.money.is_some()
                && ev.max_rule < ANCHOR_RULE
                && b.words > PLAIN_WORDS
                && ev.we + ev.you == 0;
            let boxed = ev.kind().is_some_and(boxed_kind) && ev.signal >= 1.0 && !price;
            if (boxed && !related) || own || names() {
                take = j;
            }
        }
        if take < s {
            runs[k].1 += scored[take..s].iter().map(|x| x.score).sum::<f32>();
            runs[k].0.start = take;
        }
    }
}

/// The most words of an advertisement's copy under its label.
const AD_COPY_WORDS: u32 = 40;
/// The most words of the copy's button ("Sprawdź szczegóły", "Visit our showroom").
const AD_BUTTON_WORDS: u32 = 4;

/// An advertisement's label alone on its line between the story's paragraphs ("Reklama",
/// "Реклама", "Advertisement") heads the ad's own copy below it, in any language: a block or
/// two that sell (a price, a share off, an exclamation or the reader addressed: "Konto
/// osobiste za 0 zł i 300 zł premii na start", "до 30% отстъпка за хотели") and the ad's
/// button ("Резервирай"), with the story's next paragraph under them. Without a button, or
/// with a line that sells nothing, what follows the label is the story's (its subheading,
/// its next short paragraph).
fn ad_copy(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &mut [(Range<usize>, f32)],
) {
    let label = Group::Label.slot().expect("a kept group");
    let plain = |j: usize| {
        let (b, ev) = (&blocks[j], &evidence[j]);
        !scored[j].wall && !b.quoted && !b.timestamp && ev.body >= 0.0
    };
    let sells = |j: usize| {
        let (ev, t) = (&evidence[j], &text[blocks[j].range.clone()]);
        blocks[j].words <= AD_COPY_WORDS
            && plain(j)
            && (ev.money.is_some() || ev.you > 0 || t.contains(['%', '٪', '!']))
    };
    let button = |j: usize| {
        let t = text[blocks[j].range.clone()].trim_end();
        blocks[j].words <= AD_BUTTON_WORDS
            && !blocks[j].sentence
            && plain(j)
            && !t.ends_with([':', '：'])
    };
    let story = |j: usize| j == blocks.len() || scored[j].wall;
    for k in 0..runs.len() {
        let r = runs[k].0.clone();
        let last = r.end - 1;
        let labelled = evidence[last].kind() == Some(Kind::Ad)
            && evidence[last].groups[label] > 0.0
            && last > 0
            && scored[last - 1].wall;
        if !labelled {
            continue;
        }
        let next = runs.get(k + 1).map_or(blocks.len(), |n| n.0.start);
        // The copy in one block or two, then the button, then the story.
        for copy in 1..=2 {
            let b = r.end + copy;
            if b + 1 > next || !(r.end..b).all(&sells) || !button(b) || !story(b + 1) {
                continue;
            }
            runs[k].1 += scored[r.end..=b]
                .iter()
                .map(|s| s.score.max(0.0))
                .sum::<f32>();
            runs[k].0.end = b + 1;
            break;
        }
    }
}

/// The most words of a box's heading line above a run at the end of the text: a story's
/// last line without its stop ("And they deserve every bit of it") is longer.
const TAIL_HEAD_WORDS: u32 = 5;
/// The most words of such a heading that exclaims.
const EXCLAIM_WORDS: u32 = 4;

/// A short line just above a run after which the text holds only runs heads that run's box
/// ("Basel Briefing", "Linken Journalismus stärken!"): a heading with no text of the story
/// under it. Not a line that ends like a sentence (the story's last words, "More to
/// come."), unless it exclaims; not a line under another line that does not end like a
/// sentence (a list's last item), a quote, a time stamp or a line that reports.
fn tail_heads(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &mut [(Range<usize>, f32)],
) {
    let mut end = blocks.len();
    for k in (0..runs.len()).rev() {
        if runs[k].0.end != end {
            break;
        }
        let s = runs[k].0.start;
        let above = if k == 0 { 0 } else { runs[k - 1].0.end };
        if s >= above + 2 {
            let h = s - 1;
            let (b, ev) = (&blocks[h], &evidence[h]);
            let t = text[b.range.clone()].trim_end();
            // A line that exclaims is a box's heading only when short ("Linken Journalismus
            // stärken!"): "What a night for the city!" ends a story.
            let exclaims = t.ends_with('!') && b.words <= EXCLAIM_WORDS;
            let prose_above = blocks[h - 1].sentence || scored[h - 1].wall;
            if evidence[s].kind().is_none_or(boxed_kind)
                && b.words <= TAIL_HEAD_WORDS
                && (!b.sentence || exclaims)
                && heading_line(b, ev, &scored[h], t)
                // Nor a source under a quote ("[Ni'matul Ukhuwah hal. 41]").
                && !t.bytes().any(|c| c.is_ascii_digit())
                && prose_above
            {
                runs[k].0.start = h;
                runs[k].1 += scored[h].score;
            }
        }
        end = runs[k].0.start;
    }
}

/// Whether the block `b` (its text `t`, trimmed at the end) may be a box's heading by its
/// shape: not article text, a quotation, a time stamp or a line that reports; not a line that
/// ends in a colon, which introduces what follows it (an embedded post, a quoted statement)
/// that the article reports; not an attribution under an embedded post ("— The Nigerian
/// Senate (@NGRSenate) October 9, 2018") nor a link.
fn heading_line(b: &Block, ev: &Evidence, scored: &Scored, t: &str) -> bool {
    !scored.wall
        && !b.quoted
        && !b.timestamp
        && ev.body >= 0.0
        && t.chars().next().is_some_and(char::is_alphabetic)
        && !t.ends_with(':')
        && !t.contains('@')
        && !t.contains("://")
}

/// The most words of a heading line over a box below the story's first paragraph.
const BOX_HEADING_WORDS: u32 = 8;

/// A heading just above a run of an appeal, a newsletter, an offer or a notice opens that
/// box, in any language, below the story's first paragraph: a line of a few words that does
/// not end like a sentence and holds some evidence of the box (a formula, "you" or "we", the
/// outlet's name, journalism or support: "עיתונות שלא שייכת לאף טייקון", "Recevez nos
/// enquêtes par e-mail"). A story's subheading over a box ("What happens to the fishing
/// fleet") holds none. Not a quoted line, a line that introduces what follows with a colon,
/// an embedded post's attribution or a link.
///
/// (Tried and left out after a review: a short question to the reader above the box, "Did
/// you read this far?", since a column ends with one, "What do you think?", and an interview
/// asks them; and the box's last lines of a few words under it, a story's list after an
/// inline box as often, "Women's 200m podium", "Okafor 22.14".)
fn box_headings(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    runs: &mut [(Range<usize>, f32)],
) {
    let Some(first_wall) = scored.iter().position(|s| s.wall) else {
        return;
    };
    for k in 0..runs.len() {
        let s = runs[k].0.start;
        let above = if k == 0 { 0 } else { runs[k - 1].0.end };
        if s <= above || s <= first_wall + 1 || !evidence[s].kind().is_some_and(boxed_kind) {
            continue;
        }
        let h = s - 1;
        let (b, ev) = (&blocks[h], &evidence[h]);
        let t = text[b.range.clone()].trim_end();
        let heading = b.words <= BOX_HEADING_WORDS
            && !b.sentence
            && heading_line(b, ev, &scored[h], t)
            && !t.ends_with(['：', ',', ';'])
            && !t.contains('#');
        // Evidence of a box, in any language (the outlet's name, the dearest test, last).
        let boxed = || {
            let concepts = evidence.concepts(h);
            ev.signal > 0.0
                || ev.you + ev.we > 0
                || concepts.journalism()
                || concepts.support()
                || concepts.independent()
                || features::names(t, outlets)
        };
        if heading && boxed() {
            runs[k].0.start = h;
            runs[k].1 += scored[h].score;
        }
    }
}

/// The most words of a headline or a dek that [`keep_headlines`] keeps.
const HEADLINE_WORDS: u32 = 30;
/// The most paragraphs below a headline that [`keep_headlines`] reads as its lede.
const LEDE_PARAGRAPHS: usize = 4;
/// The fewest words of four letters or more that a headline shares with the story's first
/// paragraph.
const HEADLINE_SHARED: usize = 3;

/// A block above the story's first paragraph that shares three words or more of four
/// letters with it is the story's headline or dek ("Telethon raises N85m for Lagos
/// children's cancer ward, organisers urge Nigerians to chip in monthly" over "A telethon
/// organised by a Lagos hospital foundation has raised N85 million ..."), whatever
/// formulas of a box it holds: a run does not start with it. A banner above the story
/// shares no words with it but the outlet's name (a dateline names it: "Jayapura, Jubi –")
/// and the commonest words of its language ("dari", "untuk"), which do not count.
fn keep_headlines(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlet_names: &[String],
    runs: &mut Vec<(Range<usize>, f32)>,
) {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return;
    };
    if !runs.iter().any(|(r, _)| r.start < first) {
        return;
    }
    // The story's first paragraph, in lower case: the first wall, and a paragraph above it
    // that some evidence kept from being one (a story on a paper's prices names them in its
    // lede: "... has raised its cover price from GH¢5 to GH¢10"), below the candidate. A
    // candidate's words are looked for in it (a word inside a longer one counts: the error
    // is on the side of keeping).
    // The paragraphs down to the first wall are found and lower-cased once, when the first
    // candidate needs them; each candidate reads the nearest few below it (reading the
    // whole stretch for each was quadratic in a text of thousands of short runs above its
    // only wall).
    let paragraphs = std::cell::OnceCell::new();
    let ledes: std::cell::RefCell<Vec<(usize, std::rc::Rc<str>)>> = Default::default();
    let lead = |i: usize| {
        let paragraphs: &Vec<(usize, String)> = paragraphs.get_or_init(|| {
            // A story told in lines of one short sentence has its lede in the first few of
            // them.
            let below = (first + 1..blocks.len()).filter(|&j| scored[j].story).take(
                if blocks[first].words < PROSE_WORDS {
                    LEDE_PARAGRAPHS - 1
                } else {
                    0
                },
            );
            (0..=first)
                .filter(|&j| {
                    j == first
                        || (blocks[j].sentence
                            && blocks[j].words >= PROSE_WORDS
                            && !scored[j].hand_anchor)
                })
                .chain(below)
                .map(|j| (j, text[blocks[j].range.clone()].to_lowercase()))
                .collect()
        });
        let below = paragraphs.partition_point(|&(j, _)| j <= i);
        // (Joined once for each first paragraph below a candidate: the head's many short
        // blocks share one.)
        let mut joined = ledes.borrow_mut();
        if let Some((_, l)) = joined.iter().find(|(b, _)| *b == below) {
            return l.clone();
        }
        let l: std::rc::Rc<str> = paragraphs[below..]
            .iter()
            .take(LEDE_PARAGRAPHS)
            .map(|(_, p)| p.as_str())
            .collect::<Vec<_>>()
            .join(" ")
            .into();
        joined.push((below, l.clone()));
        l
    };
    // (A breadcrumb that ends in the story's title is chrome: only a box's formulas are
    // overruled.)
    let shares_lede = |i: usize| {
        words_shared(&text[blocks[i].range.clone()], &lead(i), |w| {
            !is_common_word(w) && !outlet_names.contains(&squeeze(w))
        }) >= HEADLINE_SHARED
    };
    let headline = |i: usize| {
        blocks[i].words <= HEADLINE_WORDS
            && evidence[i].kind().is_some_and(boxed_kind)
            && shares_lede(i)
    };
    for (r, sum) in runs.iter_mut() {
        while r.start < first.min(r.end) && headline(r.start) {
            *sum -= scored[r.start].score;
            r.start += 1;
        }
    }
    runs.retain(|(r, _)| !r.is_empty());
    // Inside a run, a headline with no evidence of its own splits it: the model reads the
    // lines around a headline as chrome (a paywall's labels, a menu, a share row under the
    // byline) and the segment took it along ("Subscribe" / "Log in" / "News" / "Cropping" /
    // "Frost bites Central West canola as harvest gets under way" / ... / "Share").
    let plain = |i: usize| {
        blocks[i].words <= HEADLINE_WORDS
            && !blocks[i].sentence
            && evidence[i].signal == 0.0
            && !scored[i].anchor
    };
    if !runs
        .iter()
        .any(|(r, _)| (r.start..r.end.min(first)).any(plain))
    {
        return;
    }
    // (The first block that shares the lede's words is the headline; one under it is a
    // box's heading on the same subject: "Vores medlemmer foretrækker at lytte" under the
    // headline and its picture's credit.)
    let Some(h) = (0..first).find(|&i| blocks[i].words <= HEADLINE_WORDS && shares_lede(i)) else {
        return;
    };
    if !plain(h) {
        return;
    }
    let mut k = 0;
    while k < runs.len() {
        let (r, _) = runs[k].clone();
        if !r.contains(&h) {
            k += 1;
            continue;
        }
        // (Each piece stays cut, as the run was: a player's label and time under the
        // headline are chrome with no anchor of their own.)
        let piece = |p: Range<usize>| {
            let sum: f32 = scored[p.clone()].iter().map(|s| s.score).sum();
            (!p.is_empty()).then_some((p, sum))
        };
        // (Nor does the piece under it start with the dek: a second pass would not start a
        // run with a sentence of prose.)
        let mut below = h + 1;
        while below < r.end
            && blocks[below].sentence
            && evidence[below].is_silent()
            && !scored[below].anchor
        {
            below += 1;
        }
        let pieces: Vec<_> = [piece(r.start..h), piece(below..r.end)]
            .into_iter()
            .flatten()
            .collect();
        let n = pieces.len();
        runs.splice(k..k + 1, pieces);
        k += n;
    }
}

/// A bank account's line that a run takes alone, with no run beside it, is the story's: a
/// relief fund's account under "How to help", between its bank's name and its holders. An
/// outlet's own account stands in its ask, which a run takes along (in the labelled texts,
/// every account line of an outlet's box has a line of the box beside it). Read by what
/// fired in it: payment words of no language (IBAN, PayPal) and nothing else, or a pack's
/// label of bank details at its start.
fn keep_lone_accounts(
    rules: &RuleSet,
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    runs: &mut Vec<(Range<usize>, f32)>,
) {
    // (Payment words of no language alone, or a line that opens with the packs' label of
    // bank details: "Kontoinhaber: ...", "Назначение платежа: пожертвование".)
    let payment = |i: usize| {
        let ev = &evidence[i];
        ev.kind() == Some(Kind::Donation)
            && !ev.user
            && (ev
                .top
                .iter()
                .all(|&(r, _)| rules.rule(r).name.starts_with("xx."))
                || ev
                    .top
                    .iter()
                    .any(|&(r, _)| rules.rule(r).group == Group::Line))
    };
    // A run of a few lines around an account that no one in it asks for, in which the
    // outlet neither speaks ("we", "you") nor is named, and whose only anchors are the
    // account's lines, is the account a story reports (a family's fund: "The family has
    // opened an account:" / "Holder: ..." / "IBAN: ..." / "Reference: ..."), with no button.
    let reported = |r: &Range<usize>| {
        r.len() <= REPORTED_ACCOUNT_BLOCKS
            && r.clone().any(payment)
            && r.clone().all(|i| {
                let ev = &evidence[i];
                ev.we == 0
                    && ev.you == 0
                    && ev.money.is_none()
                    && amount_line(&blocks[i], ev, text).is_none()
                    && !blocks[i].quoted
                    // (No button: "Gitt Member!", "₹250".)
                    && !text[blocks[i].range.clone()].trim_end().ends_with('!')
                    // (A tag row of the post it quotes stands among them: "#збір #дрони".)
                    && (payment(i) || !scored[i].hand_anchor || ev.kind() == Some(Kind::Other))
                    && !features::names(&text[blocks[i].range.clone()], outlets)
            })
    };
    // Judged against the runs as they were, then dropped in one pass (a removal for each
    // would be quadratic in a text of many).
    let alone: Vec<bool> = (0..runs.len())
        .map(|k| {
            let r = &runs[k].0;
            (r.len() == 1
                && payment(r.start)
                && (k == 0 || runs[k - 1].0.end < r.start)
                && runs.get(k + 1).is_none_or(|n| n.0.start > r.end))
                || reported(r)
        })
        .collect();
    let mut alone = alone.into_iter();
    runs.retain(|_| !alone.next().unwrap_or(false));
}

/// The most blocks of a run that [`keep_lone_accounts`] reads as an account a story reports.
const REPORTED_ACCOUNT_BLOCKS: usize = 5;

/// In a text a scraper gives, the story's headline and its byline are the story's, whatever
/// chrome stands around them: they are taken out of the runs.
fn keep_byline(
    rules: &RuleSet,
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    runs: &mut Vec<(Range<usize>, f32)>,
) {
    let Some(first) = scored.iter().position(|s| s.wall) else {
        keep_short_story_byline(blocks, evidence, scored, text, runs);
        return;
    };
    // (Not where no pack found anything in the text: there no line has evidence, so "a
    // headline without a box's formula" says nothing, and menus are full of lines of that
    // shape.)
    // (A run under a dek that is a wall may take the byline: see below.)
    if !runs.iter().any(|(r, _)| r.start <= first + DEK_LINES)
        || !packs_found(rules, evidence, false)
    {
        return;
    }
    // The headline: the first block of a few words above the first paragraph and its prose
    // that is not a sentence, a box's formula ("Время чтения: 8 минут"), a label, a breadcrumb ("Industrie > Deutschland >
    // Energie-Krise >"), a teaser under a label ("meist-diskutiert") or a banner of the
    // outlet's ("Kultura Liberalna solidarnie z Ukrainą"). (A teaser between the story's
    // opening sentences is none.)
    let prose = |i: usize| blocks[i].sentence && evidence[i].signal == 0.0;
    // (Up to the first prose block: a headline may read as a sentence itself. From the first
    // run on: a sentence of a box above it that no pack reads, "이번 달 무료로 읽을 수 있는
    // 기사가 2건 남았습니다.", is none of the story's.)
    let from = runs
        .iter()
        .map(|(r, _)| r.start)
        .filter(|&s| s < first)
        .min()
        .unwrap_or(0);
    let to_prose = (from..first)
        .position(prose)
        .map_or(first, |p| from + p + 1);
    let chrome = Group::Chrome.slot().expect("a kept group");
    let headline = |i: usize, closed: bool| {
        let (b, t) = (&blocks[i], text[blocks[i].range.clone()].trim_end());
        // A script without spaces counts its characters ("外送員高溫下跑單每天超過10小時").
        let sized = if t
            .chars()
            .next()
            .is_some_and(crate::rules::phrases::is_unspaced)
        {
            (HEADLINE_MIN_CHARS..=HEADLINE_MAX_CHARS).contains(&t.chars().count())
        } else {
            (HEADLINE_MIN_WORDS..=HEADLINE_WORDS).contains(&b.words)
        };
        sized
            && !scored[i].anchor
            // (Not a line of the page's chrome that the packs read below an anchor's weight:
            // "Lecture : 3 min" over a share row, the headline and a gallery's buttons.)
            && evidence[i].groups[chrome] == 0.0
            && !t.ends_with(':')
            && (closed || !t.ends_with('.'))
            && !t.contains(['>', '›'])
            && (!t.contains('|') || labelled_headline(t))
            // (Guillemets that quote, »Jeg kan ikke ...« or « Nous ... », are no arrows.)
            && (!t.contains('»') || t.contains('«'))
            && !crumb_line(t)
            && (i == 0 || evidence[i - 1].kind() != Some(Kind::Related))
            && !features::names(t, outlets)
    };
    // Under it, the byline: a credit line that names the story's author ("Текст: Анна
    // Орлова", "Written by Meghana Rao", "이승훈 기자"), not its picture's.
    // Or a line of the author's name alone, with no evidence ("Par Nathalie Fournier").
    let byline = |i: usize| {
        let (b, t, ev) = (&blocks[i], &text[blocks[i].range.clone()], &evidence[i]);
        let caseless = t.chars().any(char::is_alphabetic)
            && !t.chars().any(|c| c.is_lowercase() || c.is_uppercase());
        b.words <= BYLINE_WORDS
            && (!credits::credits_picture(t) || credits::credits_text(t))
            && if ev.kind() == Some(Kind::Credit) {
                b.words <= BYLINE_SHORT_WORDS || caseless || capitalised_names(t).next().is_some()
            } else {
                ev.signal == 0.0
                    && capitalised_names(t).any(|n| names_author(t, n))
                    // The outlet's name is no author's ("Kultura Liberalna").
                    && !features::names(t, outlets)
            }
    };
    // The first line of a headline's size; and where a byline stands under the line above
    // it, that line too, which may end with a full stop ("This ex-banker quit a S$12K/month
    // job to bake sourdough. 2 years on, she sells 400 loaves a week." over "Written by
    // Clarissa Teo"), or be the dek under the headline: the byline says what it stands under.
    let first_line = (0..to_prose).find(|&i| headline(i, false));
    let over_byline = (from.max(1)..first)
        // (The cheap tests first: most lines above the first paragraph are no byline.)
        .find(|&i| {
            blocks[i].words <= BYLINE_WORDS
                && !scored[i - 1].anchor
                && byline(i)
                && headline(i - 1, true)
        })
        .map(|i| i - 1);
    let Some(h) = first_line.into_iter().chain(over_byline).min() else {
        // No headline to keep (a box's formula opens it: "Watch: Moment a humpback whale
        // breaches ..."), but the byline under it is the story's still.
        let kept: Vec<usize> = (from.max(1)..first).filter(|&i| byline(i)).collect();
        spare(blocks, evidence, scored, runs, &kept);
        return;
    };
    // Without a box's formulas and not in the outlet's voice ("Tu privacidad es importante
    // para nosotros"), it is kept: a chrome line over it ("Время чтения: 8 минут") or a
    // photo credit under it does not take it along. A headline may speak to the reader
    // ("Here's what to know if you're behind on your utility bill"); a caption (below) may
    // not.
    let plain_headline = |i: usize| {
        let ev = &evidence[i];
        ev.signal == 0.0 && ev.we == 0 && ev.kind().is_none()
    };
    let plain = |i: usize| plain_headline(i) && evidence[i].you == 0;
    let mut kept: Vec<usize> = first_line
        .into_iter()
        .chain(over_byline)
        .filter(|&i| plain_headline(i))
        .collect();
    // And a photo's caption over its credit ("Parkovisko na Triede SNP vo večerných
    // hodinách." over "Foto: Košice:dnes/Peter Lukáč"): the credit goes, the caption is the
    // story's.
    // (A credit the packs read as one may name its source in lower case: "Foto: archivio
    // Università di Padova".)
    let caption = |i: usize| {
        let credit = &text[blocks[i + 1].range.clone()];
        blocks[i].words <= CAPTION_WORDS
            && !blocks[i].quoted
            && plain(i)
            && blocks[i + 1].words <= credits::CREDIT_WORDS
            && (credits::picture_credit(credit)
                || (evidence[i + 1].kind() == Some(Kind::Credit)
                    && credits::credits_picture(credit)))
    };
    kept.extend((h + 1..first).filter(|&i| byline(i) || dateline(&blocks[i], text) || caption(i)));
    // A dek long enough to be a wall, right under the headline, has the byline under it
    // ("Tři porodní asistentky otevřely ..." over "Text: Klára Veselá, Foto: Alžběta
    // Horáková" and "23. 4. 2024"): the lines up to the next wall are read as above it.
    // (The headline is the line over the dek, whatever line of a headline's size stands
    // higher: a menu's, "Nauka Kultura Społeczeństwo Ekologia Sztuka Smak Lektury".)
    if first == h + 1 || (first > h + 1 && headline(first - 1, false)) {
        let next = (first + 1..blocks.len())
            .take(DEK_LINES)
            .take_while(|&i| !scored[i].wall);
        // (A credit line the packs read, or one that opens with a byline's "by": a name
        // alone there may be a player's, "Apple Podcasts".)
        kept.extend(next.filter(|&i| {
            (byline(i)
                && (evidence[i].kind() == Some(Kind::Credit)
                    || credits::opens_with_by(&text[blocks[i].range.clone()])))
                || dateline(&blocks[i], text)
        }));
    }
    kept.sort_unstable();
    kept.dedup();
    spare(blocks, evidence, scored, runs, &kept);
}

/// In a story told in short paragraphs, with no wall, a byline right under its first
/// sentence, which is its headline there ("Na haldě ... vyrostla komunitní zahrada. Sousedé
/// na ní pěstují dýně i chmel" over "Text: Lucie Mrázková, foto: Tomáš Vlček" and "9. září
/// 2024"): a credit line that opens with the text's label or a "by", and a dateline under it.
fn keep_short_story_byline(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &mut Vec<(Range<usize>, f32)>,
) {
    let Some(story) = scored.iter().position(|s| s.story) else {
        return;
    };
    let credit = |i: usize| {
        let t = &text[blocks[i].range.clone()];
        blocks[i].words <= BYLINE_WORDS
            && evidence[i].kind() == Some(Kind::Credit)
            && (credits::credits_text(t) || credits::opens_with_by(t))
    };
    // The headline over it has no evidence (the story's first sentence, or a line above it).
    let headline = |i: usize| {
        evidence[i].signal == 0.0
            && (HEADLINE_MIN_WORDS..=HEADLINE_WORDS).contains(&blocks[i].words)
    };
    let Some(c) = (1..blocks.len().min(story + 2)).find(|&i| credit(i)) else {
        return;
    };
    if !headline(c - 1) {
        return;
    }
    let mut kept = vec![c];
    if c + 1 < blocks.len() && dateline(&blocks[c + 1], text) {
        kept.push(c + 1);
    }
    spare(blocks, evidence, scored, runs, &kept);
}

/// Whether block `b` ends in a colon (a full-width one too): it introduces the line under
/// it, a list's items, a quoted letter, an address.
fn ends_in_colon(b: &Block, text: &str) -> bool {
    text[b.range.clone()].trim_end().ends_with([':', '：'])
}

/// The most words of a short section's path ("Społeczeństwo / Reportaż", "Cronaca › Valle
/// Brembana").
const CRUMB_WORDS: usize = 4;

/// Whether `t` is a section's path of a few words parted by a breadcrumb's arrows, or a
/// section's name and a step under it parted by a spaced slash ("Cronaca › Valle Brembana",
/// "หน้าแรก » สังคม", "Społeczeństwo / Reportaż"): a breadcrumb over the headline, not one.
/// (Paths of three steps or more with arrows are the packs'.)
fn crumb_line(t: &str) -> bool {
    // (Most lines hold no separator: they are told apart without splitting them.)
    if !t.contains(" / ") && !t.contains(CRUMB_SEPARATORS) {
        return false;
    }
    let t = t.trim_end();
    let separator = |w: &str| w == "/" || w.chars().all(|c| CRUMB_SEPARATORS.contains(&c));
    let words: Vec<&str> = t.split_whitespace().collect();
    let steps = words.iter().filter(|w| !separator(w)).count();
    // A slash parts a byline's name from its place or agency too ("Rojda Aydemir / Amed"),
    // and a headline's words ("Work / Life / Balance"): a path with a slash is a section's
    // name and one step under it.
    let section = |w: &str| section_word(w).is_some();
    let arrows = words.iter().any(|w| *w != "/" && separator(w));
    let slashed = || words.len() == 3 && words[1] == "/" && section(words[0]);
    // A path's steps are names, written with a capital where the script has one ("what
    // next" in "Brexit → what next" is a headline's).
    let lower = |w: &&str| !separator(w) && w.chars().next().is_some_and(char::is_lowercase);
    words.iter().any(|w| separator(w))
        && !words.iter().any(lower)
        && steps <= CRUMB_WORDS
        && words.first().is_some_and(|w| !separator(w))
        && words.last().is_some_and(|w| !separator(w))
        && words.iter().all(|w| separator(w) || letters_only(w))
        && (arrows || slashed())
}

/// A short line under the headline that dates the story ("입력 2025.08.18 05:00", "18.08.2025,
/// 05:00 Uhr", "Updated March 4, 2025"): a year and another number, in a few words.
fn dateline(b: &Block, text: &str) -> bool {
    // (Not a time alone: "10:13 PM" over each teaser of a live blog's list.)
    if b.words > DATELINE_WORDS {
        return false;
    }
    let t = &text[b.range.clone()];
    let numbers: Vec<&str> = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect();
    numbers.len() >= 2
        && numbers
            .iter()
            .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
}

/// True when `t` is a headline under a place's or a label's name of a few words, parted by a
/// bar ("Constância | Ponte pedonal sobre o Zêzere reabre após oito meses de obras"), not a
/// trail of a site's sections or a row of links.
fn labelled_headline(t: &str) -> bool {
    let Some((label, headline)) = t.split_once(" | ") else {
        return false;
    };
    !headline.contains('|')
        && label.split_whitespace().count() <= LABEL_WORDS
        && headline.split_whitespace().count() >= LABELLED_HEADLINE_WORDS
}
/// The most words of the label before a [`labelled_headline`].
const LABEL_WORDS: usize = 3;
/// The fewest words of the headline after it.
const LABELLED_HEADLINE_WORDS: usize = 5;

/// How many lines under a dek [`keep_byline`] reads for its byline and date.
const DEK_LINES: usize = 4;
/// The most words of a [`dateline`].
const DATELINE_WORDS: u32 = 8;
/// The most words of a photo's caption that [`keep_byline`] keeps under the headline.
const CAPTION_WORDS: u32 = 40;

/// The most words of a byline that need not name its author in capitals ("이승훈 기자").
const BYLINE_SHORT_WORDS: u32 = 4;
/// The fewest characters of a headline in a script without spaces.
const HEADLINE_MIN_CHARS: usize = 8;
/// The most.
const HEADLINE_MAX_CHARS: usize = 80;

/// True when the name `n` is what the short line `t` says, but for a word or two ("By",
/// "Text:", a time).
fn names_author(t: &str, n: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
    };
    let Some(at) = t.find(n) else {
        return words(t) <= BYLINE_OTHER_WORDS;
    };
    // A name that the scraper glued to a role ("Howard BlumeStaff Writer", see
    // [`glued_at`]) is judged with its glued word, as one name.
    let rest = &t[at + n.len()..];
    let glued = if rest.starts_with(char::is_uppercase) {
        rest.find(char::is_whitespace).unwrap_or(rest.len())
    } else {
        0
    };
    let end = at + n.len() + glued;
    let name = &t[at..end];
    // A date or a role after a separator is the byline's too ("By: Rachel Vandermeer -
    // March 4, 2025 4:55 AM", "Anna Berg | Staff Writer").
    let t = [" - ", " | ", " – ", " — ", " · "]
        .iter()
        .filter_map(|sep| t[end..].find(sep))
        .min()
        .map_or(t, |e| &t[..end + e]);
    if words(&t.replace(name, " ")) <= BYLINE_OTHER_WORDS {
        return true;
    }
    // Or a date with no separator after a name under a "by" ("Af Mette Hjorth Olsen 12.
    // august 2025 kl. 05.30"): a month's name and a word for the hour, with its numbers
    // (the name's last word may lie past the names read).
    // (Also under a participle and its "by", with a weekday before the date: "Rédigé par
    // Paul Santini le Samedi 6 Avril 2024 à 17:40", "Written by ... on Monday, March 3".)
    let after = &t[end..];
    let written_by = words(&t[..at]) == 2
        && t.split_whitespace()
            .nth(1)
            .is_some_and(|w| credits::is_by_word(w.trim_end_matches(':')));
    if (written_by || (words(&t[..at]) <= 1 && credits::opens_with_by(t)))
        && after.find(|c: char| c.is_ascii_digit()).is_some_and(|d| {
            words(&after[..d]) <= BYLINE_DATE_LEAD_WORDS && words(&after[d..]) <= BYLINE_DATE_WORDS
        })
    {
        return true;
    }
    // Or a role after a comma, in lower case ("Jana Dvořáková, redaktorka domácí rubriky",
    // "Maria Lopez, staff writer"): a dateline's city is capitalised.
    let (before, after) = (&t[..at], &t[end..]);
    after.starts_with(", ")
        && words(before) <= BYLINE_OTHER_WORDS
        && words(after) <= BYLINE_ROLE_WORDS
        && !after.chars().any(char::is_uppercase)
}

/// The most words of a date after a byline's name: a month, a word for the hour, a weekday.
const BYLINE_DATE_WORDS: usize = 3;
/// The most words between the name and the date's first figure: "le Samedi", "on Monday,".
const BYLINE_DATE_LEAD_WORDS: usize = 2;
/// The most words of a role after the byline's name and a comma.
const BYLINE_ROLE_WORDS: usize = 5;

/// Takes the blocks `kept` out of the runs: a run is split around them, and a piece without
/// an anchor is left.
fn spare(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    runs: &mut Vec<(Range<usize>, f32)>,
    kept: &[usize],
) {
    if !runs.iter().any(|(r, _)| kept.iter().any(|k| r.contains(k))) {
        return;
    }
    // A sentence of prose with no evidence at a piece's end is the kept line's (the dek
    // under a headline: "Lastwagen sollen künftig nicht mehr durch die Ortsmitte rollen ..."
    // over "Artikel anhören"): a second pass would not start a run with it.
    let prose = |i: usize| {
        let (b, e) = (&blocks[i], &evidence[i]);
        b.sentence && b.words >= PROSE_WORDS && e.is_silent() && scored[i].score < 0.0
    };
    // A piece with an anchor stays cut: the run's decoding judged it in its place (a second
    // pass would find it a run of its own).
    split_runs(
        scored,
        runs,
        |_, i| kept.contains(&i),
        |mut piece, mut sum| {
            trim_ends(scored, &mut piece, &mut sum, prose);
            if scored[piece.clone()].iter().any(|s| s.anchor) {
                vec![(piece, sum)]
            } else {
                Vec::new()
            }
        },
    );
}

/// The most blocks between two cuts after the story that [`between_cuts`] takes.
const GAP_BLOCKS: usize = 2;
/// The longest of them.
const GAP_WORDS: u32 = 25;
/// The lowest hand score of one: a line with no evidence scores -(1 + words / 20), so lines
/// of up to ten words with none, longer ones with some; a sign of the story scores lower.
const GAP_SCORE: f32 = -1.5;

/// After the story's last paragraph, up to two short blocks between two cuts with no sign of
/// the story (no reporting verb, no quote, a hand score no lower than a plain short line's;
/// a sentence only with some evidence) are the page's too ("Help safeguard press freedom & keep HKFP free ..." and a footer's link
/// row between an author's box and a teaser list). Not a block that reports or quotes.
fn between_cuts(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    hand: &[f32],
    runs: &[(Range<usize>, f32)],
    extra: &[(Range<usize>, Kind, &str)],
) -> Vec<usize> {
    let Some(last) = scored.iter().rposition(|s| s.story) else {
        return Vec::new();
    };
    let mut cut = vec![false; blocks.len()];
    for r in runs
        .iter()
        .map(|(r, _)| r)
        .chain(extra.iter().map(|(r, ..)| r))
    {
        cut[r.clone()].iter_mut().for_each(|c| *c = true);
    }
    let leans = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        !scored[i].wall
            && b.words <= GAP_WORDS
            && hand[i] >= GAP_SCORE
            // The story's closing words after an advertisement's label are a sentence with
            // no evidence.
            && (!b.sentence || ev.signal > 0.0)
            && ev.body >= 0.0
            && !b.quoted
    };
    let mut out = Vec::new();
    let mut i = last + 1;
    while i < blocks.len() {
        if cut[i] {
            i += 1;
            continue;
        }
        let gap_end = (i..blocks.len()).find(|&j| cut[j]).unwrap_or(blocks.len());
        if i > last + 1
            && cut[i - 1]
            && gap_end < blocks.len()
            && gap_end - i <= GAP_BLOCKS
            && (i..gap_end).all(leans)
        {
            out.extend(i..gap_end);
        }
        i = gap_end;
    }
    out
}

/// True when the story speaks of the outlet itself: its headline or first paragraph (up to
/// block `first`) names it, or two of its other sentences and paragraphs do (a story about
/// the outlet, a blog of its newsroom), not counting the blocks `aside`. One paragraph may
/// name it as a source ("told Austurfrétt").
fn about_outlet(
    blocks: &[Block],
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    first: usize,
    aside: impl Fn(usize) -> bool,
) -> bool {
    let names = |i: usize| features::names(&text[blocks[i].range.clone()], outlets);
    head_names_outlet(blocks, text, outlets, first)
        || (0..blocks.len())
            .filter(|&j| {
                !aside(j)
                    && (scored[j].wall || blocks[j].sentence)
                    && blocks[j].words > NAME_LINE_WORDS
                    && names(j)
            })
            .nth(1)
            .is_some()
}

/// True when the story's headline or first paragraph (the blocks up to `first`) names the
/// outlet: a story about it, or a blog of its newsroom.
fn head_names_outlet(blocks: &[Block], text: &str, outlets: &[String], first: usize) -> bool {
    (0..=first.min(blocks.len().saturating_sub(1)))
        .any(|i| features::names(&text[blocks[i].range.clone()], outlets))
}

/// The least weight of the strongest formula in the outlet's paragraph on itself: a cue's.
const CUE_RULE: f32 = 1.5;
/// The fewest words of the outlet's paragraph on itself (see [`outlet_paragraphs`]).
const SELF_WORDS: u32 = 15;

/// Below the story, the outlet's paragraph on itself: it opens with the outlet's name as its
/// subject and names no one else ("Laisvės TV neturi nei reklamos ...", "Artalk píše o umění
/// tak, aby se to dalo číst zadarmo ..."), or names the outlet in its first sentence in its
/// voice (a "we"); it speaks to the reader or names an amount or a share, and a pack reads a
/// box's function in it (a cue at least), as the name alone does not tell the outlet from a
/// word of the story ("Merkur ist bis etwa zum 25. März am Abendhimmel zu sehen ...").
/// No paragraph of the story stands below it, and the story names the outlet nowhere else,
/// neither in its head nor in a paragraph of its own (a source: "told the Harbour Post"; a
/// director's letter); "Grocott's Mail asked the municipality for comment" closing a story
/// shows no sign of a box.
fn outlet_paragraphs(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    taken: &[bool],
) -> Vec<usize> {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return Vec::new();
    };
    if outlets.is_empty() {
        return Vec::new();
    }
    // The story's last paragraph that does not name the outlet: the candidates stand below it.
    let names = |i: usize| features::names(&text[blocks[i].range.clone()], outlets);
    // (A paragraph that reports is the story's too: "..., contou o dono do café.")
    let story = |j: usize| {
        scored[j].wall || scored[j].story || (evidence[j].said > 0 && blocks[j].words >= SELF_WORDS)
    };
    let Some(last) = (0..blocks.len())
        .rev()
        .find(|&j| !taken[j] && story(j) && !names(j))
    else {
        return Vec::new();
    };
    let candidate = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        let t = &text[b.range.clone()];
        let amount = ev.money.is_some() || t.contains('%');
        // (The name in the first sentence: a story's last sentence may stand glued before
        // the outlet's.)
        let opening = || {
            glued::sentences(t)
                .first()
                .is_some_and(|s| features::names(&t[s.clone()], outlets))
        };
        !taken[i]
            && b.words >= SELF_WORDS
            && !b.quoted
            // (A post embedded in the story quotes the outlet: its address and handles.)
            && !t.contains("://")
            && !t.contains('@')
            && ev.said == 0
            && ev.body >= 0.0
            // A pack reads a box's function in it: an outlet whose name is a word ("Merkur",
            // "Nordlys", "El País") is the subject of the story's sentences too, with an
            // amount and the reader.
            && ev.max_rule >= CUE_RULE
            && ev.kind().is_some_and(|k| boxed_kind(k) && k != Kind::Cookie)
            // It speaks to the reader or names an amount: a disclosure of the outlet's
            // advertisers does neither, nor does a column on the outlet that tells its story
            // in the first person ("When The Ferret started, we were three reporters ...").
            && (ev.you > 0 || amount)
            && (self_described(t, outlets) || (ev.we > 0 && opening()))
    };
    let found: Vec<usize> = (last + 1..blocks.len()).filter(|&i| candidate(i)).collect();
    // A story that names the outlet in a paragraph of its own (a letter of its editor, a
    // story on it, a source: "told Bay Nature") keeps them all.
    let elsewhere = || {
        (0..blocks.len()).any(|j| {
            !taken[j]
                && blocks[j].words >= SELF_WORDS
                && found.binary_search(&j).is_err()
                && names(j)
        })
    };
    if found.is_empty() || head_names_outlet(blocks, text, outlets, first) || elsewhere() {
        return Vec::new();
    }
    found
}

/// The longest paragraph of an outlet's box that [`outlet_boxes`] takes under its heading.
const FRAME_WORDS: u32 = 80;

/// After the story's first paragraph, a line of a few words that names the outlet over a
/// paragraph that names it too is the outlet's own box, in any language ("Styrktu
/// Austurfrétt" / "Austurfrétt er eini fréttamiðillinn ..." / "Styrkja Austurfrétt", "Steun
/// MO*" / "MO* wil onafhankelijke journalistiek ..."), with a short line below it that names
/// the outlet too or has a box's evidence (its button). Not a line that ends like a
/// sentence or a paragraph that reports or quotes; and none in a story that names the
/// outlet in paragraphs of its own (a story about the outlet, a quote "told Austurfrétt").
#[allow(clippy::too_many_arguments)]
fn outlet_boxes(
    rules: &RuleSet,
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    bare: bool,
) -> Vec<(Range<usize>, Kind)> {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return Vec::new();
    };
    if outlets.is_empty() {
        return Vec::new();
    }
    let plain = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        !b.quoted && !b.timestamp && ev.body >= 0.0 && ev.kind() != Some(Kind::Credit)
    };
    let names = |i: usize| features::names_properly(&text[blocks[i].range.clone()], outlets);
    // A line, not a sentence's end ("Tacaigh le Nós", "Steun MO*", "HEMPELS hilft – helfen
    // Sie mit!").
    let line = |i: usize| {
        let t = text[blocks[i].range.clone()].trim_end();
        blocks[i].words <= NAME_LINE_WORDS && !t.ends_with(['.', ':', '?', ',', ';']) && plain(i)
    };
    let mut frames = Vec::new();
    let mut i = first + 1;
    while i + 1 < blocks.len() {
        let p = i + 1;
        if !(line(i)
            && blocks[p].words > NAME_LINE_WORDS
            && blocks[p].words <= FRAME_WORDS
            && plain(p)
            && names(i)
            && names(p))
        {
            i += 1;
            continue;
        }
        let mut end = p + 1;
        if end < blocks.len()
            && line(end)
            && (names(end) || evidence[end].kind().is_some_and(boxed_kind))
        {
            end += 1;
        }
        frames.push(i..end);
        i = end;
    }
    if frames.is_empty() {
        return frames.into_iter().map(|r| (r, Kind::Other)).collect();
    }
    let framed = |j: usize| frames.iter().any(|r: &Range<usize>| r.contains(&j));
    if about_outlet(blocks, scored, text, outlets, first, framed) {
        return Vec::new();
    }
    // Where a pack reads the language, the box shows some of its evidence: a formula, the
    // outlet's "we", the reader addressed ("Years at the Guardian" over "She joined the
    // Guardian in 1972" in an obituary shows none).
    let boxed = |r: &Range<usize>| {
        bare || evidence
            .range(r.clone())
            .any(|e| e.signal > 0.0 || e.we > 0 || e.you > 0)
            || {
                let span = blocks[r.start].range.start..blocks[r.end - 1].range.end;
                let words = blocks[r.clone()].iter().map(|b| b.words).sum();
                !rules.reads_language(&text[span], words)
            }
    };
    frames.retain(boxed);
    frames
        .into_iter()
        .map(|r| {
            let kind = evidence
                .range(r.clone())
                .find_map(|e| e.kind())
                .unwrap_or(Kind::Other);
            (r, kind)
        })
        .collect()
}

/// The most blocks of an outlet's letter under its salutation that ends the text.
const CLOSING_LETTER_BLOCKS: usize = 8;
/// The longest paragraph of such a letter.
const CLOSING_LETTER_WORDS: u32 = 150;
/// The fewest words of the sentence that introduces a letter the story quotes.
const LEAD_IN_WORDS: u32 = 10;

/// Below the story's second paragraph, a salutation to the readers ("Querida lectora,
/// querido lector:", "خوانندهٔ عزیز آسو،") opens the outlet's letter, in any language the
/// packs greet readers in: the salutation and the blocks under it to the end of the text
/// (or to a run that is cut), when they are at most [`CLOSING_LETTER_BLOCKS`], none reports
/// or quotes, and one names the outlet or holds a box's formula, or they end in a box; not a
/// letter that a line ending in a colon introduces, which the story quotes (the letter that
/// ends in an ask the packs read is a run's: [`letter_openings`]). Its paragraphs say "we" in
/// verbs where a language drops the pronoun ("En ZonaDocs llevamos años ..."), and read as
/// the story's walls; its frame is what tells.
fn letters(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    runs: &[(Range<usize>, f32)],
) -> Option<(Range<usize>, Kind)> {
    let salutation = Group::Salutation.slot().expect("a kept group");
    let second = scored.iter().enumerate().filter(|(_, s)| s.story).nth(1)?.0;
    // (Where one salutation opens no letter, the next may, as it would in a second pass
    // over the cleaned text: "Dear readers," over a story's sentence, cut with a box's
    // "Since you're here...", and another at the end.)
    (second + 1..blocks.len())
        .filter(|&i| {
            blocks[i].words <= SALUTATION_WORDS
                && (evidence[i].groups[salutation] > 0.0 || greets(&text[blocks[i].range.clone()]))
        })
        .find_map(|s| letter_at(blocks, evidence, text, outlets, runs, s))
}

/// The letter that the salutation at `s` opens, if it is one (see [`letters`]).
fn letter_at(
    blocks: &[Block],
    evidence: &Evidences,
    text: &str,
    outlets: &[String],
    runs: &[(Range<usize>, f32)],
    s: usize,
) -> Option<(Range<usize>, Kind)> {
    // A letter the story quotes is introduced by a sentence above it ("... in a message to
    // readers published on Friday:", "a adressé une lettre aux donateurs :"); a box's
    // heading ("A Message from The Moscow Times:") is a few words.
    let above = &blocks[s - 1];
    if above.words >= LEAD_IN_WORDS && ends_in_colon(above, text) {
        return None;
    }
    let end = (s + 1..blocks.len())
        .find(|&j| in_runs(runs, j))
        .unwrap_or(blocks.len());
    if end <= s + 1 || end - s > CLOSING_LETTER_BLOCKS + 1 {
        return None;
    }
    let letter = s + 1..end;
    let plain = letter.clone().all(|j| {
        let (b, ev) = (&blocks[j], &evidence[j]);
        !b.quoted && ev.body >= 0.0 && b.words <= CLOSING_LETTER_WORDS
    });
    let boxed = |j: usize| evidence[j].kind().is_some_and(boxed_kind) && evidence[j].signal > 0.0;
    // The outlet's own: it names the outlet or holds a box's formula, or ends in a box
    // ("Kjære naturvenn," / two paragraphs / "Blir du med?" over a membership box's run).
    let framed = letter
        .clone()
        .any(|j| boxed(j) || features::names(&text[blocks[j].range.clone()], outlets))
        || runs
            .iter()
            .find(|(r, _)| r.start == end)
            .is_some_and(|(r, _)| r.clone().any(boxed));
    (plain && framed).then(|| {
        let kind = (s..end)
            .find_map(|j| evidence[j].kind().filter(|&k| boxed_kind(k)))
            .unwrap_or(Kind::Donation);
        (s..end, kind)
    })
}

/// Below the story's first paragraph, a paragraph that opens with a salutation to the
/// readers and goes on after its comma ("Caros leitores, o jornalismo de proximidade que
/// fazemos no mediotejo.net tem custos: ...", "Kära läsare! Expo har granskat ..."): the
/// outlet's letter of one paragraph, where it holds a box's formula besides its greeting; a
/// column that greets its readers tells of its week, a readers' editor of complaints.
fn inline_letters(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
) -> Vec<(usize, Kind)> {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return Vec::new();
    };
    let salutation = Group::Salutation.slot().expect("a kept group");
    (first + 1..blocks.len())
        .filter_map(|i| {
            let (b, ev) = (&blocks[i], &evidence[i]);
            if b.words < INLINE_LETTER_WORDS || b.words > CLOSING_LETTER_WORDS || b.quoted {
                return None;
            }
            // (The cheap tests first: a formula besides the greeting, then the comma or mark
            // that ends the greeting within its first few words, then the greeting's word.)
            // A formula of some weight, not the outlet's name: a readers' editor names the
            // paper in passing ("Dear readers, I have received more than 80 complaints about
            // the clue, which is more than the Guardian crossword has prompted ...").
            let boxed = ev.signal - ev.groups[salutation] >= LETTER_FORMULA
                && ev.kind().is_some_and(boxed_kind);
            if !boxed {
                return None;
            }
            let t = &text[b.range.clone()];
            let greeting = t
                .split_whitespace()
                .take(SALUTATION_WORDS as usize)
                .any(|w| w.ends_with([',', '!', '،']))
                && t.split_whitespace()
                    .next()
                    .is_some_and(|w| DEAR_WORDS.contains(&w.to_lowercase().as_str()));
            let lead_in = i > 0 && ends_in_colon(&blocks[i - 1], text);
            (greeting && !lead_in).then(|| {
                (
                    i,
                    ev.kind()
                        .filter(|&k| boxed_kind(k))
                        .unwrap_or(Kind::Donation),
                )
            })
        })
        .collect()
}

/// The fewest words of a paragraph that [`inline_letters`] reads: a salutation alone on its
/// line is [`letters`]'.
const INLINE_LETTER_WORDS: u32 = 12;
/// The least weight of its formulas besides the greeting: a cue of the packs' plain weight
/// (1.5, a word of the newsroom's) is any column's.
const LETTER_FORMULA: f32 = 2.0;

/// The words that open a letter's greeting, lower case, in the languages that put them
/// first ("Dear friends,", "Beste natuurliefhebber,", "Drogie Czytelniczki, drodzy
/// Czytelnicy,"): the packs greet readers; a letter may greet members, friends, nature lovers.
const DEAR_WORDS: &[&str] = &[
    "dear",
    "dearest",
    "liebe",
    "lieber",
    "liebes",
    "beste",
    "lieve",
    "cher",
    "chère",
    "chers",
    "chères",
    "querido",
    "querida",
    "queridos",
    "queridas",
    "estimado",
    "estimada",
    "estimados",
    "estimadas",
    "caro",
    "cara",
    "caros",
    "caras",
    "cari",
    "care",
    "prezado",
    "prezada",
    "prezados",
    "prezadas",
    "benvolgut",
    "benvolguda",
    "benvolguts",
    "drogi",
    "droga",
    "drodzy",
    "drogie",
    "szanowni",
    "milí",
    "milá",
    "milý",
    "vážení",
    "dragă",
    "dragi",
    "stimate",
    "stimați",
    "kedves",
    "дорогие",
    "дорогой",
    "дорогая",
    "уважаемые",
    "дорогі",
    "шановні",
    "любі",
    "скъпи",
    "драги",
    "kära",
    "kjære",
    "kære",
    "hyvä",
    "hyvät",
    "αγαπητοί",
    "αγαπητή",
    "αγαπητέ",
    "mieli",
    "dārgie",
    "dārgais",
    "kallid",
    "sevgili",
    "değerli",
    "عزيزي",
    "عزيزتي",
    "أعزائي",
    "प्रिय",
];

/// Whether `line` is a letter's greeting: a word of [`DEAR_WORDS`] and a few more, ending
/// with a comma, a colon or an exclamation mark.
fn greets(line: &str) -> bool {
    let line = line.trim();
    line.ends_with([',', ':', '!', '،'])
        && line
            .split_whitespace()
            .next()
            .is_some_and(|w| DEAR_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The most words of a line that [`follow_lines`] takes.
const FOLLOW_WORDS: u32 = 20;
/// The fewest platform names in it.
const FOLLOW_PLATFORMS: u16 = 2;
/// The fewest platform names, and bars between them, of a row that names no outlet.
const ROW_PLATFORMS: u16 = 3;
/// The most words of a share row's label, and of the words besides the platforms after it.
const SHARE_LABEL_WORDS: usize = 2;
const SHARE_OTHER_WORDS: usize = 2;

/// After the story's last paragraph, a line that names the outlet and two platforms or more
/// asks the reader to follow it there, in any language ("Volg NH Nieuws ook op Instagram,
/// TikTok en Facebook."), by its name as a name, not inside words ("tout le monde est sur
/// TikTok" on lemonde.fr), and not in a story about the outlet; one with the outlet's own
/// e-mail address that asks or speaks to the reader asks for tips or letters. One platform
/// is not enough: a poll "of the best food blogger on Instagram by Wday.ru" names the outlet
/// and one. Not a line that reports or quotes.
fn follow_lines(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    runs: &[(Range<usize>, f32)],
    taken: &[bool],
) -> Vec<usize> {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return Vec::new();
    };
    // A story about the outlet names it in its headline or first paragraph (a blog of its
    // newsroom: "Puedes escribirnos en contacto@eldiario.es").
    let about = std::cell::OnceCell::new();
    let about = || *about.get_or_init(|| head_names_outlet(blocks, text, outlets, first));
    // The name after the line's first word: an ask opens with its verb ("Volg NH Nieuws
    // ..."), where a line of the story may open with the outlet ("Le Monde reste pour
    // l'instant présent sur X, Threads et Bluesky.").
    let follows = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        // (The cheap tests first: most blocks name no platform.)
        if ev.platforms == 0 || b.words > FOLLOW_WORDS {
            return false;
        }
        let t = text[b.range.clone()].trim_start();
        // One platform is enough where the outlet's name follows the ask's verb ("Follow
        // Channels Television on WhatsApp for breaking news updates").
        // (Not a sentence of the story that ends with its stop: "Scammers impersonated
        // Ashby Gazette on Facebook last year.")
        if ev.platforms < FOLLOW_PLATFORMS {
            return !t.trim_end().ends_with(['.', '!', '?', '。']) && names_after_verb(t, outlets);
        }
        // A row of platforms parted by bars or dots needs no name: it is the page's, not the
        // story's ("Читайте новини \"МБ\" у Facebook | Telegram | Viber | Instagram"); nor
        // does a share row under its label: platforms after a colon, and a word or two for
        // the mail or "X" ("Подијели: Facebook X Viber WhatsApp").
        let row = ev.platforms >= ROW_PLATFORMS
            && t.matches(['|', '•', '·']).count() + 1 >= usize::from(ROW_PLATFORMS);
        if row || labelled_platforms(t, ev.platforms) {
            return true;
        }
        // A line of one statement names the outlet right after its verb; a row of contacts
        // anywhere ("Got a story? Send a Facebook Message | ... | Email: news@...").
        let statement = b.sentence && !t.contains(['?', '|']);
        if statement {
            names_after_verb(t, outlets)
        } else {
            let after_first = t.find(char::is_whitespace).map_or("", |k| &t[k..]);
            features::names_properly(after_first, outlets)
        }
    };
    // The outlet's own address under a question or an address to the reader ("Heb je een
    // tip? Mail dan naar nieuws@nhnieuws.nl"); an institution's page gives its own for
    // information ("Weitere Informationen erteilt ... althausa@stadt.ahlen.de"), and a
    // notice the address of whom it announces.
    let writes = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        let t = &text[b.range.clone()];
        b.words <= CONTACT_WORDS
            && mail_hosts(t)
                .any(|h| crate::input::host::outlet_label(h).is_some_and(|l| outlets.contains(&l)))
            && (t.contains(['?', '？', '؟']) || ev.you > 0 || ev.we > 0)
    };
    let plain = |i: usize| evidence[i].body >= 0.0 && !blocks[i].quoted;
    // The story ends above a follow line of one sentence that reads as its own last, and
    // above the outlet's box that a cut has taken ("Dilynwch Y Selar ar Instagram, TikTok a
    // Facebook ..." over "Cefnogwch Y Selar" / "Mae Y Selar yn gylchgrawn annibynnol ...").
    let Some(last) = (first..blocks.len())
        .rev()
        .find(|&i| scored[i].story && !taken[i] && !(i > first && plain(i) && follows(i)))
    else {
        return Vec::new();
    };
    let follow: Vec<usize> = (last + 1..blocks.len())
        .filter(|&i| plain(i) && follows(i))
        .collect();
    // A story about the outlet's own accounts ("Le Monde reste pour l'instant présent sur X,
    // Threads et Bluesky") names it elsewhere too, beside a platform; a story whose reporters
    // are the outlet names it without one ("The NewsHawks visited three villages").
    // (Not counting what the runs cut: "Enjoying Scrolla? ... share this story on WhatsApp"
    // is the outlet's box, not its story.)
    let aside = |j: usize| follow.binary_search(&j).is_ok() || in_runs(runs, j);
    let on_platforms = (0..blocks.len()).any(|j| {
        !aside(j)
            && evidence[j].platforms > 0
            && features::names(&text[blocks[j].range.clone()], outlets)
    });
    let follow = if follow.is_empty()
        || (on_platforms && about_outlet(blocks, scored, text, outlets, first, aside))
    {
        Vec::new()
    } else {
        follow
    };
    let mut out: Vec<usize> = (last + 1..blocks.len())
        .filter(|&i| plain(i) && follow.binary_search(&i).is_err() && writes(i) && !about())
        .collect();
    out.extend(follow);
    out.sort_unstable();
    out
}

/// The most words of a line that [`channel_lines`] takes.
const CHANNEL_WORDS: u32 = 25;
/// The most words of a channel's line with no stop that [`channel_lines`] takes without the
/// outlet's voice or name.
const BOX_LINE_WORDS: u32 = 16;
/// The most lines that [`channel_lines`] takes in a text: more are a list of accounts.
const CHANNEL_LINES: usize = 2;
/// Platform names that are no channel of the outlet's: the mail and the printer of a share
/// row's tools, and the podcast apps where a story tells its own series too ("Podden finns
/// på Spotify och Apple Podcasts").
const NOT_CHANNELS: [&str; 13] = [
    "email",
    "e-mail",
    "print",
    "copy link",
    "rss",
    "spotify",
    "apple podcasts",
    "google podcasts",
    "amazon music",
    "soundcloud",
    "deezer",
    "pocket casts",
    "castbox",
];

/// The nouns of a messenger's channel and of the news aggregator, lower-cased, as the
/// languages write them ("WhatsApp channel", "chaîne", "Telegram-Kanal", "kanaliga",
/// "канал", "চ্যানেল", "Google News"): what an outlet's line offers the reader, where a
/// story's line on a messenger tells of a message, a group, a call or a code.
#[rustfmt::skip]
const CHANNEL_NOUNS: [&str; 46] = [
    "channel", "chaîne", "canal", "canale", "canle", "kanal", "kanał", "kanál", "kanaal",
    "csatorn", "sianel", "cainéal", "chèn", "chaneli", "community", "comunidad", "zajednic",
    "канал", "арна", "チャンネル", "채널", "频道", "頻道", "चैनल", "चॅनल", "চ্যানেল",
    "சேனல்", "ചാന", "ఛానల్", "ಚಾನೆಲ್", "ચેનલ", "ਚੈਨਲ", "ချန်နယ်", "ឆានែល", "ቻናል", "چینل",
    "کانال", "قناة", "ערוץ", "saluran", "kênh", "google", "නාලිකා", "κανάλι", "არხ", "суваг",
];

/// Below the story's first paragraph, a short line that offers the reader the outlet's
/// channel on a messenger or the news aggregator, in any language, between the paragraphs
/// or under them ("Join the Hull Live WhatsApp community for the latest news sent straight
/// to your phone", "Siga o nosso canal no WhatsApp", "Follow Waterford News & Star on
/// Google News ..."): a channel's noun ([`CHANNEL_NOUNS`]) beside the platform, and the
/// outlet's "we", the reader addressed or the outlet's name; or a short line with no stop,
/// whose imperative addresses the reader in an ending no pack reads. A story's lines on messengers
/// tell of messages, groups, calls and codes, with the reader and a "we" of its own ("If you
/// get a WhatsApp message from a stranger ...", "We reached the chairman on WhatsApp",
/// "join our school WhatsApp group"). Not a question, a quotation, a line with a handle, nor
/// where a line of the story names a platform too: a story on a channel.
fn channel_lines(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    voice: bool,
    taken: &[bool],
) -> Vec<usize> {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return Vec::new();
    };
    // The tests of the words below read a block lower-cased, once for each.
    let lower = |i: usize| text[blocks[i].range.clone()].to_lowercase();
    // Channels besides the mail, the printer and the podcast apps.
    let channels = |i: usize, folded: &str| {
        let others: usize = NOT_CHANNELS.iter().map(|n| folded.matches(n).count()).sum();
        usize::from(evidence[i].platforms) > others
    };
    let offers = |folded: &str| CHANNEL_NOUNS.iter().any(|n| folded.contains(n));
    // A sentence of the story names a platform ("The housing office opened a WhatsApp
    // channel on Monday ..."): a line with no stop on it may be its subheading.
    // (The first two such sentences, found once and only for such a line: a page of many
    // lines is read in one pass, and most texts hold no such line.)
    let on_platform = std::cell::OnceCell::new();
    let story_on_platform = |i: usize| {
        on_platform
            .get_or_init(|| {
                (first..blocks.len())
                    .filter(|&j| {
                        evidence[j].platforms > 0
                            && blocks[j].sentence
                            && blocks[j].words > NAME_LINE_WORDS
                            && !taken[j]
                    })
                    .take(2)
                    .collect::<Vec<usize>>()
            })
            .iter()
            .any(|&j| j != i)
    };
    let candidate = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        // (The cheap tests first: most blocks name no platform.)
        if ev.platforms == 0
            || b.words > CHANNEL_WORDS
            || taken[i]
            || b.quoted
            || ev.said > 0
            || ev.body < 0.0
        {
            return false;
        }
        let t = text[b.range.clone()].trim();
        if t.ends_with(['?', '？', '؟']) || t.contains('@') || glued_stop(t) {
            return false;
        }
        let folded = t.to_lowercase();
        // (A line with no stop is a box's, in any language: where no pack reads the "you"
        // of an imperative, "تابعوا قناة «الغد» على واتساب", "අපගේ WhatsApp නාලිකාවට
        // එක්වන්න".)
        let unstopped = !t.ends_with(['.', '!', '。', '।', '۔']) && b.words <= BOX_LINE_WORDS;
        offers(&folded)
            && ((voice && (ev.we > 0 || ev.you > 0) && !quotes_other(t, outlets))
                || features::names(t, outlets)
                || (unstopped && !story_on_platform(i)))
            && channels(i, &folded)
    };
    let found: Vec<usize> = (first + 1..blocks.len())
        .filter(|&i| candidate(i))
        .collect();
    if found.is_empty() || found.len() > CHANNEL_LINES {
        return Vec::new();
    }
    // A story that names a platform in a sentence of its own is on it; not a box's line
    // beside a channel's, which ends with no stop ("Receba no seu WhatsApp as notícias do g1
    // Pernambuco"). (A story's sentence beside it may be on the outlet's own accounts: "The
    // NewsHawks said on Monday it would stop posting on X ...".)
    let beside = |j: usize| {
        let t = text[blocks[j].range.clone()].trim_end();
        found.iter().any(|&i| i.abs_diff(j) == 1)
            && blocks[j].words <= CHANNEL_WORDS
            && (!t.ends_with(['.', '!', '?', '。']) || offers(&lower(j)))
    };
    // (Under the story's last paragraph, not a line that asks or speaks to the reader: the
    // page's other boxes stand there, a standing tip line on WhatsApp among them. A report on
    // the outlet's accounts there is the story's.)
    let last = scored.iter().rposition(|s| s.story).unwrap_or(first);
    let boxes = |j: usize| {
        j > last
            && (evidence[j].we > 0
                || evidence[j].you > 0
                || text[blocks[j].range.clone()].contains(['?', '？', '؟']))
    };
    let on_platforms = (0..blocks.len()).any(|j| {
        !boxes(j)
            && found.binary_search(&j).is_err()
            && !taken[j]
            && evidence[j].platforms > 0
            && blocks[j].words > NAME_LINE_WORDS
            && !beside(j)
            && channels(j, &lower(j))
    });
    if on_platforms {
        return Vec::new();
    }
    // The box around a channel's line: short lines beside it with no stop that name a
    // platform or a channel (a heading, a button: "Jetzt Kanal abonnieren", "Volg het
    // kanaal"), and a pitch between two of them ("Die wichtigsten Nachrichten aus
    // Aschaffenburg ... direkt aufs Smartphone"); not a story's sentence beside a box ("Das
    // Spiel überträgt Sky auf seinem Kanal Sky Sport Bundesliga 2.").
    let boxed = |j: usize| {
        let (b, t) = (&blocks[j], text[blocks[j].range.clone()].trim_end());
        !taken[j]
            && !scored[j].wall
            && !b.quoted
            && evidence[j].said == 0
            && b.words <= CHANNEL_WORDS
            && !t.ends_with(['.', '!', '?', '。', ':'])
            && (evidence[j].platforms > 0 || offers(&lower(j)))
    };
    let plain = |j: usize| {
        !taken[j]
            && !scored[j].wall
            && !scored[j].story
            && !blocks[j].quoted
            && blocks[j].words <= CHANNEL_WORDS
    };
    let mut out = found.clone();
    for &i in &found {
        for step in [-1isize, 1] {
            let at = |k: isize| i.checked_add_signed(step * k).filter(|&j| j < blocks.len());
            match (at(1), at(2)) {
                (Some(j), Some(k)) if plain(j) && boxed(k) && !boxed(j) => out.extend([j, k]),
                (Some(j), _) if boxed(j) => {
                    out.push(j);
                    if let Some(k) = at(2).filter(|&k| boxed(k)) {
                        out.push(k);
                    }
                }
                _ => {}
            }
        }
    }
    out.retain(|&j| j > first);
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `t` quotes a name not the outlet's: a channel line quotes only the outlet's
/// ("Підписуйтеся на «Бабель» у Telegram"), a story the words said to a phone ("I should be
/// able to just say “Instagram” and have that app open").
fn quotes_other(t: &str, outlets: &[String]) -> bool {
    t.contains(['“', '"', '«', '„', '»']) && !features::names(t, outlets)
}

/// Whether a sentence of `t` is glued to the one before it with no space, as a scraper that
/// joins two paragraphs leaves them ("... beim Haupteingang erhältlich.Du willst keine News
/// ... verpassen?"): the line holds the story's last sentence.
fn glued_stop(t: &str) -> bool {
    glued::sentences(t)
        .windows(2)
        .any(|w| w[0].end == w[1].start)
}

/// The most words of a share row under its label.
const SHARE_ROW_WORDS: u32 = 8;

/// Anywhere in the text, a short line of platforms under a label of a word or two is a share
/// row, in any language ("Подијели: Facebook X Viber WhatsApp", "Roinn: Facebook X LinkedIn
/// Ríomhphost"): a story names platforms in a sentence.
fn share_rows(blocks: &[Block], evidence: &Evidences, text: &str) -> Vec<usize> {
    (0..blocks.len())
        .filter(|&i| {
            let (b, ev) = (&blocks[i], &evidence[i]);
            ev.platforms >= FOLLOW_PLATFORMS
                && b.words <= SHARE_ROW_WORDS
                && !b.quoted
                && (labelled_platforms(&text[b.range.clone()], ev.platforms)
                    || (i > 0 && platform_row(&text[b.range.clone()], ev.platforms)))
        })
        .collect()
}

/// Rows of short items parted by one separator, outside the story, in any language: a
/// site's menu, its tags, its tools, its footer's links ("Actualitats · Cultura · Lenga · Musica · Vidèos", "Dlo ·
/// Kafou-Fèy · Pòtoprens · Sante piblik", "Enprime | Voye pa imèl | Li an fransè"). Three
/// items or more of three words at most, no figure, no closing stop: a byline's row has its
/// date ("Amaia Etxebarria | Durango | 2024-03-14"), a credits' row its labels ("Text: ... |
/// Fotos: ..."), and a story's list its sentence.
fn item_rows(blocks: &[Block], evidence: &Evidences, scored: &[Scored], text: &str) -> Vec<usize> {
    // Outside the story, above its first paragraph or under its last: inside, such rows are
    // its lists (a team's lines, a recipe's ingredients, a tour's cities), and a line that
    // ends in a colon introduces them ("Die Startelf:").
    let first = scored.iter().position(|s| s.story).unwrap_or(blocks.len());
    let last = scored.iter().rposition(|s| s.story).unwrap_or(0);
    (0..blocks.len())
        .filter(|&i| {
            let (b, ev) = (&blocks[i], &evidence[i]);
            // (The cheap tests first: most blocks are long, in the story, or part nothing.)
            if b.words > ITEM_ROW_WORDS
                || b.words < 3
                || b.quoted
                || ev.body < 0.0
                || (first..=last).contains(&i)
            {
                return false;
            }
            let t = text[b.range.clone()].trim();
            if !ITEM_SEPARATORS.iter().any(|sep| t.contains(sep))
                || (i > 0 && ends_in_colon(&blocks[i - 1], text))
                || t.chars().any(char::is_numeric)
                || t.ends_with(['.', '!', '?', '…', '。'])
                || credits::opens_with_by(t)
            {
                return false;
            }
            ITEM_SEPARATORS.iter().any(|sep| {
                let items: Vec<&str> = t.split(sep).collect();
                items.len() >= ITEM_ROW_ITEMS
                    && items.iter().enumerate().all(|(k, item)| {
                        let words = item.split_whitespace().count();
                        (1..=ITEM_WORDS).contains(&words) && (k == 0 || !item.contains(':'))
                    })
            })
        })
        .collect()
}

/// The separators of an [`item_rows`] row, spaced.
const ITEM_SEPARATORS: [&str; 3] = [" · ", " | ", " • "];
/// The most words of an [`item_rows`] row, the fewest items, the most words of an item.
const ITEM_ROW_WORDS: u32 = 25;
const ITEM_ROW_ITEMS: usize = 3;
const ITEM_WORDS: usize = 3;

/// The fewest platforms of a share row with no colon after its label.
const ROW_ONLY_PLATFORMS: usize = 3;

/// Whether `t` is a row of platforms with no colon after its label: three or more, a word
/// or two of a label before them and a tool or two after ("Share Facebook Twitter Messenger
/// Viber", "Paylaş Facebook X WhatsApp Telegram E-posta Bağlantıyı kopyala"), the network X
/// counted by its letter. No stop, comma, figure or lower-case word but the last: a headline
/// on the networks is a sentence ("Facebook and Instagram down for hours").
fn platform_row(t: &str, platforms: u16) -> bool {
    let t = t.trim();
    if t.ends_with(['.', '!', '?', '…', '。']) || t.contains([',', '、', '،']) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let letters = words.iter().filter(|w| matches!(**w, "X" | "𝕏")).count();
    let found = usize::from(platforms) + letters;
    let (last, head) = words.split_last().unwrap_or((&"", &[]));
    found >= ROW_ONLY_PLATFORMS
        && words.len() <= found + SHARE_LABEL_WORDS + SHARE_OTHER_WORDS
        && !t.chars().any(char::is_numeric)
        && !head.iter().any(|w| w.starts_with(char::is_lowercase))
        && !last.is_empty()
}

/// Whether `t` is a label of a word or two, a colon, and the platforms with a word or two
/// besides them (the mail, "X").
fn labelled_platforms(t: &str, platforms: u16) -> bool {
    // A row's items are names, each capitalised, with no stop after the last; a story's
    // list joins them in a sentence ("Also banned: TikTok and Telegram.").
    t.split_once(':').is_some_and(|(label, rest)| {
        (1..=SHARE_LABEL_WORDS).contains(&label.split_whitespace().count())
            && rest.split_whitespace().count() <= usize::from(platforms) + SHARE_OTHER_WORDS
            && rest
                .split_whitespace()
                .all(|w| !w.starts_with(char::is_lowercase))
            && !rest.trim_end().ends_with(['.', '!', '?'])
    })
}

/// The most words between an ask's verb and the outlet's name ("Folge der SZ auf ...").
const FOLLOW_NAME_AT: usize = 2;
/// The most words of the outlet's name.
const NAME_WORDS: usize = 4;
/// The most letters of the word between an ask's verb and the outlet's name: an article or
/// a pronoun ("the", "der", "o", "Sie").
const ARTICLE_CHARS: usize = 3;

/// Whether the outlet's name begins within a word or two after the line's first ("Follow
/// The NewsHawks on ...", "Volg NH Nieuws ook op ...", "Folge der SZ auf ..."): a report
/// names it later ("Videos filmed by residents and seen by The NewsHawks on Facebook ...").
fn names_after_verb(t: &str, outlets: &[String]) -> bool {
    // (The cheap test first: a capital opens the second or third word.)
    if !t
        .split_whitespace()
        .skip(1)
        .take(FOLLOW_NAME_AT)
        .any(|w| w.starts_with(char::is_uppercase))
    {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=FOLLOW_NAME_AT).any(|k| {
        // The name starts the window: a word written as a name ("Follow The NewsHawks", "Folge
        // der SZ"), not a report's preposition or article before it ("taken by the Kyiv
        // Independent").
        // (Past an article or a pronoun of a few letters only: "Follow the Nairametrics ...",
        // "Folge der SZ", "Folgen Sie TOUR"; a report's verb stands there in "Residents sent
        // Nairametrics videos on WhatsApp and Telegram".)
        let opening = k == 1 || words[1].chars().count() <= ARTICLE_CHARS;
        opening
            && words.get(k).is_some_and(|w| {
                let start = offset_in(t, w);
                let last = words[(k + NAME_WORDS).min(words.len()) - 1];
                w.chars().next().is_some_and(char::is_uppercase)
                    && features::names_properly(&t[start..offset_in(t, last) + last.len()], outlets)
            })
    })
}

/// The most words of a line with the outlet's address that [`follow_lines`] takes.
const CONTACT_WORDS: u32 = 30;

/// The hosts of the e-mail addresses in `t`: a word, "@", and a host with a dot.
fn mail_hosts(t: &str) -> impl Iterator<Item = &str> {
    t.match_indices('@').filter_map(|(i, _)| {
        let before = t[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
        let host: &str = t[i + 1..]
            .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .next()
            .unwrap_or("");
        let host = host.trim_end_matches('.');
        (before && host.contains('.') && !host.starts_with('.')).then_some(host)
    })
}

/// Whether `t` opens with two words in capitals, as a name does ("Irene Lau covers ..."), in
/// the bracket some outlets put a bio in or without.
fn opens_with_two_capitals(t: &str) -> bool {
    let mut words = t.trim_start_matches(['(', '[']).split_whitespace();
    let mut capital = || {
        words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    capital() && capital()
}

/// Whether block `i` is in one of `runs`, which are in order and disjoint.
fn in_runs(runs: &[(Range<usize>, f32)], i: usize) -> bool {
    let k = runs.partition_point(|(r, _)| r.end <= i);
    runs.get(k).is_some_and(|(r, _)| r.start <= i)
}

/// The most words of a byline at the top that names its author.
const BYLINE_WORDS: u32 = 12;
/// The most words besides the author's name in a byline ("by", "Text:", a time).
const BYLINE_OTHER_WORDS: usize = 2;
/// How many blocks above the story's first paragraph a byline stands at most.
const BYLINE_REACH: usize = 4;
/// The fewest words of the headline that a byline stands under.
const HEADLINE_MIN_WORDS: u32 = 4;
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
const STORY_SENTENCE_WORDS: u32 = 8;

/// The blocks after the story's last paragraph that open with the name of the byline's
/// author: the author's box ("Irene Lau" / "Irene Lau is a reporter at ...", "Peter
/// Hrnčiar je redaktor ...") or a closing byline, in any language that writes names with
/// capitals. The byline is a short block above the story's first paragraph that holds a
/// name of two or three capitalised words and at most two other words; a block that
/// reports (the story's subject, named in a headline, "said ...") or quotes is not a bio.
fn author_bios(blocks: &[Block], scored: &[Scored], text: &str) -> Vec<usize> {
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
        b.words <= BIO_WORDS
            && !b.quoted
            && unbracketed(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
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
        let t = title_case_shouted(&text[b.range.clone()]);
        let t = t.as_ref();
        // The line's first name is the author's: "By Priya Sharma, New Delhi" names a
        // place after it.
        let first = |n: &str| capitalised_names(&t[..offset_in(t, n)]).next().is_none();
        for name in capitalised_names(t).filter(|n| first(n) && names_author(t, n)) {
            if !names.iter().any(|m| m == name) {
                names.push(name.to_string());
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
    let mut last = last_wall;
    while last > first && bio_shape(last, after_name(last, &names)) {
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

/// `t` with its words in title case when it has capitals and no lower-case letter ("BY:
/// RACHEL VANDERMEER" reads "By: Rachel Vandermeer"); otherwise `t` itself.
fn title_case_shouted(t: &str) -> std::borrow::Cow<'_, str> {
    if t.chars().any(char::is_lowercase) || !t.chars().any(char::is_uppercase) {
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
fn capitalised_names(t: &str) -> impl Iterator<Item = &str> {
    let name_word = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
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
        if c.is_uppercase() && prev_lower && n >= 3 {
            return Some(i);
        }
        prev_lower = c.is_lowercase();
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

/// The most items a list heading takes along.
const MAX_LIST_ITEMS: usize = 12;
/// The fewest words of a lone teaser under a "Read more" label: a subheading has fewer
/// ("What the court heard from the night shift").
const ONE_TEASER_WORDS: u32 = 10;
/// The longest "related" label that opens a list ("Read more", "Mehr zum Thema").
const LABEL_HEADER_WORDS: u32 = 4;

/// A run that ends with the heading of a list ("News Feed", "Most read") takes the list's
/// items along: headline-like lines (short, not ending like a sentence), or pairs of a time
/// stamp and a teaser, as news feeds show them. Each item is read by its shape, since a
/// teaser alone looks like article text.
fn extend_lists(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &mut [(Range<usize>, f32)],
) {
    let n = blocks.len();
    let item = |i: usize| {
        let b = &blocks[i];
        b.words <= LABELLED_TEASER_WORDS
            && (!b.sentence
                || (asks_or_quotes(&text[b.range.clone()]) && evidence[i].body >= 0.0 && !b.quoted))
            && !b.timestamp
            && !scored[i].anchor
    };
    for k in 0..runs.len() {
        let run = runs[k].0.clone();
        let limit = runs.get(k + 1).map_or(n, |r| r.0.start);
        let Some(header) = run.clone().find(|&i| evidence[i].list_header) else {
            // A run that ends in a short "Related" or "Read more" label takes the headlines
            // under it, two or more, or one of a story's headline's length: a short line
            // after it may be the article's subheading, and the items of a list under "See
            // also" are names, not headlines.
            let is_label = |i: usize| {
                evidence[i].kind() == Some(Kind::Related)
                    && blocks[i].words <= LABEL_HEADER_WORDS
                    && !blocks[i].sentence
            };
            let teaser = |i: usize| item(i) && is_headline(&blocks[i], text, true);
            // The label, under which the run may already hold a headline or two that scored
            // high enough.
            let label = (run.start..run.end)
                .rev()
                .take_while(|&i| is_label(i) || teaser(i))
                .find(|&i| is_label(i));
            if let Some(label) = label {
                let reach = limit.min(run.end + MAX_LIST_ITEMS);
                let end = (run.end..reach).find(|&i| !teaser(i)).unwrap_or(reach);
                // One headline is a teaser when it is as long as a story's headline, which
                // a subheading is not.
                let first = label + 1;
                let one = end - first == 1
                    && blocks[first].words >= ONE_TEASER_WORDS
                    && !blocks[first].sentence;
                if end > run.end && (end - first >= 2 || one) {
                    runs[k].0.end = end;
                }
            }
            continue;
        };
        let mut i = header + 1;
        let mut items = 0;
        while i < limit && items < MAX_LIST_ITEMS {
            let b = &blocks[i];
            if b.timestamp && i + 1 < limit && !blocks[i + 1].timestamp {
                i += 2;
            } else if item(i) {
                i += 1;
            } else if i < run.end {
                i += 1;
                continue;
            } else {
                break;
            }
            items += 1;
        }
        if i > runs[k].0.end {
            runs[k].0.end = i;
        }
    }
}

/// Whether the run `r` is an appeal for money: the hand rules anchor it, and a block of it
/// asks for a donation, a membership or a subscription.
fn asks_for_money(evidence: &Evidences, scored: &[Scored], r: Range<usize>) -> bool {
    scored[r.clone()].iter().any(|s| s.hand_anchor)
        && evidence.range(r).any(|e| {
            matches!(
                e.kind(),
                Some(Kind::Donation | Kind::Membership | Kind::Subscription)
            )
        })
}

/// The longest block that [`outlet_voice`] adds to a box: its self-description is a few
/// lines ("StreetPress, c'est un média indépendant, gratuit et sans pub."); a column about the
/// outlet's funding speaks of it in paragraphs of fifty words and more.
const VOICE_WORDS: u32 = 40;
/// The longest self-description of the outlet (its independence, its owners, its money)
/// that [`outlet_voice`] adds to a box.
const SELF_DESCRIPTION_WORDS: u32 = 60;
/// The longest line naming the outlet that heads or closes its box without a pronoun
/// ("Unterstütze Mimikama!", "Styrktu Austurfrétt").
const NAME_LINE_WORDS: u32 = 5;
/// The longest question to the reader that opens a box.
const QUESTION_WORDS: u32 = 12;

/// A block beside an appeal's box in which the outlet speaks of itself, by name and in the
/// first person ("Thank you for reading The Ferret. We are an independent, reader-funded
/// ..."), is the box's opening or closing: the run takes it, in any language, and above it a
/// short question to the reader ("Did you find this useful?") that opens the box. A block that
/// names the outlet speaking to the reader counts too ("Mimikama prüft täglich ... Das geht
/// nur mit deiner Hilfe"), and so does a line of a few words naming it ("Unterstütze
/// Mimikama!"): up to two such blocks above the box, one below. A block that
/// reports (body evidence), quotes or credits is left, and so is every block of a letter in
/// the outlet's voice (a fundraising column), where the outlet speaks of itself throughout.
/// Above the box, the outlet's "we" need not name it where it speaks of the box's matter (a
/// paywall, a subscription): up to two such paragraphs of its pitch.
fn outlet_voice(
    blocks: &[Block],
    evidence: &Evidences,
    text: &str,
    outlets: &[String],
    scored: &[Scored],
    runs: &mut [(Range<usize>, f32)],
) {
    let outlet_group = Group::Outlet.slot().expect("a kept group");
    let speaks = |j: usize| {
        let (b, ev) = (&blocks[j], &evidence[j]);
        // The outlet describing itself (independent, without owners or advertisers) may
        // take a paragraph of its own.
        let describes = ev.groups[outlet_group] > 0.0 || evidence.concepts(j).independent();
        (b.words <= VOICE_WORDS || (describes && b.words <= SELF_DESCRIPTION_WORDS))
            && (ev.we > 0
                || ev.you > 0
                || (b.words <= NAME_LINE_WORDS && !text[b.range.clone()].trim_end().ends_with('.'))
                || (describes && self_described(&text[b.range.clone()], outlets)))
            && ev.body >= 0.0
            // (A block that opens with the outlet's name in quotation marks, "«Люди Байкала» —
            // независимый журнал", quotes no one.)
            && (!b.quoted || opens_with_name(&text[b.range.clone()]))
            && !matches!(ev.kind(), Some(Kind::Credit))
            && features::names(&text[b.range.clone()], outlets)
    };
    // The question that opens a box ("Did you find this useful?", "Dočetli jste až sem?"),
    // in a text that asks no other (a column's or an interview's questions stand among
    // others: "Do you regret voting for it?").
    // (Counted only when a question above an ask is asked about: most texts have none.)
    let questions = std::cell::OnceCell::new();
    let asks = |j: usize| {
        let (b, ev) = (&blocks[j], &evidence[j]);
        b.words <= QUESTION_WORDS
            && ev.you > 0
            && ev.body >= 0.0
            && !b.quoted
            && text[b.range.clone()].trim_end().ends_with('?')
            && *questions.get_or_init(|| {
                blocks
                    .iter()
                    .filter(|b| text[b.range.clone()].trim_end().ends_with(['?', '？', '؟']))
                    .count()
            }) == 1
    };
    // The outlet's "we" speaking of the box's matter ("Wir wollen unsere Themen nicht hinter
    // einer Bezahlschranke verstecken"), without its name: a paragraph of the box's pitch,
    // just above its ask. (Not "we" and "you" alone: an editorial's last words, "We urge
    // you to write to your councillor", stand above a box too.)
    let pitches = |j: usize| {
        let (b, ev) = (&blocks[j], &evidence[j]);
        b.words <= VOICE_WORDS
            && ev.we > 0
            && (matches!(
                ev.kind(),
                Some(Kind::Paywall | Kind::Subscription | Kind::Membership | Kind::Newsletter)
            ) || (ev.kind() == Some(Kind::Donation) && ev.you > 0)
                || ev.groups[outlet_group] > 0.0
                || evidence.concepts(j).journalism()
                || evidence.concepts(j).independent())
            && ev.body >= 0.0
            && !b.quoted
            && !scored[j].wall
    };
    let above = |j: usize| speaks(j) || pitches(j);
    for k in 0..runs.len() {
        let r = runs[k].0.clone();
        if !asks_for_money(evidence, scored, r.clone()) {
            continue;
        }
        let limit = if k == 0 { 0 } else { runs[k - 1].0.end };
        // At most a question over a self-description (a heading and its paragraphs), in
        // that order.
        for step in [&above as &dyn Fn(usize) -> bool, &above, &asks] {
            let start = runs[k].0.start;
            if start > limit && step(start - 1) {
                runs[k].0.start -= 1;
            }
        }
        let free_after = runs.get(k + 1).is_none_or(|n| n.0.start > r.end);
        // Not what the box's last line introduces ("... mail it to:", then an address).
        let introduces = ends_in_colon(&blocks[r.end - 1], text);
        if r.end < blocks.len() && free_after && !introduces && speaks(r.end) {
            runs[k].0.end += 1;
        }
    }
}

/// The most blocks between a letter's salutation and the ask it ends in.
const LETTER_BLOCKS: usize = 3;
/// The longest paragraph of such a letter.
const LETTER_WORDS: u32 = 120;
/// The longest salutation ("Liebe Leserin, lieber Leser,").
const SALUTATION_WORDS: u32 = 8;

/// An ask for money whose run a salutation to the readers opens a few paragraphs above
/// ("Dragă cititorule," / "dacă ai ajuns până aici, ... La PressOne nu avem acționari" /
/// "Donează lunar") is a letter: the run takes the salutation and the paragraphs between,
/// which the packs may not read, unless one of them reports or quotes. Not in a text that is
/// all in the outlet's voice, nor above the story's first paragraph.
fn letter_openings(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &mut [(Range<usize>, f32)],
) {
    // A paragraph that opens with a name in quotation marks ("„Nowy Obywatel” nie należy do
    // żadnego koncernu") quotes no one.
    let quotes = |j: usize| blocks[j].quoted && !opens_with_name(&text[blocks[j].range.clone()]);
    let salutation = Group::Salutation.slot().expect("a kept group");
    // Below the story's first paragraph: a salutation that opens the text opens a letter
    // that is the text.
    let Some(first_wall) = scored.iter().position(|s| s.story) else {
        return;
    };
    for k in 0..runs.len() {
        let r = runs[k].0.clone();
        if !asks_for_money(evidence, scored, r.clone()) {
            continue;
        }
        let limit = if k == 0 { 0 } else { runs[k - 1].0.end };
        // The salutation may close the run above (a follow line and "Kære læser" read as
        // one run): the letter then takes the paragraphs between the two runs.
        let lowest = if k == 0 { 0 } else { limit - 1 };
        for j in (lowest..r.start).rev().take(LETTER_BLOCKS + 1) {
            let (b, ev) = (&blocks[j], &evidence[j]);
            let below_story = j > first_wall;
            if ev.groups[salutation] > 0.0
                && b.words <= SALUTATION_WORDS
                && !quotes(j)
                && below_story
            {
                let from = j.max(limit);
                runs[k].1 += scored[from..r.start]
                    .iter()
                    .map(|s| s.score.max(0.0))
                    .sum::<f32>();
                runs[k].0.start = from;
                break;
            }
            if j < limit {
                break;
            }
            if b.words > LETTER_WORDS || ev.body < 0.0 || quotes(j) || b.timestamp {
                break;
            }
        }
    }
}

/// Whether `t` opens with the outlet's name as its subject and names no one else: the outlet
/// describing itself without a pronoun, as languages that mark "we" in the verb say it ("A
/// Direkt36 független oknyomozó központ: nem fogadunk el állami hirdetést"). A story's
/// sentence about the outlet names others ("Bay Reporter, a nonprofit news site, shared the
/// prize with the Sacramento Daily").
fn self_described(t: &str, outlets: &[String]) -> bool {
    features::leads_with_outlet(t, outlets)
        && capitalised_names(t).all(|n| features::names_properly(n, outlets))
}

/// The most words of a name in quotation marks (a title, an outlet's name).
const QUOTED_NAME_WORDS: usize = 4;

/// Whether `t`, which opens with a quotation mark, opens with a name in quotation marks: the
/// mark closes within a few words, and the sentence goes on after it ("„Nowy Obywatel” nie
/// należy ...", "«Новая газета» выходит ..."), where a quotation of someone's words runs on.
fn opens_with_name(t: &str) -> bool {
    const CLOSING: [char; 6] = ['”', '“', '»', '«', '"', '」'];
    let Some(first) = t.chars().next() else {
        return false;
    };
    let inner = &t[first.len_utf8()..];
    let Some(end) = inner.find(CLOSING) else {
        return false;
    };
    let name = &inner[..end];
    let rest = inner[end..].chars().skip(1).collect::<String>();
    name.split_whitespace().count() <= QUOTED_NAME_WORDS
        && !name.ends_with(['.', ',', '!', '?'])
        && rest.starts_with(' ')
        && rest.split_whitespace().count() >= QUOTED_NAME_WORDS
}

/// The most paragraphs of the story's size with no evidence under a labelled tag line (a
/// bio, a comment).
const TAG_PARAGRAPHS_AFTER: u32 = 1;
/// The most words of a tag one a line under its label.
const LABELLED_TAG_WORDS: u32 = 6;

/// The fewest lines in a row that make a tag row or a teaser list.
const TAG_ITEMS: usize = 3;
/// The longest keyword: a topic, a place, a name.
const TAG_WORDS: u32 = 3;
const TAG_BYTES: usize = 48;
/// The fewest characters of a keyword's line that a teaser list takes as a headline.
const LONG_KEYWORD_CHARS: usize = 24;
/// The longest teaser headline.
const TEASER_WORDS: u32 = 16;
/// The longest under a list's label, which says what the lines are ("Katie Holmes Expertly
/// Matched Her Forest Green Coat with a Face Mask from the Brand Celebrities Love").
const LABELLED_TEASER_WORDS: u32 = 20;
/// A tag row's or teaser list's confidence: a guess from shape and position alone.
const TAG_CONFIDENCE: f32 = 0.5;

/// After the article's last paragraph, a row of keywords, each on its own line ("Deutsche
/// Bahn", "Nahverkehr", "Pendler"), is the page's tag list or topic links, and a row of
/// headlines ("Velodieb mit 60 Fahrrädern erwischt – er verkaufte sie online") its teasers,
/// in any language: a story does not end in three or more lines that are no sentence. Each
/// run is returned with whether it holds a headline (a teaser list) or keywords alone; a
/// label's row may hold blocks the runs cut, which stay theirs.
fn tag_rows(
    blocks: &[Block],
    evidence: &Evidences,
    text: &str,
    runs: &[(Range<usize>, f32)],
) -> Vec<(Range<usize>, bool)> {
    // A line of tags under a label that heads tag rows in some language is one after the
    // story, also over a bio or a comment ("Tagovi: Zenica studenti stipendije" over a
    // paragraph), not with more of the story's paragraphs under it (a leaked document's
    // "Trefwoorden: zwart werk, contant betalen" quoted mid-story); the rows below read it as
    // they read a run.
    // (A paragraph of the story has no evidence: an appeal's that no rule cuts has some.)
    let paragraph_at = |i: usize| {
        let b = &blocks[i];
        b.sentence && b.words >= WALL_WORDS && evidence[i].signal == 0.0 && !in_runs(runs, i)
    };
    let mut paragraphs_after = vec![0u32; blocks.len() + 1];
    for i in (0..blocks.len()).rev() {
        paragraphs_after[i] = paragraphs_after[i + 1] + u32::from(paragraph_at(i));
    }
    let mut found: Vec<(Range<usize>, bool)> = (0..blocks.len())
        .filter(|&i| {
            let ev = &evidence[i];
            // (The block's size first: most blocks are paragraphs.)
            blocks[i].words as usize <= TAG_LABEL_WORDS + TAG_LINE_WORDS
                && paragraphs_after[i + 1] <= TAG_PARAGRAPHS_AFTER
                && !in_runs(runs, i)
                && ev.signal < 1.0
                && ev.body >= 0.0
                && labelled_tags(&text[blocks[i].range.clone()])
        })
        .map(|i| (i..i + 1, false))
        .collect();
    // The label alone on its line, with its tags one a line under it ("Keywords" /
    // "தஞ்சாவூர்" / "ஏரி சீரமைப்பு"), after the story as above.
    // (A tag of a few words more than a row's keyword: under its label, "âu thuyền Thọ
    // Quang" is one; what the runs took of them is read through.)
    let tag = |j: usize| {
        let b = &blocks[j];
        b.words <= LABELLED_TAG_WORDS
            && evidence[j].body >= 0.0
            && letters_only(text[b.range.clone()].trim())
    };
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        let label = text[b.range.clone()].trim().trim_end_matches([':', '：']);
        if b.words as usize <= TAG_LABEL_WORDS
            && paragraphs_after[i + 1] <= TAG_PARAGRAPHS_AFTER
            && !in_runs(runs, i)
            && crate::rules::lang::is_tag_label(&label.to_lowercase())
        {
            let end = (i + 1..blocks.len())
                .find(|&j| !tag(j))
                .unwrap_or(blocks.len());
            if end > i + 1 {
                // (What the runs cut among them stays theirs: the caller takes what is left.)
                found.push((i..end, false));
                i = end;
                continue;
            }
        }
        i += 1;
    }
    let mut labelled: Vec<usize> = found.iter().flat_map(|(r, _)| r.clone()).collect();
    labelled.sort_unstable();
    let taken = |i: usize| in_runs(runs, i) || labelled.binary_search(&i).is_ok();
    // The story's last paragraph: a sentence of some length with no evidence, outside the
    // runs.
    let paragraph = |i: usize| {
        let b = &blocks[i];
        b.sentence && b.words >= WALL_WORDS && evidence[i].signal < 1.0 && !taken(i)
    };
    let Some(story_end) = (0..blocks.len()).rposition(paragraph) else {
        return found;
    };
    // A line that is no sentence and no list's heading.
    let line = |i: usize| {
        let b = &blocks[i];
        let t = text[b.range.clone()].trim_end();
        !taken(i)
            && !b.sentence
            && !b.timestamp
            && evidence[i].signal < 1.0
            && !t.ends_with([':', ',', ';'])
    };
    // Such a line with no evidence of the body.
    let bare = |i: usize| line(i) && blocks[i].words > 0 && evidence[i].body >= 0.0;
    // A headline that reports ("A rektor szerint nincs pénz", "D.A. says"), which the body's
    // evidence of a reporting word keeps from `bare`: a teaser's under a heading or a cut
    // (a story's list of reactions, "Greens say ...", has neither).
    let reports = |i: usize| line(i) && is_headline(&blocks[i], text, false);
    let keyword = |i: usize| {
        let b = &blocks[i];
        b.words <= TAG_WORDS && b.range.len() <= TAG_BYTES && letters_only(&text[b.range.clone()])
    };
    let headline = |i: usize| is_headline(&blocks[i], text, false);
    let ends_colon = |i: usize| text[blocks[i].range.clone()].trim_end().ends_with(':');
    // What stays of the text after the story: the runs are cut, and the lines on either
    // side of one are read as one row (as a second pass over the cleaned text reads them).
    let rest: Vec<usize> = (story_end + 1..blocks.len())
        .filter(|&i| !taken(i))
        .collect();
    let n = rest.len();
    let mut i = 0;
    while i < n {
        let at = |k: usize| rest[k];
        // The tags in one line under their label ("Теги: Харків, театр, культура"), last.
        // (Elsewhere the same shape is a match's line-ups or the streets a closure affects.)
        if bare(at(i))
            && tag_line(&text[blocks[at(i)].range.clone()])
            && (i + 1 == n || taken(at(i) + 1))
        {
            found.push((at(i)..at(i) + 1, false));
            i += 1;
            continue;
        }
        // Under a heading or a cut: a keyword line above in the row, or a run's block.
        let headed_at = |k: usize| {
            keyword(at(k))
                || (k > 0 && bare(at(k - 1)) && keyword(at(k - 1)))
                || (at(k) > 0 && taken(at(k) - 1))
        };
        if !((bare(at(i)) && (keyword(at(i)) || headline(at(i))))
            || (headed_at(i) && reports(at(i))))
        {
            i += 1;
            continue;
        }
        // Keywords alone, or headlines under at most one keyword line (a heading in a
        // language no pack reads: "Scéalta eile", "Antzeko artikuluak").
        let start = i;
        if keyword(at(i))
            && i + 1 < n
            && (bare(at(i + 1)) || reports(at(i + 1)))
            && headline(at(i + 1))
        {
            i += 1;
        }
        let teasers = headline(at(i));
        let headed = headed_at(start);
        while i < n
            && if teasers {
                // (A headline of a few long words reads as a keyword by its count:
                // "Snjóflóðahætta í Ólafsfjarðarmúla"; a place, "Praia da Rocha", is short.
                // A section's name over each teaser, "Politics", "Music", is a kicker; under a
                // heading or a cut, any keyword is.)
                (bare(at(i)) && headline(at(i)))
                    || (headed && reports(at(i)))
                    || (bare(at(i)) && keyword(at(i)) && {
                        let t = &text[blocks[at(i)].range.clone()];
                        headed
                            || t.chars().count() >= LONG_KEYWORD_CHARS
                            || menu_line(t) == Some(true)
                    })
            } else {
                bare(at(i)) && keyword(at(i))
            }
        {
            i += 1;
        }
        // At the end of the text, or of what stays of it; not the items of a list that a
        // line of the story introduces ("The winners:", or headlines under "Other cuts").
        let last = i == n || taken(at(i - 1) + 1);
        // (Above the lines of the list's own kind that lead it: "Areas affected:" over
        // "Tunapuna (including Pasea)", "St Augustine (...)", then three places.)
        let mut lead = start;
        while lead > 0 && !blocks[at(lead - 1)].sentence && !ends_colon(at(lead - 1)) {
            lead -= 1;
        }
        let before = if lead == 0 { story_end } else { at(lead - 1) };
        let introduced = ends_colon(before);
        if i - start >= TAG_ITEMS && last && !introduced {
            // One cut for each stretch between runs.
            let mut piece = at(start)..at(start) + 1;
            for k in start + 1..i {
                if at(k) == piece.end {
                    piece.end += 1;
                } else {
                    found.push((piece, teasers));
                    piece = at(k)..at(k) + 1;
                }
            }
            found.push((piece, teasers));
        } else if i - start > 1 && last && tag_line(&text[blocks[at(i - 1)].range.clone()]) {
            // A row too short to be one ("Quiero sumarme" over "Etiquetas: agua, ..."): its
            // last line is still the tag line it would have been on its own.
            found.push((at(i - 1)..at(i - 1) + 1, false));
        }
    }
    found.sort_unstable_by_key(|(r, _)| r.start);
    found
}

/// The most words of a tag list's label ("Tags", "Címkék", "Schlagwörter zum Thema").
const TAG_LABEL_WORDS: usize = 3;
/// The most words of the tags in one line: a longer list is the story's (the members of a
/// caucus, state by state).
const TAG_LINE_WORDS: usize = 16;

/// A line of tags under a short label: "Теги: Харків, театр, культура, війна", three items
/// or more, each a keyword ([`TAG_WORDS`] words at most, letters alone), [`TAG_LINE_WORDS`]
/// words in all at most, between one separator throughout ([`TAG_SEPARATORS`]).
fn tag_line(t: &str) -> bool {
    let Some((label, items)) = t.trim_end().split_once(": ") else {
        return false;
    };
    let words = |s: &str| s.split_whitespace().count();
    let keyword = |s: &str| {
        let s = s.trim();
        (1..=TAG_WORDS as usize).contains(&words(s)) && letters_only(s)
    };
    // One separator throughout: the comma of one script.
    let Some(sep) = TAG_SEPARATORS.iter().copied().find(|&c| items.contains(c)) else {
        return false;
    };
    (1..=TAG_LABEL_WORDS).contains(&words(label))
        && !label.contains(['-', '\'', '’', '&'])
        && letters_only(label)
        && words(items) <= TAG_LINE_WORDS
        && items.split(sep).count() >= TAG_ITEMS
        && items.split(sep).all(keyword)
}

/// Whether `t` is a line of tags under a label that heads tag rows in some language
/// ([`is_tag_label`](crate::rules::lang::is_tag_label): "Tagi: biblioteki wieś czytelnictwo",
/// "Filed under: Pedestrian Safety, Road Diets, Missouri"): words and commas alone after it,
/// [`TAG_LINE_WORDS`] words at most.
fn labelled_tags(t: &str) -> bool {
    // (The label first: most lines hold no colon, and few of those that do open with a label.)
    let Some(colon) = t.find([':', '：']) else {
        return false;
    };
    let label = t[..colon].trim();
    if label.is_empty()
        || label.split_whitespace().count() > TAG_LABEL_WORDS
        || !crate::rules::lang::is_tag_label(&label.to_lowercase())
    {
        return false;
    }
    let items = t[colon..].trim_start_matches([':', '：']).trim();
    !items.is_empty()
        && items.split_whitespace().count() <= TAG_LINE_WORDS
        && items
            .split(|c: char| TAG_SEPARATORS.contains(&c))
            .all(|item| !item.trim().is_empty() && letters_only(item.trim()))
}

/// What separates the tags of a line: a comma in any script. (Not a dot or a bar: a cast's or
/// a closure's list after a story is written so, "Mit: Jens Harzer · Marina Galic · ...",
/// "Betroffene Bahnhöfe: Hackescher Markt · Friedrichstraße · ...".)
const TAG_SEPARATORS: [char; 3] = [',', '،', '、'];

/// A keyword's text: words alone, with no figures, code or addresses, which a story's own
/// lists hold. (Letters and the marks that some scripts write their vowels and tones with:
/// "टैग्स", "ป้ายกำกับ"; and the joiners that Persian writes inside words: "برچسب‌ها".)
fn letters_only(t: &str) -> bool {
    static WORDS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^[\p{L}\p{M}\u{200C}\u{200D} \-'’&]*$").expect("a valid pattern")
    });
    let plain = |c: char| matches!(c, ' ' | '-' | '\'' | '’' | '&');
    // (Told apart without the pattern where the characters decide: an ASCII character that is
    // no letter fails, letters alone pass.)
    if t.chars()
        .any(|c| c.is_ascii() && !c.is_ascii_alphabetic() && !plain(c))
    {
        return false;
    }
    t.chars().all(|c| c.is_alphabetic() || plain(c)) || WORDS.is_match(t)
}

/// The fewest words of a teaser's headline in title case ("This Retired HPE Exec Just
/// Resurfaced With a New Gig").
const TITLE_CASE_WORDS: u32 = 7;

/// A headline: some words, opening with a capital, a figure or a quotation mark, without the
/// marks of a listing's entry ("June 9 – Tampa, FL @ MidFlorida Amphitheatre", "England
/// (Group A): 10th appearance"). `labelled`: under a "Read more" or "Related" label, where
/// a headline may also be in title case, or in a script without case (read by its length
/// alone); with no label, a story's closing list of demands or names would pass for one.
fn is_headline(b: &Block, text: &str, labelled: bool) -> bool {
    let t = &text[b.range.clone()];
    let caseless = labelled && !t.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    b.words > TAG_WORDS
        && b.words <= if labelled { LABELLED_TEASER_WORDS } else { TEASER_WORDS }
        && !t.contains(['@', '(', '|'])
        // Words in lower case, as a headline's sentence has them: a listing's entries are
        // names ("June 17 -- Bridgestone Arena, Nashville, TN").
        && (caseless
            // A headline in title case is long and no list of names and places.
            || (labelled && b.words >= TITLE_CASE_WORDS && t.matches(',').count() <= 1)
            || t.split_whitespace().any(|w| {
                w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_lowercase)
            }))
        && t.chars().next().is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || "«„“\"'‘".contains(c)
                || (caseless && c.is_alphabetic())
        })
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
    fn a_dateline_has_a_year_and_another_number_in_a_few_words() {
        let block = |t: &str| Block::new(t, 0..t.len());
        for t in [
            "입력 2025.08.18 05:00",
            "18.08.2025, 05:00 Uhr",
            "Updated March 4, 2025",
        ] {
            assert!(dateline(&block(t), t), "{t}");
        }
        for t in [
            "Coastal line to lose twelve trains a day",
            "The 2025 budget",
            "10:13 PM",
            "In 2024 the council spent 4 million euros on repairs to the old bridge and roads.",
        ] {
            assert!(!dateline(&block(t), t), "{t}");
        }
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
