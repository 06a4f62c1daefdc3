//! The HTML stages: guard the nesting depth ([`depth`]), parse into flat arrays ([`dom`]),
//! prune boilerplate elements ([`prune`]), select and check the story ([`select`],
//! [`classify`]), and emit its blocks ([`blocks`]). [`story`] runs them and returns a
//! [`Story`]: the blocks with what the markup says of each, and the elements removed. The
//! [`Cleaner`](crate::Cleaner) runs the text rules over its blocks, so that appeal boxes
//! inside the article container are cut too, and assembles the result.

pub(crate) mod blocks;
pub(crate) mod classify;
pub(crate) mod custom;
pub(crate) mod depth;
pub(crate) mod dom;
pub(crate) mod prune;
pub(crate) mod select;
pub(crate) mod title;

use scraper::Html;

use self::custom::SelectorSet;
use self::dom::{Dom, NONE};
use crate::input::segment::{Block, is_date_line};
use crate::output::{Location, Removal, confidence};

/// What a list of links or an orphaned heading at the story's edge says of itself, in the
/// text rules' units (confidence 0.7).
const EDGE_EVIDENCE: f32 = 4.8;

/// What being outside the chosen story says of an element, in the text rules' units: as
/// likely boilerplate as not (confidence 0.5).
const OUTSIDE_EVIDENCE: f32 = 2.8;
use crate::score::Hint;
use crate::{Kind, Stage};

/// What the HTML stages make of a page: the story's blocks with what the markup says of
/// each, for the text rules, and the elements removed on the way. The text rules, the
/// decision and the assembly are the [`Cleaner`](crate::Cleaner)'s.
pub(crate) struct Story {
    /// The blocks' text, a blank line between blocks.
    pub text: String,
    pub blocks: Vec<Block>,
    /// Each block's element, for locating a cut.
    owners: Vec<u32>,
    pub hints: Vec<Hint>,
    /// Elements outside the story and pruned inside it, by element index.
    pub removed: Vec<(u32, Removal)>,
    /// Blocks cut at the story's edges (link lists, orphaned headings), by element index.
    pub edges: Vec<(u32, Removal)>,
    /// Tags the depth guard dropped: they come first.
    pub limits: Vec<Removal>,
    /// The title and the outlet's names.
    pub page: title::Page,
    /// The page, for locating the blocks that the text rules cut.
    dom: Dom,
}

impl Story {
    /// The element of block `k`, and where it is.
    pub(crate) fn locate(&self, k: usize) -> (u32, Location) {
        let owner = self.owners[k];
        (owner, self.dom.location(owner))
    }
}

/// The HTML stages: guard the depth, parse, read user selectors, prune, select and check the
/// story ([`pick`]), emit its blocks and trim its edges, and record what was removed. `None`
/// for a document without elements. Everything per element but the DOM goes before the
/// text rules run.
pub(crate) fn story(
    html: &str,
    host: Option<&str>,
    max_depth: usize,
    selectors: &SelectorSet,
) -> Option<Story> {
    let flat = depth::flatten_deep(html, max_depth);
    let (dom, hits) = read_dom(flat.as_ref().map_or(html, |f| &f.html), selectors, host);
    // The parser copied what it needs: the flattened copy goes now.
    let limits = flat.map_or_else(Vec::new, |f| f.removals(max_depth));
    if dom.elems.is_empty() {
        return None;
    }
    let page = title::page(&dom);
    let pick = pick(&dom, &hits, selectors, page.description.as_deref());
    drop(hits);
    let (blocks, edges) = story_blocks(&dom, &pick, page.description.as_deref());
    let removed = element_removals(&dom, &pick, selectors);
    let edges = edges
        .into_iter()
        .map(|(owner, text, rule)| {
            let removal = Removal {
                kind: Kind::Other,
                rule: rule.to_string(),
                stage: Stage::Pruned,
                location: dom.location(owner),
                text,
                confidence: confidence(EDGE_EVIDENCE),
            };
            (owner, removal)
        })
        .collect();
    // The text rules read one line a block.
    let text_blocks: Vec<Block> = blocks
        .list
        .iter()
        .map(|b| Block::new(&blocks.text, b.range()))
        .collect();
    let hints = block_hints(&dom, &blocks, &text_blocks, &pick.spared);
    drop(pick);
    Some(Story {
        owners: blocks.list.iter().map(|b| b.owner).collect(),
        text: blocks.text,
        blocks: text_blocks,
        hints,
        removed,
        edges,
        limits,
        page,
        dom,
    })
}

