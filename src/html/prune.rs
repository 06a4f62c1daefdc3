//! DOM pruning: which elements are boilerplate by their tag, their visibility, their ARIA
//! role, or the tokens of their class, id, role, `aria-label` and `data-*` attributes; and
//! by their structure: controls and panels of them, figures built of `div`s, tables of
//! contents, and (once the story is chosen) the teaser boxes inside it.
//!
//! Tokens are matched whole (`shadow` is not `ad`, `leader` is not `ad`), after splitting
//! on punctuation and camelCase. A soft rule (a token, a role, `header`, `aside`, ...) never
//! prunes an element that holds most of the page's text or the marked-up article body: a
//! page that wraps everything in `<form>` or `<div class="has-sidebar">` keeps its story.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::custom::SelectorSet;
use super::dom::{Attrs, Dom, NONE};
use crate::{Kind, Stage};

/// Why an element was pruned.
#[derive(Clone, Debug)]
pub(crate) struct Prune {
    pub kind: Kind,
    /// The rule family (`html.tag`, `html.token`, ...) and what it matched; see [`Prune::rule`].
    pub family: Family,
    /// The tag, token or role matched.
    pub matched: &'static str,
    /// The user or filter-list rule, for [`Family::Selector`].
    pub selector: u32,
    /// Pruned by a filter list's rule for every site: spared inside the story.
    pub generic: bool,
    /// Not worth a removal record (scripts, styles, hidden markup).
    pub silent: bool,
}

/// What pruning decided for each element, kept for the elements pruned by themselves: a
/// `u32` an element and a [`Prune`] a pruned one (most elements are not).
pub(crate) struct Prunes {
    /// Per element, its index in `found`, or [`NONE`].
    slot: Vec<u32>,
    found: Vec<Prune>,
}

impl Prunes {
    fn with_capacity(n: usize) -> Prunes {
        Prunes {
            slot: Vec::with_capacity(n),
            found: Vec::new(),
        }
    }

    /// The next element's decision.
    fn push(&mut self, p: Option<Prune>) {
        self.slot.push(match p {
            Some(p) => {
                self.found.push(p);
                (self.found.len() - 1) as u32
            }
            None => NONE,
        });
    }

    /// Why element `i` was pruned by itself, if it was.
    pub(crate) fn get(&self, i: usize) -> Option<&Prune> {
        match self.slot[i] {
            NONE => None,
            k => Some(&self.found[k as usize]),
        }
    }

    /// Element `i` is pruned after all, for `p`.
    fn set(&mut self, i: usize, p: Prune) {
        self.found.push(p);
        self.slot[i] = (self.found.len() - 1) as u32;
    }

    /// Element `i` is not pruned after all.
    pub(crate) fn clear(&mut self, i: usize) {
        self.slot[i] = NONE;
    }

    /// Keeps the prunes for which `keep` holds.
    pub(crate) fn retain(&mut self, keep: impl Fn(&Prune) -> bool) {
        for k in &mut self.slot {
            if *k != NONE && !keep(&self.found[*k as usize]) {
                *k = NONE;
            }
        }
    }
}

/// The families of prune rules, as removals name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    Tag,
    Hidden,
    Selector,
    Schema,
    Token,
    Role,
    Control,
    Panel,
    Teaser,
    Figure,
    Contents,
}

impl Prune {
    fn new(family: Family, kind: Kind, matched: &'static str, silent: bool) -> Prune {
        Prune {
            kind,
            family,
            matched,
            selector: u32::MAX,
            generic: false,
            silent,
        }
    }

    fn selector(set: &SelectorSet, rule: u32, generic: bool) -> Prune {
        Prune {
            selector: rule,
            generic,
            ..Prune::new(Family::Selector, set.rule(rule).kind, "", false)
        }
    }

    /// The stage a removal by this rule reports: the user's selectors and filter lists, or
    /// the built-in pruning.
    pub(crate) fn stage(&self) -> Stage {
        if self.family == Family::Selector {
            Stage::UserRule
        } else {
            Stage::Pruned
        }
    }

    /// The evidence behind a removal by this rule, in the text rules' units (see
    /// [`Removal::confidence`](crate::Removal::confidence)): a hard tag or hidden markup
    /// says most, a class, id or role token less, a user's selector as much as a user's
    /// phrase.
    pub(crate) fn evidence(&self) -> f32 {
        match self.family {
            Family::Tag | Family::Hidden => 12.0,
            Family::Selector => 10.0,
            _ => 8.0,
        }
    }

    /// The rule's name as reports show it: `html.token:newsletter`, or the selector rule's
    /// name in `selectors`.
    pub(crate) fn rule(&self, selectors: &SelectorSet) -> String {
        let family = match self.family {
            Family::Tag => "html.tag",
            Family::Hidden => "html.hidden",
            Family::Selector => return format!("selector:{}", selectors.rule(self.selector).name),
            Family::Schema => "html.schema",
            Family::Token => "html.token",
            Family::Role => "html.role",
            Family::Control => "html.control",
            Family::Panel => "html.panel",
            Family::Teaser => "html.teaser",
            Family::Figure => "html.figure",
            Family::Contents => "html.contents",
        };
        if self.matched.is_empty() {
            family.to_string()
        } else {
            format!("{family}:{}", self.matched)
        }
    }
}

