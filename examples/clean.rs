//! Clean HTML and text files, folders and corpora from the command line.
//!
//! ```text
//! cargo run --release --example clean -- [OPTIONS] [PATH ...]
//! ```
//!
//! Run `cargo run --release --example clean -- --help` for the whole contract. With no PATH
//! it cleans the samples in `examples/data/` and shows what it cut and why.

use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde_json::{Map, Value, json};
use unappeal::{Cleaned, Cleaner, Location};

/// Cut publisher appeals and page boilerplate from news articles.
///
/// Each PATH is a file or a folder (walked recursively, in name order). `.html`, `.htm` and
/// `.xhtml` files are cleaned as HTML (their bytes, so the charset is detected), `.txt` files
/// as text, and `.jsonl` files hold one document per line: `{"id": ..., "html": ...}` or
/// `{"id": ..., "text": ...}`, with an optional `"url"`. `-` reads one document from standard
/// input. With no PATH, the samples in `examples/data/` are cleaned and their removals shown.
///
/// Output: the clean text on standard output (a `==> name <==` header before each document
/// when there are several), or with `--format json` one JSON object per document:
/// `{"path" or "id", "text", "removed": [{"kind", "rule", "text", "confidence", "start", "end"}]}`
/// where `start`/`end` are byte offsets into a text input, and HTML removals carry `"element"`
/// (a CSS-like path) instead. With `--out DIR`, `a/b.html` and `a/b.txt` are written as
/// `DIR/a/b.txt` (relative to the folder given), and `x.jsonl` as `DIR/x.jsonl` with one
/// `{"id", "text", "removed"}` line per input line, in input order.
///
/// `--rules FILE` adds a rules file (see the crate docs for its format) and `--adblock FILE`
/// a cosmetic filter list; both repeat. A rule that does not compile stops the run (status 2).
///
/// Text that is not valid UTF-8 (in a `.txt` file or a JSONL line) is read with each invalid
/// sequence replaced by U+FFFD; the JSON object then has `"replaced_bytes": N`.
///
/// A document that fails (unreadable, malformed JSONL line, binary data, over the size
/// limit) is reported on standard error with its path, line number and reason, and with
/// `--format json` also as an object `{"path" or "id", "text": null, "removed": [], "error"}`
/// on standard output; the rest go on. No input is skipped silently: an unreadable folder or
/// file is a failure too. A summary line ends the run on standard error. Exit status: 0 when
/// all went well, 1 when any document failed, 2 for bad arguments.
#[derive(Parser, Debug)]
#[command(name = "clean", version, verbatim_doc_comment)]
struct Args {
    /// Files or folders to clean; `-` for standard input.
    paths: Vec<PathBuf>,

    /// Output format on standard output.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,

    /// Write results under this folder instead of standard output.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,

    /// Documents cleaned in parallel (default: all cores).
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,

    /// Read standard input as HTML.
    #[arg(long, conflicts_with = "text")]
    html: bool,

    /// Read standard input as text.
    #[arg(long)]
    text: bool,

    /// The URL of standard input's document (lets site rules apply).
    #[arg(long, value_name = "URL")]
    url: Option<String>,

    /// Keep blocks of this kind (report them, do not cut them); repeatable.
    #[arg(long = "keep", value_name = "KIND")]
    keep: Vec<String>,

    /// A rules file (phrases, patterns, selectors, per-site sections); repeatable.
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,

    /// An adblock-style cosmetic filter list (`##selector` rules); repeatable.
    #[arg(long = "adblock", value_name = "FILE")]
    adblock: Vec<PathBuf>,

    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Html,
    Text,
}

/// A unit of input: a file, or standard input.
enum Source {
    File {
        path: PathBuf,
        rel: PathBuf,
        kind: Kind,
    },
    Jsonl {
        path: PathBuf,
        rel: PathBuf,
    },
    Stdin,
    /// A path that could not be read or walked.
    Failed {
        path: PathBuf,
        reason: String,
    },
}

