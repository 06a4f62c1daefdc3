//! A flat view of the parsed document: elements in document order with the extent of their
//! subtrees, and the text runs between them. Every later stage works on index ranges of these
//! arrays, so nothing recurses over the tree and nothing is quadratic in its size.
//!
//! The parser builds it through a tree sink of its own ([`parse`]): nodes in one array with
//! `u32` links (32 bytes) while the parser needs a tree, text and attribute values copied into
//! one string each as they arrive, then a walk in document order, the tree freed, and the
//! arrays written: 32 bytes an element, 12 a text run, 16 an attribute. scraper's tree took
//! 128 bytes a node and a heap block for most texts and attributes; the million-paragraph
//! page peaked at 796 MB with it, 191 MB now (`DESIGN.md`). The sink makes the tree that
//! `scraper`'s does, operation for operation (see [`Tree`]), so a removal's selector means
//! the same element in [`crate::parse_html`]'s document; the tests below build both and
//! compare them. With user selectors, [`Dom::from_html`] reads scraper's tree instead.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::fmt::Write as _;
use unicode_normalization::UnicodeNormalization;

use crate::output::Location;
use ego_tree::iter::Edge;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, LocalName, QualName, expanded_name, local_name, namespace_url, ns};
use scraper::{Html, Node};

/// No parent.
pub(crate) const NONE: u32 = u32::MAX;

pub(crate) struct Elem {
    /// The local name, as `scraper`'s `Element::name` gives it.
    name: LocalName,
    pub parent: u32,
    /// The element's position among its parent's element children, from 1 (`:nth-child`).
    pub nth: u32,
    /// One past the last element of the subtree.
    pub end: u32,
    /// The subtree's text runs: `texts[text_start..text_end]`.
    pub text_start: u32,
    pub text_end: u32,
    /// The element's first attribute in [`Dom::attrs`]; its last is before the next element's.
    attrs: u32,
}

impl Elem {
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// A run of text, or a line break (`<br>`), owned by the element it sits directly in.
pub(crate) struct TextRun {
    pub owner: u32,
    /// A byte range of [`Dom::text`]; `start == NONE` for a `<br>`.
    start: u32,
    end: u32,
}

/// An attribute: its local name and a byte range of the attribute text.
struct Attr {
    name: LocalName,
    start: u32,
    end: u32,
}

pub(crate) struct Dom {
    pub elems: Vec<Elem>,
    pub texts: Vec<TextRun>,
    /// Every text run, one after the other (and text of nodes that left the tree).
    text: String,
    /// Attributes in element order, each element's sorted by name as `scraper` sorts them.
    attrs: Vec<Attr>,
    attr_text: String,
}

/// An element's attributes, as (local name, value) pairs in `scraper`'s order.
#[derive(Clone, Copy)]
pub(crate) struct Attrs<'a> {
    list: &'a [Attr],
    text: &'a str,
}

impl<'a> Attrs<'a> {
    pub(crate) fn iter(self) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.list
            .iter()
            .map(move |a| (&*a.name, &self.text[a.start as usize..a.end as usize]))
    }

    /// The first attribute of this local name.
    pub(crate) fn get(self, name: &str) -> Option<&'a str> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// Parses a document as [`crate::html::parse`] does, into the flat arrays directly.
pub(crate) fn parse(html: &str) -> Dom {
    parse_in_chunks(html, CHUNK)
}

/// The parser reads the page about this many bytes at a time: given the page whole, it would
/// copy it whole first (23 MB for the million-paragraph page), while text is copied out of
/// each chunk as it is parsed and the chunk goes.
const CHUNK: usize = 1 << 16;

/// Feeds the parser chunks that each start at a `<`. The tokenizer keeps its state across
/// chunks, but it drops a U+FEFF that starts the input it is fed, every time it is fed (the
/// page's byte-order mark, and by a slip any later one); a chunk that starts with `<` reads
/// as the whole page would.
fn parse_in_chunks(html: &str, chunk: usize) -> Dom {
    let sink = Sink(RefCell::new(Tree::new()));
    let mut parser = html5ever::driver::parse_document(sink, super::parse_opts());
    let mut rest = html;
    while !rest.is_empty() {
        let at = rest
            .as_bytes()
            .get(chunk..)
            .and_then(|tail| memchr::memchr(b'<', tail))
            .map_or(rest.len(), |k| chunk + k);
        let (head, tail) = rest.split_at(at);
        parser.process(StrTendril::from_slice(head));
        rest = tail;
    }
    parser.finish()
}