/// The static name of a tag whose content is never article text, or `None`. A `match`, not
/// a scan of a list: it runs for every element.
pub(crate) fn hard_tag(name: &str) -> Option<&'static str> {
    let tag = match name {
        "script" => "script",
        "style" => "style",
        "noscript" => "noscript",
        "template" => "template",
        "head" => "head",
        "title" => "title",
        "svg" => "svg",
        "iframe" => "iframe",
        "object" => "object",
        "embed" => "embed",
        "canvas" => "canvas",
        "select" => "select",
        "option" => "option",
        "textarea" => "textarea",
        "input" => "input",
        "button" => "button",
        "link" => "link",
        "meta" => "meta",
        "video" => "video",
        "audio" => "audio",
        "source" => "source",
        "picture" => "picture",
        "map" => "map",
        "dialog" => "dialog",
        "menu" => "menu",
        // Ruby annotations: the reading printed over East Asian characters (furigana,
        // pinyin) would otherwise be read into the text after every word it annotates.
        "rt" => "rt",
        "rp" => "rp",
        _ => return None,
    };
    Some(tag)
}

/// Page furniture by tag; soft, so a page that misuses one for its story keeps it.
const SOFT_TAGS: &[(&str, Kind)] = &[
    ("nav", Kind::Other),
    ("aside", Kind::Other),
    ("header", Kind::Other),
    ("footer", Kind::Other),
    ("form", Kind::Other),
    ("figcaption", Kind::Other),
    // The page title: extractors return it apart from the body.
    ("h1", Kind::Other),
];

/// ARIA widget roles: the element is an interactive control (a button, a slider, a tab),
/// its text a label or a setting, as with the `<button>` and `<select>` tags. A control
/// is a few words; one with more text than [`CONTROL_MAX`] is left to the text rules (an
/// accordion's question can be the page's content).
const WIDGET_ROLES: &[&str] = &[
    "button",
    "checkbox",
    "combobox",
    "listbox",
    "menuitem",
    "menuitemcheckbox",
    "menuitemradio",
    "option",
    "progressbar",
    "radio",
    "scrollbar",
    "searchbox",
    "slider",
    "spinbutton",
    "switch",
    "tab",
    "textbox",
    "tooltip",
];

/// The most text (bytes) a control holds: a label, not a paragraph.
const CONTROL_MAX: u32 = 80;

const ROLES: &[(&str, Kind)] = &[
    ("dialog", Kind::Other),
    ("alertdialog", Kind::Other),
    ("navigation", Kind::Other),
    ("complementary", Kind::Other),
    ("banner", Kind::Other),
    ("contentinfo", Kind::Other),
    ("menu", Kind::Other),
    ("menubar", Kind::Other),
    ("toolbar", Kind::Other),
    ("search", Kind::Other),
    ("tablist", Kind::Other),
];

/// Attribute tokens (or token sequences) that name boilerplate, with their kind.
/// `true` marks layout tokens, which do not apply to an element that also calls itself
/// content (`article-header`, `post-sidebar-layout`).
#[rustfmt::skip]
const TOKENS: &[(&str, Kind, bool)] = &[
    ("donate", Kind::Donation, false), ("donation", Kind::Donation, false), ("donations", Kind::Donation, false),
    ("support us", Kind::Donation, false), ("supportus", Kind::Donation, false), ("contribute", Kind::Donation, false),
    ("contributions", Kind::Donation, false), ("epic", Kind::Donation, false), ("fundraising", Kind::Donation, false),
    ("newsletter", Kind::Newsletter, false), ("newsletters", Kind::Newsletter, false), ("signup", Kind::Newsletter, false),
    ("sign up", Kind::Newsletter, false), ("optin", Kind::Newsletter, false), ("opt in", Kind::Newsletter, false),
    ("mailing list", Kind::Newsletter, false), ("mailchimp", Kind::Newsletter, false), ("email signup", Kind::Newsletter, false),
    ("subscribe", Kind::Subscription, false), ("subscription", Kind::Subscription, false), ("subscriptions", Kind::Subscription, false),
    ("paywall", Kind::Paywall, false), ("regwall", Kind::Paywall, false), ("piano", Kind::Paywall, false), ("meter", Kind::Paywall, false),
    ("membership", Kind::Membership, false), ("become member", Kind::Membership, false),
    ("cookie", Kind::Cookie, false), ("cookies", Kind::Cookie, false), ("consent", Kind::Cookie, false), ("gdpr", Kind::Cookie, false),
    ("cmp", Kind::Cookie, false), ("onetrust", Kind::Cookie, false), ("didomi", Kind::Cookie, false), ("cookiebanner", Kind::Cookie, false),
    ("share", Kind::Social, false), ("sharing", Kind::Social, false), ("social", Kind::Social, false), ("sharebar", Kind::Social, false),
    ("share buttons", Kind::Social, false), ("addthis", Kind::Social, false), ("sharethis", Kind::Social, false), ("follow us", Kind::Social, false),
    ("socials", Kind::Social, false), ("social media", Kind::Social, false),
    ("related", Kind::Related, false), ("relatedposts", Kind::Related, false), ("relatedarticles", Kind::Related, false), ("relatedcontent", Kind::Related, false), ("relatedlinks", Kind::Related, false), ("relatedstories", Kind::Related, false), ("recommended", Kind::Related, false), ("recommendations", Kind::Related, false),
    ("read more", Kind::Related, false), ("readmore", Kind::Related, false), ("more stories", Kind::Related, false),
    ("most popular", Kind::Related, false), ("mostpopular", Kind::Related, false), ("popular", Kind::Related, false),
    ("trending", Kind::Related, false), ("most read", Kind::Related, false), ("mostread", Kind::Related, false),
    ("read next", Kind::Related, false), ("up next", Kind::Related, false), ("also read", Kind::Related, false),
    ("outbrain", Kind::Related, false), ("taboola", Kind::Related, false), ("revcontent", Kind::Related, false),
    ("mgid", Kind::Related, false), ("zergnet", Kind::Related, false), ("more from", Kind::Related, false),
    ("ad", Kind::Ad, false), ("ads", Kind::Ad, false), ("advert", Kind::Ad, false), ("adverts", Kind::Ad, false),
    ("advertisement", Kind::Ad, false), ("advertising", Kind::Ad, false), ("adslot", Kind::Ad, false), ("ad slot", Kind::Ad, false),
    ("adunit", Kind::Ad, false), ("ad unit", Kind::Ad, false), ("ad container", Kind::Ad, false), ("dfp", Kind::Ad, false),
    ("gpt ad", Kind::Ad, false), ("sponsor", Kind::Ad, false), ("sponsored", Kind::Ad, false), ("sponsors", Kind::Ad, false),
    ("promo", Kind::Ad, false), ("promoted", Kind::Ad, false), ("promotion", Kind::Ad, false), ("native ad", Kind::Ad, false),
    ("banner ad", Kind::Ad, false), ("commercial", Kind::Ad, false),
    ("app download", Kind::App, false), ("app promo", Kind::App, false),
    ("gallery", Kind::Other, false), ("slideshow", Kind::Other, false), ("carousel", Kind::Other, false),
    ("lightbox", Kind::Other, false), ("caption", Kind::Other, false), ("image credit", Kind::Credit, false),
    ("photo credit", Kind::Credit, false), ("image credits", Kind::Credit, false), ("photo credits", Kind::Credit, false),
    ("modal", Kind::Other, false), ("popup", Kind::Other, false), ("pop up", Kind::Other, false), ("overlay", Kind::Other, false),
    ("comments", Kind::Other, false), ("comment", Kind::Other, false), ("disqus", Kind::Other, false), ("respond", Kind::Other, false),
    ("breadcrumb", Kind::Other, true), ("breadcrumbs", Kind::Other, true), ("pagination", Kind::Other, true), ("pager", Kind::Other, true),
    ("sidebar", Kind::Other, true), ("widget", Kind::Other, true), ("widgets", Kind::Other, true), ("menu", Kind::Other, true),
    ("navbar", Kind::Other, true), ("nav", Kind::Other, true), ("navigation", Kind::Other, true), ("footer", Kind::Other, true),
    ("masthead", Kind::Other, true), ("skip link", Kind::Other, true), ("skiplink", Kind::Other, true), ("toolbar", Kind::Other, true),
    ("tags", Kind::Other, true), ("tag list", Kind::Other, true), ("taglist", Kind::Other, true), ("print", Kind::Other, true),
    ("sr only", Kind::Other, true), ("visually hidden", Kind::Other, true), ("screen reader text", Kind::Other, true),
    ("author bio", Kind::Credit, false), ("author box", Kind::Credit, false),
    ("about author", Kind::Credit, false), ("byline", Kind::Credit, true), ("dateline", Kind::Credit, true), ("timestamp", Kind::Credit, true), ("copyright", Kind::Credit, true),
];

