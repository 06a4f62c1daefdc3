//! CSS selector rules that users bring: their own (builder, rules files) and cosmetic filter
//! lists. Rules are indexed by what their rightmost compound selector needs (an id, a class,
//! a tag, an attribute), so an element is tested only against the few rules that could match
//! it, and a list of 50,000 rules costs a page little more than a list of fifty.

use std::collections::HashMap;

use scraper::{ElementRef, Html, Selector};

use super::dom::Dom;
use crate::fx::FxMap;
use crate::rules::adblock::{self, ListSummary, scope_applies};
use crate::{Error, Kind};

/// The domains a rule is for and the ones it is not for.
type Scope = (Vec<String>, Vec<String>);

/// One selector rule.
pub(crate) struct SelectorRule {
    selector: Selector,
    pub kind: Kind,
    /// Named in removals: `FILE:LINE: ##.selector` or the builder call.
    pub name: String,
    include: Vec<String>,
    exclude: Vec<String>,
    /// Scopes on which an exception (`#@#`) turns the rule off.
    exceptions: Vec<Scope>,
    /// A list's rule for every site: it may not cut inside the story.
    pub generic: bool,
}

/// All selector rules, indexed.
#[derive(Default)]
pub(crate) struct SelectorSet {
    rules: Vec<SelectorRule>,
    by_id: FxMap<String, Vec<u32>>,
    by_class: FxMap<String, Vec<u32>>,
    by_tag: FxMap<String, Vec<u32>>,
    by_attr: FxMap<String, Vec<u32>>,
    /// Rules with no key: tested on every element.
    rest: Vec<u32>,
    pub summary: ListSummary,
}

/// What the rightmost compound selector of `sel` requires, as an index key.
enum Key {
    Id(String),
    Class(String),
    Attr(String),
    Tag(String),
    None,
}

/// Calls `f` with the index and byte of every character of `sel` that is outside quotes,
/// brackets and parentheses.
fn top_level(sel: &str, mut f: impl FnMut(usize, u8)) {
    let (mut depth, mut quote) = (0i32, 0u8);
    for (i, c) in sel.bytes().enumerate() {
        match (quote, c) {
            (0, b'"' | b'\'') => quote = c,
            (q, _) if q != 0 => quote = if c == q { 0 } else { q },
            (_, b'(' | b'[') => depth += 1,
            (_, b')' | b']') => depth -= 1,
            _ if depth == 0 => f(i, c),
            _ => {}
        }
    }
}

fn key_of(sel: &str) -> Key {
    // The rightmost compound: after the last combinator outside brackets and parentheses.
    let mut start = 0;
    top_level(sel, |i, c| {
        if matches!(c, b' ' | b'>' | b'+' | b'~') {
            start = i + 1;
        }
    });
    let compound = &sel[start..];
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_' || !c.is_ascii())
            .collect()
    };
    // Only the part outside brackets and parentheses names ids and classes.
    let mut outer = String::new();
    let mut depth = 0;
    for c in compound.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ if depth == 0 => outer.push(c),
            _ => {}
        }
    }
    if let Some(p) = outer.find('#') {
        let id = ident(&outer[p + 1..]);
        if !id.is_empty() {
            return Key::Id(id);
        }
    }
    if let Some(p) = outer.find('.') {
        let class = ident(&outer[p + 1..]);
        if !class.is_empty() {
            return Key::Class(class);
        }
    }
    if let Some(p) = compound.find('[') {
        let attr = ident(&compound[p + 1..]).to_ascii_lowercase();
        if !attr.is_empty() {
            return Key::Attr(attr);
        }
    }
    let tag = ident(compound).to_ascii_lowercase();
    if !tag.is_empty() {
        return Key::Tag(tag);
    }
    Key::None
}

/// Splits a selector list at its top-level commas.
fn alternatives(sel: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    top_level(sel, |i, c| {
        if c == b',' {
            cuts.push(i);
        }
    });
    cuts.push(sel.len());
    cuts.windows(2)
        .map(|w| sel[w[0]..w[1]].trim_start_matches(',').trim())
        .filter(|s| !s.is_empty())
        .collect()
}

impl std::fmt::Debug for SelectorSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SelectorSet")
            .field("rules", &self.rules.len())
            .field("summary", &self.summary)
            .finish()
    }
}

impl SelectorSet {
    pub(crate) fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    fn push(&mut self, rule: SelectorRule, key: Key) {
        let idx = self.rules.len() as u32;
        self.rules.push(rule);
        match key {
            Key::Id(k) => self.by_id.entry(k).or_default().push(idx),
            Key::Class(k) => self.by_class.entry(k).or_default().push(idx),
            Key::Attr(k) => self.by_attr.entry(k).or_default().push(idx),
            Key::Tag(k) => self.by_tag.entry(k).or_default().push(idx),
            Key::None => self.rest.push(idx),
        }
    }