impl Dom {
    fn empty() -> Dom {
        Dom {
            elems: Vec::new(),
            texts: Vec::new(),
            text: String::new(),
            attrs: Vec::new(),
            attr_text: String::new(),
        }
    }

    /// The flat view of a `scraper` document, and the tree node of each element (for CSS
    /// selector matching).
    pub(crate) fn from_html(html: &Html) -> (Dom, Vec<ego_tree::NodeId>) {
        let mut b = Builder::default();
        let mut ids = Vec::new();
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(el) => {
                        ids.push(node.id());
                        let attrs = el.attrs.iter().map(|(name, value)| {
                            let start = b.dom.attr_text.len() as u32;
                            b.dom.attr_text.push_str(value);
                            Attr {
                                name: name.local.clone(),
                                start,
                                end: b.dom.attr_text.len() as u32,
                            }
                        });
                        let attrs: Vec<Attr> = attrs.collect();
                        b.open_element(el.name.local.clone(), attrs);
                    }
                    Node::Text(t) => {
                        let start = b.dom.text.len() as u32;
                        push_visible(&mut b.dom.text, t);
                        b.text(start, b.dom.text.len() as u32);
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    if node.value().is_element() {
                        b.close_element();
                    }
                }
            }
        }
        (b.dom, ids)
    }

    /// A run's text; `None` for a `<br>`.
    pub(crate) fn text(&self, run: &TextRun) -> Option<&str> {
        (run.start != NONE).then(|| &self.text[run.start as usize..run.end as usize])
    }

    /// The texts of the runs in the element's subtree, line breaks left out.
    pub(crate) fn texts_in(&self, idx: usize) -> impl DoubleEndedIterator<Item = &str> {
        let e = &self.elems[idx];
        self.texts[e.text_start as usize..e.text_end as usize]
            .iter()
            .filter_map(|r| self.text(r))
    }

    /// The element's attributes.
    pub(crate) fn attrs(&self, idx: usize) -> Attrs<'_> {
        let start = self.elems[idx].attrs as usize;
        let end = self
            .elems
            .get(idx + 1)
            .map_or(self.attrs.len(), |e| e.attrs as usize);
        Attrs {
            list: &self.attrs[start..end],
            text: &self.attr_text,
        }
    }

    /// An attribute's value, by its local name.
    pub(crate) fn attr(&self, idx: usize, name: &str) -> Option<&str> {
        self.attrs(idx).get(name)
    }

    /// Per element: whether it or one of its ancestors is a `tag` element.
    pub(crate) fn within(&self, tag: &str) -> Vec<bool> {
        let mut inside = vec![false; self.elems.len()];
        for (i, e) in self.elems.iter().enumerate() {
            inside[i] = e.name() == tag || (e.parent != NONE && inside[e.parent as usize]);
        }
        inside
    }

    /// The element's ancestors, nearest first.
    pub(crate) fn ancestors(&self, idx: u32) -> impl Iterator<Item = u32> + '_ {
        let mut cur = self.elems[idx as usize].parent;
        std::iter::from_fn(move || {
            if cur == NONE {
                return None;
            }
            let out = cur;
            cur = self.elems[cur as usize].parent;
            Some(out)
        })
    }

    /// True when `a` is `b` or contains it.
    pub(crate) fn contains(&self, a: u32, b: u32) -> bool {
        a <= b && b < self.elems[a as usize].end
    }

    /// A CSS selector that selects exactly this element in the parsed document:
    /// `html > body:nth-child(2) > div:nth-child(3) > aside:nth-child(1)`.
    pub(crate) fn selector(&self, idx: u32) -> String {
        let mut chain: Vec<u32> = std::iter::once(idx).chain(self.ancestors(idx)).collect();
        chain.reverse();
        let mut out = String::new();
        for (k, &i) in chain.iter().enumerate() {
            let e = &self.elems[i as usize];
            if k > 0 {
                out.push_str(" > ");
            }
            // A name CSS cannot write as it is (a namespaced or odd tag) matches as `*`.
            let name = e.name();
            let plain = name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            out.push_str(if plain { name } else { "*" });
            if k == 0 {
                out.push_str(":root");
            } else {
                let _ = write!(out, ":nth-child({})", e.nth);
            }
        }
        out
    }

    /// The element's [`Location`]: its short path for people, and its selector.
    pub(crate) fn location(&self, idx: u32) -> Location {
        Location::Element {
            path: self.path(idx),
            selector: self.selector(idx),
        }
    }

    /// A short CSS-like path to the element: `body > div#main > article.story > aside`.
    pub(crate) fn path(&self, idx: u32) -> String {
        let mut parts: Vec<String> = std::iter::once(idx)
            .chain(self.ancestors(idx))
            .take_while(|&i| !matches!(self.elems[i as usize].name(), "html"))
            .map(|i| {
                let attrs = self.attrs(i as usize);
                let mut s = self.elems[i as usize].name().to_string();
                // `scraper`'s `id()` and first of `classes()` (sorted, so the least).
                if let Some(id) = attrs
                    .get("id")
                    .filter(|id| !id.is_empty() && id.len() <= 40)
                {
                    s.push('#');
                    s.push_str(id);
                } else if let Some(class) = attrs
                    .iter()
                    .filter(|(n, _)| *n == "class")
                    .flat_map(|(_, v)| v.split_ascii_whitespace())
                    .min()
                {
                    s.push('.');
                    s.push_str(class);
                }
                s
            })
            .collect();
        parts.reverse();
        if parts.len() > 8 {
            let tail = parts.split_off(parts.len() - 6);
            parts.truncate(1);
            parts.push("…".into());
            parts.extend(tail);
        }
        parts.join(" > ")
    }
}

