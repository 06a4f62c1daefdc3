//! The command line: flags, and the cleaner they describe.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};
use unappeal::Cleaner;

/// Cut publisher appeals and page boilerplate from news articles.
///
/// Each PATH is a file or a folder (walked recursively, in name order). `.html`, `.htm` and
/// `.xhtml` files are cleaned as HTML (their bytes, so the charset is detected), `.txt` files
/// as text, and `.jsonl` files hold one document per line: `{"id": ..., "html": ...}` or
/// `{"id": ..., "text": ...}`, with an optional `"url"`. `.warc` and `.warc.gz` files are web
/// archives: each response record with an HTML payload (and each text/html resource record)
/// is cleaned as a page of its `WARC-Target-URI`; other records are counted and skipped. `-`
/// reads one document from standard input. With no PATH, the samples in `examples/data/` are
/// cleaned and their removals shown.
///
/// Output: the clean text on standard output (a `==> name <==` header before each document
/// when there are several), or with `--format json` one JSON object per document:
/// `{"path" or "id", "text", "removed": [{"kind", "rule", "text", "confidence", "start", "end"}]}`
/// where `start`/`end` are byte offsets into a text input, and HTML removals carry `"element"`
/// (a CSS-like path) instead. A WARC record's object is keyed by `"id"` (its WARC-Record-ID)
/// and `"url"` (its WARC-Target-URI). With `--out DIR`, `a/b.html` and `a/b.txt` are written as
/// `DIR/a/b.txt` (relative to the folder given), and `x.jsonl`, `x.warc` and `x.warc.gz` as
/// `DIR/x.jsonl` with one `{"id", "text", "removed"}` line per input line or record, in input
/// order.
///
/// `--rules FILE` adds a rules file (see the crate docs for its format) and `--adblock FILE`
/// a cosmetic filter list; both repeat. A rule that does not compile stops the run (status 2).
///
/// Text that is not valid UTF-8 (in a `.txt` file or a JSONL line) is read with each invalid
/// sequence replaced by U+FFFD; the JSON object then has `"replaced_bytes": N`.
///
/// A document that fails (unreadable, malformed JSONL line or WARC record, binary data, over
/// the size limit) is reported on standard error with its path, line or record number and
/// reason, and with `--format json` also as an object `{"path" or "id", "text": null,
/// "removed": [], "error"}` on standard output; the rest go on. No input is skipped
/// silently: an unreadable folder or file is a failure too. A summary line ends the run on
/// standard error. Exit status: 0 when all went well, 1 when any document failed, 2 for bad
/// arguments.
#[derive(Parser, Debug)]
#[command(name = "clean", version, verbatim_doc_comment)]
pub struct Args {
    /// Files or folders to clean; `-` for standard input.
    pub paths: Vec<PathBuf>,

    /// Output format on standard output.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Write results under this folder instead of standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Documents cleaned in parallel (default: all cores).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Read standard input as HTML.
    #[arg(long, conflicts_with = "text")]
    pub html: bool,

    /// Read standard input as text.
    #[arg(long)]
    pub text: bool,

    /// The URL of standard input's document (lets site rules apply).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Keep blocks of this kind (report them, do not cut them); repeatable.
    #[arg(long = "keep", value_name = "KIND")]
    pub keep: Vec<String>,

    /// A rules file (phrases, patterns, selectors, per-site sections); repeatable.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,

    /// An adblock-style cosmetic filter list (`##selector` rules); repeatable.
    #[arg(long = "adblock", value_name = "FILE")]
    pub adblock: Vec<PathBuf>,

    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

impl Args {
    /// The cleaner the flags describe, or the message for a bad flag or rule.
    pub fn cleaner(&self) -> Result<Cleaner, String> {
        let mut builder = Cleaner::builder();
        for k in &self.keep {
            let kind = k
                .parse::<unappeal::Kind>()
                .map_err(|e| format!("--keep: {e}"))?;
            builder.keep_kind(kind);
        }
        for r in &self.rules {
            builder.rules_file(r);
        }
        for a in &self.adblock {
            builder.adblock_file(a);
        }
        builder.build().map_err(|e| e.to_string())
    }
}
