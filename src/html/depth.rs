//! A guard before parsing: the HTML parser's cost grows with the square of the nesting depth
//! (each start tag searches the stack of open elements), so a hostile or broken document
//! nested 100,000 levels deep would take tens of seconds. Tags nested deeper than
//! [`MAX_DEPTH`] are dropped before parsing; their text is kept, flattened into the element
//! at that depth. Real pages nest a few dozen levels.

use std::ops::Range;

/// The deepest nesting kept.
pub(crate) const MAX_DEPTH: usize = 512;

/// How a tag counts for the nesting depth.
enum TagClass {
    /// Opens a level (and its end tag closes one).
    Nests,
    /// Void, or with an optional end tag: such elements do not pile up.
    Flat,
    /// Its content is text up to its end tag (`script`, `style`, ...).
    RawText,
}

fn classify(name: &[u8]) -> TagClass {
    let mut buf = [0u8; 10];
    if name.len() > buf.len() {
        return TagClass::Nests;
    }
    for (d, s) in buf.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    match &buf[..name.len()] {
        // Void elements, and elements whose end tag may be left out.
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link"
        | b"meta" | b"param" | b"source" | b"track" | b"wbr" | b"p" | b"li" | b"dt" | b"dd"
        | b"tr" | b"td" | b"th" | b"option" | b"optgroup" | b"tbody" | b"thead" | b"tfoot"
        | b"colgroup" | b"caption" | b"rp" | b"rt" | b"html" | b"head" | b"body" => TagClass::Flat,
        b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed"
        | b"noframes" | b"plaintext" => TagClass::RawText,
        _ => TagClass::Nests,
    }
}

/// Returns the document without the tags nested deeper than [`MAX_DEPTH`], or `None` when
/// there are none (the common case: nothing is copied).
pub(crate) fn flatten_deep(html: &str) -> Option<String> {
    let b = html.as_bytes();
    let mut drop: Vec<Range<usize>> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let start = i + p;
        let rest = &b[start..];
        if rest.starts_with(b"<!--") {
            i = memchr::memmem::find(&b[start + 4..], b"-->")
                .map_or(b.len(), |e| start + 4 + e + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = memchr::memchr(b'>', &b[start..]).map_or(b.len(), |e| start + e + 1);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        if name_len == 0 {
            i = start + 1;
            continue;
        }
        let name = &b[name_start..name_start + name_len];
        let end = tag_end(b, name_start + name_len);
        i = end;
        match (classify(name), closing) {
            (TagClass::Flat, _) => {}
            (TagClass::Nests | TagClass::RawText, true) => {
                if depth > MAX_DEPTH {
                    drop.push(start..end);
                }
                depth = depth.saturating_sub(1);
            }
            (TagClass::RawText, false) => {
                // Skip to the matching end tag: its content is text, not tags.
                i = find_end_tag(b, end, name);
                depth += 1;
                if depth > MAX_DEPTH {
                    drop.push(start..end);
                }
            }
            (TagClass::Nests, false) => {
                let self_closing = end >= 2 && b[end - 2] == b'/';
                if !self_closing {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        drop.push(start..end);
                    }
                }
            }
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

/// Where `</name` starts after `from`, case-insensitively (the end of the input if never).
fn find_end_tag(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let at = i + p;
        let rest = &b[at..];
        if rest.len() > name.len() + 1
            && rest[1] == b'/'
            && rest[2..2 + name.len()].eq_ignore_ascii_case(name)
        {
            return at;
        }
        i = at + 1;
    }
    b.len()
}

/// The index after the `>` that ends a tag, skipping quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(p) = memchr::memchr3(b'>', b'"', b'\'', &b[i..]) {
        let at = i + p;
        match b[at] {
            b'>' => return at + 1,
            q => match memchr::memchr(q, &b[at + 1..]) {
                Some(close) => i = at + 1 + close + 1,
                None => return b.len(),
            },
        }
    }
    b.len()
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
