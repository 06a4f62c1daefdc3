//! Block emission: the text of the selected elements as blocks (paragraphs, headings, list
//! items, quotes, table cells, lines of preformatted text), each with the element it came
//! from and its link density, for the text rules to judge.

use std::ops::Range;

use super::dom::{Dom, NONE};

/// Elements that start a block of their own.
pub(crate) fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "td"
            | "th"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "main"
            | "figcaption"
            | "figure"
            | "dd"
            | "dt"
            | "ul"
            | "ol"
            | "dl"
            | "table"
            | "tr"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "address"
            | "caption"
            | "details"
            | "summary"
            | "body"
            | "center"
            | "form"
            | "fieldset"
            | "hr"
            | "hgroup"
    )
}

/// Each element's nearest block-level ancestor, or itself when it is one.
pub(crate) fn block_owners(dom: &Dom) -> Vec<u32> {
    let mut owner = vec![NONE; dom.elems.len()];
    for (i, e) in dom.elems.iter().enumerate() {
        owner[i] = if is_block_tag(e.name()) || e.parent == NONE {
            i as u32
        } else {
            owner[e.parent as usize]
        };
    }
    owner
}

/// 16 bytes: a page can have a million of them.
pub(crate) struct HtmlBlock {
    /// Its text in [`Blocks::text`] (`start..end`): whitespace collapsed, on one line.
    start: u32,
    end: u32,
    /// The block element the text sits in.
    pub owner: u32,
    /// Bytes of the text inside links.
    pub link_len: u32,
}

impl HtmlBlock {
    pub(crate) fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Blocks with their text in one string, a blank line between blocks: the text the text
/// rules read, with no string per block.
#[derive(Default)]
pub(crate) struct Blocks {
    pub text: String,
    pub list: Vec<HtmlBlock>,
}

impl Blocks {
    pub(crate) fn push(&mut self, text: &str, owner: u32, link_len: u32) {
        if !self.list.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.list.push(HtmlBlock {
            start: start as u32,
            end: self.text.len() as u32,
            owner,
            link_len,
        });
    }

    pub(crate) fn text_of(&self, b: &HtmlBlock) -> &str {
        &self.text[b.range()]
    }

    /// The blocks written again, for a list that lost some of its blocks.
    pub(crate) fn rejoin(&self) -> Blocks {
        let mut out = Blocks {
            text: String::with_capacity(self.text.len()),
            list: Vec::with_capacity(self.list.len()),
        };
        for b in &self.list {
            out.push(self.text_of(b), b.owner, b.link_len);
        }
        out
    }
}

/// Emits the blocks of the elements in `roots` (in document order), skipping pruned ones.
/// `in_link` says which elements sit inside a link.
pub(crate) fn emit(
    dom: &Dom,
    gone: &[bool],
    roots: &[u32],
    owner: &[u32],
    in_link: &[bool],
) -> Blocks {
    let in_pre = dom.within("pre");
    let mut blocks = Blocks::default();
    // The block being written, and its element and link bytes.
    let mut cur = String::new();
    let mut cur_owner = NONE;
    let mut link_len = 0;
    let flush = |cur: &mut String, owner: u32, link_len: &mut usize, blocks: &mut Blocks| {
        let t = cur.trim_end();
        if !t.is_empty() {
            blocks.push(t, owner, (*link_len).min(t.len()) as u32);
        }
        cur.clear();
        *link_len = 0;
    };
    for &root in roots {
        let e = &dom.elems[root as usize];
        for run in &dom.texts[e.text_start as usize..e.text_end as usize] {
            let o = run.owner as usize;
            if gone[o] {
                continue;
            }
            let block = owner[o];
            if block != cur_owner {
                flush(&mut cur, cur_owner, &mut link_len, &mut blocks);
                cur_owner = block;
            }
            let Some(text) = dom.text(run) else {
                flush(&mut cur, cur_owner, &mut link_len, &mut blocks);
                continue;
            };
            if in_pre[o] {
                for (k, line) in text.split('\n').enumerate() {
                    if k > 0 {
                        flush(&mut cur, cur_owner, &mut link_len, &mut blocks);
                    }
                    push_collapsed(&mut cur, line);
                }
                continue;
            }
            let before = cur.len();
            push_collapsed(&mut cur, text);
            if in_link[o] {
                link_len += cur.len() - before;
            }
        }
        flush(&mut cur, cur_owner, &mut link_len, &mut blocks);
        cur_owner = NONE;
    }
    blocks
}

/// Appends `text` with runs of white space collapsed to one space, and none at the start of
/// a block.
pub(crate) fn push_collapsed(out: &mut String, text: &str) {
    let mut space = out.is_empty() || out.ends_with(' ');
    for c in text.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
                space = true;
            }
        } else {
            out.push(c);
            space = false;
        }
    }
}
