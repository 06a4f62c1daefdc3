//! The [`Cleaner`]: built once with its rules and options, then used for any number of
//! documents, from any number of threads.

use std::sync::Arc;

use crate::error::ErrorKind;
use crate::html::Story;
use crate::html::custom::SelectorSet;
use crate::input::compose::Composed;
use crate::input::segment::{fold_with_classes, lines_in, split_glued};
use crate::output::{Cleaned, Location, Removal, cut};
use crate::rules::adblock::ListSummary;
use crate::rules::file::{self, FileRule};
use crate::rules::{BUILTIN, RuleConfig, RuleSet, UserMatcher, UserRule};
use crate::score::model::{self, Model};
use crate::score::{Context, decide};
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
    /// HTML tags nested deeper than this are dropped before parsing (their text is kept).
    pub max_depth: usize,
    /// Invalid UTF-8 in text bytes is an error rather than replaced.
    pub strict_utf8: bool,
    /// CSS selector rules: the user's and filter lists'.
    pub selectors: Arc<SelectorSet>,
    /// A fitted model in place of the built-in one (training and cross-validation).
    pub model: Option<Arc<Model>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            keep: [false; 12],
            max_input_bytes: 64 << 20,
            max_depth: crate::html::depth::MAX_DEPTH,
            strict_utf8: false,
            selectors: Arc::default(),
            model: None,
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
        let host = url.and_then(crate::input::host::url_host);
        // The rules read the text composed; removals are mapped back to ranges of `text`.
        let composed = Composed::new(text);
        let (blocks, evidence) = self.scan_text(composed.text(), host);
        let ctx = Context {
            text: composed.text(),
            host,
            site_names: &[],
            model: Some(self.model()),
        };
        let cuts = decide(&self.rules, &blocks, &evidence, None, ctx);
        let mut removals = Vec::new();
        let mut ranges = Vec::new();
        for c in cuts {
            let start = c.from.unwrap_or(blocks[c.blocks.start].range.start);
            let range = composed.input_range(start..blocks[c.blocks.end - 1].range.end);
            if !self.opts.keep[c.kind as usize] {
                ranges.push(range.clone());
            }
            removals.push(Removal {
                kind: c.kind,
                rule: c.rule,
                stage: c.stage,
                text: text[range.clone()].to_string(),
                location: Location::Text(range),
                confidence: c.confidence,
            });
        }
        Cleaned {
            title: None,
            text: cut(text, &ranges),
            removals,
            replaced: 0,
        }
    }

    /// Extracts the article body from an HTML document and cleans it: prunes boilerplate
    /// elements, selects the story, and runs the text rules over its blocks. `url`, when
    /// known, lets rules scoped to a site apply. Each removal names its
    /// [`element`](Removal::element).
    ///
    /// Fails only on input over the size limit ([`CleanerBuilder::max_input_bytes`]);
    /// any other input, however broken, gives a result. Tags nested deeper than
    /// [`CleanerBuilder::max_depth`] are dropped (their text is kept) and reported as one
    /// removal with the rule `html.depth-limit`.
    pub fn clean_html(&self, html: &str, url: Option<&str>) -> Result<Cleaned, Error> {
        self.check_size(html.len())?;
        let host = url.and_then(crate::input::host::url_host);
        let opts = &self.opts;
        let Some(story) = crate::html::story(html, host, opts.max_depth, &opts.selectors) else {
            return Ok(Cleaned::default());
        };
        let cuts = self.decide_blocks(&story, host);
        Ok(self.assemble(story, &cuts))
    }

    /// The cleaned page: the story's blocks less those cut, and every removal (the depth
    /// guard's first, then in document order).
    fn assemble(&self, mut story: Story, cuts: &[crate::score::Cut]) -> Cleaned {
        let mut removals = std::mem::take(&mut story.removed);
        let block_text = |k: usize| &story.text[story.blocks[k].range.clone()];
        let mut cut_block = vec![false; story.blocks.len()];
        for c in cuts {
            let text = c
                .blocks
                .clone()
                .map(block_text)
                .collect::<Vec<_>>()
                .join("\n\n");
            let (owner, location) = story.locate(c.blocks.start);
            removals.push((
                owner,
                Removal {
                    kind: c.kind,
                    rule: c.rule.clone(),
                    stage: c.stage,
                    location,
                    text,
                    confidence: c.confidence,
                },
            ));
            if !self.keeps(c.kind) {
                cut_block[c.blocks.clone()].fill(true);
            }
        }
        let mut text = String::with_capacity(story.text.len());
        for k in (0..story.blocks.len()).filter(|&k| !cut_block[k]) {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(block_text(k));
        }
        removals.extend(story.edges);
        // Stable: removals of one element keep the order above.
        removals.sort_by_key(|(i, _)| *i);
        let removals = story
            .limits
            .into_iter()
            .chain(removals.into_iter().map(|(_, r)| r))
            .collect();
        Cleaned {
            title: story.page.title,
            text,
            removals,
            replaced: 0,
        }
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        if size > self.opts.max_input_bytes {
            return Err(ErrorKind::TooLarge {
                size,
                limit: self.opts.max_input_bytes,
            }
            .into());
        }
        Ok(())
    }

    /// Like [`clean_html`](Cleaner::clean_html), from bytes in any encoding: the byte-order
    /// mark decides; then bytes that are valid UTF-8 with some non-ASCII in them are UTF-8
    /// (scrapers save pages as UTF-8 and keep the old declaration); then a `<meta charset>` or
    /// `http-equiv` declaration; then UTF-8 if the bytes are valid UTF-8, and windows-1252
    /// otherwise. Bytes malformed in the chosen encoding become U+FFFD and are counted by
    /// [`Cleaned::replaced_bytes`]. Input that is mostly binary is an error; a page with a
    /// few stray NUL bytes is cleaned (the parser drops NULs from text, as browsers do).
    pub fn clean_html_bytes(&self, bytes: &[u8], url: Option<&str>) -> Result<Cleaned, Error> {
        self.clean_html_decoded(bytes, None, url)
    }

    /// Like [`clean_html_bytes`](Cleaner::clean_html_bytes), for a page fetched with a
    /// charset declared by the transport: `charset` is an HTTP `Content-Type` value
    /// (`"text/html; charset=windows-1251"`) or a bare label (`"cp1251"`). As in browsers, it
    /// ranks above the page's own `<meta>` declaration and below a byte-order mark; a label
    /// that names no encoding is ignored, as browsers ignore it.
    ///
    /// ```
    /// let cleaner = unappeal::Cleaner::new();
    /// let page = b"<html><body><article><p>Caf\xe9 prices rose again this year, \
    ///              the city's statistics office said on Monday.</p></article></body></html>";
    /// let cleaned = cleaner.clean_html_bytes_with_charset(page, "text/html; charset=iso-8859-1", None)?;
    /// assert!(cleaned.text().starts_with("Café prices"));
    /// # Ok::<(), unappeal::Error>(())
    /// ```
    pub fn clean_html_bytes_with_charset(
        &self,
        bytes: &[u8],
        charset: &str,
        url: Option<&str>,
    ) -> Result<Cleaned, Error> {
        self.clean_html_decoded(bytes, Some(charset), url)
    }

    fn clean_html_decoded(
        &self,
        bytes: &[u8],
        transport: Option<&str>,
        url: Option<&str>,
    ) -> Result<Cleaned, Error> {
        self.check_size(bytes.len())?;
        let decoded = crate::input::charset::decode_html(bytes, transport)?;
        let mut cleaned = self.clean_html(&decoded.text, url)?;
        cleaned.replaced = decoded.replaced;
        Ok(cleaned)
    }

    /// Cleans text given as bytes: UTF-8 (a byte-order mark is dropped). Invalid UTF-8 is
    /// replaced by U+FFFD and counted by [`Cleaned::replaced_bytes`], or with
    /// [`CleanerBuilder::strict_utf8`] is an error naming the first invalid byte. Input that is
    /// mostly binary, or over [`CleanerBuilder::max_input_bytes`], is an error.
    pub fn clean_text_bytes(&self, bytes: &[u8]) -> Result<Cleaned, Error> {
        self.clean_text_bytes_at(bytes, None)
    }

    /// Like [`clean_text_bytes`](Cleaner::clean_text_bytes), for a document from `url` (see
    /// [`clean_text_at`](Cleaner::clean_text_at)).
    ///
    /// ```
    /// let cleaner = unappeal::Cleaner::new();
    /// let story = "De gemeenteraad heeft maandagavond de begroting voor volgend jaar \
    ///              goedgekeurd, met extra geld voor het onderhoud van bruggen en kades en \
    ///              voor de veerpont tussen Zaandijk en Koog aan de Zaan, meldt de gemeente.";
    /// let text = format!("{story}\nVolg NH Nieuws ook op Instagram, TikTok en Facebook.");
    /// let url = Some("https://www.nhnieuws.nl/nieuws/1/begroting");
    /// let cleaned = cleaner.clean_text_bytes_at(text.as_bytes(), url)?;
    /// assert_eq!(cleaned.text(), story);
    /// // Without the page's address, nothing says the line names the outlet.
    /// assert_eq!(cleaner.clean_text_bytes(text.as_bytes())?.text(), text);
    /// # Ok::<(), unappeal::Error>(())
    /// ```
    pub fn clean_text_bytes_at(&self, bytes: &[u8], url: Option<&str>) -> Result<Cleaned, Error> {
        self.check_size(bytes.len())?;
        let decoded = crate::input::charset::decode_text(bytes, self.opts.strict_utf8)?;
        let mut cleaned = self.clean_text_at(&decoded.text, url);
        cleaned.replaced = decoded.replaced;
        Ok(cleaned)
    }

    /// The blocks of `text` and the evidence of each. `text` is composed (NFC) already: see
    /// [`Composed`], which the callers map the blocks' ranges back through.
    pub(crate) fn scan_text(
        &self,
        text: &str,
        host: Option<&str>,
    ) -> (Vec<crate::input::segment::Block>, crate::rules::Evidences) {
        let (folded, classes) = fold_with_classes(text);
        let blocks = split_glued(text, lines_in(&folded, &classes));
        let evidence = self.rules.scan(text, &folded, &classes, &blocks, host);
        (blocks, evidence)
    }

    /// Runs the text rules over blocks that the HTML path emitted.
    pub(crate) fn decide_blocks(
        &self,
        story: &Story,
        host: Option<&str>,
    ) -> Vec<crate::score::Cut> {
        let (folded, classes) = fold_with_classes(&story.text);
        let evidence = self
            .rules
            .scan(&story.text, &folded, &classes, &story.blocks, host);
        let ctx = Context {
            text: &story.text,
            host,
            site_names: &story.page.site_names,
            model: Some(self.model()),
        };
        decide(
            &self.rules,
            &story.blocks,
            &evidence,
            Some(&story.hints),
            ctx,
        )
    }

    /// The fitted model in use.
    pub(crate) fn model(&self) -> &Model {
        self.opts
            .model
            .as_deref()
            .unwrap_or_else(|| &model::BUILTIN)
    }

    /// The names of the text rules this cleaner uses, sorted: the names that
    /// [`Removal::rule`] reports for text cuts (joined with ` + ` when several fired), and
    /// that [`CleanerBuilder::disable_rule`] takes. A built-in name is `LANG.GROUP:PHRASE`
    /// (`en.label:remind me later`); a user rule's names its origin. Cuts that no rule
    /// anchors report `model:shape-and-position` (the fitted model) or a heuristic of shape
    /// and position: `heuristic:link-block` (a list of links in HTML), `heuristic:tag-row`,
    /// `heuristic:teaser-list`, `heuristic:author-bio` (a block after the story opening with
    /// the byline's name), `heuristic:between-boxes` (a short block between two cuts after
    /// the story), `heuristic:outlet-box` (a line and a paragraph that name the outlet),
    /// `heuristic:outlet-inline-box` (between the story's paragraphs, a paragraph with the
    /// outlet as its subject speaking of itself or asking the reader for support, with its
    /// heading or buttons),
    /// `heuristic:follow-outlet` and `heuristic:outlet-contact` (a line after the story naming
    /// the outlet and a platform, of kind social, or giving its own e-mail address),
    /// `heuristic:picture-credit` ("Foto: ...", "Picture by ..."), `heuristic:head-menu`
    /// (a site's menu above the headline, one item a line), `heuristic:menu-line` (the
    /// menu glued into one line at the top, named by the sections news sites have or told
    /// by its shape), `heuristic:weather-line` (the site's date and weather strip above the
    /// story),
    /// `heuristic:cookie-banner` (a cookie banner at the text's top or foot, with its
    /// buttons), `heuristic:outlet-paragraph` (the outlet's paragraph on itself below the
    /// story, of the kind its evidence shows) or `heuristic:channel-line` (a short line
    /// offering the outlet's channel on a messenger or the news aggregator, between the
    /// story's paragraphs or under them). `heuristic:share-row` is a row of platforms,
    /// `heuristic:poll` a reader poll (a question under a short label, over its answers),
    /// `heuristic:station-line` a radio station's strip above the headline (its frequency).
    ///
    /// ```
    /// let cleaner = unappeal::Cleaner::new();
    /// assert!(cleaner.rule_names().contains(&"en.label:remind me later"));
    /// ```
    pub fn rule_names(&self) -> Vec<&str> {
        self.rules.names()
    }

    /// What the cosmetic filter lists given to the builder held: the rules in use and the
    /// ones skipped because static HTML cannot use them.
    pub fn list_summary(&self) -> ListSummary {
        self.opts.selectors.summary
    }

    pub(crate) fn keeps(&self, kind: Kind) -> bool {
        self.opts.keep[kind as usize]
    }
}

