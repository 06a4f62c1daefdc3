//! Where results go: clean text on standard output, one JSON object a document, or files
//! under `--out`. The JSON's removals are the library's serde form (the `serde` feature), so
//! the command line, the Python package and the library write one shape.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Map, Value};
use unappeal::{Cleaned, Location, Removal};

use crate::args::{Args, Format};

/// A document cleaned, or failed.
pub struct Done {
    pub name: String,
    pub key: Vec<(&'static str, Value)>,
    pub result: Result<Cleaned, String>,
    pub out_rel: Option<PathBuf>,
    pub bytes: usize,
    /// Invalid UTF-8 bytes replaced while reading it (a JSONL line).
    pub replaced: usize,
}

/// The JSON object of a document: its key fields, then its text and removals, or its error.
#[derive(Serialize)]
struct DocJson<'a> {
    #[serde(flatten)]
    key: Map<String, Value>,
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    removed: &'a [Removal],
    #[serde(skip_serializing_if = "is_zero")]
    replaced_bytes: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn to_json(done: &Done) -> String {
    let key = done
        .key
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let doc = match &done.result {
        Ok(cleaned) => DocJson {
            key,
            text: Some(cleaned.text()),
            title: cleaned.title(),
            removed: cleaned.removals(),
            replaced_bytes: cleaned.replaced_bytes() + done.replaced,
            error: None,
        },
        Err(e) => DocJson {
            key,
            text: None,
            title: None,
            removed: &[],
            replaced_bytes: 0,
            error: Some(e),
        },
    };
    // Strings, numbers and the library's derived impls: nothing here can fail to serialise.
    serde_json::to_string(&doc).expect("a document serialises")
}

pub struct Output {
    format: Format,
    out_dir: Option<PathBuf>,
    /// Show removals after each body (the samples run).
    explain: bool,
    headers: bool,
    stdout: BufWriter<io::Stdout>,
    jsonl: Option<BufWriter<fs::File>>,
}

impl Output {
    /// `many`: whether several documents come, so text output heads each with its name.
    pub fn new(args: &Args, samples: bool, many: bool) -> Output {
        Output {
            format: args.format,
            out_dir: args.out.clone(),
            explain: samples,
            headers: many || samples,
            stdout: BufWriter::new(io::stdout()),
            jsonl: None,
        }
    }

    /// With `--out`, a file of many documents is written to one `.jsonl` output.
    pub fn begin_jsonl(&mut self, rel: Option<&Path>) -> io::Result<()> {
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

    pub fn end_jsonl(&mut self) -> io::Result<()> {
        if let Some(mut w) = self.jsonl.take() {
            w.flush()?;
        }
        Ok(())
    }

    pub fn write(&mut self, done: &Done) -> io::Result<()> {
        if let Some(w) = &mut self.jsonl {
            // A failed line still gets its place, so output lines match input lines.
            writeln!(w, "{}", to_json(done))?;
            return Ok(());
        }
        let Ok(cleaned) = &done.result else {
            // Reported on standard error; a JSON line too, so the output names every input.
            if self.format == Format::Json && self.out_dir.is_none() {
                writeln!(self.stdout, "{}", to_json(done))?;
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
            Format::Json => writeln!(self.stdout, "{}", to_json(done))?,
            Format::Text => self.write_text(&done.name, cleaned)?,
        }
        Ok(())
    }

    fn write_text(&mut self, name: &str, cleaned: &Cleaned) -> io::Result<()> {
        if self.headers {
            writeln!(self.stdout, "==> {name} <==")?;
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
                    Location::Text(range) => format!("bytes {}..{}", range.start, range.end),
                    Location::Element { path, .. } => path.clone(),
                    _ => String::new(),
                };
                let preview: String = r.text().replace('\n', " / ").chars().take(90).collect();
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
        Ok(())
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.stdout.flush()
    }
}
