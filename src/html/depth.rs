//! A guard before parsing: the HTML parser's cost grows with the square of the nesting depth
//! (each start tag searches the stack of open elements), so a hostile or broken document
//! nested 100,000 levels deep would take tens of seconds. Tags nested deeper than the
//! cleaner's limit ([`MAX_DEPTH`] by default, `CleanerBuilder::max_depth`) are dropped before
//! parsing; their text is kept, flattened into the element at that depth, and the count of
//! dropped tags is reported as a removal. Real pages nest a few dozen levels.

use std::ops::Range;

use crate::output::{Location, Removal};
use crate::{Kind, Stage};

/// The deepest nesting kept by default: real pages nest a few dozen levels, and at 512 the
/// parser's quadratic stack search costs a few milliseconds at most (a guard, not fitted).
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

/// `name` in lower case, in `buf`, or `None` when it is longer than any name the tables
/// below list.
fn lowered<'a>(name: &[u8], buf: &'a mut [u8; 16]) -> Option<&'a [u8]> {
    let lower = buf.get_mut(..name.len())?;
    for (d, s) in lower.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    Some(lower)
}

fn classify(name: &[u8]) -> TagClass {
    let mut buf = [0u8; 16];
    let Some(name) = lowered(name, &mut buf) else {
        return TagClass::Nests;
    };
    match name {
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

/// An open `<svg>` or `<math>` element, or an HTML integration point inside one.
struct Context {
    /// The nesting depth of the element itself.
    depth: usize,
    /// Its content is foreign (not HTML).
    foreign: bool,
    /// It is an `<svg>` or `<math>` element.
    root: bool,
}

impl Context {
    fn new(depth: usize, foreign: bool, root: bool) -> Context {
        Context {
            depth,
            foreign,
            root,
        }
    }
}

/// The HTML start tags that end foreign content (the HTML standard's list for "parsing
/// tokens in foreign content"; `font` whatever its attributes).
fn breaks_out(name: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    let Some(name) = lowered(name, &mut buf) else {
        return false;
    };
    matches!(
        name,
        b"b" | b"big"
            | b"blockquote"
            | b"body"
            | b"br"
            | b"center"
            | b"code"
            | b"dd"
            | b"div"
            | b"dl"
            | b"dt"
            | b"em"
            | b"embed"
            | b"font"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"head"
            | b"hr"
            | b"i"
            | b"img"
            | b"li"
            | b"listing"
            | b"menu"
            | b"meta"
            | b"nobr"
            | b"ol"
            | b"p"
            | b"pre"
            | b"ruby"
            | b"s"
            | b"small"
            | b"span"
            | b"strong"
            | b"strike"
            | b"sub"
            | b"sup"
            | b"table"
            | b"tt"
            | b"u"
            | b"ul"
            | b"var"
    )
}

/// The elements of foreign content whose content is HTML again: SVG's `title`, `desc` and
/// `foreignObject`, MathML's text elements and `annotation-xml`.
fn is_integration_point(name: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    matches!(
        lowered(name, &mut buf),
        Some(
            b"title"
                | b"desc"
                | b"foreignobject"
                | b"mi"
                | b"mo"
                | b"mn"
                | b"ms"
                | b"mtext"
                | b"annotation-xml"
        )
    )
}

/// The most attributes kept on one tag. The tokenizer checks each new attribute against
/// the tag's others, so a tag with a million attributes would take hours; real tags have a
/// few dozen at most, and 256 costs at most 33,000 comparisons a tag (a guard, not fitted).
pub(crate) const MAX_ATTRIBUTES: usize = 256;

/// What [`flatten_deep`] dropped.
pub(crate) struct Flattened {
    pub html: String,
    /// Tags nested deeper than the limit.
    pub deep_tags: usize,
    /// Attributes beyond [`MAX_ATTRIBUTES`] on a tag.
    pub extra_attributes: usize,
}

/// Returns the document without the tags nested deeper than `max_depth` and without the
/// attributes beyond [`MAX_ATTRIBUTES`] of a tag, with counts of both, or `None` when there
/// are none (the common case: nothing is copied).
pub(crate) fn flatten_deep(html: &str, max_depth: usize) -> Option<Flattened> {
    let b = html.as_bytes();
    let mut drop: Vec<Range<usize>> = Vec::new();
    let (mut deep_tags, mut extra_attributes) = (0, 0);
    let mut depth = 0usize;
    // The foreign content (`<svg>`, `<math>`) and the HTML integration points in it that are
    // open, by the depth they opened at: in foreign content `/>` closes any element, every
    // start tag nests (`<td>`, `<input>` are foreign elements there) and `<title>`,
    // `<style>`, `<script>` hold markup; in an integration point (`<title>`, `<desc>`,
    // `<foreignObject>`, MathML's text elements) tags are HTML again.
    let mut contexts: Vec<Context> = Vec::new();
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let start = i + p;
        let rest = &b[start..];
        if rest.starts_with(b"<!--") {
            i = comment_end(b, start + 4);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = memchr::memchr(b'>', &b[start..]).map_or(b.len(), |e| start + e + 1);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        // A tag name starts with a letter and runs to white space, `/` or `>`.
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = start + 1;
            continue;
        }
        let name_end = name_start
            + b[name_start..]
                .iter()
                .position(|&c| is_space(c) || c == b'/' || c == b'>')
                .unwrap_or(b.len() - name_start);
        let name = &b[name_start..name_end];
        let attrs = scan_attributes(b, name_end);
        let end = attrs.end;
        if attrs.beyond_limit.is_some() {
            extra_attributes += attrs.count - MAX_ATTRIBUTES;
        }
        i = end;
        let dropped_before = drop.len();
        let is_foreign_root =
            name.eq_ignore_ascii_case(b"svg") || name.eq_ignore_ascii_case(b"math");
        let mut foreign = contexts.last().is_some_and(|c| c.foreign);
        if foreign && !closing && breaks_out(name) {
            // A common HTML start tag ends the foreign content it stands in (the parser
            // pops it), and is an HTML element, which `/>` does not close.
            while contexts.last().is_some_and(|c| c.foreign) {
                contexts.pop();
            }
            foreign = false;
        }
        let class = if foreign {
            TagClass::Nests
        } else {
            classify(name)
        };
        match (class, closing) {
            (TagClass::Flat, _) => {}
            (TagClass::Nests | TagClass::RawText, true) => {
                if depth > max_depth {
                    drop.push(start..end);
                }
                depth = depth.saturating_sub(1);
                while contexts.last().is_some_and(|c| c.depth > depth) {
                    contexts.pop();
                }
                if is_foreign_root {
                    // Its end tag closes the foreign content whatever is left open in it.
                    while let Some(c) = contexts.pop() {
                        if c.root {
                            break;
                        }
                    }
                }
            }
            (TagClass::RawText, false) if !foreign => {
                // Skip to the matching end tag: its content is text, not tags.
                i = find_end_tag(b, end, name);
                depth += 1;
                if depth > max_depth {
                    drop.push(start..end);
                }
            }
            (TagClass::Nests | TagClass::RawText, false) => {
                // HTML ignores `/>` on its own elements; only foreign ones close by it.
                let closed = attrs.self_closing && (foreign || is_foreign_root);
                if !closed {
                    depth += 1;
                    if depth > max_depth {
                        drop.push(start..end);
                    }
                    if is_foreign_root {
                        contexts.push(Context::new(depth, true, true));
                    } else if foreign && is_integration_point(name) {
                        contexts.push(Context::new(depth, false, false));
                    }
                }
            }
        }
        if drop.len() > dropped_before {
            deep_tags += 1;
        } else if let Some(cut) = attrs.beyond_limit {
            drop.push(cut);
        }
    }
    if drop.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut pos = 0;
    for r in &drop {
        out.push_str(&html[pos..r.start]);
        pos = r.end;
    }
    out.push_str(&html[pos..]);
    Some(Flattened {
        html: out,
        deep_tags,
        extra_attributes,
    })
}

impl Flattened {
    /// The records of what was dropped: nothing of the text went, so their text is empty;
    /// the location says how many tags or attributes, and the limit.
    pub(crate) fn removals(&self, max_depth: usize) -> Vec<Removal> {
        // The dropped tags have no element of their own: the record names the document's
        // root, and says in its path what went.
        let record = |rule: &str, location: String| Removal {
            kind: Kind::Other,
            rule: rule.into(),
            stage: Stage::Pruned,
            location: Location::Element {
                path: location,
                selector: "html:root".into(),
            },
            text: String::new(),
            confidence: 1.0,
        };
        let mut out = Vec::new();
        if self.deep_tags > 0 {
            out.push(record(
                "html.depth-limit",
                format!(
                    "{} tags nested deeper than {max_depth} (text kept)",
                    self.deep_tags
                ),
            ));
        }
        if self.extra_attributes > 0 {
            out.push(record(
                "html.attribute-limit",
                format!(
                    "{} attributes beyond {MAX_ATTRIBUTES} on a tag",
                    self.extra_attributes
                ),
            ));
        }
        out
    }
}

/// The attributes of a tag as the HTML tokenizer reads them.
struct Attributes {
    /// One past the `>` that ends the tag (or the end of the input).
    end: usize,
    count: usize,
    /// From the first attribute beyond [`MAX_ATTRIBUTES`] to the end of the last one.
    beyond_limit: Option<Range<usize>>,
    /// The tag ends with `/>` (outside any attribute value).
    self_closing: bool,
}

/// Reads the attributes of a tag from just after its name to the `>` that ends it, following
/// the tokenizer's attribute states: a quote opens a value only after `=` (inside a name it is
/// part of the name), and `=` may start a name.
fn scan_attributes(b: &[u8], from: usize) -> Attributes {
    let ws = is_space;
    let mut i = from;
    let mut count = 0;
    let (mut cut_start, mut last_end) = (None, from);
    let mut slash;
    loop {
        // Before an attribute name.
        slash = false;
        while i < b.len() && (ws(b[i]) || b[i] == b'/') {
            slash = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            break;
        }
        count += 1;
        if count == MAX_ATTRIBUTES + 1 {
            cut_start = Some(i);
        }
        // The name: its first byte may be `=`.
        i += 1;
        while i < b.len() && !(ws(b[i]) || matches!(b[i], b'/' | b'>' | b'=')) {
            i += 1;
        }
        last_end = i;
        let mut j = i;
        while j < b.len() && ws(b[j]) {
            j += 1;
        }
        if b.get(j) != Some(&b'=') {
            continue;
        }
        // The value.
        j += 1;
        while j < b.len() && ws(b[j]) {
            j += 1;
        }
        i = match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                memchr::memchr(q, &b[j + 1..]).map_or(b.len(), |e| j + 1 + e + 1)
            }
            Some(b'>') | None => j,
            Some(_) => {
                let mut k = j;
                while k < b.len() && !(ws(b[k]) || b[k] == b'>') {
                    k += 1;
                }
                k
            }
        };
        last_end = i;
    }
    Attributes {
        end: (i + 1).min(b.len()),
        count,
        beyond_limit: cut_start.map(|s| s..last_end),
        self_closing: slash && i < b.len(),
    }
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