/// The largest [`CleanerBuilder::max_input_bytes`].
const MAX_INPUT_BYTES: usize = 1 << 30;

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
    /// (name, kind, selector, domains) of CSS selector rules.
    selectors: Vec<(String, Kind, String, Vec<String>)>,
    /// (origin, text) of cosmetic filter lists.
    lists: Vec<(String, String)>,
    /// Problems met while reading files, reported by `build`.
    errors: Vec<(String, String)>,
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
            selectors: Vec::new(),
            lists: Vec::new(),
            errors: Vec::new(),
        }
    }
}

impl CleanerBuilder {
    /// Reports removals of `kind` without cutting them (for example, to keep credit lines).
    pub fn keep_kind(&mut self, kind: Kind) -> &mut Self {
        self.opts.keep[kind as usize] = true;
        self
    }

    /// Uses only the built-in packs of these languages (ISO 639-1 codes, lower case; the
    /// error of an unknown code lists them all); the language-independent rows always apply,
    /// and `xx` names them alone (`languages(["xx"])` uses no pack). By default every pack
    /// applies. A code that names no pack makes [`build`](Self::build) fail, with the list
    /// of known codes. A text that no pack in use reads is judged by the weights fitted for
    /// such texts (shape, position and the language-independent rows). The model's concept
    /// stems (support, journalism, independence) are words of the pack languages: a
    /// selection of packs looks for those of every pack language, and `languages(["xx"])`
    /// for none, so it reads a German text as a text in a language no pack covers.
    ///
    /// ```
    /// let err = unappeal::Cleaner::builder().languages(["EN"]).build().unwrap_err();
    /// assert!(err.to_string().contains("unknown language `EN`"));
    /// assert!(unappeal::Cleaner::builder().languages(["xx"]).build().is_ok());
    /// ```
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
    /// them by a prefix ending a name part (`en.label`, `de`). A name that matches no
    /// built-in rule or family (a typo) makes [`build`](Self::build) fail; see
    /// [`Cleaner::rule_names`].
    pub fn disable_rule(&mut self, name: impl Into<String>) -> &mut Self {
        self.config.disabled_rules.push(name.into());
        self
    }

