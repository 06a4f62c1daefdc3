//! Boxes read as wholes: a cookie banner with its buttons, a box's heading and ad copy over
//! its lines, the outlet's paragraphs about itself, closing letters to readers and the
//! outlet's voice around them, and the bank account a story reports (kept).

use super::*;

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
/// links beside it, a few words each. In a language no pack reads, only the first block
/// left is read as one, by its shape (see below). The model, fitted on texts that hold few
/// banners, weighs one little above a headline. A story on consent tells of cookies in more places
/// than one (its headline, its paragraphs), and its lede has a paragraph under it: it keeps
/// them.
pub(super) fn cookie_banners(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    taken: &[bool],
    bare_text: bool,
) -> Vec<Range<usize>> {
    let gone = |i: usize| taken[i];
    // (The block's own tests first: most texts hold no banner, and the edges need not be
    // looked for.) A banner speaks as the site to the reader; a story's lede or headline on
    // consent speaks of users, and a report says who said it.
    // (A banner a run cut already is read too, for its buttons, which the run's evidence did
    // not reach: "Saya Setuju" under "Kami menggunakan kuki ...".)
    let mut banners: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            let ev = &evidence[i];
            ev.kind() == Some(Kind::Cookie) && ev.said == 0
        })
        .collect();
    if banners.is_empty() {
        return Vec::new();
    }
    let voiced = |i: usize| {
        let ev = &evidence[i];
        ev.max_rule >= ANCHOR_RULE && (ev.we > 0 || ev.you > 0)
    };
    // Where no pack reads the text's "we" and "you" (no block holds one: a language without
    // a pack, whose fixed labels the packs may still find), a banner is the first block
    // left, told in sentences, over a line of a button's shape (cut already or not): a
    // headline, a byline or a lede stands under a line or over a paragraph.
    let unread =
        || bare_text || (0..blocks.len()).all(|j| evidence[j].we == 0 && evidence[j].you == 0);
    let first = (0..blocks.len()).find(|&i| !gone(i));
    let unvoiced = first.filter(|&i| {
        banners.contains(&i)
            && !voiced(i)
            && told_as_sentences(&blocks[i], text)
            && i + 1 < blocks.len()
            && shaped(blocks, scored, text, i + 1)
            && unread()
    });
    // At the foot, the last block left, told in sentences, over nothing but a button's lines,
    // that the score leans to a box, in the site's voice or where no pack reads the text, is
    // one in any language, with a formula of an anchor's weight or none ("Dakaractu utilise
    // des cookies pour vous offrir ...", "Без сайтта cookie файллары кулланабыз."): a story's
    // last sentence on the bakery's cookies scores below zero, one on a ruling on privacy
    // settings speaks of others, and a story on consent is `told` below.
    let last_left = (0..blocks.len())
        .rev()
        .find(|&i| !gone(i) && !shaped(blocks, scored, text, i));
    let closing = last_left.filter(|&i| {
        banners.contains(&i)
            && scored[i].score > 0.0
            && told_as_sentences(&blocks[i], text)
            && (evidence[i].we > 0 || evidence[i].you > 0 || bare_text)
    });
    banners.retain(|&i| voiced(i) || Some(i) == unvoiced || Some(i) == closing);
    if banners.is_empty() {
        return Vec::new();
    }
    // The first block of a headline's length and the last of a paragraph's, of what stays.
    let top = (0..blocks.len()).find(|&i| !gone(i) && blocks[i].words >= HEADLINE_MIN_WORDS);
    let foot = (0..blocks.len())
        .rev()
        .find(|&i| !gone(i) && blocks[i].words >= WALL_WORDS);
    let shaped_button = |i: usize| !gone(i) && shaped(blocks, scored, text, i);
    // Beside a banner that a run cut, where its evidence was read already, a button is no
    // label's line and no byline ("Autorin: Lena Hoffmann" under a headline on consent that
    // a run took for a banner).
    let button = |i: usize, banner: usize| {
        shaped_button(i)
            && !(gone(banner) && {
                let t = &text[blocks[i].range.clone()];
                t.contains([':', '：'])
                    || credits::opens_with_by(t)
                    || evidence[i].kind() == Some(Kind::Credit)
            })
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
        if !((top.is_none_or(|t| i <= t) && i + 1 < blocks.len() && button(i + 1, i))
            || foot.is_none_or(|f| i >= f)
            || Some(i) == unvoiced)
            || told(i)
            || out.last().is_some_and(|r| r.contains(&i))
        {
            continue;
        }
        let start = i
            - (1..=BANNER_BUTTONS.min(i))
                .take_while(|&k| button(i - k, i))
                .count();
        let end = i
            + 1
            + (i + 1..blocks.len())
                .take(BANNER_BUTTONS)
                .take_while(|&j| button(j, i))
                .count();
        out.push(start..end);
    }
    out
}