/// Tokens by which an element calls itself content (selection counts them for it too).
pub(crate) const CONTENT_TOKENS: &[&str] = &[
    "article", "body", "content", "entry", "main", "post", "story", "text", "prose", "blog",
];

struct TokenMatcher {
    ac: AhoCorasick,
    content: AhoCorasick,
}

static MATCHER: LazyLock<TokenMatcher> = LazyLock::new(|| {
    let pats: Vec<String> = TOKENS.iter().map(|(t, _, _)| format!(" {t} ")).collect();
    let content: Vec<String> = CONTENT_TOKENS.iter().map(|t| format!(" {t} ")).collect();
    TokenMatcher {
        ac: AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .expect("token patterns"),
        content: AhoCorasick::new(&content).expect("content tokens"),
    }
});

/// The element's attribute tokens as ` tok tok tok `: lower case, split at punctuation and
/// at camelCase humps.
pub(crate) fn token_string(attrs: Attrs, out: &mut String) {
    out.clear();
    out.push(' ');
    let mut push = |value: &str| {
        if value.len() > 200 {
            return;
        }
        let mut prev_lower = false;
        for c in value.chars() {
            if c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric()) {
                if c.is_uppercase() && prev_lower {
                    out.push(' ');
                }
                prev_lower = c.is_lowercase() || c.is_ascii_digit();
                if c.is_ascii() {
                    out.push(c.to_ascii_lowercase());
                } else {
                    out.extend(c.to_lowercase());
                }
            } else {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
                prev_lower = false;
            }
        }
        if !out.ends_with(' ') {
            out.push(' ');
        }
    };
    for (name, value) in attrs.iter() {
        if is_token_attr(name) {
            push(value);
        }
    }
}

fn is_hidden(attrs: Attrs) -> bool {
    // One pass over the attributes: this runs for every element.
    let mut style = None;
    for (name, value) in attrs.iter() {
        match name {
            "hidden" => return true,
            "aria-hidden" if value == "true" => return true,
            "style" => style = Some(value),
            _ => {}
        }
    }
    let Some(style) = style else {
        return false;
    };
    // `display: none` or `visibility: hidden`, in any case and spacing; most styles hold
    // neither word, which two substring searches tell quickly.
    let quick = |w: &[u8]| {
        style
            .as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w))
    };
    if !quick(b"none") && !quick(b"hidden") {
        return false;
    }
    let compact = style
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| b.to_ascii_lowercase());
    let mut window = [0u8; 18];
    for b in compact {
        window.copy_within(1.., 0);
        window[17] = b;
        if window.ends_with(b"display:none") || window.ends_with(b"visibility:hidden") {
            return true;
        }
    }
    false
}

/// An element with this many long paragraphs is prose, not a box: soft rules spare it (the
/// text rules still judge its blocks).
pub(crate) const PROSE_PARAGRAPHS: u32 = 3;