    /// Cuts any block that contains `phrase` (matched case-insensitively, on whole words, in
    /// any language) as boilerplate of `kind`. A trailing `*` makes the last word a stem:
    /// `"donat*"` matches "donate" and "donations". A phrase that is empty, or only `*`, is
    /// an error at [`build`](Self::build).
    pub fn phrase(&mut self, kind: Kind, phrase: impl Into<String>) -> &mut Self {
        self.add_user(kind, UserMatcher::Phrase(phrase.into()), Vec::new(), None)
    }

    /// Like [`phrase`](Self::phrase), on documents whose URL host is `domain` or a subdomain.
    pub fn site_phrase(
        &mut self,
        domain: impl Into<String>,
        kind: Kind,
        phrase: impl Into<String>,
    ) -> &mut Self {
        self.add_user(
            kind,
            UserMatcher::Phrase(phrase.into()),
            vec![domain.into()],
            None,
        )
    }

    /// Cuts any block that a match of the regular expression `pattern` starts in (matched
    /// case-insensitively on case-folded text, the pattern's letters beyond ASCII folded the
    /// same way: "αρχική" matches "Αρχική" and "Αρχικη") as boilerplate of `kind`. A pattern
    /// that does not compile makes [`build`](Self::build) fail.
    pub fn pattern(&mut self, kind: Kind, pattern: impl Into<String>) -> &mut Self {
        self.add_user(kind, UserMatcher::Pattern(pattern.into()), Vec::new(), None)
    }