/// Whether block `i` has a cookie banner's button's shape: a few words, no sentence, no
/// figure.
fn shaped(blocks: &[Block], scored: &[Scored], text: &str, i: usize) -> bool {
    let b = &blocks[i];
    !scored[i].story
        && b.words <= BANNER_BUTTON_WORDS
        && !b.sentence
        && !text[b.range.clone()].bytes().any(|c| c.is_ascii_digit())
}

/// Whether block `b` is told in sentences: it ends like one, or one ends inside it.
fn told_as_sentences(b: &Block, text: &str) -> bool {
    const ENDS: [&str; 6] = [". ", "? ", "! ", "। ", "۔ ", "。"];
    let t = &text[b.range.clone()];
    b.sentence || ENDS.iter().any(|e| t.contains(e))
}

/// The most words of a line over a closing box that [`tail_box_heads`] takes.
const CLOSING_HEAD_WORDS: u32 = 8;
/// The most characters of such a line (a sentence in a script without spaces is one word).
const CLOSING_HEAD_CHARS: usize = 60;

/// Below the story, the short line right over a run that opens with a box's own text and
/// runs past the story's last paragraph is that box's heading, in any language ("Un petit
/// mot avant de partir", "Kabla hujaondoka", "DK am Morgen"): the run's segments stop under
/// it, as a heading scores too little alone. Not a line that ends like a sentence, a
/// question or an exclamation in any script (the story's last words: "So who pays?", "What
/// a night for the city!"), in a colon (it introduces the story's list: "Voici comment
/// procéder :") or a comma, one with a figure (a live entry's time, a date), a quotation, a
/// credit, or a line above the story's first paragraph (a byline over a meter). Between the
/// story's paragraphs a line over a box may be the story's next crosshead: not there.
/// (Unlike [`tail_heads`], the run need not end the text, and the heading may run to a few
/// more words.)
pub(super) fn tail_box_heads(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &mut [(Range<usize>, f32)],
) {
    let Some(first_wall) = scored.iter().position(|s| s.wall) else {
        return;
    };
    let Some(last_wall) = scored.iter().rposition(|s| s.wall) else {
        return;
    };
    let head = |j: usize| {
        let (b, ev) = (&blocks[j], &evidence[j]);
        let t = text[b.range.clone()].trim();
        !scored[j].story
            && heading_line(b, ev, &scored[j], t)
            && b.words <= CLOSING_HEAD_WORDS
            && t.chars().count() <= CLOSING_HEAD_CHARS
            && ev.kind().is_none_or(boxed_kind)
            && !t.chars().any(char::is_numeric)
            && !b.sentence
            && !t.ends_with([',', '،', ';', '’', '\'', '"', ')'])
    };
    for k in 0..runs.len() {
        let s = runs[k].0.start;
        let limit = if k == 0 { 0 } else { runs[k - 1].0.end };
        let boxed = evidence[s]
            .kind()
            .is_some_and(|kind| boxed_kind(kind) && kind != Kind::Cookie);
        if boxed && s > first_wall + 1 && s > limit && runs[k].0.end > last_wall && head(s - 1) {
            runs[k].1 += scored[s - 1].score.max(0.0);
            runs[k].0.start = s - 1;
        }
    }
}

/// The most words of a button that heads a run ("Jetzt anmelden", "Aceptar y cerrar",
/// "Download in de App Store").
const BUTTON_WORDS: u32 = 7;
/// The most blocks above its button that a box's heading and text take.
const HEAD_BLOCKS: usize = 3;
/// The fewest words of a box's blurb under its heading (see [`box_heads`]).
const BLURB_WORDS: u32 = 8;
/// The fewest words of a box's heading that is an ask (see [`box_heads`]).
const HEADING_WORDS: u32 = 3;
/// The sentences of the story under a line that names the outlet that make it the
/// story's heading, not a box's (see [`box_heads`]).
const STORY_UNDER_HEADING: usize = 2;
/// The longest block of a box's text above its button: a newsletter's or an app's blurb, a
/// consent banner; a story's paragraph is longer or has no evidence.
pub(super) const HEAD_WORDS: u32 = 60;

