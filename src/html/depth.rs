//! A guard before parsing: the HTML parser's cost grows with the square of the nesting depth
//! (each start tag searches the stack of open elements), so a hostile or broken document
//! nested 100,000 levels deep would take tens of seconds. Tags nested deeper than
//! [`MAX_DEPTH`] are dropped before parsing; their text is kept, flattened into the element
//! at that depth. Real pages nest a few dozen levels.

use std::ops::Range;

/// The deepest nesting kept.
pub(crate) const MAX_DEPTH: usize = 512;

/// Elements that have no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
/// Elements whose end tag may be left out: they do not nest, so they do not count.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot",
    "colgroup", "caption", "rp", "rt", "html", "head", "body",
];
/// Elements whose content is not markup.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Returns the document without the tags nested deeper than [`MAX_DEPTH`], or `None` when
/// there are none (the common case: nothing is copied).
pub(crate) fn flatten_deep(html: &str) -> Option<String> {
    let b = html.as_bytes();
    let mut drop: Vec<Range<usize>> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'<') {
        let start = i + p;
        let rest = &b[start..];
        if rest.starts_with(b"<!--") {
            i = find(b, start + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(b, start + 2, b">").map_or(b.len(), |e| e + 1);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_end = name_start
            + b[name_start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                .count();
        if name_end == name_start {
            i = start + 1;
            continue;
        }
        let end = tag_end(b, name_end);
        let name = html[name_start..name_end].to_ascii_lowercase();
        i = end;
        if closing {
            if VOID.contains(&name.as_str()) || OPTIONAL_END.contains(&name.as_str()) {
                continue;
            }
            if depth > MAX_DEPTH {
                drop.push(start..end);
            }
            depth = depth.saturating_sub(1);
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            // Skip to the matching end tag; its content is text, not tags.
            let close = format!("</{name}");
            i = find_ci(b, end, close.as_bytes()).unwrap_or(b.len());
            continue;
        }
        let self_closing = end >= 2 && b[end - 2] == b'/';
        if VOID.contains(&name.as_str()) || OPTIONAL_END.contains(&name.as_str()) || self_closing {
            continue;
        }
        depth += 1;
        if depth > MAX_DEPTH {
            drop.push(start..end);
        }
    }
    if drop.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut pos = 0;
    for r in drop {
        out.push_str(&html[pos..r.start]);
        pos = r.end;
    }
    out.push_str(&html[pos..]);
    Some(out)
}

/// The index after the `>` that ends a tag, skipping quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = 0u8;
    for (k, &c) in b[from..].iter().enumerate() {
        match (quote, c) {
            (0, b'"' | b'\'') => quote = c,
            (0, b'>') => return from + k + 1,
            (q, c) if q == c => quote = 0,
            _ => {}
        }
    }
    b.len()
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_documents_are_left_alone() {
        assert!(
            flatten_deep(
                "<html><body><div><p>a<p>b</div><script>if (a<b) {}</script></body></html>"
            )
            .is_none()
        );
    }

    #[test]
    fn deep_tags_are_dropped_and_text_kept() {
        let n = MAX_DEPTH + 10;
        let html = format!(
            "{}text{}",
            "<div class=\"x>y\">".repeat(n),
            "</div>".repeat(n)
        );
        let flat = flatten_deep(&html).unwrap();
        assert_eq!(flat.matches("<div").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        assert!(flat.contains("text"));
    }

    #[test]
    fn comments_and_raw_text_do_not_count() {
        let n = MAX_DEPTH + 5;
        let html = format!(
            "<!-- {} --><script>{}</script><p>ok</p>",
            "<div>".repeat(n),
            "<div>".repeat(n)
        );
        assert!(flatten_deep(&html).is_none());
    }
}
