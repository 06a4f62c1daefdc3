//! Content selection: which element holds the story.
//!
//! The marked-up article body (`itemprop="articleBody"`) wins when it holds real text.
//! Otherwise paragraphs vote for their ancestors, in the spirit of Readability: each
//! paragraph of 25 bytes or more gives its parent a score from its length and commas, its
//! grandparent half and its great-grandparent a sixth; an ancestor's score is weighed by its
//! tag and its class and id tokens, and cut by its link density. The best-scoring element is
//! the story, with the siblings that belong to it (a story split over several containers).
//!
//! The pick is then checked against the whole page ([`check`], with the block classification
//! of [`super::classify`]): a pick that holds too little of the page's prose, more bad text
//! than good, or rows of one kind (comments, teasers, reviews) gives way to a better
//! candidate; and the story takes its prose siblings along ([`add_prose_siblings`]).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::classify::Judged;
use super::dom::{Dom, NONE};
use super::prune::{CONTENT_TOKENS, token_string};

/// How many of [`CLASS_TOKENS`]' patterns are positive.
const POSITIVES: usize = CONTENT_TOKENS.len() + POSITIVE.len();

/// What selection needs to know of each element, over the text that survives pruning.
pub(crate) struct Stats {
    /// Visible text bytes in the subtree.
    pub len: Vec<u32>,
    /// Of which inside links.
    pub link_len: Vec<u32>,
    pub commas: Vec<u32>,
}

/// Class and id tokens that count for an element beside those by which it calls itself
/// content ([`CONTENT_TOKENS`]), as Readability counts them. Token sequences (`article body`)
/// need no entry: their first token matches.
const POSITIVE: &[&str] = &["hentry", "page", "articlebody"];
const NEGATIVE: &[&str] = &[
    "ad",
    "hidden",
    "banner",
    "combx",
    "comment",
    "comments",
    "contact",
    "foot",
    "footer",
    "footnote",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "nav",
    "menu",
    "teaser",
    "card",
    "caption",
];

/// One automaton for the lists: patterns below [`POSITIVES`] are positive.
static CLASS_TOKENS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let pats: Vec<String> = CONTENT_TOKENS
        .iter()
        .chain(POSITIVE)
        .chain(NEGATIVE)
        .map(|t| format!(" {t} "))
        .collect();
    AhoCorasick::new(pats).expect("class tokens")
});

fn class_weight(tokens: &str) -> f32 {
    let (mut pos, mut neg) = (false, false);
    for m in CLASS_TOKENS.find_overlapping_iter(tokens) {
        if m.pattern().as_usize() < POSITIVES {
            pos = true;
        } else {
            neg = true;
        }
    }
    25.0 * (f32::from(u8::from(pos)) - f32::from(u8::from(neg)))
}

