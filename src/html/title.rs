//! What the page says about itself. The title: the JSON-LD `headline`, else `og:title`, else
//! the first `<h1>`, else `<title>`; whitespace collapsed, and the site's name cut off where
//! the page appends it ("Bridge to reopen | Example News"). The outlet's names: `og:site_name`
//! and the host of the canonical URL, which the decision reads where a box names its outlet
//! ("Support Example News") even when the caller gives no URL.

use super::dom::Dom;
use crate::input::host::{outlet_label, outlet_name, url_host};

/// What the page says about itself.
pub(crate) struct Page {
    pub title: Option<String>,
    /// The page's summary (`description`, `og:description` or `twitter:description`),
    /// whitespace collapsed: most publishers put the story's lead there.
    pub description: Option<String>,
    /// The outlet's names, as [`outlet_name`] and [`outlet_label`] write them.
    pub site_names: Vec<String>,
}

/// Longer titles are not titles (a JSON-LD `headline` holding a paragraph, say).
const MAX_TITLE: usize = 400;

/// Separators between a headline and the site's name in `<title>` and `og:title`.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "];

pub(crate) fn page(dom: &Dom) -> Page {
    let mut headline = None;
    let mut canonical = None;
    let mut og_title = None;
    let mut site_name = None;
    let mut description = None;
    let mut h1 = None;
    let mut title_tag = None;
    for (i, e) in dom.elems.iter().enumerate() {
        match e.name() {
            "script" if headline.is_none() && super::is_json_ld(dom, i) => {
                headline = dom
                    .texts_in(i)
                    .find_map(|json| super::json_string(json, "headline", MAX_TITLE))
                    .map(|t| decode_entities(&t));
            }
            "meta" => {
                let key = dom.attr(i, "property").or_else(|| dom.attr(i, "name"));
                let content = dom.attr(i, "content").map(collapse);
                match key {
                    Some("og:title") if og_title.is_none() => og_title = content,
                    Some("og:site_name" | "application-name") if site_name.is_none() => {
                        site_name = content
                    }
                    Some("og:url") if canonical.is_none() => canonical = content,
                    Some("description" | "og:description" | "twitter:description")
                        if description.is_none() =>
                    {
                        // Composed and without soft hyphens, as the DOM stores text.
                        description = content.filter(|d| !d.is_empty()).map(|d| {
                            let mut visible = String::with_capacity(d.len());
                            super::dom::push_visible(&mut visible, &d);
                            visible
                        });
                    }
                    _ => {}
                }
            }
            "link"
                if dom
                    .attr(i, "rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                canonical = dom.attr(i, "href").map(str::to_string);
            }
            "h1" if h1.is_none() => h1 = text_of(dom, i),
            "title" if title_tag.is_none() => title_tag = text_of(dom, i),
            _ => {}
        }
    }
    let strip = |t: String| strip_site(&t, site_name.as_deref());
    let title = headline
        .filter(|t| !t.is_empty())
        .or_else(|| og_title.map(strip))
        .or(h1)
        .or_else(|| title_tag.map(strip))
        .filter(|t| !t.is_empty() && t.len() <= MAX_TITLE);
    let mut site_names: Vec<String> = site_name
        .as_deref()
        .and_then(outlet_name)
        .into_iter()
        .collect();
    let label = canonical
        .as_deref()
        .and_then(url_host)
        .and_then(outlet_label);
    site_names.extend(label.filter(|l| !site_names.contains(l)));
    Page {
        title,
        description,
        site_names,
    }
}

/// The element's text, whitespace collapsed; `None` when empty.
fn text_of(dom: &Dom, i: usize) -> Option<String> {
    let raw: String = dom.texts_in(i).collect::<Vec<_>>().join(" ");
    let t = collapse(&raw);
    (!t.is_empty()).then_some(t)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Character references left in JSON-LD strings (`&#038;`, `&amp;`): publishers escape the
/// HTML they copy into them, and the parser does not look inside scripts.
pub(crate) fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.bytes().take(10).position(|b| b == b';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let c = match name {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "nbsp" => Some(' '),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Cuts the site's name off a title: the parts equal to `site` (when the page names its
/// site) at either end, or else, when separators split the title, all but the longest part
/// (the headline is the part with the most words; a site's name is short).
fn strip_site(title: &str, site: Option<&str>) -> String {
    let Some(sep) = SEPARATORS.iter().find(|s| title.contains(*s)) else {
        return title.to_string();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    if let Some(site) = site.filter(|s| !s.is_empty()) {
        let is_site = |p: &&str| p.eq_ignore_ascii_case(site);
        let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_site(p)).collect();
        if kept.len() < parts.len() && !kept.is_empty() {
            return kept.join(sep);
        }
    }
    parts
        .iter()
        .copied()
        .max_by_key(|p| p.split_whitespace().count())
        .unwrap_or(title)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::host::squeeze;

    #[test]
    fn site_names_are_cut() {
        assert_eq!(
            strip_site("Bridge to reopen in May | Example News", None),
            "Bridge to reopen in May"
        );
        assert_eq!(
            strip_site("Example - Bridge to reopen in May - Local", Some("Example")),
            "Bridge to reopen in May - Local"
        );
        assert_eq!(strip_site("No separator here", None), "No separator here");
    }

    #[test]
    fn the_page_names_its_outlet() {
        let named = super::super::dom::parse(
            r#"<html><head><meta property="og:site_name" content="The Riverside Ledger">
            <link rel="canonical" href="https://www.riverside-ledger.co.uk/news/1">
            <title>Bridge to reopen | The Riverside Ledger</title></head><body></body></html>"#,
        );
        let p = page(&named);
        assert_eq!(p.title.as_deref(), Some("Bridge to reopen"));
        assert_eq!(p.site_names, ["theriversideledger", "riversideledger"]);
        // og:url stands in for a canonical link; relative links and short names say nothing.
        let og = super::super::dom::parse(
            r#"<meta property="og:url" content="https://ledger.example.org/a">
            <meta property="og:site_name" content="BBC">"#,
        );
        // (Names are kept in the squeezed form: "example" reads `ehample`.)
        assert_eq!(page(&og).site_names, [squeeze("example")]);
        let relative = super::super::dom::parse(r#"<link rel="canonical" href="/news/1">"#);
        assert!(page(&relative).site_names.is_empty());
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            decode_entities("Olive &#038; Herb &amp; &#x2019;s &bogus; & x"),
            "Olive & Herb & \u{2019}s &bogus; & x"
        );
        // No reference, and multi-byte text within the ten bytes looked at.
        assert_eq!(decode_entities("Tom & Jérôme; ü&ü;"), "Tom & Jérôme; ü&ü;");
        assert_eq!(decode_entities("&ééééé;"), "&ééééé;");
    }
}