    /// Adds a user's selector rule; a selector that does not parse is an error naming it.
    pub(crate) fn add_user(
        &mut self,
        name: &str,
        kind: Kind,
        selector: &str,
        domains: &[String],
    ) -> Result<(), Error> {
        let alts = alternatives(selector);
        if alts.is_empty() {
            return Err(Error::rule(name, "the selector is empty"));
        }
        for alt in alts {
            let parsed = Selector::parse(alt)
                .map_err(|e| Error::rule(name, format!("bad CSS selector {alt:?}: {e}")))?;
            let rule = SelectorRule {
                selector: parsed,
                kind,
                name: format!("{name}: {alt}"),
                include: domains.to_vec(),
                exclude: Vec::new(),
                exceptions: Vec::new(),
                generic: false,
            };
            self.push(rule, key_of(alt));
        }
        Ok(())
    }

    /// Adds a cosmetic filter list; `origin` names it in rule names. Rules that static HTML
    /// cannot use are counted in the summary and skipped.
    pub(crate) fn add_list(&mut self, origin: &str, text: &str) {
        let parsed = adblock::parse(text);
        self.summary.add(&parsed.skipped);
        let mut exceptions: HashMap<&str, Vec<Scope>> = HashMap::new();
        for e in &parsed.exceptions {
            exceptions
                .entry(e.selector.as_str())
                .or_default()
                .push((e.include.clone(), e.exclude.clone()));
            self.summary.exceptions += 1;
        }
        for h in parsed.hides {
            // One indexed rule per alternative of a selector list; a line with any
            // alternative that does not parse is skipped whole.
            let alts = alternatives(&h.selector);
            let parsed: Option<Vec<Selector>> =
                alts.iter().map(|a| Selector::parse(a).ok()).collect();
            let Some(selectors) = parsed.filter(|s| !s.is_empty()) else {
                self.summary.unsupported += 1;
                continue;
            };
            self.summary.hide_rules += 1;
            let exceptions = exceptions
                .get(h.selector.as_str())
                .cloned()
                .unwrap_or_default();
            for (alt, selector) in alts.iter().zip(selectors) {
                let rule = SelectorRule {
                    selector,
                    kind: Kind::Other,
                    name: format!("{origin}:{}: ##{}", h.line, h.selector),
                    include: h.include.clone(),
                    exclude: h.exclude.clone(),
                    exceptions: exceptions.clone(),
                    generic: h.include.is_empty(),
                };
                self.push(rule, key_of(alt));
            }
        }
    }

    pub(crate) fn rule(&self, idx: u32) -> &SelectorRule {
        &self.rules[idx as usize]
    }

    /// The first rule that matches each element, for a page from `host`. `ids` are the
    /// elements' nodes in `doc`, the tree `dom` was read from.
    pub(crate) fn matches(
        &self,
        dom: &Dom,
        doc: &Html,
        ids: &[ego_tree::NodeId],
        host: Option<&str>,
    ) -> Vec<Option<u32>> {
        let mut out = vec![None; dom.elems.len()];
        if self.rules.is_empty() {
            return out;
        }
        let mut candidates: Vec<u32> = Vec::new();
        let mut applies: FxMap<u32, bool> = FxMap::default();
        for (i, e) in dom.elems.iter().enumerate() {
            candidates.clear();
            let attrs = dom.attrs(i);
            if let Some(id) = attrs.get("id") {
                candidates.extend(self.by_id.get(id).into_iter().flatten());
            }
            for (name, value) in attrs.iter() {
                if name == "class" {
                    for class in value.split_ascii_whitespace() {
                        candidates.extend(self.by_class.get(class).into_iter().flatten());
                    }
                }
                if !self.by_attr.is_empty() {
                    candidates.extend(self.by_attr.get(name).into_iter().flatten());
                }
            }
            candidates.extend(self.by_tag.get(e.name()).into_iter().flatten());
            candidates.extend(&self.rest);
            if candidates.is_empty() {
                continue;
            }
            candidates.sort_unstable();
            candidates.dedup();
            let Some(el) = doc.tree.get(ids[i]).and_then(ElementRef::wrap) else {
                continue;
            };
            for &c in &candidates {
                let ok = *applies.entry(c).or_insert_with(|| {
                    let r = &self.rules[c as usize];
                    scope_applies(&r.include, &r.exclude, host)
                        && !r
                            .exceptions
                            .iter()
                            .any(|(inc, exc)| scope_applies(inc, exc, host))
                });
                if ok && self.rules[c as usize].selector.matches(&el) {
                    out[i] = Some(c);
                    break;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_come_from_the_rightmost_compound() {
        assert!(matches!(key_of("div.a > span#b"), Key::Id(k) if k == "b"));
        assert!(matches!(key_of("article .share-bar"), Key::Class(k) if k == "share-bar"));
        assert!(matches!(key_of("a[href*=\"taboola\"]"), Key::Attr(k) if k == "href"));
        assert!(matches!(key_of("aside"), Key::Tag(k) if k == "aside"));
        assert!(matches!(key_of("div:not(.x)"), Key::Tag(k) if k == "div"));
        assert!(matches!(key_of("*"), Key::None));
    }

    #[test]
    fn alternatives_split_at_top_level_commas() {
        assert_eq!(
            alternatives(".a, div[title=\"x,y\"] , :is(.b,.c)"),
            [".a", "div[title=\"x,y\"]", ":is(.b,.c)"]
        );
    }
}