/// Writes the flat arrays from a walk in document order: both builders share it, so that
/// the parents, `:nth-child` counts and text runs cannot differ between them.
struct Builder {
    dom: Dom,
    /// The open elements.
    stack: Vec<u32>,
    /// Element children seen so far, per open element (and one for the document).
    children: Vec<u32>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            dom: Dom::empty(),
            stack: Vec::new(),
            children: vec![0],
        }
    }
}

impl Builder {
    fn open_element(&mut self, name: LocalName, attrs: impl IntoIterator<Item = Attr>) {
        let dom = &mut self.dom;
        let idx = dom.elems.len() as u32;
        let owner = self.stack.last().copied().unwrap_or(NONE);
        if name == local_name!("br") && owner != NONE {
            dom.texts.push(TextRun {
                owner,
                start: NONE,
                end: NONE,
            });
        }
        let count = self.children.last_mut().map_or(1, |c| {
            *c += 1;
            *c
        });
        self.children.push(0);
        let first_attr = dom.attrs.len() as u32;
        dom.attrs.extend(attrs);
        dom.elems.push(Elem {
            name,
            parent: owner,
            nth: count,
            end: idx + 1,
            text_start: dom.texts.len() as u32,
            text_end: dom.texts.len() as u32,
            attrs: first_attr,
        });
        self.stack.push(idx);
    }

    /// A text run at `start..end` of the text.
    fn text(&mut self, start: u32, end: u32) {
        if let Some(&owner) = self.stack.last() {
            self.dom.texts.push(TextRun { owner, start, end });
        }
    }

    fn close_element(&mut self) {
        if let Some(idx) = self.stack.pop() {
            self.children.pop();
            let end = self.dom.elems.len() as u32;
            let text_end = self.dom.texts.len() as u32;
            let e = &mut self.dom.elems[idx as usize];
            e.end = end;
            e.text_end = text_end;
        }
    }
}

/// One node of the tree while it is built.
#[derive(Clone, Copy)]
struct TreeNode {
    parent: u32,
    prev: u32,
    next: u32,
    first: u32,
    last: u32,
    data: Data,
}

