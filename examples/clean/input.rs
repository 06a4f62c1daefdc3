//! What to clean: paths walked into sources (files, JSONL files, web archives, standard
//! input), and sources read into documents.

use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::warc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Html,
    Text,
}

/// A unit of input: a file, or standard input.
pub enum Source {
    File {
        path: PathBuf,
        rel: PathBuf,
        kind: Kind,
    },
    /// Many documents in one file: JSON lines or WARC records.
    Many {
        path: PathBuf,
        rel: PathBuf,
        format: ManyFormat,
    },
    Stdin,
    /// A path that could not be read or walked.
    Failed {
        path: PathBuf,
        reason: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ManyFormat {
    Jsonl,
    Warc,
}

/// One document to clean.
pub struct Doc {
    /// What errors and headers call it: a path, `path:line` or `path:record N`.
    pub name: String,
    /// The fields that name it in the JSON output: `"path"`, or `"id"` (and `"url"`).
    pub key: Vec<(&'static str, Value)>,
    pub body: Body,
    pub url: Option<String>,
    /// Where `--out` writes it (file documents only).
    pub out_rel: Option<PathBuf>,
    /// Invalid UTF-8 bytes replaced while reading it (a JSONL line).
    pub replaced: usize,
    /// The `Content-Type` an HTML page was served with (a WARC record), whose charset ranks
    /// above the page's own declaration.
    pub content_type: Option<String>,
}

pub enum Body {
    Bytes(Vec<u8>, Kind),
    Failed(String),
}

impl Doc {
    fn at_path(path: &Path, body: Body, url: Option<String>, out_rel: Option<PathBuf>) -> Doc {
        let name = path.display().to_string();
        Doc {
            key: vec![("path", Value::String(name.clone()))],
            name,
            body,
            url,
            out_rel,
            replaced: 0,
            content_type: None,
        }
    }

    pub fn len(&self) -> usize {
        match &self.body {
            Body::Bytes(b, _) => b.len(),
            Body::Failed(_) => 0,
        }
    }
}

/// How standard input is read: `--html`, `--text`, or sniffed.
#[derive(Clone, Copy)]
pub struct StdinAs {
    pub kind: Option<Kind>,
}

/// Reads a single-document source; a file of many documents gives its reader instead.
pub fn open(source: Source, stdin: StdinAs, stdin_url: Option<&str>) -> Opened {
    match source {
        Source::File { path, rel, kind } => {
            let body = match fs::read(&path) {
                Ok(b) => Body::Bytes(b, kind),
                Err(e) => Body::Failed(e.to_string()),
            };
            Opened::One(Doc::at_path(
                &path,
                body,
                None,
                Some(rel.with_extension("txt")),
            ))
        }
        Source::Failed { path, reason } => {
            Opened::One(Doc::at_path(&path, Body::Failed(reason), None, None))
        }
        Source::Stdin => {
            let mut buf = Vec::new();
            let body = match io::stdin().read_to_end(&mut buf) {
                Ok(_) => {
                    let kind = stdin.kind.unwrap_or_else(|| sniff(&buf));
                    Body::Bytes(buf, kind)
                }
                Err(e) => Body::Failed(e.to_string()),
            };
            Opened::One(Doc::at_path(
                Path::new("-"),
                body,
                stdin_url.map(str::to_string),
                Some(PathBuf::from("stdin.txt")),
            ))
        }
        Source::Many { path, rel, format } => {
            let name = path.display().to_string();
            let docs = match format {
                ManyFormat::Jsonl => fs::File::open(&path).map(|f| DocIter::Jsonl {
                    name: name.clone(),
                    reader: io::BufReader::new(f),
                    line: 0,
                }),
                ManyFormat::Warc => warc::Reader::open(&path).map(|reader| DocIter::Warc {
                    name: name.clone(),
                    reader,
                    tally: warc::Tally::default(),
                }),
            };
            match docs {
                Ok(docs) => Opened::Many {
                    docs,
                    out_rel: jsonl_name(&rel),
                },
                Err(e) => Opened::One(Doc::at_path(&path, Body::Failed(e.to_string()), None, None)),
            }
        }
    }
}

pub enum Opened {
    One(Doc),
    Many { docs: DocIter, out_rel: PathBuf },
}

/// `x.jsonl`, `x.warc` and `x.warc.gz` are all written as `x.jsonl`.
fn jsonl_name(rel: &Path) -> PathBuf {
    let name = rel.file_name().map(|n| n.to_string_lossy().into_owned());
    let stem = name
        .as_deref()
        .map(|n| {
            let lower = n.to_ascii_lowercase();
            [".warc.gz", ".warc", ".jsonl"]
                .iter()
                .find(|ext| lower.ends_with(*ext))
                .map_or(n, |ext| &n[..n.len() - ext.len()])
        })
        .unwrap_or("out");
    rel.with_file_name(format!("{stem}.jsonl"))
}

/// Documents of one source, read lazily.
pub enum DocIter {
    /// Single documents gathered from several sources.
    Gathered(std::vec::IntoIter<Doc>),
    Jsonl {
        name: String,
        reader: io::BufReader<fs::File>,
        line: usize,
    },
    Warc {
        name: String,
        reader: warc::Reader,
        tally: warc::Tally,
    },
    Done,
}

impl DocIter {
    /// What a web archive held, once it has been read.
    pub fn warc_summary(&self) -> Option<String> {
        match self {
            DocIter::Warc { name, tally, .. } => Some(format!("{name}: {tally}")),
            _ => None,
        }
    }
}

impl Iterator for DocIter {
    type Item = Doc;
    fn next(&mut self) -> Option<Doc> {
        match self {
            DocIter::Done => None,
            DocIter::Gathered(docs) => docs.next(),
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
                    *self = DocIter::Done;
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
            DocIter::Warc {
                name,
                reader,
                tally,
            } => loop {
                let number = tally.records + 1;
                let doc_name = format!("{name}:record {number}");
                match reader.next()? {
                    Err(e) => {
                        // The reader stops after an error it cannot step over; the records
                        // read before it are out already.
                        tally.records += 1;
                        tally.failed += 1;
                        return Some(Doc {
                            name: doc_name,
                            key: vec![("id", json!(format!("record {number}")))],
                            body: Body::Failed(e),
                            url: None,
                            out_rel: None,
                            replaced: 0,
                            content_type: None,
                        });
                    }
                    Ok(record) => {
                        tally.records += 1;
                        let Some(page) = warc::page(&record) else {
                            tally.skipped += 1;
                            continue;
                        };
                        let (body, content_type) = match page {
                            Ok(page) => {
                                tally.pages += 1;
                                (Body::Bytes(page.html, Kind::Html), Some(page.content_type))
                            }
                            Err(e) => {
                                tally.failed += 1;
                                (Body::Failed(e), None)
                            }
                        };
                        let mut key = vec![("id", json!(record.id))];
                        if let Some(url) = &record.target {
                            key.push(("url", json!(url)));
                        }
                        return Some(Doc {
                            name: doc_name,
                            key,
                            body,
                            url: record.target,
                            out_rel: None,
                            replaced: 0,
                            content_type,
                        });
                    }
                }
            },
        }
    }
}

fn failed_doc(name: String, line: usize, reason: String) -> Doc {
    Doc {
        name,
        key: vec![("id", json!(format!("line {line}")))],
        body: Body::Failed(reason),
        url: None,
        out_rel: None,
        replaced: 0,
        content_type: None,
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
        key: vec![("id", id)],
        body,
        url,
        out_rel: None,
        replaced: 0,
        content_type: None,
    }
}

/// Looks at the first bytes: markup is HTML, anything else text.
pub fn sniff(bytes: &[u8]) -> Kind {
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
pub fn gather(path: &Path, out: &mut Vec<Source>) {
    if let Err(e) = gather_inner(path, out) {
        out.push(Source::Failed {
            path: path.to_path_buf(),
            reason: e.to_string(),
        });
    }
}

/// What a file's name says it holds.
enum Named {
    One(Kind),
    Many(ManyFormat),
}

fn named(path: &Path) -> Option<Named> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "html" | "htm" | "xhtml" => Some(Named::One(Kind::Html)),
        "txt" => Some(Named::One(Kind::Text)),
        "jsonl" => Some(Named::Many(ManyFormat::Jsonl)),
        "warc" => Some(Named::Many(ManyFormat::Warc)),
        "gz" if name.ends_with(".warc.gz") => Some(Named::Many(ManyFormat::Warc)),
        _ => None,
    }
}

fn source(path: PathBuf, rel: PathBuf, named: Named) -> Source {
    match named {
        Named::One(kind) => Source::File { path, rel, kind },
        Named::Many(format) => Source::Many { path, rel, format },
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
        let kind = match named(path) {
            Some(n) => n,
            None => {
                // Named on the command line: sniff what it is.
                let mut head = vec![0u8; 1024];
                let n = fs::File::open(path)?.read(&mut head)?;
                Named::One(sniff(&head[..n]))
            }
        };
        out.push(source(path.into(), rel, kind));
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
            } else if named(&e).is_some() {
                files.push(e);
            }
        }
    }
    files.sort();
    for f in files {
        let rel = f.strip_prefix(path).unwrap_or(&f).to_path_buf();
        if let Some(n) = named(&f) {
            out.push(source(f, rel, n));
        }
    }
    out.extend(unreadable);
    Ok(())
}

/// How many documents the sources hold, for the progress bar; `None` when a web archive
/// is among them (its records are only counted by reading it whole).
pub fn count_docs(sources: &[Source]) -> Option<usize> {
    let mut total = 0;
    for s in sources {
        total += match s {
            Source::Many {
                format: ManyFormat::Warc,
                ..
            } => return None,
            Source::Many { path, .. } => fs::read(path)
                .map(|b| {
                    b.split(|&c| c == b'\n')
                        .filter(|l| !l.trim_ascii().is_empty())
                        .count()
                })
                .unwrap_or(0),
            _ => 1,
        };
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_document_files_write_one_jsonl() {
        assert_eq!(jsonl_name(Path::new("a/x.warc.gz")), Path::new("a/x.jsonl"));
        assert_eq!(jsonl_name(Path::new("x.WARC")), Path::new("x.jsonl"));
        assert_eq!(jsonl_name(Path::new("x.jsonl")), Path::new("x.jsonl"));
    }
}