/// What pruning and selection decided, per element, that the later stages read.
struct Pick {
    /// Why each element was pruned by itself, if it was.
    own: prune::Prunes,
    /// Gone with a pruned element or by itself.
    gone: Vec<bool>,
    /// Inside a tag whose content is never text (scripts, styles).
    hard: Vec<bool>,
    /// Spared by the prose guard though named for an appeal: its kind.
    spared: Vec<Option<Kind>>,
    block_owner: Vec<u32>,
    in_link: Vec<bool>,
    /// The block element's own text is a list of links (see [`classify::Judged`]).
    bad_own: Vec<bool>,
    /// The story's elements, disjoint, in document order.
    roots: Vec<u32>,
}

/// What the page's raw text says before anything is pruned.
struct Measures {
    /// Inside a tag whose content is never text (scripts, styles; not a `<noscript>` story).
    hard: Vec<bool>,
    /// Text bytes per subtree, outside hard tags: what the soft prune rules weigh to spare
    /// the story's container.
    raw: Vec<u32>,
    /// Paragraphs of 80 bytes or more per subtree: prose, which soft prune rules leave to
    /// the text rules.
    long_paras: Vec<u32>,
    /// The element marked up as the article body, and the one where the JSON-LD body starts.
    body_hint: Option<u32>,
    ld_hint: Option<u32>,
}

fn measure(dom: &Dom) -> Measures {
    let n = dom.elems.len();
    // Raw text length per element, outside scripts and styles: what the soft prune rules
    // weigh to spare the story's container.
    let story_noscript = noscript_stories(dom);
    let mut hard = vec![false; n];
    for (i, e) in dom.elems.iter().enumerate() {
        hard[i] = (prune::hard_tag(e.name()).is_some() && !story_noscript[i])
            || (e.parent != NONE && hard[e.parent as usize]);
    }
    let mut raw = vec![0u32; n];
    for run in &dom.texts {
        if let Some(t) = dom.text(run) {
            if !hard[run.owner as usize] {
                raw[run.owner as usize] += t.trim().len() as u32;
            }
        }
    }
    // Long paragraphs per element: prose, which soft prune rules leave to the text rules.
    let mut long_paras = vec![0u32; n];
    for (i, e) in dom.elems.iter().enumerate() {
        if e.name() == "p" && !hard[i] {
            long_paras[i] = 1;
        }
    }
    accumulate(dom, &mut raw);
    for i in 0..n {
        if long_paras[i] == 1 && raw[i] < 80 {
            long_paras[i] = 0;
        }
    }
    accumulate(dom, &mut long_paras);

    let ld_hint = json_ld_anchor(dom);
    let body_hint = dom
        .elems
        .iter()
        .enumerate()
        .filter(|&(i, _)| {
            dom.attr(i, "itemprop").is_some_and(|p| {
                p.split_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("articleBody"))
            })
        })
        .max_by_key(|(i, _)| raw[*i])
        .map(|(i, _)| i as u32);

    Measures {
        hard,
        raw,
        long_paras,
        body_hint,
        ld_hint,
    }
}