/// A run that starts with a button (a short line the hand rules anchor: a label, a store's
/// badge, a short ask of a box's kind) takes the box above it: up to [`HEAD_BLOCKS`] short
/// blocks, as far up as the highest that holds evidence of a box's kind or names the outlet
/// ("OÖN-Newsletter Linz" / "Was die Landeshauptstadt bewegt: jeden Freitag kostenlos per
/// E-Mail." / "Jetzt anmelden"), where the hand rules score the heading too low, and its
/// description lower, for the segments to reach them. Not over a wall, a block that reports
/// or quotes, or the run before.
pub(super) fn box_heads(
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
    let story_line = |j: usize| blocks[j].sentence && scored[j].score < 0.0;
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
        // An ask of a few words (no button's label) over a sentence of its own box's kind
        // may be that box's heading, not its button ("Sign up for our newsletter" / "Get the
        // Ledger's top stories delivered to your inbox ..."): then only lines of its kind
        // above are its box's, and the story's last section above it, under a heading that
        // names the outlet, with a sum or a relief fund's donations, stays. (Or it is a
        // button over its fine print: "Ihre E-Mail-Adresse Jetzt anmelden" / "Mit Ihrer
        // Anmeldung akzeptieren Sie ...", under its box's blurb.)
        let heading = button
            && kind.is_some()
            && evidence[s].groups[label] == 0.0
            && blocks[s].words >= HEADING_WORDS
            && s + 1 < runs[k].0.end
            && blocks[s + 1].sentence
            && blocks[s + 1].words >= BLURB_WORDS
            && evidence[s + 1].kind() == kind;
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
        // The sentences below that score as the story's, with nothing of a box in them: a
        // box's heading stands over one blurb and its button, a line over two of them heads
        // a section of the story, whose name it may share ("The sun disappears at 8.27pm"
        // on thesun.co.uk, "Years at the Haverhill Ledger" in an obituary).
        let mut story_below = 0;
        // A share row's label ("Share" over "Facebook") heads no box with text: a line that
        // names the outlet over one of the story's sentences there is the story's last
        // section's heading ("The sun returns on Sunday" on thesun.co.uk); right above it,
        // a line of its own ("*Affiliate-Link: ... erhält oe24 eine Provision.").
        let share_row =
            evidence[s].platforms > 0 || (s + 1 < blocks.len() && evidence[s + 1].platforms > 0);
        let story_under_heading = if share_row { 1 } else { STORY_UNDER_HEADING };
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
            if heading && !(boxed && ev.kind() == kind) {
                break;
            }
            if (boxed && !related) || own || (names() && story_below < story_under_heading) {
                take = j;
            }
            story_below += usize::from(story_line(j) && !(boxed || own));
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
pub(super) fn ad_copy(
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
pub(super) fn tail_heads(
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
pub(super) fn box_headings(
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

/// A bank account's line that a run takes alone, with no run beside it, is the story's: a
/// relief fund's account under "How to help", between its bank's name and its holders. An
/// outlet's own account stands in its ask, which a run takes along (in the labelled texts,
/// every account line of an outlet's box has a line of the box beside it). Read by what
/// fired in it: payment words of no language (IBAN, PayPal) and nothing else, or a pack's
/// label of bank details at its start.
pub(super) fn keep_lone_accounts(
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
    let labelled = |i: usize| {
        evidence[i]
            .top
            .iter()
            .any(|&(r, _)| rules.rule(r).group == Group::Line)
    };
    let payment = |i: usize| {
        let ev = &evidence[i];
        ev.kind() == Some(Kind::Donation)
            && !ev.user
            && (ev
                .top
                .iter()
                .all(|&(r, _)| rules.rule(r).name.starts_with("xx."))
                || labelled(i))
    };
    // A run of a few lines around an account that no one in it asks for, in which the
    // outlet neither speaks ("we", "you") nor is named, and whose only anchors are the
    // account's lines, is the account a story reports (a family's fund: "The family has
    // opened an account:" / "Holder: ..." / "IBAN: ..." / "Reference: ..."), with no button.
    // (The run may reach down to the heading of the story's next section, a line over a
    // paragraph the run leaves, which names what it names: "Zagorski list uz stradale" over
    // the paper's own part in the relief.)
    let next_heading = |r: &Range<usize>| {
        let (h, b) = (r.end - 1, &blocks[r.end - 1]);
        r.len() > 1
            && !b.sentence
            && b.words <= BOX_HEADING_WORDS
            && evidence[h].signal <= 0.0
            && blocks
                .get(r.end)
                .is_some_and(|n| n.sentence && n.words >= SENTENCE_WORDS && !in_runs(runs, r.end))
    };
    let reported = |r: &Range<usize>| {
        let r = &if next_heading(r) {
            r.start..r.end - 1
        } else {
            r.clone()
        };
        r.len() <= REPORTED_ACCOUNT_BLOCKS
            && r.clone().any(payment)
            && r.clone().all(|i| {
                let ev = &evidence[i];
                // (The reference's line that a label opens may name the payer: "Verwysing:
                // LIGTE en jou naam", your name.)
                ev.we == 0
                    && (ev.you == 0 || (payment(i) && labelled(i)))
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

/// The fewest paragraphs of the story above it that speak of support, for an ask in the
/// story's prose to be its own (see [`keep_own_appeals`]).
const OWN_FUNDING_PARAGRAPHS: usize = 2;
/// The most paragraphs of such an ask.
const OWN_APPEAL_BLOCKS: usize = 2;

/// An outlet's article on its own funding (its grants, its donors, what they pay for) ends
/// in its ask, written as the article's last paragraphs: the labelled texts call the article,
/// ask and all, the story, as they do an outlet's fundraising letter, and label only the
/// boxes that the site adds below it. Where the story's headline names the outlet and two of
/// its paragraphs speak of support (donations, funding), a run that opens with one or two
/// paragraphs of such an ask (sentences, no button, no heading; a third makes them a box)
/// straight below a paragraph of the story or one of its notices, and below the second
/// paragraph on support, leaves them to the story. The box the site adds starts
/// right under them; under an ask that ends in a colon ("... mail it to:"), at the first
/// block with hand evidence (the lines between are the outlet's address). A story about the
/// outlet that is not about its money ("The Moscow Times declared undesirable") speaks of no
/// support, and a box below one opens with its heading.
#[allow(clippy::too_many_arguments)]
pub(super) fn keep_own_appeals(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    hand: &[f32],
    notices: &[usize],
    text: &str,
    outlets: &[String],
    runs: &mut Vec<(Range<usize>, f32)>,
) {
    let colon = |i: usize| ends_in_colon(&blocks[i], text);
    let paragraph = |i: usize| blocks[i].sentence && blocks[i].words >= SENTENCE_WORDS;
    let notice = |i: usize| notices.binary_search(&i).is_ok();
    // (The story's paragraphs on its money hold evidence, and are no walls.)
    let kept = |i: usize| paragraph(i) && !in_runs(runs, i);
    let Some(first) = (0..blocks.len()).find(|&i| scored[i].story || kept(i)) else {
        return;
    };
    // (The ask may end in a colon before the outlet's address.)
    let prose = |i: usize| {
        let ev = &evidence[i];
        (paragraph(i) || blocks[i].words >= SENTENCE_WORDS && colon(i))
            && !ev.user
            && matches!(
                ev.kind(),
                Some(Kind::Donation | Kind::Membership | Kind::Subscription)
            )
    };
    // The ask's blocks at the run's start, past the story's notices that the run holds
    // (they leave it in the end), straight below the story's paragraph or notice (for a
    // run that opens with notices, the last of them); none where more paragraphs of an ask
    // follow, which make a box of their own.
    let asks = |r: &Range<usize>| {
        let s = r.clone().find(|&i| !notice(i)).unwrap_or(r.end);
        if s <= first || !(kept(s - 1) || notice(s - 1)) {
            return s..s;
        }
        let n = (s..r.end)
            .take(OWN_APPEAL_BLOCKS + 1)
            .take_while(|&i| prose(i))
            .count();
        s..s + if n > OWN_APPEAL_BLOCKS { 0 } else { n }
    };
    if !runs.iter().any(|(r, _)| !asks(r).is_empty()) {
        return;
    }
    // The headline: the first block above the story that no run takes and is no masthead
    // (a byline under it, a caption, or a first paragraph that names the outlet as its
    // source, "..., finds X", may name the outlet in any story).
    let headline = (0..first)
        .find(|&i| !in_runs(runs, i) && blocks[i].words >= HEADLINE_MIN_WORDS)
        .is_some_and(|i| features::names(&text[blocks[i].range.clone()], outlets));
    if !headline {
        return;
    }
    // Where the story's second paragraph on support stands: a run below it may be the ask.
    let Some(second) = (first..blocks.len())
        .filter(|&j| kept(j) && evidence.concepts(j).support())
        .nth(OWN_FUNDING_PARAGRAPHS - 1)
    else {
        return;
    };
    // Judged against the runs as they were: the run's new start (its end where it goes).
    let starts: Vec<Option<usize>> = runs
        .iter()
        .map(|(r, _)| {
            let ask = asks(r);
            (!ask.is_empty() && second < ask.start).then(|| {
                if colon(ask.end - 1) {
                    (ask.end..r.end).find(|&j| hand[j] > 0.0).unwrap_or(r.end)
                } else {
                    ask.end
                }
            })
        })
        .collect();
    let mut starts = starts.into_iter();
    runs.retain_mut(|(r, sum)| match starts.next().flatten() {
        None => true,
        Some(start) if start >= r.end => false,
        Some(start) => {
            r.start = start;
            *sum = scored[r.clone()].iter().map(|s| s.score).sum();
            true
        }
    });
}

/// The most blocks of a run that [`keep_lone_accounts`] reads as an account a story reports.
const REPORTED_ACCOUNT_BLOCKS: usize = 5;

/// True when the story speaks of the outlet itself: its headline or first paragraph (up to
/// block `first`) names it, or two of its other sentences and paragraphs do (a story about
/// the outlet, a blog of its newsroom), not counting the blocks `aside`. One paragraph may
/// name it as a source ("told Austurfrétt").
pub(super) fn about_outlet(
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
pub(super) fn head_names_outlet(
    blocks: &[Block],
    text: &str,
    outlets: &[String],
    first: usize,
) -> bool {
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
pub(super) fn outlet_paragraphs(
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
/// The most words of a line of the ask between such a box's paragraph and its button.
const ASK_LINE_WORDS: u32 = 12;

/// After the story's first paragraph, a line of a few words that names the outlet over a
/// paragraph that names it too is the outlet's own box, in any language ("Styrktu
/// Austurfrétt" / "Austurfrétt er eini fréttamiðillinn ..." / "Styrkja Austurfrétt", "Steun
/// MO*" / "MO* wil onafhankelijke journalistiek ..."), with a short line below it that names
/// the outlet too or has a box's evidence (its button). Not a line that ends like a
/// sentence or a paragraph that reports or quotes; and none in a story that names the
/// outlet in paragraphs of its own (a story about the outlet, a quote "told Austurfrétt").
/// The box shows evidence where a pack reads it, and its button where none does.
#[allow(clippy::too_many_arguments)]
pub(super) fn outlet_boxes(
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
    // Under such a paragraph, a line over a paragraph that is not the story's (no wall, and
    // not a sentence free of evidence), or over a salutation, is the next box's heading
    // ("Neges gan ..." over "Annwyl ddarllenydd,", "Support the Dales Gazette" over its ask),
    // not this frame's button: its evidence is not the frame's.
    let storys = |j: usize| scored[j].wall || (blocks[j].sentence && evidence[j].is_silent());
    let heads_next = |b: usize| {
        blocks.get(b + 1).is_some_and(|n| {
            (n.words > NAME_LINE_WORDS && !storys(b + 1))
                || greets(&text[n.range.clone()])
                || addresses(blocks, text, b + 1)
        })
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
            && !(scored[p].wall && heads_next(end))
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
    // Guardian in 1972" in an obituary shows none). Where none does, it shows its button: a
    // short line under the paragraph ("Styrkja Austurfrétt", "Cyfrannwch yma", "Agħti
    // kontribut"), of no kind or a box's; the story's crosshead that names the outlet has its
    // next sentence there ("Argia itzuli da plazara" / a paragraph / "Hurrengo larunbatean
    // ..."), or the share row under the story's last lines.
    // (Not the story's next crosshead, over a sentence of its own, unless it names the
    // outlet: "Styrkja Austurfrétt" over the story's next paragraph; not a share row's label
    // or its platforms, "Deila" / "Facebook".)
    // (Nor a lone letter: "X", the platform, under a share row a first pass cut.)
    let platform_like = |b: usize| {
        blocks.get(b).is_some_and(|bl| {
            evidence[b].platforms > 0
                || text[bl.range.clone()]
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
                    < 2
        })
    };
    let crosshead = |b: usize| blocks.get(b + 1).is_some_and(|n| n.sentence) && !names(b);
    let button = |b: usize| {
        b < blocks.len()
            && line(b)
            && evidence[b].kind().is_none_or(boxed_kind)
            && !platform_like(b)
            && !platform_like(b + 1)
            && !crosshead(b)
    };
    // A paragraph in the story's voice (a wall: long, with no formula and few pronouns) is
    // the story's own last section on the outlet as often as its box ("Longford Leader
    // readers' walk" / "The Longford Leader will again field a team ... join our group"):
    // there the box shows a formula where a pack reads it, and where none does its button
    // ends it (see `heads_next`).
    // (The box with its button, and the ask's line above that.)
    let boxed = |r: Range<usize>| {
        let walled = scored[r.start + 1].wall;
        let unread = bare || {
            let span = blocks[r.start].range.start..blocks[r.end - 1].range.end;
            let words = blocks[r.clone()].iter().map(|b| b.words).sum();
            !rules.reads_language(&text[span], words)
        };
        if unread {
            // (Or under one more short line of the ask, with an amount or what a table of all
            // languages reads: "Gallwch gyfrannu o £2 y mis." / "Cyfrannu".)
            let ask = |b: usize| {
                b < blocks.len()
                    && blocks[b].words <= ASK_LINE_WORDS
                    && evidence[b].kind().is_none_or(boxed_kind)
                    && !platform_like(b)
                    && (evidence[b].signal > 0.0 || evidence[b].money.is_some())
            };
            let b = r.start + 2;
            let closes = |b: usize| button(b) && !(walled && heads_next(b));
            if closes(b) {
                Some(r.start..r.end.max(b + 1))
            } else if ask(b) && closes(b + 1) {
                Some(r.start..r.end.max(b + 2))
            } else {
                None
            }
        } else {
            let shown = evidence.range(r.clone()).any(|e| {
                if walled {
                    e.signal >= 1.0
                } else {
                    e.signal > 0.0 || e.we > 0 || e.you > 0
                }
            });
            shown.then_some(r)
        }
    };
    let frames = frames.into_iter().filter_map(boxed).collect();
    with_kinds(evidence, frames, Kind::Other)
}

/// Each of the boxes `found` with the kind of its first block that shows one, or `default`.
fn with_kinds(
    evidence: &Evidences,
    found: Vec<Range<usize>>,
    default: Kind,
) -> Vec<(Range<usize>, Kind)> {
    found
        .into_iter()
        .map(|r| {
            let kind = evidence
                .range(r.clone())
                .find_map(|e| e.kind())
                .unwrap_or(default);
            (r, kind)
        })
        .collect()
}

/// The most short lines (a heading, buttons) around the outlet's paragraph in an inline box.
const INLINE_BOX_LINES: usize = 3;
/// The most words of such a line ("Support Knowable", "Contribuie lunar", "Poate altă dată").
const INLINE_BOX_LINE_WORDS: u32 = 6;

/// Between two paragraphs of the story, the outlet's box in its own words: a paragraph that
/// opens with the outlet's name as its subject ("Knowable Magazine is free to read because
/// ...", "Asturies.com escríbese n'asturianu ..."), that speaks as the outlet ("we"), of
/// its independence, or asks the reader for support, with one to three short lines of the
/// box around it (its heading, its buttons: "Aportar", "Sertai penyokong kami"), and the
/// story's paragraphs on either side. The story's own sentence with the outlet as its
/// subject reports: what it asked ("Noteworthy submitted Freedom of Information requests
/// ..."), the support its readers gave to a cause, a list it made for the reader. Not in a
/// story about the outlet (see [`about_outlet`]).
pub(super) fn inline_outlet_boxes(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    taken: &[bool],
) -> Vec<(Range<usize>, Kind)> {
    if outlets.is_empty() {
        return Vec::new();
    }
    let t = |i: usize| &text[blocks[i].range.clone()];
    let own = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        let c = evidence.concepts(i);
        !taken[i]
            && b.words >= SENTENCE_WORDS
            && b.words <= FRAME_WORDS
            && !b.quoted
            && ev.said == 0
            && ev.body >= 0.0
            // The outlet speaking of itself, or asking the reader for support: a story's
            // paragraph may name the outlet beside the support it reports ("Harbour Ledger
            // readers raised 4,000 pounds to support the appeal") or address the reader.
            // (The outlet's "we" in a paragraph in the story's voice, a wall, is the story's
            // own section on it: "Für die Stadtrevue ist das Kaleidoskop ein alter Bekannter:
            // ... in unserem Kinokalender".)
            && ((ev.we > 0 && !scored[i].wall) || c.independent() || (c.support() && ev.you > 0))
            && features::leads_with_outlet(t(i), outlets)
    };
    // (Not a credit: a photo's line under a caption.)
    let line = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        !taken[i]
            && !b.sentence
            && !b.quoted
            && !b.timestamp
            && b.words <= INLINE_BOX_LINE_WORDS
            && ev.body >= 0.0
            && ev.kind() != Some(Kind::Credit)
            && !t(i).trim_end().ends_with([':', '.'])
    };
    let story = |i: usize| {
        !taken[i] && (scored[i].wall || (blocks[i].sentence && blocks[i].words >= PROSE_WORDS))
    };
    let first = scored.iter().position(|s| s.story).unwrap_or(0);
    let mut found = Vec::new();
    for i in (first + 1..blocks.len()).filter(|&i| own(i)) {
        let mut start = i;
        while start > 0 && i - start < INLINE_BOX_LINES && line(start - 1) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < blocks.len() && end - start - 1 < INLINE_BOX_LINES && line(end) {
            end += 1;
        }
        let lines = end - start - 1;
        if lines == 0 || start == 0 || end >= blocks.len() || !story(start - 1) || !story(end) {
            continue;
        }
        found.push(start..end);
    }
    if found.is_empty() {
        return Vec::new();
    }
    // (The boxes cut already name the outlet too: "This article originally appeared in
    // Knowable Magazine", its newsletter's line.)
    let boxed = |j: usize| taken[j] || found.iter().any(|r| r.contains(&j));
    if about_outlet(blocks, scored, text, outlets, first, boxed) {
        return Vec::new();
    }
    with_kinds(evidence, found, Kind::Donation)
}

/// The most blocks of an outlet's letter under its salutation that ends the text.
const CLOSING_LETTER_BLOCKS: usize = 8;
/// The longest paragraph of such a letter.
const CLOSING_LETTER_WORDS: u32 = 150;
/// The fewest words of the sentence that introduces a letter the story quotes.
const LEAD_IN_WORDS: u32 = 10;

/// Below the story's second paragraph, a salutation to the readers ("Querida lectora,
/// querido lector:", "خوانندهٔ عزیز آسو،") opens the outlet's letter, in any language the
/// packs or [`DEAR_WORDS`] greet readers in, or told by its shape alone ([`addresses`]): the
/// salutation and the blocks under it to the end of the text (or to a run that is cut), when
/// they are at most [`CLOSING_LETTER_BLOCKS`], none reports or quotes, and one holds a box's
/// formula or they end in a box, or one names the outlet (under a salutation told by its
/// shape, only where a heading above it names the outlet too: a story ends on a letter it
/// quotes, which may mention the paper); not a letter that a line ending in a colon
/// introduces, which the story quotes (the letter that ends in an ask the packs read is a
/// run's: [`letter_openings`]). Its paragraphs say "we" in verbs where a language drops the
/// pronoun ("En ZonaDocs llevamos años ..."), and read as the story's walls; its frame is
/// what tells. A heading over the salutation that names the outlet goes with it where the
/// frame is a box's, the salutation is told by its shape, or the heading ends in a colon
/// ("A Message from The Moscow Times:"): a story's own subheading may name the paper.
pub(super) fn letters(
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
        .filter(|&i| blocks[i].words <= SALUTATION_WORDS)
        .filter_map(|i| {
            let known =
                evidence[i].groups[salutation] > 0.0 || greets(&text[blocks[i].range.clone()]);
            (known || addresses(blocks, text, i)).then_some((i, !known))
        })
        .find_map(|(s, shaped)| letter_at(blocks, evidence, text, outlets, runs, s, shaped))
}

/// The fewest paragraphs under a salutation at the text's head that make the text a letter.
const HEAD_LETTER_PARAGRAPHS: usize = 3;
/// The most blocks above that salutation (the headline, a kicker or a date).
const HEAD_LETTER_ABOVE: usize = 2;

/// The salutation that opens the text, if it is a letter to its readers: the outlet's
/// letter is the article (an editor's "Liebe Leserinnen und Leser," under "In eigener Sache:
/// So verändert sich die CZ ab Januar", a newsroom's "Дорогие читатели!" on why it stays),
/// its asks and its news of prices, newsletters and members included, as the labelled texts
/// have it. A salutation the packs or [`DEAR_WORDS`] read, at most [`HEAD_LETTER_ABOVE`]
/// blocks below the text's start and with something above it (a headline: a consent box
/// that greets the "Dear user" opens a page), over a paragraph and with
/// [`HEAD_LETTER_PARAGRAPHS`] paragraphs under it that quote no one. An appeal's letter
/// below a story ("A Message from The Moscow Times: / Dear readers, ...") stands under the
/// story's paragraphs, not at the head.
pub(super) fn head_letter(blocks: &[Block], evidence: &Evidences, text: &str) -> Option<usize> {
    let salutation = Group::Salutation.slot().expect("a kept group");
    let s = (1..=HEAD_LETTER_ABOVE.min(blocks.len().saturating_sub(1))).find(|&i| {
        blocks[i].words <= SALUTATION_WORDS
            && !blocks[i].quoted
            && (evidence[i].groups[salutation] > 0.0 || greets(&text[blocks[i].range.clone()]))
    })?;
    let paragraph = |j: usize| {
        let b = &blocks[j];
        b.sentence && b.words >= SENTENCE_WORDS && !b.quoted && evidence[j].said == 0
    };
    let opens = blocks
        .get(s + 1)
        .is_some_and(|b| b.words >= SALUTATION_PARAGRAPH_WORDS);
    let under = (s + 1..blocks.len()).filter(|&j| paragraph(j)).count();
    (opens && under >= HEAD_LETTER_PARAGRAPHS).then_some(s)
}

/// Whether a cut of `kind` may be a letter's own words (see [`head_letter`]): what an
/// editor writes to readers about the outlet, not what the site lays around every page
/// (cookie text, share rows, teasers, ads).
pub(super) fn letter_kind(kind: Kind) -> bool {
    !matches!(kind, Kind::Cookie | Kind::Social | Kind::Related | Kind::Ad)
}

/// The letter that the salutation at `s` opens, if it is one (see [`letters`]).
fn letter_at(
    blocks: &[Block],
    evidence: &Evidences,
    text: &str,
    outlets: &[String],
    runs: &[(Range<usize>, f32)],
    s: usize,
    shaped: bool,
) -> Option<(Range<usize>, Kind)> {
    // A letter the story quotes is introduced by a sentence above it ("... in a message to
    // readers published on Friday:", "a adressé une lettre aux donateurs :"); a box's
    // heading ("A Message from The Moscow Times:") is a few words.
    let head = &blocks[s - 1];
    if head.words >= LEAD_IN_WORDS && ends_in_colon(head, text) {
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
    // The outlet's own: it holds a box's formula or ends in a box ("Kjære naturvenn," / two
    // paragraphs / "Blir du med?" over a membership box's run), or names the outlet.
    let boxed_frame = letter.clone().any(boxed)
        || runs
            .iter()
            .find(|(r, _)| r.start == end)
            .is_some_and(|(r, _)| r.clone().any(boxed));
    let named = || {
        letter
            .clone()
            .any(|j| features::names(&text[blocks[j].range.clone()], outlets))
    };
    // A heading, a short line over the salutation that names the outlet ("A message from
    // +972 Magazine", "Hook tahririyatidan").
    let headed = head.words <= LETTER_HEADING_WORDS
        && !head.sentence
        && !head.quoted
        && features::names(&text[head.range.clone()], outlets);
    let framed = boxed_frame || ((!shaped || headed) && named());
    // (It goes with the letter where the frame is a box's, the salutation is told by its
    // shape, or it introduces the letter with a colon, "A Message from The Moscow Times:";
    // a story's own subheading may name the paper: "The letter in the Gazette".)
    let start = if headed && (boxed_frame || shaped || ends_in_colon(head, text)) {
        s - 1
    } else {
        s
    };
    (plain && framed).then(|| {
        let kind = (s..end)
            .find_map(|j| evidence[j].kind().filter(|&k| boxed_kind(k)))
            .unwrap_or(Kind::Donation);
        (start..end, kind)
    })
}
/// The most words of a letter's heading.
const LETTER_HEADING_WORDS: u32 = 6;

/// Below the story's first paragraph, a paragraph that opens with a salutation to the
/// readers and goes on after its comma ("Caros leitores, o jornalismo de proximidade que
/// fazemos no mediotejo.net tem custos: ...", "Kära läsare! Expo har granskat ..."): the
/// outlet's letter of one paragraph, where it holds a box's formula besides its greeting; a
/// column that greets its readers tells of its week, a readers' editor of complaints.
pub(super) fn inline_letters(
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

/// Whether block `i` is a salutation by its shape alone, in a language whose word for "dear"
/// no list holds ("Aziz o‘quvchi,", "ውድ አንባቢያችን፣", "Ndewo nwanne m,"): a few words without
/// a digit that end with a comma, as no sentence, headline or label does, over a paragraph
/// (a letter's closing "Respectfully yours," stands over a name).
fn addresses(blocks: &[Block], text: &str, i: usize) -> bool {
    let b = &blocks[i];
    let t = &text[b.range.clone()];
    b.words <= SHAPED_SALUTATION_WORDS
        && !b.quoted
        && t.ends_with(COMMAS)
        && !t.chars().any(char::is_numeric)
        && blocks
            .get(i + 1)
            .is_some_and(|n| n.words >= SALUTATION_PARAGRAPH_WORDS)
}
/// The commas that end a salutation: Latin, Arabic, Ethiopic and full-width.
const COMMAS: [char; 4] = [',', '،', '፣', '，'];
/// The most words of a salutation read by its shape.
const SHAPED_SALUTATION_WORDS: u32 = 4;
/// The fewest words of the paragraph under it.
const SALUTATION_PARAGRAPH_WORDS: u32 = 10;

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
pub(super) const NAME_LINE_WORDS: u32 = 5;
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
pub(super) fn outlet_voice(
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
pub(super) fn letter_openings(
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
pub(super) fn opens_with_name(t: &str) -> bool {
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

/// The most paragraphs of a closing box that [`button_boxes`] reads from its buttons up.
const BUTTON_BOX_PARAGRAPHS: usize = 3;
/// The most words of a box's button or of its dismiss ("Mi donacas", "Kwete izvozvi").
const PAIR_BUTTON_WORDS: u32 = 4;
/// The most words of the line that heads such a box.
const BUTTON_BOX_HEADING_WORDS: u32 = 8;

/// A box read from its buttons up, in any language: two short lines that the runs cut (the
/// box's button and its dismiss: "Mi donacas" / "Eble poste"), of no kind or a box's, under
/// one to three paragraphs that none cuts, under a short line that heads them ("Kara
/// aŭskultanto, kara leganto!", "Stay informed, daily"). A paragraph holds a box's formula
/// (a payment's name, a newsletter's: "... per PayPal", "A free daily email ...") and the
/// heading or a paragraph names the outlet. A sum is not formula enough: a story's last
/// section gives prices and names the paper under a crosshead that may exclaim ("Kion trovis
/// Libera Folio" / "... kostis 410 000 €"), over a newsletter's buttons. Below the story's
/// first paragraph.
pub(super) fn button_boxes(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    taken: &[bool],
) -> Vec<(Range<usize>, Kind)> {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return Vec::new();
    };
    if outlets.is_empty() {
        return Vec::new();
    }
    let t = |i: usize| text[blocks[i].range.clone()].trim_end();
    let short = |i: usize, words: u32| {
        let b = &blocks[i];
        b.words <= words && !b.quoted && !b.timestamp && evidence[i].platforms == 0
    };
    // (Of no kind or a box's: not a label of the page's furniture that a rule cut, "Legu
    // pli", "Komentoj", under the story's last section.)
    let button = |i: usize| {
        taken[i]
            && short(i, PAIR_BUTTON_WORDS)
            && evidence[i].kind().is_none_or(boxed_kind)
            && !t(i).ends_with(['.', ':', '?', ',', ';'])
    };
    let paragraph = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        !taken[i]
            && b.words > BUTTON_BOX_HEADING_WORDS
            && b.words <= FRAME_WORDS
            && !b.quoted
            && ev.said == 0
            && ev.body >= 0.0
    };
    let heading = |i: usize| {
        !taken[i]
            && short(i, BUTTON_BOX_HEADING_WORDS)
            && evidence[i].body >= 0.0
            && !t(i).ends_with(['.', ':'])
    };
    let names = |i: usize| features::names(t(i), outlets);
    let formula = |i: usize| evidence[i].signal > 0.0 && evidence[i].kind().is_some_and(boxed_kind);
    let mut found = Vec::new();
    let mut i = first + 2;
    while i + 1 < blocks.len() {
        if !(button(i) && button(i + 1) && paragraph(i - 1)) {
            i += 1;
            continue;
        }
        let top = (1..=BUTTON_BOX_PARAGRAPHS)
            .take_while(|&k| i > k && paragraph(i - k))
            .last()
            .map(|k| i - k);
        let Some(top) = top else {
            i += 1;
            continue;
        };
        let h = top - 1;
        if h > first && heading(h) && (top..i).any(formula) && (h..i).any(names) {
            found.push(h..i);
        }
        i += 2;
    }
    with_kinds(evidence, found, Kind::Donation)
}