fn tag_weight(name: &str) -> f32 {
    match name {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// What the JSON-LD hint adds to the score of the candidates around it.
const LANDMARK_BONUS: f32 = 10.0;

/// Tags whose text votes.
fn is_paragraph(name: &str) -> bool {
    matches!(
        name,
        "p" | "pre" | "td" | "blockquote" | "li" | "dd" | "h2" | "h3" | "h4"
    )
}

/// What selection found: the elements that hold the story, in document order (the best
/// candidate and the siblings that belong with it), and Readability's next best candidates.
pub(crate) struct Selection {
    pub roots: Vec<u32>,
    pub alternatives: Vec<u32>,
}

/// How many of Readability's best candidates are kept as alternatives for [`check`].
const ALTERNATIVES: usize = 5;

/// Selects the story (see the module doc).
pub(crate) fn select(
    dom: &Dom,
    gone: &[bool],
    stats: &Stats,
    body_hint: Option<u32>,
    ld_hint: Option<u32>,
    block_owner: &[u32],
) -> Selection {
    let n = dom.elems.len();
    let only = |roots: Vec<u32>| Selection {
        roots,
        alternatives: Vec::new(),
    };
    if n == 0 {
        return only(Vec::new());
    }
    if let Some(h) = body_hint {
        if !gone[h as usize] && stats.len[h as usize] >= 400 {
            return only(vec![h]);
        }
    }
    let mut score = vec![0.0f32; n];
    let mut touched = vec![false; n];
    let mut tokens = String::new();
    let mut init = |i: u32, score: &mut [f32], touched: &mut [bool]| {
        let i = i as usize;
        if !touched[i] {
            touched[i] = true;
            token_string(dom.attrs(i), &mut tokens);
            score[i] = tag_weight(dom.elems[i].name()) + class_weight(&tokens);
        }
    };
    // A container with no block-level element inside is a paragraph too (div soup).
    let mut has_block_child = vec![false; n];
    for e in &dom.elems {
        if e.parent != NONE && super::blocks::is_block_tag(e.name()) {
            has_block_child[e.parent as usize] = true;
        }
    }
    // Text that sits directly in a container beside block children (no <p> around it)
    // votes as a paragraph inside that container, as Readability's wrapping of such text
    // does.
    let mut inline = vec![(0u32, 0u32); n];
    for run in &dom.texts {
        let o = run.owner as usize;
        if let (false, Some(t)) = (gone[o], dom.text(run)) {
            let b = block_owner[o] as usize;
            inline[b].0 += t.trim().len() as u32;
            inline[b].1 += t.bytes().filter(|&c| c == b',').count() as u32;
        }
    }
    for (i, e) in dom.elems.iter().enumerate() {
        if gone[i] {
            continue;
        }
        let name = e.name();
        let paragraph = is_paragraph(name)
            || (matches!(name, "div" | "section" | "span" | "font") && !has_block_child[i]);
        let (len, commas, voters): (u32, u32, Box<dyn Iterator<Item = u32>>) = if paragraph {
            (
                stats.len[i],
                stats.commas[i],
                Box::new(dom.ancestors(i as u32)),
            )
        } else if has_block_child[i] && inline[i].0 >= 25 {
            (
                inline[i].0,
                inline[i].1,
                Box::new(std::iter::once(i as u32).chain(dom.ancestors(i as u32))),
            )
        } else {
            continue;
        };
        if len < 25 {
            continue;
        }
        let vote = 1.0 + commas as f32 + (len as f32 / 100.0).min(3.0);
        for (level, a) in voters.take(3).enumerate() {
            if dom.elems[a as usize].parent == NONE {
                break;
            }
            init(a, &mut score, &mut touched);
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => 6.0,
            };
            score[a as usize] += vote / divider;
        }
    }
    // The container of the JSON-LD articleBody: the publisher's word on where the story is.
    if let Some(h) = ld_hint {
        for a in std::iter::once(h).chain(dom.ancestors(h)).take(3) {
            if touched[a as usize] {
                score[a as usize] += LANDMARK_BONUS;
            }
        }
    }
    let mut best: Option<(u32, f32)> = None;
    for i in 0..n {
        if !touched[i] || gone[i] || stats.len[i] == 0 {
            continue;
        }
        let link_density = stats.link_len[i] as f32 / stats.len[i] as f32;
        let s = score[i] * (1.0 - link_density);
        score[i] = s;
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i as u32, s));
        }
    }
    let Some((mut top, mut top_score)) = best else {
        // No paragraph anywhere: the body (or the root) is all there is.
        let body = dom
            .elems
            .iter()
            .position(|e| e.name() == "body")
            .unwrap_or(0);
        return only(vec![body as u32]);
    };

    // A story split over several containers: when three or more of the best candidates
    // score near the top one, their nearest common ancestor holds the story (Readability).
    let mut ranked: Vec<(u32, f32)> = (0..n)
        .filter(|&i| touched[i] && !gone[i] && stats.len[i] > 0)
        .map(|i| (i as u32, score[i]))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let alternatives: Vec<u32> = ranked
        .iter()
        .skip(1)
        .take(4)
        .filter(|(_, s)| *s >= 0.75 * top_score)
        .map(|&(i, _)| i)
        .collect();
    if alternatives.len() >= 3 {
        let mut a = dom.elems[top as usize].parent;
        while a != NONE && dom.elems[a as usize].parent != NONE {
            if alternatives.iter().filter(|&&c| dom.contains(a, c)).count() >= 3 {
                top = a;
                top_score = top_score.max(score[a as usize]);
                break;
            }
            a = dom.elems[a as usize].parent;
        }
    }
    // A story alone in its container: the container is the story.
    loop {
        let p = dom.elems[top as usize].parent;
        if p == NONE
            || dom.elems[p as usize].parent == NONE
            || matches!(dom.elems[p as usize].name(), "body" | "html")
        {
            break;
        }
        if stats.len[p as usize] != stats.len[top as usize] {
            break;
        }
        top = p;
    }

    // The story's siblings: containers that scored well, or plain paragraphs of text.
    let parent = dom.elems[top as usize].parent;
    let alternatives: Vec<u32> = ranked.iter().take(ALTERNATIVES).map(|&(i, _)| i).collect();
    if parent == NONE {
        return Selection {
            roots: vec![top],
            alternatives,
        };
    }
    let threshold = (top_score * 0.2).max(10.0);
    let mut out = Vec::new();
    let end = dom.elems[parent as usize].end;
    let mut c = parent + 1;
    while c < end {
        let ci = c as usize;
        let next = dom.elems[ci].end;
        if c == top {
            out.push(c);
        } else if !gone[ci] && stats.len[ci] > 0 {
            let len = stats.len[ci] as f32;
            let link_density = stats.link_len[ci] as f32 / len;
            let keep = (touched[ci] && score[ci] >= threshold)
                || (dom.elems[ci].name() == "p"
                    && ((len > 80.0 && link_density < 0.25)
                        || (len > 0.0 && link_density == 0.0 && ends_sentence(dom, c))));
            if keep {
                out.push(c);
            }
        }
        c = next;
    }
    // A story that the page split into chunks of one kind (same tag and class), apart in the
    // tree: take the other chunks that hold real prose too, in one pass over the elements.
    let class = dom.attr(top as usize, "class").unwrap_or("");
    if !class.trim().is_empty() {
        let name = dom.elems[top as usize].name();
        let mut taken = vec![false; n];
        for &o in &out {
            taken[o as usize..dom.elems[o as usize].end as usize].fill(true);
        }
        // Prefix counts of `taken`, so that "holds a selected element" is one subtraction.
        let mut before = vec![0u32; n + 1];
        for (k, &t) in taken.iter().enumerate() {
            before[k + 1] = before[k] + u32::from(t);
        }
        let mut chunks = Vec::new();
        let mut i = 0;
        while i < n {
            let e = &dom.elems[i];
            let end = e.end as usize;
            if taken[i] {
                i = end;
                continue;
            }
            let len = stats.len[i] as f32;
            let contains_taken = before[end] > before[i];
            if !gone[i]
                && !contains_taken
                && len >= 0.2 * stats.len[top as usize] as f32
                && (stats.link_len[i] as f32) < 0.3 * len
                && e.name() == name
                && dom.attr(i, "class") == Some(class)
            {
                chunks.push(i as u32);
                i = end;
                continue;
            }
            i += 1;
        }
        out.extend(chunks);
        out.sort_unstable();
    }
    Selection {
        roots: out,
        alternatives,
    }
}

