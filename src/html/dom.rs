//! A flat view of the parsed document: elements in document order with the extent of their
//! subtrees, and the text runs between them. Every later stage works on index ranges of these
//! two arrays, so nothing recurses over the tree and nothing is quadratic in its size.

use std::fmt::Write as _;

use crate::output::Location;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

/// No parent.
pub(crate) const NONE: u32 = u32::MAX;

pub(crate) struct Elem<'a> {
    pub el: &'a Element,
    /// The tag name, kept here so that the many passes over the elements do not chase
    /// pointers into the tree for it.
    name: &'a str,
    /// The tree node, for CSS selector matching.
    pub node: ego_tree::NodeRef<'a, Node>,
    pub parent: u32,
    /// The element's position among its parent's element children, from 1 (`:nth-child`).
    pub nth: u32,
    /// One past the last element of the subtree.
    pub end: u32,
    /// The subtree's text runs: `texts[text_start..text_end]`.
    pub text_start: u32,
    pub text_end: u32,
}

impl<'a> Elem<'a> {
    pub fn name(&self) -> &'a str {
        self.name
    }
}

/// A run of text, or a line break (`<br>`), owned by the element it sits directly in.
pub(crate) struct TextRun<'a> {
    pub owner: u32,
    /// `None` for a `<br>`.
    pub text: Option<&'a str>,
}

pub(crate) struct Dom<'a> {
    pub elems: Vec<Elem<'a>>,
    pub texts: Vec<TextRun<'a>>,
}

impl<'a> Dom<'a> {
    pub(crate) fn new(html: &'a Html) -> Dom<'a> {
        let mut elems: Vec<Elem<'a>> = Vec::new();
        let mut texts: Vec<TextRun<'a>> = Vec::new();
        let mut stack: Vec<u32> = Vec::new();
        // Element children seen so far, per open element (and one for the document).
        let mut children: Vec<u32> = vec![0];
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(el) => {
                        let idx = elems.len() as u32;
                        let owner = stack.last().copied().unwrap_or(NONE);
                        if el.name() == "br" && owner != NONE {
                            texts.push(TextRun { owner, text: None });
                        }
                        let count = children.last_mut().expect("the document's counter");
                        *count += 1;
                        let nth = *count;
                        children.push(0);
                        elems.push(Elem {
                            el,
                            name: el.name(),
                            node,
                            parent: owner,
                            nth,
                            end: idx + 1,
                            text_start: texts.len() as u32,
                            text_end: texts.len() as u32,
                        });
                        stack.push(idx);
                    }
                    Node::Text(t) => {
                        if let Some(&owner) = stack.last() {
                            texts.push(TextRun {
                                owner,
                                text: Some(&**t),
                            });
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    if node.value().is_element() {
                        if let Some(idx) = stack.pop() {
                            children.pop();
                            let end = elems.len() as u32;
                            let text_end = texts.len() as u32;
                            let e = &mut elems[idx as usize];
                            e.end = end;
                            e.text_end = text_end;
                        }
                    }
                }
            }
        }
        Dom { elems, texts }
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
                let el = self.elems[i as usize].el;
                let mut s = el.name().to_string();
                if let Some(id) = el.id().filter(|id| !id.is_empty() && id.len() <= 40) {
                    s.push('#');
                    s.push_str(id);
                } else if let Some(class) = el.classes().next() {
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