/// Prunes, selects the story and checks the pick against the page's blocks.
fn pick(
    dom: &Dom,
    hits: &[Option<u32>],
    selectors: &SelectorSet,
    description: Option<&str>,
) -> Pick {
    let Measures {
        hard,
        raw,
        long_paras,
        body_hint,
        ld_hint,
    } = measure(dom);
    let block_owner = blocks::block_owners(dom);
    let custom = (!selectors.is_empty()).then_some((selectors, hits));
    let (mut own, spared) = prune::prune(dom, &raw, &long_paras, body_hint, custom);
    let mut gone = prune::effective(dom, &own);
    if prune::panels(dom, &mut own, &gone) {
        gone = prune::effective(dom, &own);
    }
    let in_link = dom.within("a");
    let mut stats = visible_stats(dom, &gone, &in_link);
    let mut sel = select::select(dom, &gone, &stats, body_hint, ld_hint, &block_owner);
    // Readability's fallback: when pruning left next to nothing of a page with text, the
    // soft rules ate the story; select again with only the hard ones.
    let selected: u32 = sel.roots.iter().map(|&r| stats.len[r as usize]).sum();
    let page: u32 = raw[0];
    if selected < MIN_STORY && page >= selected + MIN_STORY / 2 {
        own.retain(|p| p.silent);
        gone = prune::effective(dom, &own);
        stats = visible_stats(dom, &gone, &in_link);
        sel = select::select(dom, &gone, &stats, body_hint, ld_hint, &block_owner);
    }
    // The pick checked against the whole page's blocks.
    let judged = classify::classify(dom, &gone, &block_owner, &in_link);
    let roots = select::check(
        dom,
        &gone,
        &stats,
        &judged,
        sel.roots,
        &sel.alternatives,
        &[body_hint, ld_hint],
    );
    let roots = select::add_prose_siblings(dom, &gone, &judged, roots, description);
    if prune::teasers(dom, &mut own, &gone, &stats.len, &stats.link_len, &roots) {
        gone = prune::effective(dom, &own);
    }

    // A list's rules for every site do not cut inside the story; site rules do.
    if custom.is_some() {
        let mut reverted = false;
        for &root in &roots {
            for i in root..dom.elems[root as usize].end {
                if own.get(i as usize).is_some_and(|p| p.generic) {
                    own.clear(i as usize);
                    reverted = true;
                }
            }
        }
        if reverted {
            gone = prune::effective(dom, &own);
        }
    }
    Pick {
        own,
        gone,
        hard,
        spared,
        block_owner,
        in_link,
        bad_own: judged.bad_own,
        roots,
    }
}