/// The Readability pick stays when it holds at least this share of the page's good text (as
/// [`super::classify`] judges it) and no more bad text than good. A guard, not a fit: half
/// the prose of a page outside its "story" means the pick was a part of it (one section of
/// several, one chunk of a page builder's grid).
/// Checked: 0.65 gained recall on the trafilatura set and lost the scrapinghub set 0.003 F1,
/// 0.35 lost on both.
const KEEP_SHARE: f32 = 0.5;
/// What a byte of bad text (links, boilerplate) costs a candidate, in bytes of good text: a
/// larger container is worth it when at least three quarters of what it adds is prose.
/// Measured: at 1 the page's body won on news pages whose teasers read as prose, at 3 those
/// pages keep their story and the split stories still grow to their container.
const BAD_COST: i64 = 3;
/// A semantic candidate (the marked-up article body, the JSON-LD body's container, an
/// `<article>` or `<main>`, one of Readability's best) is preferred to the best element by
/// the block classification alone when its score is at least this share of that element's:
/// the publisher's markup wins near ties.
const NEAR_TIE: f32 = 0.9;
/// A semantic candidate replaces a pick that passed the check when it holds this many times
/// the pick's good text (and scores better).
const MARKUP_GAIN: f32 = 1.5;

/// The least good text (bytes) an element needs to replace the pick: on a short post whose
/// only prose the classification calls boilerplate, a sidebar widget of 200 bytes is no
/// better story. Tuning folds: no-content pages 6 -> 4 of 396, F1 0.9371 -> 0.9379 (with the
/// German share and related formulas that such posts end with); scrapinghub and Readability
/// unchanged.
const MIN_REPLACEMENT: u32 = 400;