/// Decides, for every element, whether it is pruned by itself (an element inside a pruned
/// one is gone with it; see [`effective`]). `text_len` is each element's text length in
/// bytes, `body_hint` the element marked up as the article body, if any.
/// `custom` holds, per element, the user or filter-list selector rule that matched it.
pub(crate) fn prune(
    dom: &Dom,
    text_len: &[u32],
    long_paras: &[u32],
    body_hint: Option<u32>,
    custom: Option<(&SelectorSet, &[Option<u32>])>,
) -> (Prunes, Vec<Option<Kind>>) {
    let total = text_len.first().copied().unwrap_or(0).max(1);
    let mut out = Prunes::with_capacity(dom.elems.len());
    let mut spared: Vec<Option<Kind>> = vec![None; dom.elems.len()];
    let mut cache = TokenCache::default();
    let mut tokens = String::new();
    let holds = holdings(dom);
    let (anchors, anchor_text) = in_page_links(dom, text_len);
    let mut leads = Vec::new();
    for (i, e) in dom.elems.iter().enumerate() {
        let name = e.name();
        if let Some(tag) = hard_tag(name).filter(|&t| {
            // A `<noscript>` copy of the story (see `html::noscript_stories`).
            t != "noscript" || long_paras[i] < PROSE_PARAGRAPHS
        }) {
            out.push(Some(Prune::new(Family::Tag, Kind::Other, tag, true)));
            continue;
        }
        if is_hidden(dom.attrs(i)) {
            out.push(Some(Prune::new(Family::Hidden, Kind::Other, "", true)));
            continue;
        }
        if let Some((set, hits)) = custom {
            if let Some(r) = hits[i].filter(|&r| !set.rule(r).generic) {
                out.push(Some(Prune::selector(set, r, false)));
                continue;
            }
        }
        if figure_like(dom, text_len, &holds, i) {
            out.push(Some(Prune::new(Family::Figure, Kind::Credit, "", false)));
            continue;
        }
        // A table of contents: links to the page's own sections, and little else. It holds
        // the story's headings, never its text.
        if anchors[i] >= CONTENTS_LINKS
            && !matches!(name, "html" | "body" | "main" | "article")
            && u64::from(anchor_text[i]) * 10 >= 7 * u64::from(text_len[i])
        {
            out.push(Some(Prune::new(Family::Contents, Kind::Other, "", false)));
            continue;
        }
        // A reader's comment by schema.org markup (`itemtype=".../Comment"`, `itemprop=
        // "comment"`): never the story, whatever its length.
        if is_schema_comment(dom.attrs(i)) && !body_hint.is_some_and(|h| dom.contains(i as u32, h))
        {
            out.push(Some(Prune::new(
                Family::Schema,
                Kind::Other,
                "Comment",
                false,
            )));
            continue;
        }
        if let Some(what) = control(dom, i, text_len[i]) {
            out.push(Some(Prune::new(Family::Control, Kind::Other, what, false)));
            continue;
        }
        // Soft rules spare the story's container; comment sections are pruned however much
        // prose they hold (a retry without soft rules catches a page that was all comments).
        let story = body_hint.is_some_and(|h| dom.contains(i as u32, h))
            || matches!(name, "html" | "body" | "main" | "article");
        let big = text_len[i] as f32 > 0.5 * total as f32 || long_paras[i] >= PROSE_PARAGRAPHS;
        if story
            || (big
                && !is_comment_section(dom, i, &mut tokens)
                && !is_box_of_rows(dom, text_len, i, &mut tokens))
        {
            // A box that names itself an appeal but holds prose: spared here, flagged for the
            // text rules (unless it is most of the page).
            if !story && text_len[i] as f32 <= 0.5 * total as f32 {
                spared[i] = token_kind(dom.attrs(i), &mut tokens)
                    .map(|(k, _)| k)
                    .filter(|k| APPEAL_KINDS.contains(k));
            }
            out.push(None);
            continue;
        }
        let found = cache.kind(dom.attrs(i), &mut tokens);
        if let Some((set, r)) = custom.and_then(|(set, hits)| Some((set, hits[i]?))) {
            out.push(Some(Prune::selector(set, r, true)));
            continue;
        }
        if let Some((kind, tok)) = found {
            // A formula is the page's text whatever its wrapper calls itself: MathJax marks
            // every rendered equation with a context menu class (`CtxtMenu_Attached_0`).
            if holds[i] & HOLDS_MATH == 0 || !is_layout_token(tok) {
                out.push(Some(Prune::new(Family::Token, kind, tok, false)));
                continue;
            }
        }
        if let Some(&(tag, kind)) = SOFT_TAGS.iter().find(|(t, _)| *t == name) {
            if tag == "header"
                && long_paras[i] > 0
                && !dom
                    .attr(i, "role")
                    .is_some_and(|r| r.eq_ignore_ascii_case("banner"))
            {
                leads.push(i);
                out.push(None);
                continue;
            }
            out.push(Some(Prune::new(Family::Tag, kind, tag, false)));
            continue;
        }
        if let Some(role) = dom.attr(i, "role") {
            if let Some(&(r, kind)) = ROLES.iter().find(|(r, _)| role.eq_ignore_ascii_case(r)) {
                out.push(Some(Prune::new(Family::Role, kind, r, false)));
                continue;
            }
        }
        out.push(None);
    }
    // An article's header with its lead (a standfirst, an excerpt, an abstract: a paragraph
    // of prose) loses all but the lead: the kicker, the date and byline lines, the share
    // row and the picture go as a header does, the lead's paragraphs stay for selection.
    for h in leads {
        let mut c = h + 1;
        while c < dom.elems[h].end as usize {
            let e = &dom.elems[c];
            if long_paras[c] == 0 {
                if out.get(c).is_none() {
                    out.set(c, Prune::new(Family::Tag, Kind::Other, "header", false));
                }
                c = e.end as usize;
            } else if e.name() == "p" {
                c = e.end as usize;
            } else {
                c += 1;
            }
        }
    }
    (out, spared)
}