/// The story's blocks (or the JSON-LD body's), with the link lists and orphaned headings
/// at its edges taken off: (element, text, rule) of each of those.
fn story_blocks(
    dom: &Dom,
    pick: &Pick,
    description: Option<&str>,
) -> (blocks::Blocks, Vec<(u32, String, &'static str)>) {
    let mut blocks = blocks::emit(
        dom,
        &pick.gone,
        &pick.roots,
        &pick.block_owner,
        &pick.in_link,
    );
    if let Some(stated) = json_ld_story(dom, &blocks, description) {
        blocks = stated;
    }
    // Link lists at the story's edges (tags, share rows, "more on this" links), as the block
    // classification calls them: cut there only, since inside the story a list of links can
    // be the story's own (sources, a list of resources).
    // So are date lines there: the page's stamp on the story.
    let dated = |b: &blocks::HtmlBlock| is_date_line(blocks.text_of(b));
    let linky = |b: &blocks::HtmlBlock| pick.bad_own[b.owner as usize] || dated(b);
    let lead = blocks.list.iter().take_while(|b| linky(b)).count();
    let tail = blocks.list.iter().rev().take_while(|b| linky(b)).count();
    let mut edges = Vec::new();
    let rule = |b: &blocks::HtmlBlock| {
        if pick.bad_own[b.owner as usize] {
            "html.link-edge"
        } else {
            "html.date-edge"
        }
    };
    let blocks::Blocks { text, list } = &mut blocks;
    let take = |b: blocks::HtmlBlock, rule| (b.owner, text[b.range()].to_string(), rule);
    if lead + tail < list.len() {
        let end = list.len() - tail;
        edges.extend(list.drain(end..).map(|b| {
            let r = rule(&b);
            take(b, r)
        }));
        edges.extend(list.drain(..lead).map(|b| {
            let r = rule(&b);
            take(b, r)
        }));
    }
    // A heading left at the end whose list or box after it was cut or pruned introduces
    // nothing that is left ("Related posts" over its links).
    while list.len() > 1
        && list.last().is_some_and(|b| {
            matches!(
                dom.elems[b.owner as usize].name(),
                "h2" | "h3" | "h4" | "h5" | "h6"
            ) && (tail > 0 || pruned_after(dom, &pick.own, &pick.roots, b.owner))
        })
    {
        edges.extend(list.pop().map(|b| take(b, "html.orphan-heading")));
    }
    if !edges.is_empty() {
        blocks = blocks.rejoin();
    }
    (blocks, edges)
}

/// The removals of elements: each largest subtree outside the story that has text, and the
/// elements pruned inside it; by element index.
fn element_removals(dom: &Dom, pick: &Pick, selectors: &SelectorSet) -> Vec<(u32, Removal)> {
    let (own, hard, block_owner) = (&pick.own, &pick.hard, &pick.block_owner);
    let mut removals: Vec<(u32, Removal)> = Vec::new();
    record_outside(dom, pick, selectors, &mut removals);
    for &root in &pick.roots {
        let end = dom.elems[root as usize].end;
        let mut i = root;
        while i < end {
            if let Some(p) = own.get(i as usize).filter(|p| !p.silent) {
                let text = subtree_text(dom, i, hard, block_owner);
                if !text.is_empty() {
                    removals.push((
                        i,
                        Removal {
                            kind: p.kind,
                            rule: p.rule(selectors),
                            stage: p.stage(),
                            location: dom.location(i),
                            text,
                            confidence: confidence(p.evidence()),
                        },
                    ));
                }
                i = dom.elems[i as usize].end;
                continue;
            }
            if own.get(i as usize).is_some() {
                i = dom.elems[i as usize].end;
                continue;
            }
            i += 1;
        }
    }
    removals
}

/// Whether an element after `idx` (in document order, within the selected root holding it)
/// was pruned by a boilerplate rule (not a hidden or script element).
fn pruned_after(dom: &Dom, own: &prune::Prunes, roots: &[u32], idx: u32) -> bool {
    let Some(&root) = roots.iter().find(|&&r| dom.contains(r, idx)) else {
        return false;
    };
    let end = dom.elems[root as usize].end;
    (dom.elems[idx as usize].end..end).any(|i| own.get(i as usize).is_some_and(|p| !p.silent))
}

/// Parses a document as a browser without scripts would: `<noscript>` content is markup,
/// not raw text, so that a page whose story sits in one (Blogger's templates keep the post
/// in a script template and a `<noscript>` copy) can be read.
pub(crate) fn parse(html: &str) -> Html {
    use html5ever::tendril::TendrilSink;
    html5ever::driver::parse_document(
        scraper::HtmlTreeSink::new(Html::new_document()),
        parse_opts(),
    )
    .one(html)
}

/// The parser's options: scripting off (see [`parse`]).
pub(crate) fn parse_opts() -> html5ever::driver::ParseOpts {
    use html5ever::driver::ParseOpts;
    use html5ever::tree_builder::TreeBuilderOpts;
    ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    }
}

/// The flat document, and per element the first user or filter-list selector rule that
/// matches it. Without selector rules the parser writes the flat arrays directly; with them
/// it builds `scraper`'s tree for the selectors, which goes once they are matched.
fn read_dom(html: &str, selectors: &SelectorSet, host: Option<&str>) -> (Dom, Vec<Option<u32>>) {
    if selectors.is_empty() {
        return (dom::parse(html), Vec::new());
    }
    let doc = parse(html);
    let (dom, ids) = Dom::from_html(&doc);
    let hits = selectors.matches(&dom, &doc, &ids, host);
    (dom, hits)
}

/// The `<noscript>` elements that hold a story: [`prune::PROSE_PARAGRAPHS`] or more
/// paragraphs of 80 bytes or more. Other `<noscript>` content (tracking pixels, "enable
/// JavaScript" notes) stays out like scripts.
fn noscript_stories(dom: &Dom) -> Vec<bool> {
    let n = dom.elems.len();
    let mut nearest = vec![NONE; n];
    let mut count = vec![0u32; n];
    for (i, e) in dom.elems.iter().enumerate() {
        nearest[i] = if e.name() == "noscript" {
            i as u32
        } else if e.parent != NONE {
            nearest[e.parent as usize]
        } else {
            NONE
        };
        if e.name() == "p" && nearest[i] != NONE {
            let len: usize = dom.texts_in(i).map(|t| t.trim().len()).sum();
            if len >= 80 {
                count[nearest[i] as usize] += 1;
            }
        }
    }
    count
        .iter()
        .map(|&c| c >= prune::PROSE_PARAGRAPHS)
        .collect()
}

/// What a block inside a box named for an appeal (`class="donate-box"`) gains.
const BOX_BONUS: f32 = 1.5;

