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
//! # Pipeline
//!
//! input (charset, blocks) → HTML: parse, prune, select content, emit blocks → rules
//! (phrase packs, user rules) → score (runs of evidence) → output ([`Cleaned`]).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cleaner;
mod error;
mod html;
mod input;
mod output;
mod rules;
mod score;

pub use cleaner::{Cleaner, CleanerBuilder};
pub use error::Error;
pub use output::{Cleaned, Kind, Location, Removal};

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

/// The host of a URL, lower case, without port or credentials.
pub(crate) fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        host
    } else {
        host.split(':').next()?
    };
    (!host.is_empty()).then_some(host)
}