/// Whether element `i` is an interactive control by its markup, and by what: an ARIA
/// widget role, or a block (`div`, `li`) that takes the keyboard focus (`tabindex` 0 or
/// more) without being a link. Players, sliders and settings panels are built of these;
/// their labels ("Video Quality", "Auto", "75% (transparency)") are no text of the page.
/// Headings and paragraphs that take the focus are left alone (accordions, glossaries),
/// and so is anything longer than [`CONTROL_MAX`].
fn control(dom: &Dom, i: usize, text_len: u32) -> Option<&'static str> {
    if text_len > CONTROL_MAX || text_len == 0 {
        return None;
    }
    let (mut role, mut focus) = (None, false);
    for (name, value) in dom.attrs(i).iter() {
        match name {
            "role" => role = Some(value),
            "tabindex" => focus = value.trim().parse::<i32>().is_ok_and(|t| t >= 0),
            _ => {}
        }
    }
    if let Some(r) = role.and_then(|r| WIDGET_ROLES.iter().find(|w| r.eq_ignore_ascii_case(w))) {
        return Some(r);
    }
    (focus && matches!(dom.elems[i].name(), "div" | "li")).then_some("tabindex")
}

/// Kinds of box whose prose the text rules are told about when a soft rule spared it.
const APPEAL_KINDS: &[Kind] = &[
    Kind::Donation,
    Kind::Membership,
    Kind::Subscription,
    Kind::Paywall,
    Kind::Newsletter,
];