/// One document to clean.
struct Doc {
    /// What errors and headers call it: a path, or `path:line`.
    name: String,
    /// The `"path"` or `"id"` field of the JSON output.
    key: (&'static str, Value),
    body: Body,
    url: Option<String>,
    /// Where `--out` writes it (file documents only).
    out_rel: Option<PathBuf>,
    /// Invalid UTF-8 bytes replaced while reading it (a JSONL line).
    replaced: usize,
}

enum Body {
    Bytes(Vec<u8>, Kind),
    Failed(String),
}

struct Done {
    name: String,
    key: (&'static str, Value),
    result: Result<(Cleaned, Kind), String>,
    out_rel: Option<PathBuf>,
    bytes: usize,
    replaced: usize,
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let mut builder = Cleaner::builder();
    for k in &args.keep {
        match k.parse::<unappeal::Kind>() {
            Ok(kind) => {
                builder.keep_kind(kind);
            }
            Err(e) => {
                eprintln!("clean: --keep: {e}");
                return ExitCode::from(2);
            }
        }
    }
    for r in &args.rules {
        builder.rules_file(r);
    }
    for a in &args.adblock {
        builder.adblock_file(a);
    }
    let cleaner = match builder.build() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("clean: {e}");
            return ExitCode::from(2);
        }
    };
    if !args.adblock.is_empty() {
        eprintln!("filter lists: {}", cleaner.list_summary());
    }
    if let Some(n) = args.jobs {
        if n == 0 {
            eprintln!("clean: --jobs must be at least 1");
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
        gather(p, &mut sources);
    }
    let total_docs = count_docs(&sources);
    let progress = if !args.quiet && io::stderr().is_terminal() && total_docs > 8 {
        let bar = ProgressBar::new(total_docs as u64);
        bar.set_style(
            ProgressStyle::with_template("{pos}/{len} docs {per_sec} eta {eta} {wide_bar}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };

    let mut out = Output::new(&args, samples, total_docs);
    let started = Instant::now();
    let (mut docs_done, mut bytes_done) = (0usize, 0usize);
    let failed = AtomicUsize::new(0);
    // Single documents (files, standard input, paths that could not be read) wait here and
    // are cleaned together, in parallel, once CHUNK of them (or BATCH_BYTES) are ready or a
    // JSONL file comes;
    // output keeps the input order.
    let mut pending: Vec<Doc> = Vec::new();
    let mut pending_bytes = 0usize;
    let mut sources = sources.into_iter().peekable();
    while let Some(source) = sources.next() {
        let (docs, jsonl_out) = match source {
            Source::File { path, rel, kind } => {
                let name = path.display().to_string();
                let body = match fs::read(&path) {
                    Ok(b) => Body::Bytes(b, kind),
                    Err(e) => Body::Failed(e.to_string()),
                };
                let doc = Doc {
                    name,
                    key: ("path", Value::String(path.display().to_string())),
                    body,
                    url: None,
                    out_rel: Some(rel.with_extension("txt")),
                    replaced: 0,
                };
                (DocIter::One(Some(doc)), None)
            }
            Source::Failed { path, reason } => {
                let doc = Doc {
                    name: path.display().to_string(),
                    key: ("path", Value::String(path.display().to_string())),
                    body: Body::Failed(reason),
                    url: None,
                    out_rel: None,
                    replaced: 0,
                };
                (DocIter::One(Some(doc)), None)
            }
            Source::Stdin => {
                let mut buf = Vec::new();
                let body = match io::stdin().read_to_end(&mut buf) {
                    Ok(_) => {
                        let kind = if args.html {
                            Kind::Html
                        } else if args.text {
                            Kind::Text
                        } else {
                            sniff(&buf)
                        };
                        Body::Bytes(buf, kind)
                    }
                    Err(e) => Body::Failed(e.to_string()),
                };
                let doc = Doc {
                    name: "-".into(),
                    key: ("path", Value::String("-".into())),
                    body,
                    url: args.url.clone(),
                    out_rel: Some(PathBuf::from("stdin.txt")),
                    replaced: 0,
                };
                (DocIter::One(Some(doc)), None)
            }
            Source::Jsonl { path, rel } => match fs::File::open(&path) {
                Ok(f) => {
                    let name = path.display().to_string();
                    (
                        DocIter::Jsonl {
                            name,
                            reader: io::BufReader::new(f),
                            line: 0,
                        },
                        Some(rel),
                    )
                }
                Err(e) => {
                    let doc = Doc {
                        name: path.display().to_string(),
                        key: ("path", Value::String(path.display().to_string())),
                        body: Body::Failed(e.to_string()),
                        url: None,
                        out_rel: None,
                        replaced: 0,
                    };
                    (DocIter::One(Some(doc)), None)
                }
            },
        };
        let docs = match docs {
            DocIter::One(doc) => {
                if let Some(doc) = doc {
                    pending_bytes += match &doc.body {
                        Body::Bytes(b, _) => b.len(),
                        _ => 0,
                    };
                    pending.push(doc);
                }
                let more = sources
                    .peek()
                    .is_some_and(|s| !matches!(s, Source::Jsonl { .. }));
                if pending.len() < CHUNK && pending_bytes < BATCH_BYTES && more {
                    continue;
                }
                pending_bytes = 0;
                DocIter::Many(std::mem::take(&mut pending).into_iter())
            }
            jsonl => jsonl,
        };
        if let Err(e) = out.begin_jsonl(jsonl_out.as_deref()) {
            eprintln!("clean: {e}");
            return ExitCode::from(1);
        }
        // Clean in chunks: parallel inside a chunk, written in input order.
        let mut docs = docs;
        loop {
            let chunk: Vec<Doc> = docs.by_ref().take(CHUNK).collect();
            if chunk.is_empty() {
                break;
            }
            let results: Vec<Done> = chunk
                .into_par_iter()
                .map(|d| clean_one(&cleaner, d))
                .collect();
            for done in results {
                docs_done += 1;
                bytes_done += done.bytes;
                if let Err(e) = &done.result {
                    eprintln!("{}: {e}", done.name);
                    failed.fetch_add(1, Ordering::Relaxed);
                }
                if let Err(e) = out.write(&done) {
                    eprintln!("clean: {e}");
                    return ExitCode::from(1);
                }
                if let Some(bar) = &progress {
                    bar.inc(1);
                }
            }
        }
        if let Err(e) = out.end_jsonl() {
            eprintln!("clean: {e}");
            return ExitCode::from(1);
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let _ = out.flush();
    let errors = failed.load(Ordering::Relaxed);
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "documents={docs_done} MB={:.2} seconds={secs:.2} MB/s={:.1} errors={errors}",
        bytes_done as f64 / 1e6,
        bytes_done as f64 / 1e6 / secs.max(1e-9)
    );
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

const CHUNK: usize = 256;
/// Files gathered for one parallel batch stop at this many bytes, so that memory stays
/// bounded whatever the files' sizes.
const BATCH_BYTES: usize = 64 << 20;

/// Documents of one source, read lazily.
enum DocIter {
    One(Option<Doc>),
    /// Single documents gathered from several sources.
    Many(std::vec::IntoIter<Doc>),
    Jsonl {
        name: String,
        reader: io::BufReader<fs::File>,
        line: usize,
    },
}

impl Iterator for DocIter {
    type Item = Doc;
    fn next(&mut self) -> Option<Doc> {
        match self {
            DocIter::One(d) => d.take(),
            DocIter::Many(docs) => docs.next(),
            DocIter::Jsonl { name, reader, line } => loop {
                let mut raw = Vec::new();
                let read = reader.read_until(b'\n', &mut raw);
                if matches!(read, Ok(0)) {
                    return None;
                }
                *line += 1;
                let doc_name = format!("{name}:{line}");
                if let Err(e) = read {
                    // A read error ends the file: report it, and stop.
                    let doc = failed_doc(doc_name, *line, e.to_string());
                    *self = DocIter::One(None);
                    return Some(doc);
                }
                if raw.trim_ascii().is_empty() {
                    continue;
                }
                // Invalid UTF-8 in a line is replaced, not a lost document.
                let replaced = raw.utf8_chunks().map(|c| c.invalid().len()).sum();
                let mut doc = jsonl_doc(doc_name, *line, &String::from_utf8_lossy(&raw));
                doc.replaced = replaced;
                return Some(doc);
            },
        }
    }
}

fn failed_doc(name: String, line: usize, reason: String) -> Doc {
    Doc {
        name,
        key: ("id", json!(format!("line {line}"))),
        body: Body::Failed(reason),
        url: None,
        out_rel: None,
        replaced: 0,
    }
}

fn jsonl_doc(name: String, line: usize, raw: &str) -> Doc {
    let v: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => return failed_doc(name, line, format!("malformed JSON: {e}")),
    };
    let Some(obj) = v.as_object() else {
        return failed_doc(name, line, "a line must be a JSON object".into());
    };
    let id = obj.get("id").cloned().unwrap_or_else(|| json!(line));
    let url = obj.get("url").and_then(Value::as_str).map(str::to_string);
    let body = match (
        obj.get("html").and_then(Value::as_str),
        obj.get("text").and_then(Value::as_str),
    ) {
        (Some(h), _) => Body::Bytes(h.as_bytes().to_vec(), Kind::Html),
        (None, Some(t)) => Body::Bytes(t.as_bytes().to_vec(), Kind::Text),
        (None, None) => Body::Failed("no \"html\" or \"text\" string field".into()),
    };
    Doc {
        name,
        key: ("id", id),
        body,
        url,
        out_rel: None,
        replaced: 0,
    }
}

fn clean_one(cleaner: &Cleaner, doc: Doc) -> Done {
    let (result, bytes) = match doc.body {
        Body::Failed(e) => (Err(e), 0),
        Body::Bytes(b, kind) => {
            // A panic is a bug in the library; it fails this document, not the run.
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match kind {
                Kind::Html => cleaner.clean_html_bytes(&b, doc.url.as_deref()),
                Kind::Text => cleaner.clean_text_bytes(&b),
            }));
            let r = match r {
                Ok(r) => r.map(|c| (c, kind)).map_err(|e| e.to_string()),
                Err(panic) => Err(format!(
                    "internal error (please report): {}",
                    panic
                        .downcast_ref::<String>()
                        .map(String::as_str)
                        .or_else(|| panic.downcast_ref::<&str>().copied())
                        .unwrap_or("panic")
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

/// Looks at the first bytes: markup is HTML, anything else text.
fn sniff(bytes: &[u8]) -> Kind {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let t = head.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('<')
        || head.contains("<html")
        || head.contains("<body")
        || head.contains("<p>")
        || head.contains("<div")
    {
        Kind::Html
    } else {
        Kind::Text
    }
}

/// Adds the documents under `path` to `out`; what cannot be read or walked is added as a
/// failed source, so that it is reported.
fn gather(path: &Path, out: &mut Vec<Source>) {
    if let Err(e) = gather_inner(path, out) {
        out.push(Source::Failed {
            path: path.to_path_buf(),
            reason: e.to_string(),
        });
    }
}

/// Adds the documents under `path` to `out`: a folder is walked in name order; a subfolder
/// that cannot be read is added as a failed source and the walk goes on.
fn gather_inner(path: &Path, out: &mut Vec<Source>) -> io::Result<()> {
    if path == Path::new("-") {
        out.push(Source::Stdin);
        return Ok(());
    }
    let meta = fs::metadata(path)?;
    if meta.is_file() {
        let rel = PathBuf::from(path.file_name().unwrap_or(path.as_os_str()));
        match classify(path) {
            Some(Kind::Html) => out.push(Source::File {
                path: path.into(),
                rel,
                kind: Kind::Html,
            }),
            Some(Kind::Text) => out.push(Source::File {
                path: path.into(),
                rel,
                kind: Kind::Text,
            }),
            None if is_jsonl(path) => out.push(Source::Jsonl {
                path: path.into(),
                rel,
            }),
            None => {
                // Named on the command line: sniff what it is.
                let mut head = vec![0u8; 1024];
                let n = fs::File::open(path)?.read(&mut head)?;
                out.push(Source::File {
                    path: path.into(),
                    rel,
                    kind: sniff(&head[..n]),
                });
            }
        }
        return Ok(());
    }
    let mut queue = VecDeque::from([path.to_path_buf()]);
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    while let Some(dir) = queue.pop_front() {
        let read = if dir == path {
            fs::read_dir(&dir)?
        } else {
            match fs::read_dir(&dir) {
                Ok(r) => r,
                Err(e) => {
                    unreadable.push(Source::Failed {
                        path: dir,
                        reason: e.to_string(),
                    });
                    continue;
                }
            }
        };
        let mut entries: Vec<PathBuf> = Vec::new();
        for e in read {
            match e {
                Ok(e) => entries.push(e.path()),
                Err(e) => unreadable.push(Source::Failed {
                    path: dir.clone(),
                    reason: e.to_string(),
                }),
            }
        }
        entries.sort();
        for e in entries {
            if e.is_dir() {
                queue.push_back(e);
            } else if classify(&e).is_some() || is_jsonl(&e) {
                files.push(e);
            }
        }
    }
    files.sort();
    for f in files {
        let rel = f.strip_prefix(path).unwrap_or(&f).to_path_buf();
        match classify(&f) {
            Some(kind) => out.push(Source::File { path: f, rel, kind }),
            None => out.push(Source::Jsonl { path: f, rel }),
        }
    }
    out.extend(unreadable);
    Ok(())
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn classify(path: &Path) -> Option<Kind> {
    match extension(path).as_str() {
        "html" | "htm" | "xhtml" => Some(Kind::Html),
        "txt" => Some(Kind::Text),
        _ => None,
    }
}

fn is_jsonl(path: &Path) -> bool {
    extension(path) == "jsonl"
}

fn count_docs(sources: &[Source]) -> usize {
    sources
        .iter()
        .map(|s| match s {
            Source::Jsonl { path, .. } => fs::read(path)
                .map(|b| {
                    b.split(|&c| c == b'\n')
                        .filter(|l| !l.trim_ascii().is_empty())
                        .count()
                })
                .unwrap_or(0),
            _ => 1,
        })
        .sum()
}

/// Where results go.
struct Output {
    format: Format,
    out_dir: Option<PathBuf>,
    /// Show removals after each body (the samples run).
    explain: bool,
    headers: bool,
    stdout: BufWriter<io::Stdout>,
    jsonl: Option<BufWriter<fs::File>>,
}

impl Output {
    fn new(args: &Args, samples: bool, total: usize) -> Output {
        Output {
            format: args.format,
            out_dir: args.out.clone(),
            explain: samples,
            headers: total > 1 || samples,
            stdout: BufWriter::new(io::stdout()),
            jsonl: None,
        }
    }

    /// With `--out`, a `.jsonl` input is written to one `.jsonl` output.
    fn begin_jsonl(&mut self, rel: Option<&Path>) -> io::Result<()> {
        if let (Some(dir), Some(rel)) = (&self.out_dir, rel) {
            let path = dir.join(rel);
            if let Some(p) = path.parent() {
                fs::create_dir_all(p)?;
            }
            self.jsonl = Some(BufWriter::new(fs::File::create(&path).map_err(|e| {
                io::Error::new(e.kind(), format!("{}: {e}", path.display()))
            })?));
        }
        Ok(())
    }

    fn end_jsonl(&mut self) -> io::Result<()> {
        if let Some(mut w) = self.jsonl.take() {
            w.flush()?;
        }
        Ok(())
    }

    fn write(&mut self, done: &Done) -> io::Result<()> {
        if let Some(w) = &mut self.jsonl {
            // A failed line still gets its place, so output lines match input lines.
            let obj = to_json(done, "id");
            writeln!(w, "{}", Value::Object(obj))?;
            return Ok(());
        }
        let Ok((cleaned, _)) = &done.result else {
            // Reported on standard error; a JSON line too, so the output names every input.
            if self.format == Format::Json && self.out_dir.is_none() {
                writeln!(self.stdout, "{}", Value::Object(to_json(done, done.key.0)))?;
            }
            return Ok(());
        };
        if let (Some(dir), Some(rel)) = (&self.out_dir, &done.out_rel) {
            let path = dir.join(rel);
            if let Some(p) = path.parent() {
                fs::create_dir_all(p)?;
            }
            return fs::write(&path, cleaned.text());
        }
        if self.out_dir.is_some() {
            return Ok(());
        }
        match self.format {
            Format::Json => writeln!(self.stdout, "{}", Value::Object(to_json(done, done.key.0)))?,
            Format::Text => {
                if self.headers {
                    writeln!(self.stdout, "==> {} <==", done.name)?;
                }
                let text = cleaned.text();
                write!(self.stdout, "{text}")?;
                if !text.ends_with('\n') {
                    writeln!(self.stdout)?;
                }
                if self.explain {
                    writeln!(self.stdout, "\n--- removed ({}):", cleaned.removals().len())?;
                    for r in cleaned.removals() {
                        let at = match r.location() {
                            Location::Text(range) => {
                                format!("bytes {}..{}", range.start, range.end)
                            }
                            Location::Element { path, .. } => path.clone(),
                            _ => String::new(),
                        };
                        let preview: String =
                            r.text().replace('\n', " / ").chars().take(90).collect();
                        writeln!(
                            self.stdout,
                            "  [{}] {} (confidence {:.2}) at {at}\n      {preview}",
                            r.kind(),
                            r.rule(),
                            r.confidence()
                        )?;
                    }
                }
                if self.headers {
                    writeln!(self.stdout)?;
                }
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.stdout.flush()
    }
}

/// The JSON object of a document: its key, text and removals (or its error).
fn to_json(done: &Done, key_name: &str) -> Map<String, Value> {
    let mut obj = Map::new();
    obj.insert(key_name.to_string(), done.key.1.clone());
    match &done.result {
        Ok((cleaned, _)) => {
            obj.insert("text".into(), Value::String(cleaned.text().to_string()));
            if let Some(title) = cleaned.title() {
                obj.insert("title".into(), json!(title));
            }
            let removed: Vec<Value> = cleaned
                .removals()
                .iter()
                .map(|r| {
                    let mut m = Map::new();
                    m.insert("kind".into(), json!(r.kind().as_str()));
                    m.insert("rule".into(), json!(r.rule()));
                    m.insert("stage".into(), json!(r.stage().as_str()));
                    m.insert("text".into(), json!(r.text()));
                    m.insert(
                        "confidence".into(),
                        json!((r.confidence() * 1000.0).round() / 1000.0),
                    );
                    match r.location() {
                        Location::Text(range) => {
                            m.insert("start".into(), json!(range.start));
                            m.insert("end".into(), json!(range.end));
                        }
                        Location::Element { path, selector } => {
                            m.insert("element".into(), json!(path));
                            m.insert("selector".into(), json!(selector));
                        }
                        _ => {}
                    }
                    Value::Object(m)
                })
                .collect();
            obj.insert("removed".into(), Value::Array(removed));
            let replaced = cleaned.replaced_bytes() + done.replaced;
            if replaced > 0 {
                obj.insert("replaced_bytes".into(), json!(replaced));
            }
        }
        Err(e) => {
            obj.insert("text".into(), Value::Null);
            obj.insert("removed".into(), Value::Array(Vec::new()));
            obj.insert("error".into(), json!(e));
        }
    }
    obj
}
