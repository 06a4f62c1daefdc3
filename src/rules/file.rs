//! The rules file: a small line-oriented format that a person edits by hand.
//!
//! ```text
//! # Comments start with '#'. Blank lines are ignored.
//! # A rule is `KIND TYPE: VALUE`, where KIND is a removal kind (donation, newsletter, ...)
//! # and TYPE is phrase (exact words, any case), pattern (a regular expression) or
//! # selector (CSS, HTML input only).
//! donation phrase: fuel our newsroom
//! newsletter pattern: ^get .{1,40} in your inbox
//! social selector: div.share-tools, .follow-us
//!
//! # A section scopes the rules after it to sites (and their subdomains) until the next
//! # section; [*] is every site again.
//! [example.com, example.org]
//! donation phrase: become a friend of the Example
//! [*]
//!
//! # Turn a built-in rule (or a family of them) off by the name removals report.
//! disable: en.label:continue
//! ```
//!
//! Every rule is named `FILE:LINE` in the removals it makes; every error names the file,
//! the line and the problem.

use crate::Kind;

/// One rule read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum FileRule {
    Phrase {
        name: String,
        kind: Kind,
        text: String,
        domains: Vec<String>,
    },
    Pattern {
        name: String,
        kind: Kind,
        pattern: String,
        domains: Vec<String>,
    },
    Selector {
        name: String,
        kind: Kind,
        selector: String,
        domains: Vec<String>,
    },
    Disable {
        rule: String,
    },
}

/// Parses a rules file; `origin` names it in rule names and errors.
pub(crate) fn parse(origin: &str, text: &str) -> Result<Vec<FileRule>, String> {
    let mut rules = Vec::new();
    let mut domains: Vec<String> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |msg: String| format!("{origin}:{line_no}: {msg}");
        if let Some(section) = line.strip_prefix('[') {
            let Some(inner) = section.strip_suffix(']') else {
                return Err(at("a section must end with ']'".into()));
            };
            domains.clear();
            for d in inner.split(',').map(str::trim) {
                if d == "*" {
                    continue;
                }
                if d.is_empty() || d.contains(|c: char| c.is_whitespace() || c == '/' || c == ':') {
                    return Err(at(format!("{d:?} is not a domain")));
                }
                domains.push(d.trim_start_matches("*.").to_ascii_lowercase());
            }
            continue;
        }
        let Some((head, value)) = line.split_once(':') else {
            return Err(at(
                "expected `KIND TYPE: VALUE`, `disable: RULE` or `[domain]`".into(),
            ));
        };
        let value = value.trim();
        if value.is_empty() {
            return Err(at("the value after ':' is empty".into()));
        }
        let words: Vec<&str> = head.split_whitespace().collect();
        if words == ["disable"] {
            rules.push(FileRule::Disable {
                rule: value.to_string(),
            });
            continue;
        }
        let [kind, ty] = words[..] else {
            return Err(at(format!(
                "expected `KIND TYPE:` before the value, found {head:?}"
            )));
        };
        let Some(kind) = Kind::from_name(kind) else {
            let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
            return Err(at(format!(
                "unknown kind {kind:?} (one of {})",
                kinds.join(", ")
            )));
        };
        let name = format!("{origin}:{line_no}");
        let domains = domains.clone();
        rules.push(match ty {
            "phrase" => FileRule::Phrase {
                name,
                kind,
                text: value.to_string(),
                domains,
            },
            "pattern" => FileRule::Pattern {
                name,
                kind,
                pattern: value.to_string(),
                domains,
            },
            "selector" => FileRule::Selector {
                name,
                kind,
                selector: value.to_string(),
                domains,
            },
            other => {
                return Err(at(format!(
                    "unknown rule type {other:?} (phrase, pattern or selector)"
                )));
            }
        });
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules_sections_and_disables() {
        let text = "# comment\n\ndonation phrase: fuel our newsroom\n[example.com, *.example.org]\nsocial selector: .share\n[*]\nnewsletter pattern: ^get .* inbox\ndisable: en.label\n";
        let rules = parse("my.rules", text).unwrap();
        assert_eq!(rules.len(), 4);
        assert_eq!(
            rules[0],
            FileRule::Phrase {
                name: "my.rules:3".into(),
                kind: Kind::Donation,
                text: "fuel our newsroom".into(),
                domains: vec![]
            }
        );
        assert_eq!(
            rules[1],
            FileRule::Selector {
                name: "my.rules:5".into(),
                kind: Kind::Social,
                selector: ".share".into(),
                domains: vec!["example.com".into(), "example.org".into()]
            }
        );
        assert!(matches!(&rules[2], FileRule::Pattern { domains, .. } if domains.is_empty()));
        assert_eq!(
            rules[3],
            FileRule::Disable {
                rule: "en.label".into()
            }
        );
    }

    #[test]
    fn errors_name_file_line_and_problem() {
        let err = parse("x.rules", "donation phrase: ok\nbogus line\n").unwrap_err();
        assert!(err.starts_with("x.rules:2: expected"), "{err}");
        let err = parse("x.rules", "charity phrase: give\n").unwrap_err();
        assert!(err.contains("x.rules:1: unknown kind \"charity\""), "{err}");
        let err = parse("x.rules", "donation regex: give\n").unwrap_err();
        assert!(err.contains("unknown rule type \"regex\""), "{err}");
        let err = parse("x.rules", "[example.com\n").unwrap_err();
        assert!(err.contains("x.rules:1: a section must end"), "{err}");
        let err = parse("x.rules", "donation phrase:   \n").unwrap_err();
        assert!(err.contains("empty"), "{err}");
    }
}
