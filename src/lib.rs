//! Cut publisher appeals and page boilerplate from news articles, and say what was cut and
//! why.
//!
//! `unappeal` takes an article as the text a scraper extracted, or as raw HTML, and returns
//! the article body without the donation asks, membership and subscription pitches, paywall
//! nags, newsletter boxes, cookie notices, share and follow lines, "Read more" inserts and
//! credit lines that pages wrap around the story. Every cut is a [`Removal`] with its
//! [`Kind`], the rule that fired, a confidence, and where it was.
//!
//! The body is sacred: a block is cut only when the evidence for it is strong, and a text
//! that is all appeal-like (an article *about* a fundraiser) is kept whole.
//!
//! # Example
//!
//! ```
//! let text = "Officials said the bridge would reopen in May.\n\
//!             A Message from The Moscow Times:\n\
//!             Dear readers,\n\
//!             We need your help. Please support us monthly starting from just $2.\n\
//!             Remind me later.";
//! let cleaned = unappeal::Cleaner::new().clean_text(text);
//! assert_eq!(cleaned.text(), "Officials said the bridge would reopen in May.");
//! let cut = &cleaned.removals()[0];
//! assert_eq!(cut.kind(), unappeal::Kind::Donation);
//! assert!(cut.text().starts_with("A Message from"));
//! assert_eq!(&text[cut.range().unwrap()], cut.text());
//! ```
//!
//! One-call helpers cover the common case: [`strip_text`] for text and [`extract`] for HTML.
//!
//! # Rules of your own
//!
//! The builder takes phrases ([`CleanerBuilder::phrase`]), regular expressions
//! ([`CleanerBuilder::pattern`]) and CSS selectors ([`CleanerBuilder::selector`]), each with a
//! kind and optionally scoped to a site; it turns built-in rules off by name
//! ([`CleanerBuilder::disable_rule`]). A rules file ([`CleanerBuilder::rules_file`]) says the
//! same in a format a person edits by hand:
//!
//! ```text
//! # Comments start with '#'. A rule is `KIND TYPE: VALUE`; TYPE is phrase (whole words, any
//! # case; a trailing * makes a stem), pattern (a regular expression, `^`/`$` at each
//! # block) or selector (CSS).
//! donation phrase: fuel our newsroom
//! newsletter pattern: ^get the .{1,30} briefing
//! social selector: div.share-tools, .follow-us
//!
//! # A section scopes the rules after it to sites and their subdomains; [*] is every site.
//! [example.com, example.org]
//! membership phrase: join the example club
//! [*]
//!
//! # Turn a built-in rule, or a family of them, off by the name removals report.
//! disable: en.label:continue
//! ```
//!
//! Cosmetic filter lists in the adblock format (`##selector`, `domain##selector`,
//! `d1,~d2##selector`, `domain#@#selector`) load with [`CleanerBuilder::adblock_file`]; rules
//! for every site prune outside the story only, so a broad list cannot eat article text.
//! Every removal made by such a rule names it (`FILE:LINE` or the builder call), and a rule
//! that does not compile is an [`Error`] from [`CleanerBuilder::build`], never a panic.
//!
//! ```
//! use unappeal::{Cleaner, Kind};
//! let cleaner = Cleaner::builder()
//!     .rules_str("site.rules", "[ledger.example]\nmembership phrase: join the ledger club\n")
//!     .adblock_str("list.txt", "##.promo-strip\nledger.example##.ledger-poll\n")
//!     .build()?;
//! let text = "The bridge reopens in May, the city said.\nJoin the Ledger Club today.";
//! let on_site = cleaner.clean_text_at(text, Some("https://www.ledger.example/a"));
//! assert_eq!(on_site.removals()[0].rule(), "site.rules:2");
//! assert!(cleaner.clean_text_at(text, Some("https://other.example/a")).removals().is_empty());
//! assert_eq!(cleaner.list_summary().hide_rules, 2);
//! # Ok::<(), unappeal::Error>(())
//! ```
//!
//! # Pipeline
//!
//! input (charset, blocks) → HTML: parse, prune, select content, emit blocks → rules
//! (phrase packs, user rules) → score (runs of evidence) → output ([`Cleaned`]).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cleaner;
mod error;
mod fx;
mod html;
mod input;
#[doc(hidden)]
pub mod learn;
mod output;
mod rules;
mod score;

pub use cleaner::{Cleaner, CleanerBuilder};
pub use error::Error;
pub use output::{Cleaned, Kind, Location, ParseKindError, Removal, Stage};
pub use rules::adblock::ListSummary;

/// Parses HTML as the cleaner does (HTML5, as a browser without scripts: `<noscript>`
/// content is markup), into `scraper`'s document type, so that a removal's
/// [`selector`](Removal::selector) selects the removed element:
///
/// ```
/// let html = "<html><body><article><p>The bridge will reopen in May, the city said on Tuesday after a long debate about the cost.</p>\
///             <div class=\"newsletter\">Sign up for our newsletter</div></article></body></html>";
/// let cleaned = unappeal::Cleaner::new().clean_html(html, None)?;
/// let doc = unappeal::parse_html(html);
/// let removal = &cleaned.removals()[0];
/// let selector = scraper::Selector::parse(removal.selector().unwrap()).unwrap();
/// let element = doc.select(&selector).next().unwrap();
/// assert_eq!(element.value().attr("class"), Some("newsletter"));
/// # Ok::<(), unappeal::Error>(())
/// ```
///
/// A document nested deeper than the cleaner's depth limit is flattened before it is parsed
/// (see [`CleanerBuilder`]); selectors below that depth refer to the flattened document.
pub fn parse_html(html: &str) -> scraper::Html {
    html::parse(html)
}

/// Cleans article text with the built-in rules and returns the body.
///
/// ```
/// let body = unappeal::strip_text("The vote passed 52 to 48, the clerk said.\nFollow us on Twitter");
/// assert_eq!(body, "The vote passed 52 to 48, the clerk said.");
/// ```
pub fn strip_text(text: &str) -> String {
    static CLEANER: std::sync::LazyLock<Cleaner> = std::sync::LazyLock::new(Cleaner::new);
    CLEANER.clean_text(text).into_text()
}

/// Extracts the article body from an HTML document with the built-in rules.
///
/// ```
/// let html = r#"<html><body>
///   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
///   <article>
///     <p>The council voted on Tuesday to reopen the old bridge, which has been closed since the floods of last spring, officials said.</p>
///     <p>Repairs will cost about four million euros, and work is to start in May, according to the city engineer.</p>
///     <aside class="newsletter-signup"><p>Sign up for our newsletter</p></aside>
///   </article>
/// </body></html>"#;
/// let body = unappeal::extract(html)?;
/// assert!(body.starts_with("The council voted"));
/// assert!(!body.contains("newsletter"));
/// # Ok::<(), unappeal::Error>(())
/// ```
pub fn extract(html: &str) -> Result<String, Error> {
    static CLEANER: std::sync::LazyLock<Cleaner> = std::sync::LazyLock::new(Cleaner::new);
    Ok(CLEANER.clean_html(html, None)?.into_text())
}

// The README's examples run as doc-tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