    /// Like [`pattern`](Self::pattern), on documents whose URL host is `domain` or a subdomain.
    pub fn site_pattern(
        &mut self,
        domain: impl Into<String>,
        kind: Kind,
        pattern: impl Into<String>,
    ) -> &mut Self {
        self.add_user(
            kind,
            UserMatcher::Pattern(pattern.into()),
            vec![domain.into()],
            None,
        )
    }

    fn add_user(
        &mut self,
        kind: Kind,
        matcher: UserMatcher,
        domains: Vec<String>,
        name: Option<String>,
    ) -> &mut Self {
        self.user_rules += 1;
        let name = name.unwrap_or_else(|| match &matcher {
            UserMatcher::Phrase(t) => format!("builder.phrase#{}:{t}", self.user_rules),
            UserMatcher::Pattern(p) => format!("builder.pattern#{}:{p}", self.user_rules),
        });
        let domains = domains.iter().map(|d| d.to_ascii_lowercase()).collect();
        // Text is read composed (`input::compose`), so a phrase typed decomposed is composed
        // to match it; its name keeps it as given.
        let matcher = match matcher {
            UserMatcher::Phrase(p) if !unicode_normalization::is_nfc(&p) => UserMatcher::Phrase(
                unicode_normalization::UnicodeNormalization::nfc(p.as_str()).collect(),
            ),
            m => m,
        };
        self.config.user.push(UserRule {
            name,
            kind,
            domains,
            matcher,
        });
        self
    }