/// The fewest link-only blocks in a row that make a list of links.
const LINK_LIST: usize = 3;

/// What the markup says about each block: a block in a box named for an appeal, or one that
/// is all link text, leans toward
/// boilerplate, and three or more in a row under a short heading of their own are a list of
/// links, "More stories" or "Read next", which the story does not need.
fn block_hints(
    dom: &Dom,
    blocks: &blocks::Blocks,
    text_blocks: &[Block],
    spared: &[Option<Kind>],
) -> Vec<Hint> {
    let blocks = &blocks.list;
    let linky: Vec<bool> = blocks
        .iter()
        .zip(text_blocks)
        .map(|(b, t)| b.link_len as f32 >= 0.8 * b.range().len().max(1) as f32 && t.words <= 20)
        .collect();
    let mut hints: Vec<Hint> = blocks
        .iter()
        .zip(&linky)
        .map(|(b, &l)| {
            let bonus = match (l, dom.elems[b.owner as usize].name()) {
                (false, _) => 0.0,
                (true, "li") => 1.5,
                (true, _) => 1.0,
            };
            Hint {
                bonus,
                anchor: None,
                boxed: false,
            }
        })
        .collect();
    // Blocks inside a box that names itself an appeal (spared by the prose guard) lean
    // toward boilerplate.
    let mut in_box = vec![false; dom.elems.len()];
    for (i, e) in dom.elems.iter().enumerate() {
        in_box[i] = spared[i].is_some() || (e.parent != NONE && in_box[e.parent as usize]);
    }
    for (h, b) in hints.iter_mut().zip(blocks) {
        if in_box[b.owner as usize] {
            h.bonus += BOX_BONUS;
            h.boxed = true;
        }
    }
    let mut i = 0;
    while i < blocks.len() {
        if !linky[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < blocks.len() && linky[i] {
            i += 1;
        }
        // A list under a heading of its own; a bare list (references, say) stays.
        let heading = start
            .checked_sub(1)
            .filter(|&k| text_blocks[k].words <= 8 && !text_blocks[k].sentence && !linky[k]);
        if let (true, Some(k)) = (i - start >= LINK_LIST, heading) {
            for h in &mut hints[k..i] {
                h.anchor = Some(Kind::Related);
                h.bonus = 1.5;
            }
        }
    }
    hints
}

/// A selection shorter than this, on a page with more text, means pruning ate the story.
const MIN_STORY: u32 = 200;

/// Visible text length, link text length and commas per element, over what survived pruning.
fn visible_stats(dom: &Dom, gone: &[bool], in_link: &[bool]) -> select::Stats {
    let n = dom.elems.len();
    let mut stats = select::Stats {
        len: vec![0; n],
        link_len: vec![0; n],
        commas: vec![0; n],
    };
    for run in &dom.texts {
        let o = run.owner as usize;
        if gone[o] {
            continue;
        }
        if let Some(t) = dom.text(run) {
            let len = t.trim().len() as u32;
            stats.len[o] += len;
            if in_link[o] {
                stats.link_len[o] += len;
            }
            stats.commas[o] += count_commas(t);
        }
    }
    accumulate(dom, &mut stats.len);
    accumulate(dom, &mut stats.link_len);
    accumulate(dom, &mut stats.commas);
    stats
}

/// The element holding the start of the JSON-LD `articleBody`, when the page has one: the
/// publisher's own statement of where the story is, used as evidence by selection.
fn json_ld_anchor(dom: &Dom) -> Option<u32> {
    let snippet = (0..dom.elems.len())
        .filter(|&i| is_json_ld(dom, i))
        .find_map(|i| dom.texts_in(i).find_map(article_body_start))?;
    dom.texts
        .iter()
        .filter(|r| prune::hard_tag(dom.elems[r.owner as usize].name()).is_none())
        .find(|r| dom.text(r).is_some_and(|t| t.contains(snippet.as_str())))
        .map(|r| r.owner)
}

/// Whether the element is a `<script>` of JSON-LD.
pub(crate) fn is_json_ld(dom: &Dom, i: usize) -> bool {
    dom.elems[i].name() == "script" && dom.attr(i, "type").is_some_and(|t| t.contains("ld+json"))
}

/// The first words of the `articleBody` string in a JSON-LD block, unescaped.
fn article_body_start(json: &str) -> Option<String> {
    let out = json_string(json, "articleBody", 120)?;
    // A run of plain words from the start, short enough not to cross inline markup.
    let words: Vec<&str> = out.split_whitespace().take(6).collect();
    (words.len() >= 4).then(|| words.join(" "))
}

/// The string value of the first `"key"` in a JSON text, unescaped, up to about `max` bytes;
/// whitespace collapsed.
pub(crate) fn json_string(json: &str, key: &str, max: usize) -> Option<String> {
    json_lines(json, key, max).map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The string value of the first `"key"` in a JSON text, unescaped, up to about `max` bytes,
/// with its line breaks (`\n`) kept and tabs as spaces.
fn json_lines(json: &str, key: &str, max: usize) -> Option<String> {
    let quoted = format!("\"{key}\"");
    let at = json.find(&quoted)?;
    let rest = json[at + quoted.len()..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t' | 'r') => out.push(' '),
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        out.push(c);
                    }
                }
                Some(other) => out.push(other),
                None => break,
            },
            c => out.push(c),
        }
        if out.len() > max {
            break;
        }
    }
    Some(out)
}