/// Checks the selection against the whole-page block classification ([`super::classify`]),
/// and replaces it when it holds too little of the page's good text.
///
/// A candidate's score is its good text less [`BAD_COST`] times its bad text, in bytes. A
/// pick that holds prose but under [`KEEP_SHARE`] of the page's grows to the ancestor with
/// the best score (a story split over sections, or a pick that was one of them) or to the
/// best element elsewhere (a short box won the votes; the story's column has no ancestor
/// without the menu). A pick
/// with more bad text than good (a teaser list, a sidebar, a comment thread) is replaced by
/// the best of all candidates that hold more good text: `alternatives` (Readability's next
/// best), the `hints` (the `itemprop=articleBody` element, the JSON-LD body's container)
/// and their near ancestors, `<article>`, `<main>` and `role=main` elements, and the element
/// with the best score of all (the classification's own pick). A pick that passes gives way
/// only to one of those semantic candidates holding [`MARKUP_GAIN`] times its good text.
pub(crate) fn check(
    dom: &Dom,
    gone: &[bool],
    stats: &Stats,
    judged: &Judged,
    roots: Vec<u32>,
    alternatives: &[u32],
    hints: &[Option<u32>],
) -> Vec<u32> {
    let total = judged.total_good();
    let good: u32 = roots.iter().map(|&r| judged.good[r as usize]).sum();
    let bad: u32 = roots.iter().map(|&r| judged.bad[r as usize]).sum();
    let failed = good == 0 || good < bad || is_rows(dom, gone, &stats.len, &roots);
    if total == 0 || roots.is_empty() {
        return roots;
    }
    let score = |g: u32, b: u32| i64::from(g) - BAD_COST * i64::from(b);
    let of = |i: u32| score(judged.good[i as usize], judged.bad[i as usize]);
    let current = score(good, bad);
    let eligible = |c: u32| {
        c != 0 && !gone[c as usize] && judged.good[c as usize] > good.max(MIN_REPLACEMENT - 1)
    };
    let semantic = || {
        let mut semantic: Vec<u32> = alternatives.to_vec();
        for &h in hints.iter().flatten() {
            semantic.push(h);
            semantic.extend(dom.ancestors(h).take(4));
        }
        semantic.extend(
            dom.elems
                .iter()
                .enumerate()
                .filter(|&(i, e)| {
                    matches!(e.name(), "article" | "main") || dom.attr(i, "role") == Some("main")
                })
                .map(|(i, _)| i as u32),
        );
        semantic
    };
    if !failed && good as f32 >= KEEP_SHARE * total as f32 {
        // A pick that holds most of the page's prose stays, unless the publisher's markup
        // names an element that holds clearly more of it (the pick was a box beside the
        // story: an author's profile, a lead teaser).
        let better = semantic().into_iter().filter(|&c| {
            eligible(c)
                && judged.good[c as usize] as f32 >= MARKUP_GAIN * good as f32
                && of(c) > current
        });
        return match better.max_by_key(|&c| (of(c), std::cmp::Reverse(c))) {
            Some(c) => vec![c],
            None => roots,
        };
    }
    let best_of_all = || {
        (1..dom.elems.len() as u32)
            .filter(|&i| eligible(i))
            .max_by_key(|&i| (of(i), std::cmp::Reverse(i)))
    };
    let pick = if failed {
        let Some(best) = best_of_all() else {
            return roots;
        };
        semantic()
            .into_iter()
            .filter(|&c| eligible(c) && of(c) as f32 >= NEAR_TIE * of(best) as f32)
            .max_by_key(|&c| (of(c), std::cmp::Reverse(c)))
            .unwrap_or(best)
    } else {
        // The nearest element holding every root, and its ancestors.
        let first = roots[0];
        let mut common = if roots.len() == 1 {
            first
        } else {
            dom.elems[first as usize].parent
        };
        while common != NONE && !roots.iter().all(|&r| dom.contains(common, r)) {
            common = dom.elems[common as usize].parent;
        }
        let Some(best) = std::iter::once(common)
            .chain(dom.ancestors(common))
            .chain(best_of_all().filter(|&c| !dom.contains(c, first)))
            .filter(|&c| c != NONE && eligible(c))
            .max_by_key(|&c| (of(c), std::cmp::Reverse(c)))
        else {
            return roots;
        };
        best
    };
    if of(pick) > current.max(0) {
        vec![pick]
    } else {
        roots
    }
}

