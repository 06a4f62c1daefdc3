//! Adblock-style cosmetic filter lists (the format of Fanboy's Annoyance List and uBlock's
//! annoyances lists): `##selector`, `domain##selector`, `d1,d2,~d3##selector` and
//! `domain#@#selector` exceptions. The forms that need a browser (procedural `:has-text()`,
//! `:upward()`, `#?#`; scriptlets `+js(...)`, `#$#`; HTML filters `##^`; network filters)
//! are counted and skipped.

/// Counts of what the cosmetic filter lists given to a [`Cleaner`](crate::Cleaner) held.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSummary {
    /// Element hiding rules in use.
    pub hide_rules: usize,
    /// Exceptions (`#@#`) in use.
    pub exceptions: usize,
    /// Procedural rules skipped (`:has-text()`, `:upward()`, `#?#`, ...).
    pub procedural: usize,
    /// Scriptlet and snippet rules skipped (`+js(...)`, `#$#`, `#%#`).
    pub scriptlets: usize,
    /// HTML filtering rules skipped (`##^`).
    pub html_filters: usize,
    /// Network (URL blocking) rules skipped: they do not hide elements.
    pub network: usize,
    /// Selectors that did not parse as CSS, skipped.
    pub unsupported: usize,
}

impl ListSummary {
    pub(crate) fn add(&mut self, other: &ListSummary) {
        self.hide_rules += other.hide_rules;
        self.exceptions += other.exceptions;
        self.procedural += other.procedural;
        self.scriptlets += other.scriptlets;
        self.html_filters += other.html_filters;
        self.network += other.network;
        self.unsupported += other.unsupported;
    }
}

impl std::fmt::Display for ListSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} hide rules, {} exceptions; skipped {} procedural, {} scriptlet, {} HTML-filter, {} network, {} unsupported",
            self.hide_rules,
            self.exceptions,
            self.procedural,
            self.scriptlets,
            self.html_filters,
            self.network,
            self.unsupported
        )
    }
}

/// One cosmetic rule: its selector, the domains it is for (`include` empty: every site),
/// the domains it is not for, and its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cosmetic {
    pub selector: String,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub line: usize,
}

#[derive(Debug, Default)]
pub(crate) struct ParsedList {
    pub hides: Vec<Cosmetic>,
    pub exceptions: Vec<Cosmetic>,
    pub skipped: ListSummary,
}

/// Markers of procedural cosmetic filters (uBlock Origin and AdGuard extended syntax).
const PROCEDURAL: &[&str] = &[
    ":has-text(",
    ":upward(",
    ":xpath(",
    ":-abp-",
    ":matches-css",
    ":remove(",
    ":style(",
    ":min-text-length(",
    ":watch-attr(",
    ":matches-path(",
    ":others(",
    ":if(",
    ":if-not(",
    ":contains(",
    ":nth-ancestor(",
    ":matches-attr(",
    ":matches-media(",
    ":matches-prop(",
    ":remove-attr(",
    ":remove-class(",
];

pub(crate) fn parse(text: &str) -> ParsedList {
    let mut out = ParsedList::default();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('!') || line.starts_with('[') {
            continue;
        }
        // The separator decides the rule's type; check the longer ones first.
        let sep = ["#@?#", "#?#", "#@$#", "#$#", "#@%#", "#%#", "#@#", "##"]
            .iter()
            .filter_map(|s| line.find(s).map(|p| (p, *s)))
            .min_by_key(|&(p, s)| (p, std::cmp::Reverse(s.len())));
        let Some((pos, sep)) = sep else {
            out.skipped.network += 1;
            continue;
        };
        let domains = &line[..pos];
        let selector = line[pos + sep.len()..].trim();
        match sep {
            "#?#" | "#@?#" => {
                out.skipped.procedural += 1;
                continue;
            }
            "#$#" | "#@$#" | "#%#" | "#@%#" => {
                out.skipped.scriptlets += 1;
                continue;
            }
            _ => {}
        }
        if selector.starts_with('^') {
            out.skipped.html_filters += 1;
            continue;
        }
        if selector.starts_with("+js(") {
            out.skipped.scriptlets += 1;
            continue;
        }
        if selector.is_empty() || PROCEDURAL.iter().any(|p| selector.contains(p)) {
            out.skipped.procedural += 1;
            continue;
        }
        let (mut include, mut exclude) = (Vec::new(), Vec::new());
        for d in domains.split(',').map(str::trim).filter(|d| !d.is_empty()) {
            match d.strip_prefix('~') {
                Some(neg) => exclude.push(neg.to_ascii_lowercase()),
                None => include.push(d.to_ascii_lowercase()),
            }
        }
        let rule = Cosmetic {
            selector: selector.to_string(),
            include,
            exclude,
            line: n + 1,
        };
        if sep == "#@#" {
            out.exceptions.push(rule);
        } else {
            out.hides.push(rule);
        }
    }
    out
}

/// Whether a rule scoped to `include` (all sites when empty) minus `exclude` applies to
/// `host`. A domain `example.*` stands for every top-level domain.
pub(crate) fn scope_applies(include: &[String], exclude: &[String], host: Option<&str>) -> bool {
    let matches = |d: &String| match d.strip_suffix(".*") {
        Some(base) => host.is_some_and(|h| {
            let h = h.trim_end_matches('.');
            h.starts_with(&format!("{base}.")) || h.contains(&format!(".{base}."))
        }),
        None => crate::input::host::host_matches(host, d),
    };
    (include.is_empty() || include.iter().any(matches)) && !exclude.iter().any(matches)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_and_counts_the_rest() {
        let list = "[Adblock Plus 2.0]\n! comment\n##.newsletter-box\nexample.com,~shop.example.com##div#promo\nexample.com#@#.newsletter-box\nexample.com##.x:has-text(Subscribe)\nexample.com#?#div:-abp-has(.ad)\nexample.com##+js(set-constant, a, 1)\nexample.com#$#hide-if-contains\n##^script:has-text(ad)\n||ads.example.com^\n@@||example.com^$document\n";
        let p = parse(list);
        assert_eq!(p.hides.len(), 2);
        assert_eq!(
            p.hides[0],
            Cosmetic {
                selector: ".newsletter-box".into(),
                include: vec![],
                exclude: vec![],
                line: 3
            }
        );
        assert_eq!(p.hides[1].include, ["example.com"]);
        assert_eq!(p.hides[1].exclude, ["shop.example.com"]);
        assert_eq!(p.exceptions.len(), 1);
        assert_eq!(p.skipped.procedural, 2);
        assert_eq!(p.skipped.scriptlets, 2);
        assert_eq!(p.skipped.html_filters, 1);
        assert_eq!(p.skipped.network, 2);
    }

    #[test]
    fn scopes() {
        let inc = vec!["example.com".to_string()];
        let exc = vec!["shop.example.com".to_string()];
        assert!(scope_applies(&[], &[], None));
        assert!(scope_applies(&inc, &exc, Some("www.example.com")));
        assert!(!scope_applies(&inc, &exc, Some("shop.example.com")));
        assert!(!scope_applies(&inc, &[], Some("example.org")));
        assert!(!scope_applies(&inc, &[], None));
        assert!(scope_applies(
            &["example.*".to_string()],
            &[],
            Some("www.example.co.uk")
        ));
        assert!(!scope_applies(&[], &exc, Some("shop.example.com")));
    }
}
