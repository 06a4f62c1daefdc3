//! The Python binding of unappeal: a `Cleaner` built from keyword options, results as Python
//! objects, and `clean_many` for batches cleaned on several threads with the GIL released.
//!
//! The Python-facing docs (and the type hints) are in `unappeal/__init__.pyi`; the docstrings
//! here are what `help()` shows.

// As in the core crate: PyO3 0.30's macros put their FFI calls behind safe functions of
// PyO3's, so nothing unsafe is expanded here.
#![forbid(unsafe_code)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};

create_exception!(
    unappeal,
    UnappealError,
    PyValueError,
    "A rule that does not compile, an unknown option value, or input the library refuses \
     (over the size limit, mostly binary, invalid UTF-8 in strict mode). The message is the \
     library's."
);

fn error(e: impl std::fmt::Display) -> PyErr {
    UnappealError::new_err(e.to_string())
}

/// A user rule as Python gives it: `(kind, value)` for every site, `(kind, value, domain)`
/// for one site and its subdomains.
#[derive(Clone, Debug, FromPyObject, IntoPyObject)]
enum RuleArg {
    Site(String, String, String),
    Any(String, String),
}

impl RuleArg {
    fn kind(&self) -> PyResult<unappeal::Kind> {
        let name = match self {
            RuleArg::Site(k, ..) | RuleArg::Any(k, _) => k,
        };
        name.parse().map_err(error)
    }
}

/// Everything a `Cleaner` was built from, as plain data: what pickling sends to a worker,
/// which rebuilds the same cleaner without reading any file.
#[derive(Clone, Debug, Default)]
struct Settings {
    keep: Vec<String>,
    languages: Option<Vec<String>>,
    builtin_rules: bool,
    disable_rules: Vec<String>,
    phrases: Vec<RuleArg>,
    patterns: Vec<RuleArg>,
    selectors: Vec<RuleArg>,
    /// (origin, text) of rules files, read when the cleaner was first built.
    rules: Vec<(String, String)>,
    /// (origin, text) of cosmetic filter lists.
    adblock: Vec<(String, String)>,
    max_input_bytes: Option<usize>,
    max_depth: Option<usize>,
    strict_utf8: bool,
}

impl Settings {
    fn build(&self) -> PyResult<unappeal::Cleaner> {
        let mut b = unappeal::Cleaner::builder();
        for k in &self.keep {
            b.keep_kind(k.parse().map_err(error)?);
        }
        if let Some(langs) = &self.languages {
            b.languages(langs.iter().cloned());
        }
        b.builtin_rules(self.builtin_rules);
        for r in &self.disable_rules {
            b.disable_rule(r.clone());
        }
        for p in &self.phrases {
            match p {
                RuleArg::Any(_, v) => b.phrase(p.kind()?, v.clone()),
                RuleArg::Site(_, v, d) => b.site_phrase(d.clone(), p.kind()?, v.clone()),
            };
        }
        for p in &self.patterns {
            match p {
                RuleArg::Any(_, v) => b.pattern(p.kind()?, v.clone()),
                RuleArg::Site(_, v, d) => b.site_pattern(d.clone(), p.kind()?, v.clone()),
            };
        }
        for s in &self.selectors {
            match s {
                RuleArg::Any(_, v) => b.selector(s.kind()?, v.clone()),
                RuleArg::Site(_, v, d) => b.site_selector(d.clone(), s.kind()?, v.clone()),
            };
        }
        for (origin, text) in &self.rules {
            b.rules_str(origin.clone(), text);
        }
        for (origin, text) in &self.adblock {
            b.adblock_str(origin.clone(), text.clone());
        }
        if let Some(n) = self.max_input_bytes {
            b.max_input_bytes(n);
        }
        if let Some(n) = self.max_depth {
            b.max_depth(n);
        }
        b.strict_utf8(self.strict_utf8);
        b.build().map_err(error)
    }

    /// The keyword arguments that rebuild this cleaner.
    fn kwargs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("keep", &self.keep)?;
        d.set_item("languages", &self.languages)?;
        d.set_item("builtin_rules", self.builtin_rules)?;
        d.set_item("disable_rules", &self.disable_rules)?;
        d.set_item("phrases", self.phrases.clone())?;
        d.set_item("patterns", self.patterns.clone())?;
        d.set_item("selectors", self.selectors.clone())?;
        d.set_item("rules", &self.rules)?;
        d.set_item("adblock", &self.adblock)?;
        d.set_item("max_input_bytes", self.max_input_bytes)?;
        d.set_item("max_depth", self.max_depth)?;
        d.set_item("strict_utf8", self.strict_utf8)?;
        Ok(d)
    }
}