/// A sibling after the story is taken when it holds this much prose (bytes): the story's
/// next section does, a site's legal line or an author's bio usually does not. Before the
/// story, any prose is a lead or a standfirst.
const AFTER_PROSE: u32 = 400;

/// Rows: at least this many elements of one kind (tag and class) side by side.
const ROWS: usize = 4;
/// The rows hold at least this share of the pick's text, and no row more than
/// [`ROW_MAX`] of it: a list of comments, teasers, reviews, slides or questions, where a
/// story has paragraphs (or one main part and its furniture).
const ROWS_SHARE: f32 = 0.7;
const ROW_MAX: f32 = 0.4;

/// Whether the pick is a repetition of similar rows rather than a story: either the roots
/// themselves, or the children of the one root (below wrappers that hold nearly all of its
/// text). Rows are list items, table rows, articles, sections, links and `div`s with a
/// class: paragraphs, quotes and class-less `div`s side by side are prose.
fn is_rows(dom: &Dom, gone: &[bool], len: &[u32], roots: &[u32]) -> bool {
    let signature = |i: u32| {
        (
            dom.elems[i as usize].name(),
            dom.attr(i as usize, "class").unwrap_or("").trim(),
        )
    };
    let rows_of = |items: &[u32], total: u32| {
        let mut groups: Vec<((&str, &str), usize, u32, u32)> = Vec::new();
        for &i in items {
            let sig = signature(i);
            let l = len[i as usize];
            match groups.iter_mut().find(|g| g.0 == sig) {
                Some(g) => {
                    g.1 += 1;
                    g.2 += l;
                    g.3 = g.3.max(l);
                }
                None => groups.push((sig, 1, l, l)),
            }
        }
        groups.iter().any(|&((tag, class), count, sum, max)| {
            count >= ROWS
                && (matches!(tag, "li" | "article" | "section" | "tr" | "dd" | "a")
                    || (tag == "div" && !class.is_empty()))
                && sum as f32 >= ROWS_SHARE * total as f32
                && (max as f32) < ROW_MAX * total as f32
        })
    };
    if roots.len() > 1 {
        let total: u32 = roots.iter().map(|&r| len[r as usize]).sum();
        return rows_of(roots, total);
    }
    let Some(&root) = roots.first() else {
        return false;
    };
    let total = len[root as usize];
    // Down through wrappers: a single child holding nearly all the text.
    let mut r = root;
    let mut children = Vec::new();
    loop {
        children.clear();
        let end = dom.elems[r as usize].end;
        let mut c = r + 1;
        while c < end {
            if !gone[c as usize] && len[c as usize] > 0 {
                children.push(c);
            }
            c = dom.elems[c as usize].end;
        }
        match children.as_slice() {
            [only] if len[*only as usize] as f32 >= 0.9 * total as f32 => r = *only,
            _ => break,
        }
    }
    rows_of(&children, total)
}