/// The longest a JSON-LD `articleBody` is read (bytes).
const MAX_LD_BODY: usize = 1 << 20;

/// The selection's blocks replaced by the page's JSON-LD `articleBody`, one block a line,
/// when the page's markup holds less than half of that text: a story loaded by script, or
/// kept from the markup behind a paywall, that the publisher states in full for search
/// engines. A body that holds markup is not used (its tags would be text).
/// The most blocks of a lead that [`json_ld_story`] keeps in front of the stated body.
const LD_LEAD: usize = 3;
/// How much of a shown block's start is looked up in the stated body.
const LD_PROBE: usize = 60;

fn json_ld_story(
    dom: &Dom,
    blocks: &blocks::Blocks,
    description: Option<&str>,
) -> Option<blocks::Blocks> {
    let shown: usize = blocks.list.iter().map(|b| b.range().len()).sum();
    let (owner, body) = (0..dom.elems.len()).find_map(|i| {
        if !is_json_ld(dom, i) {
            return None;
        }
        dom.texts_in(i)
            // Read no more than decides: twice what the selection shows, and a little.
            .find_map(|t| json_lines(t, "articleBody", 2 * shown + MIN_STORY as usize))
            .map(|b| (i as u32, b))
    })?;
    if body.len() <= 2 * shown {
        return None;
    }
    // Long enough: now the whole of it.
    let body = dom
        .texts_in(owner as usize)
        .find_map(|t| json_lines(t, "articleBody", MAX_LD_BODY))?;
    let stated = body.split_whitespace().map(str::len).sum::<usize>();
    let markup = body.contains("</") || body.contains("<p") || body.contains("<br");
    if markup || stated < MIN_STORY as usize || stated < 2 * shown {
        return None;
    }
    let text = title::decode_entities(&body);
    let mut stated = blocks::Blocks::default();
    // The lead the page shows above its body (a standfirst, an editor's note) that the
    // stated body leaves out stays in front: the shown blocks before the first one that
    // the stated body holds, when one does; else the first shown block when it is the
    // page's own description (a paywalled page shows the lead and an offer).
    let held = |t: &str| {
        let mut cut = LD_PROBE.min(t.len());
        while !t.is_char_boundary(cut) {
            cut -= 1;
        }
        memchr::memmem::find(text.as_bytes(), &t.as_bytes()[..cut]).is_some()
    };
    let shown = &blocks.list[..blocks.list.len().min(LD_LEAD + 1)];
    let lead = match shown.iter().position(|b| held(blocks.text_of(b))) {
        Some(first) => &shown[..first],
        None => {
            let described = |b: &blocks::HtmlBlock| {
                description.is_some_and(|d| {
                    select::opens_with_description(blocks.text_of(b).split_whitespace(), d)
                })
            };
            &shown[..usize::from(shown.first().is_some_and(described))]
        }
    };
    for b in lead {
        stated.push(blocks.text_of(b), b.owner, b.link_len);
    }
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            stated.push(&line, owner, 0);
        }
    }
    Some(stated)
}