fn read_file(path: &PathBuf) -> PyResult<(String, String)> {
    let origin = path.display().to_string();
    // The library's own message for a file it cannot read: "PATH: reason".
    let text = std::fs::read_to_string(path).map_err(|e| error(format!("{origin}: {e}")))?;
    Ok((origin, text))
}

/// Cuts publisher appeals and page boilerplate from articles, and says what was cut and why.
///
/// Build once and reuse: the rules compile at construction. Every option is keyword-only;
/// see the type hints (`unappeal/__init__.pyi`) for what each takes. A `Cleaner` pickles (it
/// rebuilds from its options, with the rules files' contents as read at construction), so
/// Spark and Ray can ship it to workers.
#[pyclass(module = "unappeal", frozen, name = "Cleaner")]
struct PyCleaner {
    cleaner: unappeal::Cleaner,
    settings: Settings,
}

/// One document of a batch, borrowed from the Python objects that hold it.
struct Job<'a> {
    body: Body<'a>,
    url: Option<&'a str>,
    html: bool,
}

enum Body<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
    /// Not a document: the reason.
    Bad(String),
}

/// A batch item's parts, owned, so that the `&str`s borrowed from them outlive the GIL's
/// release.
struct Held<'py> {
    content: Option<Bound<'py, PyAny>>,
    url: Option<Bound<'py, PyAny>>,
    html: bool,
    bad: Option<String>,
}

fn hold<'py>(item: Bound<'py, PyAny>, index: usize, html: bool) -> PyResult<Held<'py>> {
    let mut held = Held {
        content: None,
        url: None,
        html,
        bad: None,
    };
    if item.is_instance_of::<PyString>() || item.is_instance_of::<PyBytes>() {
        held.content = Some(item);
    } else if let Ok(t) = item.cast::<PyTuple>() {
        if t.len() == 2 {
            held.content = Some(t.get_item(0)?);
            held.url = Some(t.get_item(1)?).filter(|u| !u.is_none());
        } else {
            held.bad = Some(format!(
                "document {index}: a tuple must be (content, url), not {} items",
                t.len()
            ));
        }
    } else if let Ok(d) = item.cast::<PyDict>() {
        held.url = d.get_item("url")?.filter(|u| !u.is_none());
        if let Some(h) = d.get_item("html")? {
            held.content = Some(h);
            held.html = true;
        } else if let Some(t) = d.get_item("text")? {
            held.content = Some(t);
            held.html = false;
        } else {
            held.bad = Some(format!("document {index}: no \"html\" or \"text\" key"));
        }
    } else {
        held.bad = Some(format!(
            "document {index}: {} is not a document (str, bytes, (content, url) or a dict \
             with \"html\" or \"text\")",
            item.get_type().name()?
        ));
    }
    Ok(held)
}

fn borrow<'a>(held: &'a Held<'_>, index: usize) -> Job<'a> {
    let bad = |what: String| Job {
        body: Body::Bad(what),
        url: None,
        html: held.html,
    };
    if let Some(reason) = &held.bad {
        return bad(reason.clone());
    }
    let url = match &held.url {
        None => None,
        Some(u) => match u.cast::<PyString>().map(|s| s.to_str()) {
            Ok(Ok(s)) => Some(s),
            _ => return bad(format!("document {index}: the url is not a str")),
        },
    };
    let body = match &held.content {
        Some(c) => {
            if let Ok(b) = c.cast::<PyBytes>() {
                Body::Bytes(b.as_bytes())
            } else if let Ok(s) = c.cast::<PyString>() {
                match s.to_str() {
                    Ok(s) => Body::Str(s),
                    // Lone surrogates have no UTF-8 form.
                    Err(e) => Body::Bad(format!("document {index}: {e}")),
                }
            } else {
                Body::Bad(format!("document {index}: the content is not str or bytes"))
            }
        }
        None => Body::Bad(format!("document {index}: no content")),
    };
    Job {
        body,
        url,
        html: held.html,
    }
}

fn clean_job(cleaner: &unappeal::Cleaner, job: &Job<'_>) -> Result<unappeal::Cleaned, String> {
    // A panic is a bug in the library; it fails this document, not the batch.
    let run = catch_unwind(AssertUnwindSafe(|| match (&job.body, job.html) {
        (Body::Str(s), true) => cleaner.clean_html(s, job.url),
        (Body::Bytes(b), true) => cleaner.clean_html_bytes(b, job.url),
        (Body::Str(s), false) => Ok(cleaner.clean_text_at(s, job.url)),
        (Body::Bytes(b), false) => cleaner.clean_text_bytes_at(b, job.url),
        (Body::Bad(_), _) => unreachable!("bad documents are answered before cleaning"),
    }));
    match run {
        Ok(r) => r.map_err(|e| e.to_string()),
        Err(panic) => Err(format!(
            "internal error (please report): {}",
            panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("panic")
        )),
    }
}