/// Adds to the selection the siblings of its elements that the block classification calls
/// prose: a good block that is not short, and bad text under what [`BAD_COST`] allows (a lead paragraph or a
/// standfirst in a box of its own beside the body, a section of the story in another
/// wrapper). Siblings under `<body>` itself are not taken: there, a sibling is a page region.
pub(crate) fn add_prose_siblings(
    dom: &Dom,
    gone: &[bool],
    judged: &Judged,
    roots: Vec<u32>,
    description: Option<&str>,
) -> Vec<u32> {
    let described = |ci: usize| description.is_some_and(|d| is_description(dom, judged, ci, d));
    let mut out = Vec::with_capacity(roots.len());
    let mut last_parent = NONE;
    for &r in &roots {
        let parent = dom.elems[r as usize].parent;
        if parent == last_parent {
            continue;
        }
        last_parent = parent;
        if parent == NONE || matches!(dom.elems[parent as usize].name(), "body" | "html") {
            out.extend(
                roots
                    .iter()
                    .filter(|&&x| dom.elems[x as usize].parent == parent),
            );
            continue;
        }
        let end = dom.elems[parent as usize].end;
        let takes = |c: u32| {
            let ci = c as usize;
            !gone[ci]
                && ((judged.prose[ci] > 0
                    && BAD_COST * i64::from(judged.bad[ci]) <= i64::from(judged.good[ci])
                    && (c < r || judged.prose[ci] >= AFTER_PROSE))
                    || (c < r && described(ci)))
        };
        let mut c = parent + 1;
        while c < end {
            let ci = c as usize;
            let next = dom.elems[ci].end;
            if takes(c) || roots.contains(&c) {
                out.push(c);
            } else if c < r && !gone[ci] && (judged.prose[ci] > 0 || description.is_some()) {
                // A sibling that mixes prose with links (a description beside its menu), or
                // a title box that may hold the described lead: its prose parts join, each
                // at its outermost.
                push_outermost(dom, c, &takes, &mut out);
            }
            c = next;
        }
    }
    if let Some(&first) = roots.iter().min() {
        add_lead_above(dom, gone, judged, first, description, &mut out);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Pushes the outermost elements inside `root` (not `root` itself) that `take` accepts, in
/// one pass over its subtree: an element taken is skipped whole.
fn push_outermost(dom: &Dom, root: u32, take: &impl Fn(u32) -> bool, out: &mut Vec<u32>) {
    let end = dom.elems[root as usize].end;
    let mut d = root + 1;
    while d < end {
        if take(d) {
            out.push(d);
            d = dom.elems[d as usize].end;
        } else {
            d += 1;
        }
    }
}

/// How many wrappers above the story's container [`add_lead_above`] looks in.
const LEAD_LEVELS: usize = 3;
/// The prose (bytes of good blocks) that an element above the story needs to be taken as
/// its lead: one long block, jusText's `length_high`. Shorter prose up there is a byline, a
/// date line or a teaser's blurb as often as a lead.
const LEAD_PROSE: u32 = 200;

/// Takes the story's lead when it sits above the story's container: prose before the story
/// in the wrappers around it, up to [`LEAD_LEVELS`] levels up and not under `<body>` itself
/// (a page builder's hero text, a first paragraph beside the wrapper of the rest). Each
/// element before the path up that holds [`LEAD_PROSE`] and bad text under what
/// [`BAD_COST`] allows is taken whole; one that mixes prose with links gives its prose parts
/// that do. List items and figures are not taken (teasers above the story, captions), nor
/// whole the box that holds the page's `<h1>` (the title box: its byline and its tagline are
/// no lead, Readability's set leaves them out). One pass over each element before the path,
/// plus one over the elements for the `<h1>`.
fn add_lead_above(
    dom: &Dom,
    gone: &[bool],
    judged: &Judged,
    first: u32,
    description: Option<&str>,
    out: &mut Vec<u32>,
) {
    let described = |ci: usize| description.is_some_and(|d| is_description(dom, judged, ci, d));
    let mut child = dom.elems[first as usize].parent;
    let mut title: Option<Vec<bool>> = None;
    let tokens = std::cell::RefCell::new(String::new());
    for _ in 0..LEAD_LEVELS {
        if child == NONE {
            return;
        }
        let a = dom.elems[child as usize].parent;
        if a == NONE || matches!(dom.elems[a as usize].name(), "body" | "html") {
            return;
        }
        let title = title.get_or_insert_with(|| holds_title(dom));
        let lead = |c: u32| {
            let ci = c as usize;
            !gone[ci]
                && (judged.prose[ci] >= LEAD_PROSE
                    || (judged.prose[ci] > 0
                        && (names_lead(dom, ci, &mut tokens.borrow_mut()) || described(ci))))
                && BAD_COST * i64::from(judged.bad[ci]) <= i64::from(judged.good[ci])
                && !title[ci]
                && !matches!(dom.elems[ci].name(), "li" | "figure" | "figcaption")
        };
        let mut c = a + 1;
        while c < child {
            let next = dom.elems[c as usize].end;
            if lead(c) {
                out.push(c);
            } else if !gone[c as usize] && judged.prose[c as usize] > 0 {
                push_outermost(dom, c, &lead, out);
            }
            c = next;
        }
        child = a;
    }
}

/// The shortest page description that can mark a lead: shorter ones are taglines.
const DESCRIPTION_MIN: usize = 80;

/// Whether element `i` holds the page's description (`<meta name="description">` and its
/// Open Graph twins), whole or as the description's start cut off with an ellipsis: the
/// publisher's own word that this prose is the story's lead, however short or plain. Only
/// elements whose text is near the description's length are read.
fn is_description(dom: &Dom, judged: &Judged, i: usize, description: &str) -> bool {
    let len = (judged.good[i] + judged.bad[i]) as usize;
    if len < description_stem(description).len() || len > 2 * description.len() {
        return false;
    }
    opens_with_description(dom.texts_in(i).flat_map(str::split_whitespace), description)
}

/// The description without the ellipsis or full stop it ends with.
fn description_stem(description: &str) -> &str {
    description
        .trim_end_matches(['.', '…'])
        .trim_end_matches("...")
        .trim_end()
}

/// Whether `words` (a text split at white space) open with the page's description, whole or
/// as its start cut off with an ellipsis, when that is [`DESCRIPTION_MIN`] bytes or more.
/// Word by word, without building the text.
pub(crate) fn opens_with_description<'a>(
    mut words: impl Iterator<Item = &'a str>,
    description: &str,
) -> bool {
    let stem = description_stem(description);
    if stem.len() < DESCRIPTION_MIN {
        return false;
    }
    let mut rest = stem;
    while !rest.is_empty() {
        let Some(w) = words.next() else {
            return false;
        };
        match rest.strip_prefix(w) {
            Some(r) => rest = r.trim_start(),
            // The description's last word, cut short or without its full stop.
            None => return !rest.contains(' ') && w.starts_with(rest),
        }
    }
    true
}

/// Class and id tokens by which an element calls itself the story's lead.
const LEAD_TOKENS: &[&str] = &[
    " lead ",
    " excerpt ",
    " standfirst ",
    " intro ",
    " abstract ",
    " summary ",
    " dek ",
    " deck ",
    " teaser text ",
];

/// Whether element `i` names itself a lead by a class or id token (`article-excerpt`,
/// `c-standfirst`, `entry-summary`): then prose shorter than [`LEAD_PROSE`] is its lead.
fn names_lead(dom: &Dom, i: usize, tokens: &mut String) -> bool {
    crate::html::prune::token_string(dom.attrs(i), tokens);
    LEAD_TOKENS.iter().any(|t| tokens.contains(t))
}

/// Per element: whether the page's `<h1>` is in it (or is it).
fn holds_title(dom: &Dom) -> Vec<bool> {
    let mut title: Vec<bool> = dom.elems.iter().map(|e| e.name() == "h1").collect();
    // Children come after their parent: from the end, each element is complete when it
    // passes its mark up.
    for i in (1..dom.elems.len()).rev() {
        let p = dom.elems[i].parent;
        if title[i] && p != NONE {
            title[p as usize] = true;
        }
    }
    title
}

/// Whether the element's text ends like a sentence (as a text block's does, see
/// [`crate::input::segment::ends_sentence`]).
fn ends_sentence(dom: &Dom, idx: u32) -> bool {
    dom.texts_in(idx as usize)
        .rev()
        .map(str::trim_end)
        .find(|t| !t.is_empty())
        .is_some_and(|t| crate::input::segment::ends_sentence(t.as_bytes()))
}

#[cfg(test)]
mod tests {
    use crate::Cleaner;

    fn text(html: &str) -> String {
        Cleaner::new().clean_html(html, None).unwrap().into_text()
    }

    /// Five paragraphs of a story, each in a grid cell of its own, as page builders lay
    /// them out: no one container gathers their votes.
    fn gridded_story() -> String {
        [
            "The harbour authority opened the new ferry terminal on Monday after three years of building work that had closed the old pier.",
            "Ferries to the islands will leave every hour from the terminal in summer and every two hours in winter, the operator said.",
            "The building has a waiting hall for four hundred passengers and a roof of solar panels that covers most of its power needs.",
            "Shops in the old town had feared that the move would take visitors away from the centre, but a new bus line links both.",
            "The old pier will be torn down next year and the land turned into a park with a playground and a small beach for swimmers.",
        ]
        .iter()
        .map(|p| format!("<div class=\"row\"><div class=\"cell\"><p>{p}</p></div></div>"))
        .collect()
    }

    #[test]
    fn the_prose_of_a_sibling_box_with_links_joins_the_story() {
        // Before the story, a box holds the place's description and a list of links: too
        // many links for the box to join whole, but its paragraph is the page's lead.
        let links: String = (0..8)
            .map(|i| format!("<li><a href=\"/o/{i}\">Other house {i}</a></li>"))
            .collect();
        let html = format!(
            "<html><body><div class=\"page\"><div class=\"intro\">\
             <p>We turned our old farmhouse into a holiday home for families, with a garden that looks over the valley and the woods beyond it.</p>\
             <ul>{links}</ul></div><div class=\"content\">{}</div></div></body></html>",
            gridded_story()
        );
        let t = text(&html);
        assert!(t.contains("We turned our old farmhouse"), "{t:?}");
        assert!(t.contains("opened the new ferry terminal"), "{t:?}");
    }

    #[test]
    fn a_short_box_that_won_the_votes_gives_way_to_the_story_elsewhere() {
        // The box's commas win Readability's votes; the only element that holds both it and
        // the story is the body, with the menu's links. The story's column is taken.
        let menu: String = (0..30)
            .map(|i| format!("<a href=\"/s/{i}\">Section number {i}</a> "))
            .collect();
        let html = format!(
            "<html><body><div>{menu}</div><div class=\"wrap\"><div class=\"col\">{}</div></div>\
             <div class=\"box\"><p>Visit us at the port, open Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, from nine, in summer, in winter, with tours, guides, maps, a café, a shop, and a hall for those who are waiting, reading, resting, eating, or drinking, alone, in pairs, or in groups.</p></div>\
             </body></html>",
            gridded_story()
        );
        let t = text(&html);
        assert!(t.contains("opened the new ferry terminal"), "{t:?}");
        assert!(t.contains("a small beach for swimmers"), "{t:?}");
        assert!(!t.contains("Section number"), "{t:?}");
    }

    #[test]
    fn a_short_post_is_not_traded_for_a_smaller_widget() {
        // A two-line post under its share row; the sidebar's widget holds a sentence of
        // its own. Whatever the classification thinks of the post, the widget is no story.
        let menu: String = (0..12)
            .map(|i| format!("<li><a href=\"/c/{i}\">Kategorie {i}</a></li>"))
            .collect();
        let html = format!(
            "<html><body><ul>{menu}</ul><div class=\"post\"><h2>Frühling</h2>\
             <p>Heute blüht der Kirschbaum im Hof.</p><p>Bilder folgen morgen.</p>\
             <div class=\"share\">Teilen Sie dies mit: <a href=\"/f\">Facebook</a> <a href=\"/t\">Twitter</a></div></div>\
             <div class=\"sidebar\"><div class=\"widget\"><p>Dieser Blog erzählt seit vielen Jahren vom Leben auf dem Land, von Gärten, Tieren und Nachbarn, und von allem, was im Dorf geschieht.</p></div></div>\
             </body></html>"
        );
        let t = text(&html);
        assert!(t.contains("Heute blüht der Kirschbaum"), "{t:?}");
        assert!(!t.contains("Teilen Sie dies mit"), "{t:?}");
    }

    #[test]
    fn a_lead_above_the_story_container_is_taken() {
        // The lead sits in a hero box one wrapper above the story's column: not a sibling
        // of the story, so only the climb finds it.
        let story: String = [
            "The harbour authority opened the new ferry terminal on Monday after three years of building work that had closed the old pier.",
            "Ferries to the islands will leave every hour from the terminal in summer and every two hours in winter, the operator said.",
            "The building has a waiting hall for four hundred passengers and a roof of solar panels that covers most of its power needs.",
            "Shops in the old town had feared that the move would take visitors away from the centre, but a new bus line links both.",
            "The old pier will be torn down next year and the land turned into a park with a playground and a small beach for swimmers.",
        ]
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
        let page = |hero: &str| {
            format!(
                "<html><body><div class=\"site\"><div class=\"hero\">{hero}</div><div class=\"frame\">\
                 <div class=\"col\">{story}</div><div><a href=\"/a\">Ferry times</a> <a href=\"/b\">Island guide</a></div>\
                 </div></div></body></html>"
            )
        };
        let lead = "<p>After three years of noise and detours the harbour has its new ferry terminal and the islands are closer than they have ever been for the people who live and work on them and for the many who visit them in summer.</p>";
        let t = text(&page(lead));
        assert!(t.contains("After three years of noise"), "{t:?}");
        assert!(t.contains("a small beach for swimmers"), "{t:?}");
        assert!(!t.contains("Ferry times"), "{t:?}");
    }
}