    /// Refuses HTML input, and text given as bytes, larger than this many bytes (64 MiB by
    /// default): [`Cleaner::clean_html`], [`Cleaner::clean_html_bytes`] and
    /// [`Cleaner::clean_text_bytes`] return an error. Peak memory is a few times the input for
    /// real pages, and up to about 9 times for pages of nothing but tiny elements. At most
    /// 1 GiB: the parsed page is indexed with 32-bit offsets (its text can be three times the
    /// bytes of its markup, a NUL in a script becoming U+FFFD).
    pub fn max_input_bytes(&mut self, bytes: usize) -> &mut Self {
        self.opts.max_input_bytes = bytes.min(MAX_INPUT_BYTES);
        self
    }

    /// The deepest nesting of HTML elements kept (512 by default; at least 1). Tags nested
    /// deeper are dropped before parsing, their text is kept in the element at this depth,
    /// and the result reports one removal with the rule `html.depth-limit` saying how many
    /// tags went. The parser's time grows with the square of the depth, so this bounds it.
    pub fn max_depth(&mut self, depth: usize) -> &mut Self {
        self.opts.max_depth = depth.max(1);
        self
    }

    /// Makes invalid UTF-8 in text bytes an error ([`Cleaner::clean_text_bytes`] fails naming
    /// the first invalid byte) instead of replacing it by U+FFFD (the default).
    pub fn strict_utf8(&mut self, yes: bool) -> &mut Self {
        self.opts.strict_utf8 = yes;
        self
    }

    /// Prunes every element of HTML input that matches the CSS `selector` (a selector list
    /// is fine), as boilerplate of `kind`. A selector that does not parse makes
    /// [`build`](Self::build) fail.
    pub fn selector(&mut self, kind: Kind, selector: impl Into<String>) -> &mut Self {
        self.user_rules += 1;
        let selector = selector.into();
        self.selectors.push((
            format!("builder.selector#{}", self.user_rules),
            kind,
            selector,
            Vec::new(),
        ));
        self
    }