/// Cleans `jobs` on `threads` threads, each taking the next document as it finishes one,
/// so that one large page does not hold back a share of the batch.
fn clean_parallel(
    cleaner: &unappeal::Cleaner,
    jobs: &[Job<'_>],
    threads: usize,
) -> Vec<Result<unappeal::Cleaned, String>> {
    let one = |job: &Job<'_>| match &job.body {
        Body::Bad(reason) => Err(reason.clone()),
        _ => clean_job(cleaner, job),
    };
    if threads <= 1 || jobs.len() <= 1 {
        return jobs.iter().map(one).collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<unappeal::Cleaned, String>>>> =
        Mutex::new((0..jobs.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads.min(jobs.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    let r = one(job);
                    results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err("internal error: document not cleaned".into())))
        .collect()
}

fn kind_is_html(kind: &str) -> PyResult<bool> {
    match kind {
        "html" => Ok(true),
        "text" => Ok(false),
        other => Err(error(format!(
            "kind must be \"html\" or \"text\", not {other:?}"
        ))),
    }
}

#[pymethods]
impl PyCleaner {
    #[new]
    #[pyo3(signature = (
        *,
        keep = Vec::new(),
        languages = None,
        builtin_rules = true,
        disable_rules = Vec::new(),
        phrases = Vec::new(),
        patterns = Vec::new(),
        selectors = Vec::new(),
        rules_files = Vec::new(),
        rules = Vec::new(),
        adblock_files = Vec::new(),
        adblock = Vec::new(),
        max_input_bytes = None,
        max_depth = None,
        strict_utf8 = false,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        keep: Vec<String>,
        languages: Option<Vec<String>>,
        builtin_rules: bool,
        disable_rules: Vec<String>,
        phrases: Vec<RuleArg>,
        patterns: Vec<RuleArg>,
        selectors: Vec<RuleArg>,
        rules_files: Vec<PathBuf>,
        rules: Vec<(String, String)>,
        adblock_files: Vec<PathBuf>,
        adblock: Vec<(String, String)>,
        max_input_bytes: Option<usize>,
        max_depth: Option<usize>,
        strict_utf8: bool,
    ) -> PyResult<PyCleaner> {
        // Files are read here, once: a pickled cleaner carries their text, so a worker on
        // another machine needs no copy of them.
        let mut all_rules = Vec::new();
        for p in &rules_files {
            all_rules.push(read_file(p)?);
        }
        all_rules.extend(rules);
        let mut all_lists = Vec::new();
        for p in &adblock_files {
            all_lists.push(read_file(p)?);
        }
        all_lists.extend(adblock);
        let settings = Settings {
            keep,
            languages,
            builtin_rules,
            disable_rules,
            phrases,
            patterns,
            selectors,
            rules: all_rules,
            adblock: all_lists,
            max_input_bytes,
            max_depth,
            strict_utf8,
        };
        Ok(PyCleaner {
            cleaner: settings.build()?,
            settings,
        })
    }

    /// Cleans text a scraper extracted (one block per line). `url`, when known, lets rules
    /// scoped to a site apply. Removals carry `start`/`end`: offsets into `text` in UTF-8
    /// bytes.
    #[pyo3(signature = (text, url = None))]
    fn clean_text(&self, py: Python<'_>, text: &str, url: Option<&str>) -> PyCleaned {
        let cleaned = py.detach(|| self.cleaner.clean_text_at(text, url));
        PyCleaned { inner: cleaned }
    }

    /// Cleans text given as UTF-8 bytes: invalid bytes become U+FFFD (counted by
    /// `replaced_bytes`), or raise `UnappealError` with `strict_utf8=True`. `url` as for
    /// `clean_text`.
    #[pyo3(signature = (data, url = None))]
    fn clean_text_bytes(
        &self,
        py: Python<'_>,
        data: &[u8],
        url: Option<&str>,
    ) -> PyResult<PyCleaned> {
        let cleaned = py
            .detach(|| self.cleaner.clean_text_bytes_at(data, url))
            .map_err(error)?;
        Ok(PyCleaned { inner: cleaned })
    }

    /// Extracts the article from an HTML page and cleans it. Removals name their `element`
    /// and a `selector` that finds it again.
    #[pyo3(signature = (html, url = None))]
    fn clean_html(&self, py: Python<'_>, html: &str, url: Option<&str>) -> PyResult<PyCleaned> {
        let cleaned = py
            .detach(|| self.cleaner.clean_html(html, url))
            .map_err(error)?;
        Ok(PyCleaned { inner: cleaned })
    }

    /// Like `clean_html`, from the page's bytes in any encoding (byte-order mark, then
    /// `<meta charset>`, then UTF-8, then windows-1252). `charset`, the transport's
    /// declaration (an HTTP `Content-Type` value or a bare label), ranks above the page's own.
    #[pyo3(signature = (data, url = None, charset = None))]
    fn clean_html_bytes(
        &self,
        py: Python<'_>,
        data: &[u8],
        url: Option<&str>,
        charset: Option<&str>,
    ) -> PyResult<PyCleaned> {
        let cleaned = py
            .detach(|| match charset {
                Some(c) => self.cleaner.clean_html_bytes_with_charset(data, c, url),
                None => self.cleaner.clean_html_bytes(data, url),
            })
            .map_err(error)?;
        Ok(PyCleaned { inner: cleaned })
    }

    /// Cleans a batch on `threads` threads (default: all cores) with the GIL released, and
    /// returns one result per document, in order: a `Cleaned`, or an `UnappealError`
    /// instance (returned, not raised) for a document that failed or is not a document.
    ///
    /// A document is a `str` or `bytes` (cleaned as `kind`, "html" or "text"), a
    /// `(content, url)` tuple, or a dict with an "html" or a "text" key and an optional
    /// "url" (the key decides the kind).
    #[pyo3(signature = (docs, *, kind = "html", threads = None))]
    fn clean_many<'py>(
        &self,
        py: Python<'py>,
        docs: &Bound<'py, PyAny>,
        kind: &str,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let html = kind_is_html(kind)?;
        let threads = match threads {
            Some(0) => return Err(error("threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        if docs.is_instance_of::<PyString>() || docs.is_instance_of::<PyBytes>() {
            // Iterating would clean each character (or byte) as a document.
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "clean_many takes an iterable of documents, not one document",
            ));
        }
        let mut held = Vec::new();
        for (i, item) in docs.try_iter()?.enumerate() {
            held.push(hold(item?, i, html)?);
        }
        let jobs: Vec<Job<'_>> = held.iter().enumerate().map(|(i, h)| borrow(h, i)).collect();
        let results = py.detach(|| clean_parallel(&self.cleaner, &jobs, threads));
        let out = PyList::empty(py);
        for r in results {
            match r {
                Ok(c) => out.append(Py::new(py, PyCleaned { inner: c })?)?,
                Err(e) => out.append(UnappealError::new_err(e).into_value(py))?,
            }
        }
        Ok(out)
    }

    /// The names of the text rules in use (what `Removal.rule` reports, and what
    /// `disable_rules` takes).
    fn rule_names(&self) -> Vec<&str> {
        self.cleaner.rule_names()
    }

    /// The keyword arguments that rebuild this cleaner (rules files as their text).
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.settings.kwargs(py)
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        Ok((PyTuple::empty(py), self.settings.kwargs(py)?))
    }

    fn __repr__(&self) -> String {
        let s = &self.settings;
        format!(
            "<Cleaner keep={:?} languages={:?} user rules={} rules texts={} filter lists={}>",
            s.keep,
            s.languages,
            s.phrases.len() + s.patterns.len() + s.selectors.len(),
            s.rules.len(),
            s.adblock.len()
        )
    }
}