/// [`token_kind`] per distinct set of attribute values: pages repeat the same classes on
/// hundreds of elements.
#[derive(Default)]
struct TokenCache(std::collections::HashMap<u64, Option<(Kind, &'static str)>>);

impl TokenCache {
    fn kind(&mut self, attrs: Attrs, tokens: &mut String) -> Option<(Kind, &'static str)> {
        use std::hash::{Hash, Hasher};
        let mut h = crate::fx::Fx::default();
        let mut any = false;
        for (name, value) in attrs.iter() {
            if is_token_attr(name) {
                (name, value).hash(&mut h);
                any = true;
            }
        }
        if !any {
            return None;
        }
        *self
            .0
            .entry(h.finish())
            .or_insert_with(|| token_kind(attrs, tokens))
    }
}

/// The attributes whose values name what an element is.
fn is_token_attr(name: &str) -> bool {
    matches!(
        name,
        "class"
            | "id"
            | "role"
            | "aria-label"
            | "data-component"
            | "data-module"
            | "data-testid"
            | "data-type"
            | "data-block"
            | "data-role"
    )
}

/// The boilerplate kind the element's attribute tokens name, if any (layout tokens do not
/// count on an element that also calls itself content).
fn token_kind(attrs: Attrs, tokens: &mut String) -> Option<(Kind, &'static str)> {
    token_string(attrs, tokens);
    let m = &*MATCHER;
    let mut found: Option<(Kind, &'static str)> = None;
    let mut content: Option<bool> = None;
    for mat in m.ac.find_overlapping_iter(tokens.as_str()) {
        let (tok, kind, layout) = TOKENS[mat.pattern().as_usize()];
        // `non-paywall`, `no-ads`: the token names what the element is not.
        let before = &tokens[..=mat.start()];
        if NEGATIONS.iter().any(|n| before.ends_with(n)) {
            continue;
        }
        if layout && *content.get_or_insert_with(|| m.content.is_match(tokens.as_str())) {
            continue;
        }
        found = Some((kind, tok));
        if !layout {
            break;
        }
    }
    found
}

/// The most text (bytes) of an image's caption and credit in a box of their own.
const CAPTION_MAX: u32 = 200;
/// The most text (bytes) beside the image itself ("Vergrößern", "Zoom").
const IMAGE_LABEL: u32 = 20;

/// Links to anchors of the page itself that make a table of contents.
const CONTENTS_LINKS: u32 = 3;

/// Per element, the links in its subtree that lead to an anchor of the page (`href="#..."`)
/// and their text: a table of contents when they are most of its text. A link elsewhere
/// in the subtree makes it something else (a list of sources, a menu): `u32::MAX` marks it.
fn in_page_links(dom: &Dom, text_len: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = dom.elems.len();
    let mut count = vec![0u32; n];
    let mut text = vec![0u32; n];
    let mut away = vec![false; n];
    for (i, e) in dom.elems.iter().enumerate() {
        if e.name() == "a" {
            match dom.attr(i, "href").map(str::trim) {
                Some(h) if h.len() > 1 && h.starts_with('#') => {
                    count[i] = 1;
                    text[i] = text_len[i];
                }
                Some(h) if !h.is_empty() => away[i] = true,
                _ => {}
            }
        }
    }
    for i in (1..n).rev() {
        let p = dom.elems[i].parent;
        if p != NONE {
            count[p as usize] += count[i];
            text[p as usize] += text[i];
            away[p as usize] |= away[i];
        }
    }
    for (c, &a) in count.iter_mut().zip(&away) {
        if a {
            *c = 0;
        }
    }
    (count, text)
}

/// Per element, what its subtree holds, for [`figure_like`]: an image, and text structure
/// (a heading, a paragraph, a list, a table, a quote). One pass, children before parents.
const HOLDS_IMAGE: u8 = 1;
const HOLDS_TEXT: u8 = 2;
/// A MathML formula (`<math>`): text of the page, never its furniture.
const HOLDS_MATH: u8 = 4;

/// Whether `tok` is a layout token of [`TOKENS`] (a menu, a widget, a sidebar).
fn is_layout_token(tok: &str) -> bool {
    TOKENS.iter().any(|&(t, _, layout)| layout && t == tok)
}

fn holdings(dom: &Dom) -> Vec<u8> {
    let mut holds: Vec<u8> = dom
        .elems
        .iter()
        .map(|e| match e.name() {
            "img" | "picture" => HOLDS_IMAGE,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "li" | "table" | "blockquote" => {
                HOLDS_TEXT
            }
            "math" => HOLDS_MATH,
            _ => 0,
        })
        .collect();
    for i in (1..holds.len()).rev() {
        let p = dom.elems[i].parent;
        if p != NONE {
            holds[p as usize] |= holds[i];
        }
    }
    holds
}

/// Whether element `i` is a figure built of `div`s: a child that holds an image (and at
/// most a short label) and siblings that hold its caption and credit, under
/// [`CAPTION_MAX`] bytes. A heading, a paragraph, a list or a table in it makes it a card
/// or a step of instructions with its picture, which are text.
fn figure_like(dom: &Dom, text_len: &[u32], holds: &[u8], i: usize) -> bool {
    let e = &dom.elems[i];
    if !matches!(e.name(), "div" | "figure" | "span")
        || !(1..=CAPTION_MAX).contains(&text_len[i])
        || holds[i] != HOLDS_IMAGE
    {
        return false;
    }
    let mut image = false;
    let mut c = i as u32 + 1;
    while c < e.end {
        let ci = c as usize;
        if holds[ci] & HOLDS_IMAGE != 0 && text_len[ci] <= IMAGE_LABEL {
            image = true;
        }
        c = dom.elems[ci].end;
    }
    image
}

/// Whether schema.org markup calls the element a comment (or a list of them).
fn is_schema_comment(attrs: Attrs) -> bool {
    attrs.get("itemtype").is_some_and(|t| {
        t.split_whitespace().any(|u| {
            u.rsplit('/')
                .next()
                .is_some_and(|name| name.eq_ignore_ascii_case("Comment"))
        })
    }) || attrs.get("itemprop").is_some_and(|p| {
        p.split_whitespace()
            .any(|t| t.eq_ignore_ascii_case("comment") || t.eq_ignore_ascii_case("comments"))
    })
}

/// Tokens that negate the next one (`non-paywall`, `no-ads`, `without-sidebar`), or say
/// that the element holds it rather than is it (`has-sharing`, `with-ads`: a modifier of
/// an article header with share buttons, a section with an ad slot).
const NEGATIONS: &[&str] = &[
    " non ",
    " no ",
    " not ",
    " without ",
    " kein ",
    " has ",
    " with ",
];

const COMMENT_TOKENS: &[&str] = &[
    " comments ",
    " comment list ",
    " commentlist ",
    " disqus ",
    " respond ",
    " replies ",
];

/// Whether the element is a comment section by its own tokens (and does not also call
/// itself the article).
fn is_comment_section(dom: &Dom, i: usize, tokens: &mut String) -> bool {
    token_string(dom.attrs(i), tokens);
    COMMENT_TOKENS.iter().any(|t| tokens.contains(t)) && !MATCHER.content.is_match(tokens.as_str())
}

/// Controls in one element that make it a control panel.
const PANEL_CONTROLS: u32 = 5;
/// The longest text run (bytes) in a control panel: labels and settings, no prose.
const PANEL_RUN: u32 = 80;

/// Prunes control panels: the outermost elements that hold [`PANEL_CONTROLS`] or more
/// controls (see [`control`]) and no text run of [`PANEL_RUN`] bytes or more besides them.
/// A video player's menus and a gallery's toolbar are built so; the lines between their
/// controls ("Closed Captions", "English", "Arial") are labels too. Returns whether any
/// element was pruned.
pub(crate) fn panels(dom: &Dom, own: &mut Prunes, gone: &[bool]) -> bool {
    let n = dom.elems.len();
    let mut controls = vec![0u32; n];
    let mut longest = vec![0u32; n];
    for (i, c) in controls.iter_mut().enumerate() {
        *c = u32::from(own.get(i).is_some_and(|p| p.family == Family::Control));
    }
    for run in &dom.texts {
        let o = run.owner as usize;
        if let (false, Some(t)) = (gone[o], dom.text(run)) {
            longest[o] = longest[o].max(t.trim().len() as u32);
        }
    }
    for i in (1..n).rev() {
        let p = dom.elems[i].parent;
        if p != NONE {
            controls[p as usize] += controls[i];
            longest[p as usize] = longest[p as usize].max(longest[i]);
        }
    }
    let mut any = false;
    let mut i = 0;
    while i < n {
        let e = &dom.elems[i];
        if !gone[i]
            && controls[i] >= PANEL_CONTROLS
            && longest[i] < PANEL_RUN
            && !matches!(e.name(), "html" | "body" | "main" | "article")
        {
            own.set(i, Prune::new(Family::Panel, Kind::Other, "", false));
            any = true;
            i = e.end as usize;
            continue;
        }
        i += 1;
    }
    any
}

/// The longest a teaser box is (bytes of visible text): a headline and a sentence or two.
const TEASER_MAX: u32 = 500;
/// The shortest headline and excerpt of a teaser (bytes).
const TEASER_HEADLINE: u32 = 15;
const TEASER_EXCERPT: u32 = 40;
/// The story's text before a teaser (bytes): a box at the story's start with a linked title
/// and a lead is the story's own head.
const TEASER_AFTER: u32 = 200;
/// Teasers take at most this share of the story's text: more, and the boxes are the story
/// (a roundup whose items link to what they describe).
const TEASER_SHARE: f32 = 0.3;

/// Prunes the teaser boxes inside the story: a headline (`h2`–`h6`) that is all link text
/// opening a small box with an excerpt under it, the page pointing to another page, after
/// the story has begun. The box is the largest element that the headline opens (after a
/// kicker or a tag of under [`TEASER_LINE`] bytes at most) and that
/// holds at most [`TEASER_MAX`] bytes, taken with the short lines around it (a kicker, a
/// file size) while its parent holds no other prose. `len` and `link_len` are each
/// element's visible text and link text, `roots` the story's elements. Returns whether any
/// box was pruned.
pub(crate) fn teasers(
    dom: &Dom,
    own: &mut Prunes,
    gone: &[bool],
    len: &[u32],
    link_len: &[u32],
    roots: &[u32],
) -> bool {
    let visible = |k: usize| {
        let r = &dom.texts[k];
        !gone[r.owner as usize] && dom.text(r).is_some_and(|t| !t.trim().is_empty())
    };
    let runs = dom.texts.len();
    // Visible text before each run, on the whole page: what an element holds before its
    // headline is one subtraction.
    let mut page_before = vec![0u32; runs + 1];
    for k in 0..runs {
        let add = if visible(k) {
            dom.text(&dom.texts[k]).map_or(0, |t| t.trim().len() as u32)
        } else {
            0
        };
        page_before[k + 1] = page_before[k] + add;
    }
    let before = |outer: usize, inner: usize| {
        page_before[dom.elems[inner].text_start as usize]
            - page_before[dom.elems[outer].text_start as usize]
    };
    // And the story's text before each run.
    let mut story_before = vec![0u32; runs + 1];
    let mut in_story = vec![false; runs];
    for &r in roots {
        let e = &dom.elems[r as usize];
        in_story[e.text_start as usize..e.text_end as usize].fill(true);
    }
    for k in 0..runs {
        let add = if in_story[k] && visible(k) {
            dom.text(&dom.texts[k]).map_or(0, |t| t.trim().len() as u32)
        } else {
            0
        };
        story_before[k + 1] = story_before[k] + add;
    }
    let story: u32 = roots.iter().map(|&r| len[r as usize]).sum();
    let holds_root = |i: u32| roots.iter().any(|&r| dom.contains(i, r));
    let mut found: Vec<u32> = Vec::new();
    for &root in roots {
        let end = dom.elems[root as usize].end;
        for h in root + 1..end {
            let hi = h as usize;
            let l = len[hi];
            if gone[hi]
                || !matches!(dom.elems[hi].name(), "h2" | "h3" | "h4" | "h5" | "h6")
                || !(TEASER_HEADLINE..=TEASER_MAX).contains(&l)
                || (link_len[hi] as f32) < 0.9 * l as f32
                || found.last().is_some_and(|&f| dom.contains(f, h))
                || !links_away(dom, h)
            {
                continue;
            }
            // Up while the headline opens the element (after a short kicker at most) and the
            // element is small.
            let mut boxed = h;
            loop {
                let p = dom.elems[boxed as usize].parent;
                if p == NONE
                    || p == root
                    || holds_root(p)
                    || len[p as usize] > TEASER_MAX
                    || before(p as usize, hi) >= TEASER_LINE
                {
                    break;
                }
                boxed = p;
            }
            if len[boxed as usize] < l + TEASER_EXCERPT {
                continue;
            }
            // The short lines beside it: a kicker over the box, a file size, a label.
            loop {
                let p = dom.elems[boxed as usize].parent;
                if p == NONE || p == root || holds_root(p) || len[p as usize] > TEASER_MAX {
                    break;
                }
                if !only_short_besides(dom, gone, len, p, boxed) {
                    break;
                }
                boxed = p;
            }
            let start = dom.elems[boxed as usize].text_start as usize;
            if story_before[start] < TEASER_AFTER {
                continue;
            }
            found.push(boxed);
        }
    }
    let total: u32 = found.iter().map(|&f| len[f as usize]).sum();
    if found.is_empty() {
        return false;
    }
    if total as f32 > TEASER_SHARE * story as f32 {
        // More teasers than the guard allows: they may be the story (a roundup), unless
        // they are a stream after its last prose, in a box apart from it.
        let mut teaser_run = vec![false; runs];
        for &f in &found {
            let e = &dom.elems[f as usize];
            teaser_run[e.text_start as usize..e.text_end as usize].fill(true);
        }
        let last_prose = (0..runs)
            .rev()
            .find(|&k| in_story[k] && !teaser_run[k] && visible(k));
        let Some(last_prose) = last_prose else {
            return false;
        };
        found.retain(|&f| dom.elems[f as usize].text_start as usize > last_prose);
        let stream: u32 = found.iter().map(|&f| len[f as usize]).sum();
        let before = total - stream;
        if found.len() < STREAM_TEASERS
            || before as f32 > TEASER_SHARE * (story - stream) as f32
            || !apart(dom, dom.texts[last_prose].owner, found[0])
        {
            return false;
        }
    }
    for f in found {
        own.set(
            f as usize,
            Prune::new(Family::Teaser, Kind::Related, "", false),
        );
    }
    true
}

/// The fewest teasers of a stream after the story that [`TEASER_SHARE`] does not guard.
const STREAM_TEASERS: usize = 3;
/// How far apart (levels below their common ancestor, each) the story's last prose and a
/// stream of teasers after it sit: a box of its own, not the list of a roundup beside its
/// intro.
const STREAM_APART: u32 = 3;

/// Whether elements `a` and `b` are each [`STREAM_APART`] levels or more below their
/// nearest common ancestor. Walks up both (the depth is bounded by `html::depth`).
fn apart(dom: &Dom, a: u32, b: u32) -> bool {
    let depth = |mut i: u32| {
        let mut d = 0u32;
        while dom.elems[i as usize].parent != NONE {
            i = dom.elems[i as usize].parent;
            d += 1;
        }
        d
    };
    let (da, db) = (depth(a), depth(b));
    let (mut x, mut y) = (a, b);
    let (mut dx, mut dy) = (da, db);
    while dx > dy {
        x = dom.elems[x as usize].parent;
        dx -= 1;
    }
    while dy > dx {
        y = dom.elems[y as usize].parent;
        dy -= 1;
    }
    while x != y {
        x = dom.elems[x as usize].parent;
        y = dom.elems[y as usize].parent;
        dx -= 1;
    }
    da - dx >= STREAM_APART && db - dx >= STREAM_APART
}

/// Whether the links in element `h` lead to other pages: a heading linked to its own
/// anchor (a table of contents' back-reference, a permalink sign) is a section's.
fn links_away(dom: &Dom, h: u32) -> bool {
    let away = |a: u32| {
        dom.attr(a as usize, "href")
            .map(str::trim)
            .is_some_and(|href| !href.is_empty() && !href.starts_with('#'))
    };
    let mut inside =
        (h..dom.elems[h as usize].end).filter(|&a| dom.elems[a as usize].name() == "a");
    match inside.next() {
        Some(first) => away(first) && inside.all(away),
        // The headline inside the link (`<a><h3>...</h3></a>`).
        None => dom
            .ancestors(h)
            .take(3)
            .find(|&a| dom.elems[a as usize].name() == "a")
            .is_some_and(away),
    }
}

/// The most text (bytes) of a line beside a teaser that the box takes along.
const TEASER_LINE: u32 = 40;

/// Whether the children of `p` other than `child` hold only short lines (under
/// [`TEASER_LINE`] bytes each).
fn only_short_besides(dom: &Dom, gone: &[bool], len: &[u32], p: u32, child: u32) -> bool {
    let end = dom.elems[p as usize].end;
    let mut c = p + 1;
    while c < end {
        if c != child && !gone[c as usize] && len[c as usize] >= TEASER_LINE {
            return false;
        }
        c = dom.elems[c as usize].end;
    }
    true
}

/// Tokens naming a box of items beside the story: its prose, however long, is the items'
/// (slides' captions, teasers' excerpts), not the story's, when it comes in rows.
const ROW_BOX_TOKENS: &[&str] = &["gallery", "slideshow", "carousel", "lightbox"];

/// Rows: at least this many children of one kind (tag and class).
const ROWS: usize = 4;
/// The rows hold at least this share of the box's text, and none more than [`ROW_MAX`]:
/// a slide show's fifty captions, not a story that has a box of links at its end.
const ROWS_SHARE: f32 = 0.7;
const ROW_MAX: f32 = 0.4;
/// How many wrappers (a child holding nearly all the text, beside a title or a counter)
/// are looked through.
const ROW_WRAPPERS: usize = 6;

/// Whether element `i` names itself a gallery, a slide show or a list of related items by
/// its tokens, and its text comes in rows of one kind (list items, articles, `div`s of
/// one class): pruned however much prose it holds, as a comment section is.
fn is_box_of_rows(dom: &Dom, text_len: &[u32], i: usize, tokens: &mut String) -> bool {
    let Some((kind, tok)) = token_kind(dom.attrs(i), tokens) else {
        return false;
    };
    if kind != Kind::Related && !ROW_BOX_TOKENS.contains(&tok) {
        return false;
    }
    let total = text_len[i];
    if total == 0 {
        return false;
    }
    let mut r = i as u32;
    let mut children: Vec<u32> = Vec::new();
    for _ in 0..ROW_WRAPPERS {
        children.clear();
        let end = dom.elems[r as usize].end;
        let mut c = r + 1;
        while c < end {
            if text_len[c as usize] > 0 {
                children.push(c);
            }
            c = dom.elems[c as usize].end;
        }
        match children
            .iter()
            .find(|&&c| text_len[c as usize] as f32 >= 0.9 * total as f32)
        {
            Some(&c) => r = c,
            None => break,
        }
    }
    let class = |c: u32| dom.attr(c as usize, "class").unwrap_or("").trim();
    let mut groups: Vec<((&str, &str), usize, u32, u32)> = Vec::new();
    for &c in &children {
        let sig = (dom.elems[c as usize].name(), class(c));
        let l = text_len[c as usize];
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
            && (matches!(tag, "li" | "article" | "section" | "figure")
                || (tag == "div" && !class.is_empty()))
            && sum as f32 >= ROWS_SHARE * total as f32
            && (max as f32) < ROW_MAX * total as f32
    })
}

/// Whether each element is gone, by itself or with a pruned ancestor.
pub(crate) fn effective(dom: &Dom, own: &Prunes) -> Vec<bool> {
    let mut gone = vec![false; dom.elems.len()];
    for (i, e) in dom.elems.iter().enumerate() {
        gone[i] = own.get(i).is_some() || (e.parent != NONE && gone[e.parent as usize]);
    }
    gone
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens_of(html: &str) -> String {
        let dom = crate::html::dom::parse(html);
        let i = dom.elems.iter().position(|e| e.name() == "div").unwrap();
        let mut s = String::new();
        token_string(dom.attrs(i), &mut s);
        s
    }

    #[test]
    fn tokens_split_on_punctuation_and_camel_case() {
        assert_eq!(
            tokens_of(r#"<div class="shareBar article__related-Links" id="x_1">"#),
            " share bar article related links x 1 "
        );
    }

    #[test]
    fn whole_tokens_only() {
        let dom = crate::html::dom::parse(
            r#"<body><div class="shadow leader"><p>text</p></div><div class="ad-slot"><p>buy</p></div><p>Story text that is long enough to be most of the page, with words and more words.</p></body>"#,
        );
        let lens: Vec<u32> = dom
            .elems
            .iter()
            .map(|e| (e.text_end - e.text_start) * 4)
            .collect();
        let (own, _) = prune(&dom, &lens, &vec![0; lens.len()], None, None);
        let by_class = |c: &str| {
            let i = dom
                .elems
                .iter()
                .enumerate()
                .position(|(i, _)| dom.attr(i, "class") == Some(c))
                .unwrap();
            own.get(i).map(|p| p.rule(&SelectorSet::default()))
        };
        assert_eq!(by_class("shadow leader"), None);
        assert_eq!(by_class("ad-slot").as_deref(), Some("html.token:ad"));
    }
}