/// Commas, Latin and CJK and Arabic ones.
fn count_commas(t: &str) -> u32 {
    let b = t.as_bytes();
    let mut n = memchr::memchr_iter(b',', b).count();
    if !t.is_ascii() {
        n += ["，", "、", "،"]
            .iter()
            .map(|c| memchr::memmem::find_iter(b, c.as_bytes()).count())
            .sum::<usize>();
    }
    n as u32
}

/// Adds each element's value into its parent's, children before parents.
fn accumulate(dom: &Dom, values: &mut [u32]) {
    for i in (0..dom.elems.len()).rev() {
        let p = dom.elems[i].parent;
        if p != NONE {
            values[p as usize] += values[i];
        }
    }
}

/// The visible text of a subtree, whitespace collapsed, blocks on lines of their own.
/// `block_owner` maps each element to its nearest block-level ancestor or itself.
fn subtree_text(dom: &Dom, idx: u32, hard: &[bool], block_owner: &[u32]) -> String {
    let e = &dom.elems[idx as usize];
    let mut out = String::new();
    let mut last_owner = NONE;
    for run in &dom.texts[e.text_start as usize..e.text_end as usize] {
        if hard[run.owner as usize] {
            continue;
        }
        let owner_block = block_owner[run.owner as usize];
        if owner_block != last_owner && !out.is_empty() && !out.ends_with('\n') {
            let trimmed = out.trim_end().len();
            out.truncate(trimmed);
            out.push('\n');
        }
        last_owner = owner_block;
        match dom.text(run) {
            Some(t) => blocks::push_collapsed(&mut out, t),
            None => {
                let trimmed = out.trim_end().len();
                out.truncate(trimmed);
                out.push('\n');
            }
        }
    }
    out.trim().to_string()
}

/// Records each largest subtree outside the selected elements that has text: pruned ones
/// with their rule, the rest as outside the story.
fn record_outside(dom: &Dom, pick: &Pick, selectors: &SelectorSet, out: &mut Vec<(u32, Removal)>) {
    let (own, hard, block_owner, roots) = (&pick.own, &pick.hard, &pick.block_owner, &pick.roots);
    // `roots` are disjoint and in document order: walk them alongside the elements.
    let n = dom.elems.len() as u32;
    let mut i = 0;
    let mut k = 0;
    while i < n {
        while roots
            .get(k)
            .is_some_and(|&r| dom.elems[r as usize].end <= i)
        {
            k += 1;
        }
        if let Some(&r) = roots.get(k) {
            if r == i {
                i = dom.elems[r as usize].end;
                continue;
            }
            if dom.contains(i, r) {
                i += 1;
                continue;
            }
        }
        if !hard[i as usize] {
            let text = subtree_text(dom, i, hard, block_owner);
            if !text.is_empty() {
                let (kind, rule, stage, evidence) = match own.get(i as usize) {
                    Some(p) if !p.silent => (p.kind, p.rule(selectors), p.stage(), p.evidence()),
                    _ => (
                        Kind::Other,
                        "html.outside-content".to_string(),
                        Stage::OutsideStory,
                        OUTSIDE_EVIDENCE,
                    ),
                };
                out.push((
                    i,
                    Removal {
                        kind,
                        rule,
                        stage,
                        location: dom.location(i),
                        text,
                        confidence: confidence(evidence),
                    },
                ));
            }
        }
        i = dom.elems[i as usize].end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_article_body_is_found() {
        let json = r#"{"@type":"NewsArticle","headline":"x","articleBody":"The council voted on Tuesday to reopen the \"old\" bridge.\nMore text"}"#;
        assert_eq!(
            article_body_start(json).as_deref(),
            Some("The council voted on Tuesday to")
        );
        assert_eq!(article_body_start(r#"{"articleBody": "Too short"}"#), None);
        let html = format!(
            "<html><head><script type=\"application/ld+json\">{json}</script></head><body><div id=a><p>Other text here.</p></div><div id=b><p>The council voted on Tuesday to reopen the old bridge.</p></div></body></html>"
        );
        let dom = dom::parse(&html);
        let at = json_ld_anchor(&dom).unwrap();
        assert_eq!(dom.path(at), "body > div#b > p");
    }
}
