//! Block emission: the text of the selected elements as blocks (paragraphs, headings, list
//! items, quotes, table cells, lines of preformatted text), each with the element it came
//! from and its link density, for the text rules to judge.

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

pub(crate) struct HtmlBlock {
    /// Whitespace collapsed, on one line.
    pub text: String,
    /// The block element the text sits in.
    pub owner: u32,
    /// Bytes of the text inside links.
    pub link_len: usize,
}

/// Emits the blocks of the elements in `roots` (in document order), skipping pruned ones.
/// `in_link` says which elements sit inside a link.
pub(crate) fn emit(
    dom: &Dom,
    gone: &[bool],
    roots: &[u32],
    owner: &[u32],
    in_link: &[bool],
) -> Vec<HtmlBlock> {
    let in_pre = dom.within("pre");
    let mut blocks = Vec::new();
    let mut cur = HtmlBlock {
        text: String::new(),
        owner: NONE,
        link_len: 0,
    };
    let flush = |cur: &mut HtmlBlock, blocks: &mut Vec<HtmlBlock>| {
        let t = cur.text.trim_end();
        if !t.is_empty() {
            let text = t.to_string();
            blocks.push(HtmlBlock {
                text,
                owner: cur.owner,
                link_len: cur.link_len.min(t.len()),
            });
        }
        cur.text.clear();
        cur.link_len = 0;
    };
    for &root in roots {
        let e = &dom.elems[root as usize];
        for run in &dom.texts[e.text_start as usize..e.text_end as usize] {
            let o = run.owner as usize;
            if gone[o] {
                continue;
            }
            let block = owner[o];
            if block != cur.owner {
                flush(&mut cur, &mut blocks);
                cur.owner = block;
            }
            let Some(text) = dom.text(run) else {
                flush(&mut cur, &mut blocks);
                continue;
            };
            if in_pre[o] {
                for (k, line) in text.split('\n').enumerate() {
                    if k > 0 {
                        flush(&mut cur, &mut blocks);
                    }
                    push_collapsed(&mut cur.text, line);
                }
                continue;
            }
            let before = cur.text.len();
            push_collapsed(&mut cur.text, text);
            if in_link[o] {
                cur.link_len += cur.text.len() - before;
            }
        }
        flush(&mut cur, &mut blocks);
        cur.owner = NONE;
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
