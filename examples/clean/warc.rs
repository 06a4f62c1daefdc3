//! A minimal WARC reader: records of `.warc` and `.warc.gz` files (gzip detected by its magic
//! bytes, members concatenated as crawlers write them), and the HTML page a response or
//! resource record holds.
//!
//! Written over `flate2` rather than taken from the `warc` crate (0.4): that one pulls in
//! uuid 0.8, chrono, nom, url and libflate, opens files with `create(true)` (a typo in a path
//! makes an empty file), and reads a record's block line by line. A record here is a version
//! line, headers, and `Content-Length` bytes; that is all the format asks of a reader.

use std::fmt;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use flate2::bufread::MultiGzDecoder;

/// A record block larger than this is skipped (read past, not kept) and reported: the
/// cleaner refuses pages over 64 MiB anyway, and this bounds the memory one record takes.
const MAX_BLOCK: u64 = 128 << 20;
/// A header section longer than this is not a WARC header (binary garbage, a wrong file).
const MAX_HEADER: usize = 1 << 20;

pub struct Reader {
    input: Box<dyn BufRead + Send>,
    /// Set after an error that leaves the reader out of step with the records.
    stopped: bool,
}

/// One record: its identity and its block (for a response, the HTTP message).
pub struct Record {
    pub id: String,
    pub kind: String,
    pub target: Option<String>,
    pub content_type: Option<String>,
    pub block: Vec<u8>,
}

/// What one archive held.
#[derive(Default)]
pub struct Tally {
    pub records: usize,
    pub pages: usize,
    pub skipped: usize,
    pub failed: usize,
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} WARC records: {} HTML pages, {} other records skipped, {} unreadable",
            self.records, self.pages, self.skipped, self.failed
        )
    }
}

impl Reader {
    pub fn open(path: &Path) -> io::Result<Reader> {
        let mut file = BufReader::with_capacity(1 << 16, fs::File::open(path)?);
        let gzip = file.fill_buf()?.starts_with(&[0x1f, 0x8b]);
        let input: Box<dyn BufRead + Send> = if gzip {
            Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(file)))
        } else {
            Box::new(file)
        };
        Ok(Reader::new(input))
    }

    pub fn new(input: Box<dyn BufRead + Send>) -> Reader {
        Reader {
            input,
            stopped: false,
        }
    }

    /// The next record; `Err` for a fault the reader cannot step over (it stops there).
    fn read_record(&mut self) -> Result<Step, String> {
        // Records are separated by blank lines; tolerate extra ones.
        let mut line = Vec::new();
        loop {
            line.clear();
            if read_line(&mut self.input, &mut line)? == 0 {
                return Ok(Step::End);
            }
            if !line.trim_ascii().is_empty() {
                break;
            }
        }
        let version = String::from_utf8_lossy(line.trim_ascii());
        if !version.starts_with("WARC/") {
            return Err(format!(
                "not a WARC record: it starts with {:?}",
                version.chars().take(40).collect::<String>()
            ));
        }
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut header_bytes = 0;
        loop {
            line.clear();
            let n = read_line(&mut self.input, &mut line)?;
            header_bytes += n;
            if n == 0 {
                return Err("the file ends inside a record's headers".into());
            }
            if header_bytes > MAX_HEADER {
                return Err("a record's headers run past 1 MiB".into());
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                break;
            }
            if text.starts_with([' ', '\t']) {
                // A continuation line (allowed by the format, rare in practice).
                if let Some((_, value)) = headers.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            match text.split_once(':') {
                Some((name, value)) => {
                    headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()))
                }
                None => return Err(format!("a header line without a colon: {text:?}")),
            }
        }
        let get = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        let length: u64 = get("content-length")
            .ok_or("a record without Content-Length")?
            .parse()
            .map_err(|e| format!("Content-Length: {e}"))?;
        let id = get("warc-record-id").unwrap_or_default();
        if length > MAX_BLOCK {
            let skipped = io::copy(&mut (&mut self.input).take(length), &mut io::sink())
                .map_err(|e| e.to_string())?;
            if skipped < length {
                return Err("the file ends inside a record's block".into());
            }
            // Stepped over whole, so the reader stays in step with the records.
            return Ok(Step::Skipped(format!(
                "record {id}: its block of {length} bytes is over the limit of {MAX_BLOCK}"
            )));
        }
        let mut block = Vec::with_capacity(length as usize);
        (&mut self.input)
            .take(length)
            .read_to_end(&mut block)
            .map_err(|e| e.to_string())?;
        if (block.len() as u64) < length {
            return Err(format!(
                "the file ends inside record {id}: {} of its {length} bytes",
                block.len()
            ));
        }
        Ok(Step::Record(Record {
            id,
            kind: get("warc-type").unwrap_or_default().to_ascii_lowercase(),
            target: get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string()),
            content_type: get("content-type"),
            block,
        }))
    }
}

enum Step {
    Record(Record),
    /// A record read past but not kept, and why.
    Skipped(String),
    End,
}

fn read_line(input: &mut dyn BufRead, line: &mut Vec<u8>) -> Result<usize, String> {
    input.read_until(b'\n', line).map_err(|e| e.to_string())
}