#[derive(Clone, Copy)]
enum Data {
    /// The document, a template's contents, a comment, a doctype or a processing instruction.
    Other,
    /// An index of [`Tree::elems`].
    Element(u32),
    /// The first and last of the text's pieces in [`Tree::pieces`].
    Text(u32, u32),
}

/// A piece of a text node: a byte range of [`Tree::text`] and the next piece. A text grows
/// by pieces, so text merged into a node that is not the last one written costs no copy.
#[derive(Clone, Copy)]
struct Piece {
    start: u32,
    end: u32,
    next: u32,
}

struct TreeElem {
    name: QualName,
    /// A range of [`Tree::attrs`].
    attrs: (u32, u32),
}

/// The tree while the parser builds it. Its operations are `ego_tree`'s, as `scraper`'s sink
/// calls them, to the letter: `ego_tree` 0.10 moves children (`reparent_from_id_append`)
/// without updating the parent of any but the first and the last, and later operations read
/// those parents, so a tree that did it right would differ from `parse_html`'s on pages with
/// misnested formatting tags.
struct Tree {
    nodes: Vec<TreeNode>,
    elems: Vec<TreeElem>,
    attrs: Vec<Attr>,
    attr_text: String,
    pieces: Vec<Piece>,
    text: String,
    /// Answers `elem_name` for a handle that is not an element, which the parser never asks.
    no_name: QualName,
}

impl Tree {
    fn new() -> Tree {
        Tree {
            nodes: vec![Self::node(Data::Other)],
            elems: Vec::new(),
            attrs: Vec::new(),
            attr_text: String::new(),
            pieces: Vec::new(),
            text: String::new(),
            no_name: QualName::new(None, ns!(), local_name!("")),
        }
    }

    fn node(data: Data) -> TreeNode {
        TreeNode {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            data,
        }
    }

    fn orphan(&mut self, data: Data) -> u32 {
        self.nodes.push(Self::node(data));
        (self.nodes.len() - 1) as u32
    }

    /// Text that lands next to the node `beside` (or `NONE`): merged into it when it is a
    /// text node, as the parser's tree does; otherwise a new text node, returned to be placed.
    fn text_beside(&mut self, beside: u32, text: &str) -> Option<u32> {
        if beside != NONE && self.merge_text(beside, text) {
            None
        } else {
            Some(self.new_text(text))
        }
    }

    fn new_text(&mut self, text: &str) -> u32 {
        let piece = self.push_piece(text);
        self.orphan(Data::Text(piece, piece))
    }

    fn push_piece(&mut self, text: &str) -> u32 {
        let start = self.text.len() as u32;
        push_visible(&mut self.text, text);
        self.pieces.push(Piece {
            start,
            end: self.text.len() as u32,
            next: NONE,
        });
        (self.pieces.len() - 1) as u32
    }

    /// Adds `text` to the text node `id`, if it is one.
    fn merge_text(&mut self, id: u32, text: &str) -> bool {
        let Data::Text(first, last) = self.nodes[id as usize].data else {
            return false;
        };
        if self.pieces[last as usize].end as usize == self.text.len() {
            push_visible(&mut self.text, text);
            self.pieces[last as usize].end = self.text.len() as u32;
        } else {
            let piece = self.push_piece(text);
            self.pieces[last as usize].next = piece;
            self.nodes[id as usize].data = Data::Text(first, piece);
        }
        true
    }

    /// `ego_tree`'s `detach`.
    fn detach(&mut self, id: u32) {
        let n = self.nodes[id as usize];
        if n.parent == NONE {
            return;
        }
        let node = &mut self.nodes[id as usize];
        node.parent = NONE;
        node.prev = NONE;
        node.next = NONE;
        if n.prev != NONE {
            self.nodes[n.prev as usize].next = n.next;
        }
        if n.next != NONE {
            self.nodes[n.next as usize].prev = n.prev;
        }
        let parent = &mut self.nodes[n.parent as usize];
        if parent.first == NONE {
            // `ego_tree` would panic here; a parent left without children stays so.
            return;
        }
        if parent.first == parent.last {
            parent.first = NONE;
            parent.last = NONE;
        } else if parent.first == id {
            parent.first = n.next;
        } else if parent.last == id {
            parent.last = n.prev;
        }
    }