/// The document's shape in JSON, the same as the `clean` example writes: removals in the
/// library's serde form; `title` only where the page has one; `replaced_bytes` only when
/// bytes were replaced.
#[derive(serde::Serialize)]
struct Shape<'a> {
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    removed: &'a [unappeal::Removal],
    #[serde(skip_serializing_if = "is_zero")]
    replaced_bytes: usize,
}

/// A string as Python's `repr` writes it, or `None`.
fn py_repr(py: Python<'_>, s: Option<&str>) -> PyResult<String> {
    match s {
        Some(s) => Ok(PyString::new(py, s).repr()?.to_string()),
        None => Ok("None".into()),
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// An `f32` as the `f64` that its shortest decimal form reads as, so that Python shows
/// `0.8646647` (as JSON writes it) and not `0.8646647334098816`.
fn decimal(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

/// The result of a clean: the article body, its title (HTML), and every removal.
#[pyclass(module = "unappeal", frozen, eq, name = "Cleaned")]
#[derive(PartialEq)]
struct PyCleaned {
    inner: unappeal::Cleaned,
}

#[pymethods]
impl PyCleaned {
    /// The article body, one block per line.
    #[getter]
    fn text(&self) -> &str {
        self.inner.text()
    }

    /// The page's title (HTML input), or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title()
    }

    /// Every removal, in document order.
    #[getter]
    fn removed(&self) -> Vec<PyRemoval> {
        self.inner.removals().iter().map(PyRemoval::from).collect()
    }

    /// How many input bytes could not be decoded and became U+FFFD.
    #[getter]
    fn replaced_bytes(&self) -> usize {
        self.inner.replaced_bytes()
    }

    /// The result as a JSON object, in the shape the `clean` example writes.
    fn to_json(&self) -> PyResult<String> {
        let shape = Shape {
            text: self.inner.text(),
            title: self.inner.title(),
            removed: self.inner.removals(),
            replaced_bytes: self.inner.replaced_bytes(),
        };
        serde_json::to_string(&shape).map_err(error)
    }

    /// The result as a dict: `json.loads(self.to_json())`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?.call_method1("loads", (self.to_json()?,))
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        // The library's own serde form round-trips every field.
        let state = serde_json::to_string(&self.inner).map_err(error)?;
        let rebuild = py
            .import("unappeal._unappeal")?
            .getattr("_cleaned_from_json")?;
        Ok((rebuild, (state,)))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let preview: String = self.inner.text().chars().take(40).collect();
        let more = if self.inner.text().len() > preview.len() {
            "..."
        } else {
            ""
        };
        Ok(format!(
            "Cleaned(text={}{more}, title={}, removed={})",
            py_repr(py, Some(&preview))?,
            py_repr(py, self.inner.title())?,
            self.inner.removals().len()
        ))
    }
}

#[pyfunction]
fn _cleaned_from_json(state: &str) -> PyResult<PyCleaned> {
    Ok(PyCleaned {
        inner: serde_json::from_str(state).map_err(error)?,
    })
}

/// One cut: what was removed (`kind`, `text`), why (`rule`, `stage`, `confidence`), and
/// where: `start`/`end` (UTF-8 byte offsets of text input) or `element`/`selector` (HTML).
#[pyclass(module = "unappeal", frozen, eq, name = "Removal")]
#[derive(Clone, PartialEq)]
struct PyRemoval {
    #[pyo3(get)]
    kind: &'static str,
    #[pyo3(get)]
    rule: String,
    #[pyo3(get)]
    stage: &'static str,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    confidence: f64,
    #[pyo3(get)]
    start: Option<usize>,
    #[pyo3(get)]
    end: Option<usize>,
    #[pyo3(get)]
    element: Option<String>,
    #[pyo3(get)]
    selector: Option<String>,
}

impl From<&unappeal::Removal> for PyRemoval {
    fn from(r: &unappeal::Removal) -> PyRemoval {
        let range = r.range();
        PyRemoval {
            kind: r.kind().as_str(),
            rule: r.rule().to_string(),
            stage: r.stage().as_str(),
            text: r.text().to_string(),
            confidence: decimal(r.confidence()),
            start: range.as_ref().map(|r| r.start),
            end: range.map(|r| r.end),
            element: r.element().map(str::to_string),
            selector: r.selector().map(str::to_string),
        }
    }
}

#[pymethods]
impl PyRemoval {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let at = match (&self.element, self.start, self.end) {
            (Some(e), ..) => py_repr(py, Some(e))?,
            (None, Some(s), Some(e)) => format!("{s}..{e}"),
            _ => String::new(),
        };
        Ok(format!(
            "Removal(kind={}, rule={}, stage={}, confidence={}, at={at})",
            py_repr(py, Some(self.kind))?,
            py_repr(py, Some(&self.rule))?,
            py_repr(py, Some(self.stage))?,
            self.confidence
        ))
    }
}

/// The native part of the `unappeal` package; import `unappeal`.
#[pymodule]
fn _unappeal(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyCleaner>()?;
    m.add_class::<PyCleaned>()?;
    m.add_class::<PyRemoval>()?;
    m.add_function(wrap_pyfunction!(_cleaned_from_json, m)?)?;
    m.add("UnappealError", m.py().get_type::<UnappealError>())?;
    let kinds: Vec<&str> = unappeal::Kind::ALL.iter().map(|k| k.as_str()).collect();
    m.add("KINDS", PyTuple::new(m.py(), kinds)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
