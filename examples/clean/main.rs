//! Clean HTML and text files, folders and corpora from the command line.
//!
//! ```text
//! cargo run --release --example clean -- [OPTIONS] [PATH ...]
//! ```
//!
//! Run `cargo run --release --example clean -- --help` for the whole contract. With no PATH
//! it cleans the samples in `examples/data/` and shows what it cut and why.
//!
//! `args` holds the flags, `input` the walk and the readers of documents (`warc` the web
//! archives'), `output` the writers; this file cleans batches in parallel, in input order.

/// `eprintln!` that cannot panic: with standard error closed too (`clean ... 2>&1 | head`)
/// a message is dropped, the run goes on.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod args;
mod input;
mod output;
#[path = "../support/panic.rs"]
mod panic;
mod warc;

use std::io::{self, IsTerminal};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use unappeal::Cleaner;

use args::Args;
use input::{Body, Doc, DocIter, Opened, Source, StdinAs};
use output::{Done, Output};

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let cleaner = match args.cleaner() {
        Ok(c) => c,
        Err(e) => {
            say!("clean: {e}");
            return ExitCode::from(2);
        }
    };
    if !args.adblock.is_empty() {
        say!("filter lists: {}", cleaner.list_summary());
    }
    if let Some(n) = args.jobs {
        if n == 0 {
            say!("clean: --jobs must be at least 1");
            return ExitCode::from(2);
        }
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    let samples = args.paths.is_empty();
    let paths = if samples {
        vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data")]
    } else {
        args.paths.clone()
    };

    let mut sources = Vec::new();
    for p in &paths {
        input::gather(p, &mut sources);
    }
    let total_docs = input::count_docs(&sources);
    let progress = progress_bar(&args, total_docs);
    let mut out = Output::new(&args, samples, total_docs.is_none_or(|n| n > 1));
    let started = Instant::now();
    let tally = match clean_all(&args, &cleaner, sources, &mut out, progress.as_ref()) {
        Ok(t) => t,
        // The reader went away (`clean ... | head`): nothing is lost that was asked for.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => {
            say!("clean: {e}");
            return ExitCode::from(1);
        }
    };
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let _ = out.flush();
    let secs = started.elapsed().as_secs_f64();
    say!(
        "documents={} MB={:.2} seconds={secs:.2} MB/s={:.1} errors={}",
        tally.docs,
        tally.bytes as f64 / 1e6,
        tally.bytes as f64 / 1e6 / secs.max(1e-9),
        tally.failed
    );
    if tally.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn progress_bar(args: &Args, total_docs: Option<usize>) -> Option<ProgressBar> {
    let total = total_docs?;
    if args.quiet || !io::stderr().is_terminal() || total <= 8 {
        return None;
    }
    let bar = ProgressBar::new(total as u64);
    bar.set_style(
        ProgressStyle::with_template("{pos}/{len} docs {per_sec} eta {eta} {wide_bar}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    Some(bar)
}

#[derive(Default)]
struct Tally {
    docs: usize,
    bytes: usize,
    failed: usize,
}

/// Cleans every document of `sources` and writes it; a failed document is reported and
/// counted, an output that cannot be written ends the run.
fn clean_all(
    args: &Args,
    cleaner: &Cleaner,
    sources: Vec<Source>,
    out: &mut Output,
    progress: Option<&ProgressBar>,
) -> io::Result<Tally> {
    let stdin = StdinAs {
        kind: if args.html {
            Some(input::Kind::Html)
        } else if args.text {
            Some(input::Kind::Text)
        } else {
            None
        },
    };
    let mut tally = Tally::default();
    // Single documents (files, standard input, paths that could not be read) wait here and
    // are cleaned together, in parallel, once CHUNK of them (or BATCH_BYTES) are ready or a
    // file of many documents comes; output keeps the input order.
    let mut pending: Vec<Doc> = Vec::new();
    let mut pending_bytes = 0usize;
    let mut sources = sources.into_iter().peekable();
    while let Some(source) = sources.next() {
        let (mut docs, many_out) = match input::open(source, stdin, args.url.as_deref()) {
            Opened::One(doc) => {
                pending_bytes += doc.len();
                pending.push(doc);
                let more = sources
                    .peek()
                    .is_some_and(|s| !matches!(s, Source::Many { .. }));
                if pending.len() < CHUNK && pending_bytes < BATCH_BYTES && more {
                    continue;
                }
                pending_bytes = 0;
                (
                    DocIter::Gathered(std::mem::take(&mut pending).into_iter()),
                    None,
                )
            }
            Opened::Many { docs, out_rel } => (docs, Some(out_rel)),
        };
        out.begin_jsonl(many_out.as_deref())?;
        // Clean in chunks: parallel inside a chunk, written in input order.
        loop {
            let chunk: Vec<Doc> = docs.by_ref().take(CHUNK).collect();
            if chunk.is_empty() {
                break;
            }
            let results: Vec<Done> = chunk
                .into_par_iter()
                .map(|d| clean_one(cleaner, d))
                .collect();
            for done in results {
                tally.docs += 1;
                tally.bytes += done.bytes;
                if let Err(e) = &done.result {
                    say!("{}: {e}", done.name);
                    tally.failed += 1;
                }
                out.write(&done)?;
                if let Some(bar) = progress {
                    bar.inc(1);
                }
            }
        }
        if let Some(summary) = docs.warc_summary() {
            say!("{summary}");
        }
        out.end_jsonl()?;
    }
    Ok(tally)
}

const CHUNK: usize = 256;
/// Files gathered for one parallel batch stop at this many bytes, so that memory stays
/// bounded whatever the files' sizes.
const BATCH_BYTES: usize = 64 << 20;

fn clean_one(cleaner: &Cleaner, doc: Doc) -> Done {
    let (result, bytes) = match doc.body {
        Body::Failed(e) => (Err(e), 0),
        Body::Bytes(b, kind) => {
            // A panic is a bug in the library; it fails this document, not the run.
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match kind {
                input::Kind::Html => match &doc.content_type {
                    Some(served_as) => {
                        cleaner.clean_html_bytes_with_charset(&b, served_as, doc.url.as_deref())
                    }
                    None => cleaner.clean_html_bytes(&b, doc.url.as_deref()),
                },
                input::Kind::Text => cleaner.clean_text_bytes_at(&b, doc.url.as_deref()),
            }));
            let r = match r {
                Ok(r) => r.map_err(|e| e.to_string()),
                Err(panic) => Err(format!(
                    "internal error (please report): {}",
                    panic::message(&*panic).unwrap_or("panic")
                )),
            };
            (r, b.len())
        }
    };
    Done {
        name: doc.name,
        key: doc.key,
        result,
        out_rel: doc.out_rel,
        bytes,
        replaced: doc.replaced,
    }
}