    /// `ego_tree`'s `append_id`.
    fn append(&mut self, parent: u32, child: u32) {
        if parent == child {
            return;
        }
        let last = self.nodes[parent as usize].last;
        if last != child {
            self.detach(child);
            let c = &mut self.nodes[child as usize];
            c.parent = parent;
            c.prev = last;
            if last != NONE {
                self.nodes[last as usize].next = child;
            }
            let p = &mut self.nodes[parent as usize];
            if p.first == NONE {
                p.first = child;
            }
            p.last = child;
        }
    }

    /// `ego_tree`'s `insert_id_before`.
    fn insert_before(&mut self, sibling: u32, new: u32) {
        if sibling == new {
            return;
        }
        let parent = self.nodes[sibling as usize].parent;
        if parent == NONE {
            return;
        }
        let prev = self.nodes[sibling as usize].prev;
        self.detach(new);
        let n = &mut self.nodes[new as usize];
        n.parent = parent;
        n.prev = prev;
        n.next = sibling;
        if prev != NONE {
            self.nodes[prev as usize].next = new;
        }
        self.nodes[sibling as usize].prev = new;
        let p = &mut self.nodes[parent as usize];
        if p.first == sibling {
            p.first = new;
        }
    }

    /// `ego_tree`'s `reparent_from_id_append`: only the first and the last child moved get
    /// their new parent.
    fn reparent_append(&mut self, to: u32, from: u32) {
        if to == from {
            return;
        }
        let (first, last) = {
            let f = &mut self.nodes[from as usize];
            if f.first == NONE {
                return;
            }
            let moved = (f.first, f.last);
            f.first = NONE;
            f.last = NONE;
            moved
        };
        self.nodes[first as usize].parent = to;
        self.nodes[last as usize].parent = to;
        let old_last = self.nodes[to as usize].last;
        if old_last == NONE {
            let t = &mut self.nodes[to as usize];
            t.first = first;
            t.last = last;
            return;
        }
        self.nodes[old_last as usize].next = first;
        self.nodes[first as usize].prev = old_last;
        self.nodes[to as usize].last = last;
    }

    /// The document in flat arrays, by `ego_tree`'s traversal from the document node: first
    /// the walk as a list of events (4 bytes each), so that the node array (32 bytes a node)
    /// goes before the arrays are written.
    fn flatten(mut self) -> Dom {
        let events = self.walk();
        self.nodes = Vec::new();
        let mut b = Builder::default();
        b.dom.elems.reserve_exact(self.elems.len());
        b.dom.attr_text = std::mem::take(&mut self.attr_text);
        for event in events {
            let k = (event & !EVENT_KIND) as usize;
            match event & EVENT_KIND {
                OPEN => {
                    let (start, end) = self.elems[k].attrs;
                    let attrs = self.attrs[start as usize..end as usize]
                        .iter()
                        .map(|a| Attr {
                            name: a.name.clone(),
                            start: a.start,
                            end: a.end,
                        });
                    b.open_element(self.elems[k].name.local.clone(), attrs);
                }
                TEXT => {
                    let first = self.pieces[k];
                    let (start, end) = if first.next == NONE {
                        (first.start, first.end)
                    } else {
                        // Pieces apart: joined at the end of the text.
                        let start = self.text.len();
                        let mut p = k as u32;
                        while p != NONE {
                            let piece = self.pieces[p as usize];
                            let copy =
                                self.text[piece.start as usize..piece.end as usize].to_string();
                            self.text.push_str(&copy);
                            p = piece.next;
                        }
                        (start as u32, self.text.len() as u32)
                    };
                    b.text(start, end);
                }
                _ => b.close_element(),
            }
        }
        b.dom.text = self.text;
        // Grown by doubling while parsing; what is not used goes back.
        b.dom.text.shrink_to_fit();
        b.dom.attr_text.shrink_to_fit();
        b.dom
    }