/// Where a comment that starts before `from` (just after `<!--`) ends, as the tokenizer
/// reads it: `<!-->` and `<!--->` are empty comments, and `-->` or `--!>` close one.
fn comment_end(b: &[u8], from: usize) -> usize {
    let rest = &b[from..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut i = from;
    while let Some(p) = memchr::memmem::find(&b[i..], b"--") {
        let after = i + p + 2;
        match b.get(after) {
            Some(b'>') => return after + 1,
            Some(b'!') if b.get(after + 1) == Some(&b'>') => return after + 2,
            None => return b.len(),
            _ => i = i + p + 1,
        }
    }
    b.len()
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_documents_are_left_alone() {
        assert!(
            flatten_deep(
                "<html><body><div><p>a<p>b</div><script>if (a<b) {}</script></body></html>",
                MAX_DEPTH
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
        let flat = flatten_deep(&html, MAX_DEPTH).unwrap();
        assert_eq!((flat.deep_tags, flat.extra_attributes), (20, 0));
        let flat = flat.html;
        assert_eq!(flat.matches("<div").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        assert!(flat.contains("text"));
        let flat = flatten_deep(&html, 3).unwrap();
        assert_eq!(flat.html.matches("<div").count(), 3);
        assert_eq!(flat.deep_tags, 2 * (n - 3));
    }

    #[test]
    fn comments_and_raw_text_do_not_count() {
        let n = MAX_DEPTH + 5;
        let html = format!(
            "<!-- {} --><script>{}</script><p>ok</p>",
            "<div>".repeat(n),
            "<div>".repeat(n)
        );
        assert!(flatten_deep(&html, MAX_DEPTH).is_none());
    }

    #[test]
    fn attributes_beyond_the_limit_are_dropped() {
        let mut tag = String::from("<div id=keep");
        for i in 1..MAX_ATTRIBUTES + 100 {
            tag.push_str(&format!(" a{i}=\"v>\" b{i}='w' =c{i}"));
        }
        let html = format!("{tag} / ><p>text</p></div>");
        let flat = flatten_deep(&html, MAX_DEPTH).unwrap();
        assert_eq!(
            flat.extra_attributes,
            3 * (MAX_ATTRIBUTES + 99) + 1 - MAX_ATTRIBUTES
        );
        assert_eq!(flat.deep_tags, 0);
        assert!(
            flat.html.ends_with(" / ><p>text</p></div>"),
            "{}",
            &flat.html[flat.html.len() - 40..]
        );
        let kept = flat.html.split(" / >").next().unwrap();
        let parsed = scan_attributes(kept.as_bytes(), 4);
        assert_eq!(parsed.count, MAX_ATTRIBUTES);
    }

    #[test]
    fn the_tokenizer_sees_the_same_tags() {
        // Each of these hid nested tags from the guard while the parser saw them (found by
        // hand after the fuzz runs; each took over 20 s at 100,000 levels).
        let n = MAX_DEPTH + 10;
        let divs = "<div>".repeat(n);
        for (before, after) in [
            ("<!-->", "-->"),
            ("<!--->", "-->"),
            ("<!-- c --!>", "-->"),
            ("<div a\">", "\">"),
            ("<div a=\"x\"=\">", "\">"),
            ("<div==\"x>", "\">"),
            ("<svg><title>", "</title></svg>"),
            ("<math><style>", "</style></math>"),
            ("", ""),
        ] {
            let html = format!("{before}{divs}{after}");
            let flat = flatten_deep(&html, MAX_DEPTH).unwrap_or_else(|| panic!("{before}"));
            assert!(flat.deep_tags >= 10, "{before}: {}", flat.deep_tags);
        }
        // `/>` does not close an HTML element, but closes a foreign one.
        let html = "<div/>".repeat(n);
        assert_eq!(flatten_deep(&html, MAX_DEPTH).unwrap().deep_tags, 10);
        let html = format!("<svg>{}</svg>", "<g/>".repeat(n));
        assert!(flatten_deep(&html, MAX_DEPTH).is_none());
        // Nor an HTML element in an integration point of foreign content, nor a common HTML
        // tag that ends it (a fuzz case: 18,000 of the first took 1.6 s); a foreign element
        // that HTML would not nest does nest there.
        for (before, tag) in [
            ("<svg><title>", "<div/>"),
            ("<svg><foreignObject>", "<span/>"),
            ("<math><mi>", "<b/>"),
            ("<svg>", "<div/>"),
            ("<svg>", "<td>"),
            ("<math>", "<input>"),
        ] {
            let html = format!("{before}{}", tag.repeat(n));
            let flat = flatten_deep(&html, MAX_DEPTH).unwrap_or_else(|| panic!("{before}{tag}"));
            assert!(flat.deep_tags >= 10, "{before}{tag}: {}", flat.deep_tags);
        }
        // After the integration point, `/>` closes foreign elements again.
        let html = format!("<svg><title>t</title>{}</svg>", "<g/>".repeat(n));
        assert!(flatten_deep(&html, MAX_DEPTH).is_none());
        // A slash inside an unquoted value is not `/>`.
        let attrs = scan_attributes(b" a=x/>", 0);
        assert!(!attrs.self_closing);
        assert!(scan_attributes(b" a=\"x\" />", 0).self_closing);
        assert_eq!(comment_end(b"<!---->x", 4), 7);
        assert_eq!(comment_end(b"<!-- a --!>x", 4), 11);
        assert_eq!(comment_end(b"<!-- a -- b --->x", 4), 16);
    }
}