    /// Like [`selector`](Self::selector), on documents whose URL host is `domain` or a
    /// subdomain.
    pub fn site_selector(
        &mut self,
        domain: impl Into<String>,
        kind: Kind,
        selector: impl Into<String>,
    ) -> &mut Self {
        self.user_rules += 1;
        let selector = selector.into();
        self.selectors.push((
            format!("builder.selector#{}", self.user_rules),
            kind,
            selector,
            vec![domain.into().to_ascii_lowercase()],
        ));
        self
    }

    /// Reads a rules file (see the crate docs for its format). A file that cannot be read or
    /// a line that does not parse makes [`build`](Self::build) fail with the file, the line
    /// and the problem.
    pub fn rules_file(&mut self, path: impl AsRef<std::path::Path>) -> &mut Self {
        let path = path.as_ref();
        match std::fs::read_to_string(path) {
            Ok(text) => self.rules_str(path.display().to_string(), &text),
            Err(e) => {
                self.errors
                    .push((path.display().to_string(), e.to_string()));
                self
            }
        }
    }

    /// Reads rules in the rules-file format from a string; `origin` names it in rule names
    /// and errors.
    pub fn rules_str(&mut self, origin: impl Into<String>, text: &str) -> &mut Self {
        let origin = origin.into();
        match file::parse(&origin, text) {
            Err(e) => self.errors.push((String::new(), e)),
            Ok(rules) => {
                for r in rules {
                    match r {
                        FileRule::Phrase {
                            name,
                            kind,
                            text,
                            domains,
                        } => {
                            self.add_user(kind, UserMatcher::Phrase(text), domains, Some(name));
                        }
                        FileRule::Pattern {
                            name,
                            kind,
                            pattern,
                            domains,
                        } => {
                            self.add_user(kind, UserMatcher::Pattern(pattern), domains, Some(name));
                        }
                        FileRule::Selector {
                            name,
                            kind,
                            selector,
                            domains,
                        } => self.selectors.push((name, kind, selector, domains)),
                        FileRule::Disable { rule } => self.config.disabled_rules.push(rule),
                    }
                }
            }
        }
        self
    }

    /// Reads an adblock-style cosmetic filter list (`##selector`, `domain##selector`,
    /// `d1,~d2##selector`, `domain#@#selector`). Rules for every site prune outside the story
    /// only; rules for a site prune inside it too. Forms that need a browser are counted
    /// and skipped; see [`Cleaner::list_summary`].
    pub fn adblock_file(&mut self, path: impl AsRef<std::path::Path>) -> &mut Self {
        let path = path.as_ref();
        match std::fs::read_to_string(path) {
            Ok(text) => self.adblock_str(path.display().to_string(), text),
            Err(e) => {
                self.errors
                    .push((path.display().to_string(), e.to_string()));
                self
            }
        }
    }

    /// Like [`adblock_file`](Self::adblock_file), from a string; `origin` names the list in
    /// rule names.
    pub fn adblock_str(&mut self, origin: impl Into<String>, text: impl Into<String>) -> &mut Self {
        self.lists.push((origin.into(), text.into()));
        self
    }

    /// Compiles the rules. Fails with an [`Error`] naming the first rule that does not
    /// compile, or the first file that could not be read or parsed.
    pub fn build(&self) -> Result<Cleaner, Error> {
        if let Some((path, reason)) = self.errors.first() {
            return Err(if path.is_empty() {
                Error::located(reason)
            } else {
                Error::file(path, reason)
            });
        }
        let default_rules = self.config.builtin
            && self.config.languages.is_empty()
            && self.config.disabled_rules.is_empty()
            && self.config.user.is_empty();
        let rules = if default_rules {
            Arc::clone(&BUILTIN)
        } else {
            Arc::new(RuleSet::build(&self.config)?)
        };
        let mut opts = self.opts.clone();
        if !self.selectors.is_empty() || !self.lists.is_empty() {
            let mut set = SelectorSet::default();
            for (name, kind, selector, domains) in &self.selectors {
                set.add_user(name, *kind, selector, domains)?;
            }
            for (origin, text) in &self.lists {
                set.add_list(origin, text);
            }
            opts.selectors = Arc::new(set);
        }
        Ok(Cleaner {
            rules,
            opts: Arc::new(opts),
        })
    }
}