    /// The walk in document order: an element opens ([`OPEN`] and its index in `elems`) and
    /// closes ([`CLOSE`]), a text node is its first piece ([`TEXT`] and the piece's index).
    fn walk(&self) -> Vec<u32> {
        let nodes = &self.nodes;
        let mut events = Vec::new();
        // A walk that opens more nodes than there are has met a cycle: a guard, since the
        // operations above mirror a library that does not keep its links consistent.
        let mut budget = nodes.len();
        let mut edge = Step::Open(0u32);
        loop {
            match edge {
                Step::Open(id) => {
                    if budget == 0 {
                        break;
                    }
                    budget -= 1;
                    let n = &nodes[id as usize];
                    match n.data {
                        Data::Element(k) => events.push(OPEN | k),
                        Data::Text(first, _) => events.push(TEXT | first),
                        Data::Other => {}
                    }
                    edge = if n.first != NONE {
                        Step::Open(n.first)
                    } else {
                        Step::Close(id)
                    };
                }
                Step::Close(id) => {
                    let n = &nodes[id as usize];
                    if matches!(n.data, Data::Element(_)) {
                        events.push(CLOSE);
                    }
                    if id == 0 {
                        break;
                    }
                    edge = if n.next != NONE {
                        Step::Open(n.next)
                    } else if n.parent != NONE {
                        Step::Close(n.parent)
                    } else {
                        break;
                    };
                }
            }
        }
        events
    }
}

/// The kind of a walk event, in its top two bits; the rest is an index (elements and text
/// pieces number fewer than 2^30: the input limit is far below).
const EVENT_KIND: u32 = 0b11 << 30;
const OPEN: u32 = 0;
const TEXT: u32 = 0b01 << 30;
const CLOSE: u32 = 0b10 << 30;

/// A step of the walk in document order.
#[derive(Clone, Copy)]
enum Step {
    Open(u32),
    Close(u32),
}

/// The tree sink: [`Tree`] behind the `&self` methods html5ever calls.
struct Sink(RefCell<Tree>);

