//! The [`Cleaner`]: built once with its rules and options, then used for any number of
//! documents, from any number of threads.

use std::sync::Arc;

use crate::error::ErrorKind;
use crate::input::segment::{fold_case, lines};
use crate::output::{Cleaned, Location, Removal, cut};
use crate::rules::{BUILTIN, RuleConfig, RuleSet, UserPattern, UserPhrase};
use crate::score::{Hint, decide};
use crate::{Error, Kind};

/// Cuts appeals and boilerplate from article text and HTML.
///
/// Build one with [`Cleaner::new`] (the built-in rules) or [`Cleaner::builder`], and share it:
/// it is `Send + Sync` and cloning it is cheap (the compiled rules are shared).
///
/// ```
/// let cleaner = unappeal::Cleaner::new();
/// let text = "The mayor opened the bridge on Monday, officials said.\n\
///             Since you're here...\n\
///             ... we have a small favour to ask. Please support us from just $2 a month.\n\
///             Remind me later";
/// let cleaned = cleaner.clean_text(text);
/// assert_eq!(cleaned.text(), "The mayor opened the bridge on Monday, officials said.");
/// assert_eq!(cleaned.removals()[0].kind(), unappeal::Kind::Donation);
/// ```
#[derive(Clone)]
pub struct Cleaner {
    pub(crate) rules: Arc<RuleSet>,
    pub(crate) opts: Arc<Options>,
}

#[derive(Clone, Debug)]
pub(crate) struct Options {
    /// Kinds that are reported but not cut.
    pub keep: [bool; 12],
    pub max_input_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            keep: [false; 12],
            max_input_bytes: 64 << 20,
        }
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::new()
    }
}

impl std::fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cleaner")
            .field("options", &self.opts)
            .finish_non_exhaustive()
    }
}

impl Cleaner {
    /// A cleaner with the built-in rules for every language. The rules compile once per
    /// process, so this is cheap after the first call.
    pub fn new() -> Cleaner {
        Cleaner {
            rules: Arc::clone(&BUILTIN),
            opts: Arc::new(Options::default()),
        }
    }

    /// A builder for a cleaner with options or rules of your own.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// Cleans text a scraper extracted: one block per line (blank lines between blocks are
    /// fine). Each removal's [`range`](Removal::range) is a byte range of `text`.
    pub fn clean_text(&self, text: &str) -> Cleaned {
        self.clean_text_at(text, None)
    }

    /// Like [`clean_text`](Cleaner::clean_text), for a document from `url`, so that rules
    /// scoped to a site apply.
    pub fn clean_text_at(&self, text: &str, url: Option<&str>) -> Cleaned {
        let host = url.and_then(crate::url_host);
        let blocks = lines(text);
        let folded = fold_case(text);
        let evidence = self.rules.scan(&folded, &blocks, host);
        let cuts = decide(&self.rules, &blocks, &evidence, None);
        let mut removals = Vec::new();
        let mut ranges = Vec::new();
        for c in cuts {
            let range = blocks[c.blocks.start].range.start..blocks[c.blocks.end - 1].range.end;
            if !self.opts.keep[c.kind as usize] {
                ranges.push(range.clone());
            }
            removals.push(Removal {
                kind: c.kind,
                rule: c.rule,
                text: text[range.clone()].to_string(),
                location: Location::Text(range),
                confidence: c.confidence,
            });
        }
        Cleaned {
            text: cut(text, &ranges),
            removals,
        }
    }

    /// Extracts the article body from an HTML document and cleans it: prunes boilerplate
    /// elements, selects the story, and runs the text rules over its blocks. `url`, when
    /// known, lets rules scoped to a site apply. Each removal names its
    /// [`element`](Removal::element).
    ///
    /// Fails only on input over the size limit ([`CleanerBuilder::max_input_bytes`]);
    /// any other input, however broken, gives a result.
    pub fn clean_html(&self, html: &str, url: Option<&str>) -> Result<Cleaned, Error> {
        if html.len() > self.opts.max_input_bytes {
            return Err(ErrorKind::TooLarge {
                size: html.len(),
                limit: self.opts.max_input_bytes,
            }
            .into());
        }
        Ok(crate::html::clean(self, html, url))
    }

    /// Like [`clean_html`](Cleaner::clean_html), from bytes in any encoding: the byte-order
    /// mark decides, then a `<meta charset>` or `http-equiv` declaration, then UTF-8 if the
    /// bytes are valid UTF-8, and windows-1252 otherwise. Binary data is an error.
    pub fn clean_html_bytes(&self, bytes: &[u8], url: Option<&str>) -> Result<Cleaned, Error> {
        if bytes.len() > self.opts.max_input_bytes {
            return Err(ErrorKind::TooLarge {
                size: bytes.len(),
                limit: self.opts.max_input_bytes,
            }
            .into());
        }
        let text = crate::input::charset::decode_html(bytes)?;
        self.clean_html(&text, url)
    }

    /// Cleans text given as bytes: UTF-8 (a byte-order mark is dropped), or an error naming
    /// the first invalid byte. Binary data is an error.
    pub fn clean_text_bytes(&self, bytes: &[u8]) -> Result<Cleaned, Error> {
        Ok(self.clean_text(crate::input::charset::decode_text(bytes)?))
    }

    /// Runs the text rules over blocks that the HTML path emitted.
    pub(crate) fn decide_blocks(
        &self,
        joined: &str,
        blocks: &[crate::input::segment::Block],
        hints: &[Hint],
        host: Option<&str>,
    ) -> Vec<crate::score::Cut> {
        let folded = fold_case(joined);
        let evidence = self.rules.scan(&folded, blocks, host);
        decide(&self.rules, blocks, &evidence, Some(hints))
    }