impl Iterator for Reader {
    type Item = Result<Record, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.stopped {
            return None;
        }
        match self.read_record() {
            Ok(Step::Record(r)) => Some(Ok(r)),
            Ok(Step::Skipped(why)) => Some(Err(why)),
            Ok(Step::End) => None,
            Err(e) => {
                self.stopped = true;
                Some(Err(e))
            }
        }
    }
}

fn is_html(content_type: &str) -> bool {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime == "text/html" || mime == "application/xhtml+xml"
}

/// An HTML page out of a record, with the `Content-Type` it was served with (its charset
/// ranks above the page's own declaration).
#[derive(Debug, PartialEq)]
pub struct Page {
    pub html: Vec<u8>,
    pub content_type: String,
}

/// The HTML page a record holds: `None` for records that hold none (requests, metadata,
/// images, ...), an error for one whose page cannot be read.
pub fn page(record: &Record) -> Option<Result<Page, String>> {
    let content_type = record.content_type.as_deref().unwrap_or("");
    match record.kind.as_str() {
        "resource" if is_html(content_type) => Some(Ok(Page {
            html: record.block.clone(),
            content_type: content_type.to_string(),
        })),
        "response"
            if content_type
                .to_ascii_lowercase()
                .starts_with("application/http") =>
        {
            http_page(&record.block)
        }
        _ => None,
    }
}

/// The body of an HTTP response whose Content-Type is HTML, undone from its transfer and
/// content encodings.
fn http_page(message: &[u8]) -> Option<Result<Page, String>> {
    let Some((head, body)) = split_head(message) else {
        return Some(Err("the HTTP response has no end of headers".into()));
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let mut content_type = None;
    let mut content_encoding = None;
    let mut chunked = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value.to_string()),
            "content-encoding" => content_encoding = Some(value.to_ascii_lowercase()),
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    let content_type = content_type.unwrap_or_default();
    if !is_html(&content_type) {
        return None;
    }
    if !status.starts_with("HTTP/") {
        return Some(Err(format!("not an HTTP response: {status:?}")));
    }
    let mut body = body.to_vec();
    if chunked {
        body = match dechunk(&body) {
            Ok(b) => b,
            Err(e) => return Some(Err(e)),
        };
    }
    let html = match content_encoding.as_deref() {
        None | Some("identity") | Some("") => Ok(body),
        Some("gzip" | "x-gzip") => inflate(MultiGzDecoder::new(&body[..]), "gzip"),
        Some("deflate") => inflate(flate2::bufread::ZlibDecoder::new(&body[..]), "deflate"),
        Some(other) => Err(format!("unsupported Content-Encoding {other:?}")),
    };
    Some(html.map(|html| Page { html, content_type }))
}

fn inflate(decoder: impl Read, name: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    // Bounded like a block: a small body that inflates past the limit is a bomb, not a page.
    decoder
        .take(MAX_BLOCK)
        .read_to_end(&mut out)
        .map_err(|e| format!("{name} body: {e}"))?;
    Ok(out)
}

/// Splits an HTTP message at the blank line that ends its headers (CRLF or bare LF).
fn split_head(message: &[u8]) -> Option<(&[u8], &[u8])> {
    let crlf = memchr_find(message, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = memchr_find(message, b"\n\n").map(|i| (i, i + 2));
    let (end, body) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (a, b) => a.or(b)?,
    };
    Some((&message[..end], &message[body..]))
}

fn memchr_find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Undoes `Transfer-Encoding: chunked`.
fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let line_end = memchr_find(data, b"\n").ok_or("a chunk without its size line")?;
        let size_field = String::from_utf8_lossy(&data[..line_end]);
        let size_field = size_field.trim().split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_field, 16)
            .map_err(|_| format!("a bad chunk size {size_field:?}"))?;
        data = &data[line_end + 1..];
        if size == 0 {
            return Ok(out);
        }
        if data.len() < size {
            return Err("the chunked body ends inside a chunk".into());
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size..];
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(raw: &[u8]) -> Vec<Result<Record, String>> {
        Reader::new(Box::new(io::Cursor::new(raw.to_vec()))).collect()
    }

    #[test]
    fn a_response_record_gives_its_page() {
        let http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>";
        let mut raw = format!(
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x>\r\nWARC-Target-URI: http://a.example/\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            http.len()
        )
        .into_bytes();
        raw.extend_from_slice(http);
        raw.extend_from_slice(b"\r\n\r\n");
        let twice = [raw.clone(), raw].concat();
        let got = records(&twice);
        assert_eq!(got.len(), 2);
        let r = got[1].as_ref().unwrap();
        assert_eq!(r.target.as_deref(), Some("http://a.example/"));
        let page = page(r).unwrap().unwrap();
        assert_eq!(page.html, b"<p>Hi</p>");
        assert_eq!(page.content_type, "text/html");
    }

    #[test]
    fn a_truncated_record_is_an_error_and_the_end() {
        let raw = b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n<p>short";
        let got = records(raw);
        assert_eq!(got.len(), 1);
        assert!(got[0].as_ref().err().unwrap().contains("ends inside"));
        let got = records(b"GIF89a....");
        assert!(got[0].as_ref().err().unwrap().contains("not a WARC record"));
    }

    #[test]
    fn chunks_are_joined() {
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n").unwrap(),
            b"abcde"
        );
        assert!(dechunk(b"9\r\nabc").is_err());
        assert!(dechunk(b"zz\r\nabc").is_err());
    }
}