impl TreeSink for Sink {
    type Output = Dom;
    type Handle = u32;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        self.0.into_inner().flatten()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> Ref<'a, QualName> {
        Ref::map(self.0.borrow(), |t| match t.nodes[*target as usize].data {
            Data::Element(k) => &t.elems[k as usize].name,
            _ => &t.no_name,
        })
    }

    fn create_element(&self, name: QualName, mut attrs: Vec<Attribute>, _: ElementFlags) -> u32 {
        let t = &mut *self.0.borrow_mut();
        // `scraper` keeps attributes sorted by name; passes read the first of a local name.
        attrs.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        let start = t.attrs.len() as u32;
        for a in attrs {
            let value_start = t.attr_text.len() as u32;
            t.attr_text.push_str(&a.value);
            t.attrs.push(Attr {
                name: a.name.local,
                start: value_start,
                end: t.attr_text.len() as u32,
            });
        }
        let template = name.expanded() == expanded_name!(html "template");
        t.elems.push(TreeElem {
            name,
            attrs: (start, t.attrs.len() as u32),
        });
        let id = t.orphan(Data::Element((t.elems.len() - 1) as u32));
        if template {
            let contents = t.orphan(Data::Other);
            t.append(id, contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.0.borrow_mut().orphan(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.0.borrow_mut().orphan(Data::Other)
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let t = &mut *self.0.borrow_mut();
        let id = t.orphan(Data::Other);
        t.append(0, id);
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        let t = &mut *self.0.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => t.append(*parent, id),
            NodeOrText::AppendText(text) => {
                let last = t.nodes[*parent as usize].last;
                if let Some(id) = t.text_beside(last, &text) {
                    t.append(*parent, id);
                }
            }
        }
    }

    fn append_before_sibling(&self, sibling: &u32, new_node: NodeOrText<u32>) {
        let t = &mut *self.0.borrow_mut();
        if let NodeOrText::AppendNode(id) = new_node {
            t.detach(id);
        }
        if t.nodes[*sibling as usize].parent == NONE {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(id) => t.insert_before(*sibling, id),
            NodeOrText::AppendText(text) => {
                let prev = t.nodes[*sibling as usize].prev;
                if let Some(id) = t.text_beside(prev, &text) {
                    t.insert_before(*sibling, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &u32,
        prev_element: &u32,
        child: NodeOrText<u32>,
    ) {
        let has_parent = self.0.borrow().nodes[*element as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        self.0.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        self.0.borrow_mut().reparent_append(*new_parent, *node);
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        let t = &mut *self.0.borrow_mut();
        let Data::Element(k) = t.nodes[*target as usize].data else {
            return;
        };
        // Called for `<html>` and `<body>` only, whose attributes have plain names: sorted by
        // local name is sorted as `scraper` sorts.
        let (start, end) = t.elems[k as usize].attrs;
        let mut list: Vec<Attr> = t.attrs[start as usize..end as usize]
            .iter()
            .map(|a| Attr {
                name: a.name.clone(),
                start: a.start,
                end: a.end,
            })
            .collect();
        let before = list.len();
        for a in attrs {
            if list[..before]
                .binary_search_by(|x| x.name.cmp(&a.name.local))
                .is_ok()
            {
                continue;
            }
            let value_start = t.attr_text.len() as u32;
            t.attr_text.push_str(&a.value);
            list.push(Attr {
                name: a.name.local,
                start: value_start,
                end: t.attr_text.len() as u32,
            });
        }
        if list.len() == before {
            return;
        }
        list.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        let new_start = t.attrs.len() as u32;
        t.attrs.extend(list);
        t.elems[k as usize].attrs = (new_start, t.attrs.len() as u32);
    }

    fn get_template_contents(&self, target: &u32) -> u32 {
        let first = self.0.borrow().nodes[*target as usize].first;
        if first == NONE { *target } else { first }
    }

    fn mark_script_already_started(&self, _node: &u32) {}
}

/// Appends a page's text without its soft hyphens (U+00AD), composed (NFC). Soft hyphens
/// mark where a word may break and show nothing otherwise; left in, they split the words
/// that readers and searches see whole ("Bundes\u{ad}regierung"). Pages written on some
/// systems spell "ü" as "u" and a combining diaeresis; composed, it reads and matches the
/// packs' phrases as typed. ASCII, most text, is both already; the text path's check of
/// that serves here too.
pub(crate) fn push_visible(out: &mut String, text: &str) {
    let soft = text.contains('\u{ad}');
    if !soft && crate::input::compose::is_composed(text) {
        out.push_str(text);
    } else {
        out.extend(text.chars().filter(|&c| c != '\u{ad}').nfc());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the two builders differ, if they do: element by element, run by run.
    fn differ(html: &str) -> Option<String> {
        let (tree, _) = Dom::from_html(&crate::html::parse(html));
        // The page read in chunks, as always, and in very small ones: the parser's
        // tokenizer keeps its state across them.
        [parse(html), parse_in_chunks(html, 7)]
            .iter()
            .find_map(|direct| differ_from(direct, &tree))
    }

    fn differ_from(direct: &Dom, tree: &Dom) -> Option<String> {
        if direct.elems.len() != tree.elems.len() || direct.texts.len() != tree.texts.len() {
            return Some(format!(
                "{} elements and {} runs against {} and {}",
                direct.elems.len(),
                direct.texts.len(),
                tree.elems.len(),
                tree.texts.len()
            ));
        }
        for (i, (a, b)) in direct.elems.iter().zip(&tree.elems).enumerate() {
            let shape = |e: &Elem| (e.name().to_string(), e.parent, e.nth, e.end, e.text_start);
            let attrs = |d: &Dom| {
                d.attrs(i)
                    .iter()
                    .map(|(n, v)| format!("{n}={v}"))
                    .collect::<Vec<_>>()
            };
            if shape(a) != shape(b) || a.text_end != b.text_end || attrs(direct) != attrs(tree) {
                return Some(format!(
                    "element {i}: {:?} against {:?}",
                    shape(a),
                    shape(b)
                ));
            }
        }
        for (k, (a, b)) in direct.texts.iter().zip(&tree.texts).enumerate() {
            if a.owner != b.owner || direct.text(a) != tree.text(b) {
                return Some(format!(
                    "run {k}: {:?} against {:?}",
                    direct.text(a),
                    tree.text(b)
                ));
            }
        }
        None
    }

    /// The sink builds the tree `scraper`'s does, so selectors written from the flat arrays
    /// select in `parse_html`'s document; above all where the parser moves nodes around.
    #[test]
    fn the_sink_builds_scrapers_tree() {
        let many = "<i>x</i>".repeat(5);
        let cases = [
            "<p>One <b>two</p><p>three</b> four</p>".to_string(),
            format!("<div><b>{many}<p>misnested</b>{many}</p></div>"),
            format!("<a href=x><div>{many}<a href=y>inner</a>{many}</div></a><p>after</p>"),
            "<b><b><b><b><p>deep</b></b></b></b> tail<table>x<tr>y<td>z</td></tr>w</table>".into(),
            "<table><tr><td>a</td></tr>text<b>bold</b><tr><td>b</td></tr></table>".into(),
            "<body a=1><p>x</p><body b=2 a=3><html lang=en c=4>".into(),
            "<template><p>in</p><td>cell</td></template><svg><title>t</title><foreignObject><p>f</p></foreignObject></svg><math><mi>x</mi><annotation-xml encoding=text/html><p>m</p></annotation-xml></math>".into(),
            "<noscript><p>shown</p></noscript><br><select><option>a<option>b</select>\0<p>nul</p>".into(),
            "<ul><li>a<li>b<ul><li>c</ul></ul><dl><dt>t<dd>d</dl><p>x<h2>y</h2><form><form>z".into(),
            "\u{feff}<p>a</p>\u{feff}<p>b\u{feff}</p><script>x</script>\u{feff}c &amp\u{feff}".into(),
            "<div xmlns:xlink=\"x\"><svg xlink:href=a href=b viewBox=\"0 0 1 1\" class=\"b a\"></svg></div>".into(),
        ];
        for html in &cases {
            assert_eq!(differ(html), None, "{html}");
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
        let mut pages = 0;
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(html) = std::fs::read_to_string(entry.path()) {
                assert_eq!(differ(&html), None, "{}", entry.path().display());
                pages += 1;
            }
        }
        assert!(pages > 0);
    }

    /// The same over every page of the evaluation corpora, when they are there:
    /// `cargo test --release --lib -- --ignored sink_builds`.
    #[test]
    #[ignore]
    fn the_sink_builds_scrapers_tree_on_the_corpora() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        let mut stack = vec![root];
        let mut pages = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "html") {
                    let html = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
                    assert_eq!(differ(&html), None, "{}", path.display());
                    pages += 1;
                }
            }
        }
        eprintln!("{pages} pages built alike");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Tag soup heavy in what makes the parser move nodes: misnested formatting
        /// elements (the adoption agency), tables (foster parenting), templates, foreign
        /// content, repeated `<body>` and `<html>` tags.
        #[test]
        fn the_sink_builds_scrapers_tree_on_tag_soup(parts in proptest::collection::vec(0usize..SOUP.len(), 0..60)) {
            let html: String = parts.iter().map(|&k| SOUP[k]).collect();
            proptest::prop_assert_eq!(differ(&html), None, "{}", html);
        }
    }

    const SOUP: &[&str] = &[
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<a href=x>",
        "</a>",
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<table>",
        "</table>",
        "<tr>",
        "<td>",
        "</td>",
        "<caption>",
        "<tbody>",
        "text ",
        " ",
        "<nobr>",
        "</nobr>",
        "<font>",
        "</font>",
        "<template>",
        "</template>",
        "<svg>",
        "</svg>",
        "<math>",
        "<mi>",
        "<foreignObject>",
        "<select>",
        "<option>",
        "</select>",
        "<body a=1>",
        "<html b=2>",
        "<body c=3 a=4>",
        "<li>",
        "<ul>",
        "</ul>",
        "<h2>",
        "</h2>",
        "<form>",
        "</form>",
        "<br>",
        "</br>",
        "<!-- c -->",
        "<script>x</script>",
        "<noscript>",
        "</noscript>",
        "<frameset>",
        "<head>",
        "<title>t</title>",
        "<col>",
        "<hr>",
        "<em>",
        "</em>",
        "<span>",
        "</span>",
        "<button>",
        "</button>",
        "<dd>",
        "<dt>",
    ];
}