    pub(crate) fn keeps(&self, kind: Kind) -> bool {
        self.opts.keep[kind as usize]
    }
}

/// Options and rules for a [`Cleaner`].
///
/// Setters take `&mut self` and return `&mut Self`, so calls chain; [`build`](Self::build)
/// compiles the rules and reports the first rule that does not compile.
///
/// ```
/// use unappeal::{Cleaner, Kind};
/// let cleaner = Cleaner::builder()
///     .keep_kind(Kind::Credit)
///     .phrase(Kind::Donation, "fuel our newsroom")
///     .build()?;
/// let cleaned = cleaner.clean_text("Rain is expected on Friday, forecasters said.\nFuel our newsroom today.");
/// assert_eq!(cleaned.text(), "Rain is expected on Friday, forecasters said.");
/// # Ok::<(), unappeal::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct CleanerBuilder {
    pub(crate) config: RuleConfig,
    pub(crate) opts: Options,
    pub(crate) user_rules: usize,
}

impl Default for CleanerBuilder {
    fn default() -> Self {
        CleanerBuilder {
            config: RuleConfig {
                builtin: true,
                ..Default::default()
            },
            opts: Options::default(),
            user_rules: 0,
        }
    }
}

impl CleanerBuilder {
    /// Reports removals of `kind` without cutting them (for example, to keep credit lines).
    pub fn keep_kind(&mut self, kind: Kind) -> &mut Self {
        self.opts.keep[kind as usize] = true;
        self
    }

    /// Uses only the built-in packs of these languages (ISO 639-1 codes such as `"en"`,
    /// `"de"`); the language-independent rows always apply. By default every pack applies.
    pub fn languages<I, S>(&mut self, langs: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.config.languages = langs.into_iter().map(Into::into).collect();
        self
    }

    /// Turns the built-in rules on or off (on by default). With them off, only your rules cut.
    pub fn builtin_rules(&mut self, yes: bool) -> &mut Self {
        self.config.builtin = yes;
        self
    }

    /// Turns off one built-in rule by the name it reports (`en.label:continue`), or a group of
    /// them by a prefix ending a name part (`en.label`, `de`).
    pub fn disable_rule(&mut self, name: impl Into<String>) -> &mut Self {
        self.config.disabled_rules.push(name.into());
        self
    }

    /// Cuts any block that contains `phrase` (matched case-insensitively, on whole words, in
    /// any language) as boilerplate of `kind`.
    pub fn phrase(&mut self, kind: Kind, phrase: impl Into<String>) -> &mut Self {
        self.add_phrase(kind, phrase.into(), None, None)
    }

    /// Like [`phrase`](Self::phrase), on documents whose URL host is `domain` or a subdomain.
    pub fn site_phrase(
        &mut self,
        domain: impl Into<String>,
        kind: Kind,
        phrase: impl Into<String>,
    ) -> &mut Self {
        self.add_phrase(kind, phrase.into(), Some(domain.into()), None)
    }

    /// Cuts any block that a match of the regular expression `pattern` starts in (matched
    /// case-insensitively on case-folded text) as boilerplate of `kind`. A pattern that does
    /// not compile makes [`build`](Self::build) fail.
    pub fn pattern(&mut self, kind: Kind, pattern: impl Into<String>) -> &mut Self {
        self.add_pattern(kind, pattern.into(), None, None)
    }

    /// Like [`pattern`](Self::pattern), on documents whose URL host is `domain` or a subdomain.
    pub fn site_pattern(
        &mut self,
        domain: impl Into<String>,
        kind: Kind,
        pattern: impl Into<String>,
    ) -> &mut Self {
        self.add_pattern(kind, pattern.into(), Some(domain.into()), None)
    }

    pub(crate) fn add_phrase(
        &mut self,
        kind: Kind,
        text: String,
        domain: Option<String>,
        name: Option<String>,
    ) -> &mut Self {
        self.user_rules += 1;
        let name = name.unwrap_or_else(|| format!("builder.phrase#{}:{}", self.user_rules, text));
        self.config.phrases.push(UserPhrase {
            name,
            text,
            kind,
            domain: domain.map(|d| d.to_ascii_lowercase()),
        });
        self
    }

    pub(crate) fn add_pattern(
        &mut self,
        kind: Kind,
        pattern: String,
        domain: Option<String>,
        name: Option<String>,
    ) -> &mut Self {
        self.user_rules += 1;
        let name =
            name.unwrap_or_else(|| format!("builder.pattern#{}:{}", self.user_rules, pattern));
        self.config.patterns.push(UserPattern {
            name,
            pattern,
            kind,
            domain: domain.map(|d| d.to_ascii_lowercase()),
        });
        self
    }

    /// Refuses HTML input larger than this many bytes (64 MiB by default).
    pub fn max_input_bytes(&mut self, bytes: usize) -> &mut Self {
        self.opts.max_input_bytes = bytes;
        self
    }

    /// Compiles the rules. Fails with an [`Error`] naming the first rule that does not compile.
    pub fn build(&self) -> Result<Cleaner, Error> {
        let default_rules = self.config.builtin
            && self.config.languages.is_empty()
            && self.config.disabled_rules.is_empty()
            && self.config.phrases.is_empty()
            && self.config.patterns.is_empty();
        let rules = if default_rules {
            Arc::clone(&BUILTIN)
        } else {
            Arc::new(RuleSet::build(&self.config)?)
        };
        Ok(Cleaner {
            rules,
            opts: Arc::new(self.opts.clone()),
        })
    }
}
