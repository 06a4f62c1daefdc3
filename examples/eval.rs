//! Evaluates unappeal on the corpora in `../shared/corpus` with the corpora's own metrics.
//!
//! ```text
//! cargo run --release --example eval -- appeals     [--corpus FILE] [--dump OUT.jsonl] [--gate]
//! cargo run --release --example eval -- scrapinghub [--corpus DIR]  [--dump DIR] [--gate F1]
//! cargo run --release --example eval -- readability [--corpus DIR]  [--dump DIR] [--gate F1]
//! ```
//!
//! `appeals` prints the share of labelled boilerplate tokens removed, of body tokens kept, and
//! of negatives left untouched, as `../shared/tools/score_appeals.py` computes them; `--gate`
//! exits 1 when removed < 0.95, body kept < 0.995 or negatives untouched < 0.97.
//! `scrapinghub` and `readability` print mean precision, recall and F1 over token 4-gram
//! shingles, as the scrapinghub article-extraction benchmark (`../shared/tools/score.py`)
//! computes them; `--gate F1` exits 1 when F1 is below the given value.
//!
//! `bodies` runs the text rules over the hand-checked article bodies of both benchmarks,
//! which hold no appeals: whatever it cuts there is body lost (or boilerplate the benchmark
//! kept). It prints the share of characters cut; `--gate SHARE` exits 1 above it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::LazyLock;
use std::time::Instant;

use regex::Regex;
use serde::Deserialize;

#[path = "support/appeals.rs"]
mod appeals;

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").unwrap());

fn tokens(s: &str) -> Vec<&str> {
    WORD.find_iter(s).map(|m| m.as_str()).collect()
}

fn arg_value(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// The number after `--gate`, if any.
fn gate_value(args: &[String]) -> Option<f64> {
    args.iter()
        .position(|a| a == "--gate")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
}

/// Prints a gate's verdict; the exit code fails the run when the gate does not hold.
fn gate(what: &str, ok: bool) -> ExitCode {
    println!("gate ({what}): {}", if ok { "pass" } else { "FAIL" });
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(what) = args.first() else {
        eprintln!(
            "usage: eval appeals|scrapinghub|readability [--corpus PATH] [--dump PATH] [--gate [F1]] [--verbose]"
        );
        return ExitCode::from(2);
    };
    match what.as_str() {
        "appeals" => appeals(&args),
        "scrapinghub" | "readability" => html_bench(what, &args),
        "bodies" => bodies(&args),
        other => {
            eprintln!("unknown corpus {other}");
            ExitCode::from(2)
        }
    }
}

fn appeals(args: &[String]) -> ExitCode {
    let files: Vec<PathBuf> = {
        let given: Vec<PathBuf> = args
            .windows(2)
            .filter(|w| w[0] == "--corpus")
            .map(|w| PathBuf::from(&w[1]))
            .collect();
        if given.is_empty() {
            vec![
                shared().join("appeals/dev.jsonl"),
                shared().join("appeals/dev-more.jsonl"),
            ]
        } else {
            given
        }
    };
    let verbose = args.iter().any(|a| a == "--verbose");
    let mut records = Vec::new();
    for f in &files {
        match appeals::load(f) {
            Ok(r) => records.extend(r),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
    }
    let cleaner = unappeal::Cleaner::new();
    let file_names: Vec<String> = records.iter().fold(Vec::new(), |mut v, r| {
        if !v.contains(&r.file) {
            v.push(r.file.clone());
        }
        v
    });
    // Runs `cleaner` over `recs`, scoring per file.
    let run = |cleaner: &unappeal::Cleaner,
               recs: &[&appeals::Record],
               dump: &mut String,
               scores: &mut HashMap<String, appeals::Score>|
     -> (usize, f64) {
        let (mut bytes, mut secs) = (0usize, 0.0f64);
        for rec in recs {
            let t0 = Instant::now();
            let cleaned = cleaner.clean_text_at(&rec.text, rec.url.as_deref());
            secs += t0.elapsed().as_secs_f64();
            bytes += rec.text.len();
            let (kept, removed) = scores
                .entry(rec.file.clone())
                .or_default()
                .add(rec, cleaned.text());
            if verbose && (kept < 1.0 || removed < 1.0) {
                println!(
                    "{} [{}]: body kept {kept:.3}, appeal removed {removed:.3}",
                    rec.id, rec.publisher
                );
                for r in cleaned.removals() {
                    println!(
                        "    - [{}] {} :: {:.80}",
                        r.kind(),
                        r.rule(),
                        r.text().replace('\n', " | ")
                    );
                }
            }
            dump.push_str(&serde_json::json!({"id": rec.id, "text": cleaned.text()}).to_string());
            dump.push('\n');
        }
        (bytes, secs)
    };
    let report = |label: &str, scores: &HashMap<String, appeals::Score>| -> appeals::Score {
        let mut all = appeals::Score::default();
        for f in &file_names {
            if let Some(s) = scores.get(f) {
                println!("{label} {f}: docs={} {}", s.docs, s.line());
                all.merge(s);
            }
        }
        all
    };

    // Cross-validation by publisher: `--cross-validate` (5 folds over every publisher),
    // `--tune` (4 folds over the publishers outside fold 4 of 5, which stays unseen), or
    // `--lockbox` (fit without fold 4, score fold 4 alone).
    let cv = args.iter().any(|a| a == "--cross-validate");
    let tune = args.iter().any(|a| a == "--tune");
    let lockbox = args.iter().any(|a| a == "--lockbox");
    if cv || tune || lockbox {
        let k = 5u64;
        let mut scores: HashMap<String, appeals::Score> = HashMap::new();
        let mut dump = String::new();
        // Block-level confusion at log-odds 0 and 2: [threshold][label][predicted].
        let mut blocks = [[[0usize; 2]; 2]; 2];
        let folds: Vec<u64> = if cv {
            (0..k).collect()
        } else if tune {
            (0..k - 1).collect()
        } else {
            vec![k - 1]
        };
        for &f in &folds {
            let train: Vec<&appeals::Record> = records
                .iter()
                .filter(|r| {
                    let g = appeals::fold(&r.publisher, k);
                    g != f && (cv || g != k - 1)
                })
                .collect();
            let test: Vec<&appeals::Record> = records
                .iter()
                .filter(|r| appeals::fold(&r.publisher, k) == f)
                .collect();
            let weights = appeals::fit(&cleaner, train.iter().copied());
            for (x, y, _) in appeals::samples(&cleaner, test.iter().copied()).0 {
                let z = weights.logit(&x);
                for (t, thr) in [0.0f32, 2.0].iter().enumerate() {
                    blocks[t][usize::from(y)][usize::from(z >= *thr)] += 1;
                }
            }
            let fold_cleaner = unappeal::learn::with_weights(&cleaner, &weights);
            run(&fold_cleaner, &test, &mut dump, &mut scores);
        }
        let what = if cv {
            "cv"
        } else if tune {
            "tune"
        } else {
            "lockbox"
        };
        for (t, c) in blocks.iter().enumerate() {
            println!(
                "{what} blocks at log-odds {}: boilerplate found {}/{}, body flagged {}/{}",
                [0, 2][t],
                c[1][1],
                c[1][0] + c[1][1],
                c[0][1],
                c[0][0] + c[0][1]
            );
        }
        let all = report(what, &scores);
        if let Some(p) = arg_value(args, "--dump") {
            std::fs::write(&p, dump).expect("write dump");
        }
        println!(
            "{what}: removed={:.4} body_kept={:.4} negatives_untouched={:.4}",
            all.removed(),
            all.body_kept(),
            all.untouched()
        );
        if let Some(v) = arg_value(args, "--cv-gate") {
            let min: Vec<f64> = v.split(',').filter_map(|x| x.parse().ok()).collect();
            if min.len() != 3 {
                eprintln!("--cv-gate takes REMOVED,BODY_KEPT,UNTOUCHED");
                return ExitCode::from(2);
            }
            let ok =
                all.removed() >= min[0] && all.body_kept() >= min[1] && all.untouched() >= min[2];
            return gate(
                &format!(
                    "cross-validated removed >= {}, body kept >= {}, negatives untouched >= {}",
                    min[0], min[1], min[2]
                ),
                ok,
            );
        }
        return ExitCode::SUCCESS;
    }

    let mut scores: HashMap<String, appeals::Score> = HashMap::new();
    let mut dump = String::new();
    let all_recs: Vec<&appeals::Record> = records.iter().collect();
    let (bytes, secs) = run(&cleaner, &all_recs, &mut dump, &mut scores);
    if let Some(p) = arg_value(args, "--dump") {
        std::fs::write(&p, dump).expect("write dump");
    }
    let all = report("appeals", &scores);
    println!(
        "appeals: docs={} negatives={} {:.1} MB/s",
        all.docs,
        all.negatives,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    println!(
        "appeal_removed={:.4} body_kept={:.4} negatives_untouched={:.4} perfect={:.4}",
        all.removed(),
        all.body_kept(),
        all.untouched(),
        all.perfect_share()
    );
    if args.iter().any(|a| a == "--gate") {
        let ok = all.removed() >= 0.95 && all.body_kept() >= 0.995 && all.untouched() >= 0.97;
        return gate(
            "removed >= 0.95, body kept >= 0.995, negatives untouched >= 0.97",
            ok,
        );
    }
    ExitCode::SUCCESS
}

fn bodies(args: &[String]) -> ExitCode {
    let cleaner = unappeal::Cleaner::new();
    let verbose = args.iter().any(|a| a == "--verbose");
    let (mut total, mut cut) = (0usize, 0usize);
    for what in ["scrapinghub", "readability"] {
        let pages = match load_pages(what, &shared().join(what)) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        for page in &pages {
            let cleaned = cleaner.clean_text(&page.truth);
            total += page.truth.len();
            for r in cleaned.removals() {
                cut += r.text().len();
                if verbose {
                    println!(
                        "  {what}/{}: [{}] {} :: {:.80}",
                        page.id,
                        r.kind(),
                        r.rule(),
                        r.text().replace('\n', " / ")
                    );
                }
            }
        }
    }
    // The `with` snippets of the trafilatura pages: main text of pages of every kind, which
    // the text rules must not cut either. Each page's snippets are cleaned as one text.
    let eval_json = shared().join("trafilatura/eval.json");
    let (mut snippets, mut snippets_cut) = (0usize, 0usize);
    if let Ok(data) = std::fs::read_to_string(&eval_json) {
        #[derive(Deserialize)]
        struct Snips {
            with: Vec<String>,
        }
        let pages: std::collections::BTreeMap<String, Snips> =
            serde_json::from_str(&data).expect("eval.json parses");
        for (name, page) in &pages {
            let text = page.with.join("\n");
            let cleaned = cleaner.clean_text(&text);
            total += text.len();
            snippets += page.with.len();
            for r in cleaned.removals() {
                cut += r.text().len();
                snippets_cut += r.text().lines().count();
                if verbose {
                    println!(
                        "  trafilatura/{name}: [{}] {} :: {:.80}",
                        r.kind(),
                        r.rule(),
                        r.text().replace('\n', " / ")
                    );
                }
            }
        }
    }
    let share = cut as f64 / total.max(1) as f64;
    println!(
        "bodies: {total} bytes of article text, {cut} cut, share {share:.5}; \
         trafilatura `with` snippets cut: {snippets_cut} of {snippets}"
    );
    if let Some(max) = gate_value(args) {
        return gate(&format!("share cut <= {max}"), share <= max);
    }
    ExitCode::SUCCESS
}

/// Token 4-gram shingles, as the scrapinghub benchmark counts them.
fn shingles(text: &str) -> HashMap<Vec<&str>, i64> {
    let toks = tokens(text);
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    if toks.len() < 4 {
        m.insert(toks, 1);
        return m;
    }
    for w in toks.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// (tp, fp, fn), normalised to sum 1, as the benchmark's `evaluate.py`.
fn tp_fp_fn(truth: &str, pred: &str) -> (f64, f64, f64) {
    let (t, p) = (shingles(truth), shingles(pred));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for k in t.keys().chain(p.keys().filter(|k| !t.contains_key(*k))) {
        let (tc, pc) = (
            *t.get(k).unwrap_or(&0) as f64,
            *p.get(k).unwrap_or(&0) as f64,
        );
        tp += tc.min(pc);
        fp += (pc - tc).max(0.0);
        fn_ += (tc - pc).max(0.0);
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (tp, fp, fn_)
    }
}

fn precision((tp, fp, fn_): (f64, f64, f64)) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall((tp, fp, fn_): (f64, f64, f64)) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fn_ == 0.0 {
        0.0
    } else {
        tp / (tp + fn_)
    }
}

/// The visible text of an HTML document, as the benchmark's scorer derives it from
/// Readability's `expected.html`: text nodes, line breaks at block elements and `<br>`.
fn visible_text(html: &str) -> String {
    use ego_tree::iter::Edge;
    const BLOCK: &[&str] = &[
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "br",
    ];
    const SKIP: &[&str] = &["script", "style", "noscript", "template", "head", "title"];
    let doc = scraper::Html::parse_document(html);
    let mut out = String::new();
    let mut skip = 0;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                scraper::Node::Element(e) if SKIP.contains(&e.name()) => skip += 1,
                scraper::Node::Element(e) if BLOCK.contains(&e.name()) => out.push('\n'),
                scraper::Node::Text(t) if skip == 0 => out.push_str(t),
                _ => {}
            },
            Edge::Close(n) => match n.value() {
                scraper::Node::Element(e) if SKIP.contains(&e.name()) => skip -= 1,
                scraper::Node::Element(e) if BLOCK.contains(&e.name()) => out.push('\n'),
                _ => {}
            },
        }
    }
    out
}

struct Page {
    id: String,
    html: Vec<u8>,
    url: Option<String>,
    truth: String,
}

fn load_pages(what: &str, dir: &Path) -> Result<Vec<Page>, String> {
    let mut pages = Vec::new();
    if what == "scrapinghub" {
        #[derive(Deserialize)]
        struct Truth {
            #[serde(rename = "articleBody")]
            body: Option<String>,
            url: Option<String>,
        }
        let gt_path = dir.join("ground-truth.json");
        let gt: std::collections::BTreeMap<String, Truth> = serde_json::from_str(
            &std::fs::read_to_string(&gt_path)
                .map_err(|e| format!("{}: {e}", gt_path.display()))?,
        )
        .map_err(|e| e.to_string())?;
        for (id, t) in gt {
            let p = dir.join("html").join(format!("{id}.html"));
            let html = std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            pages.push(Page {
                id,
                html,
                url: t.url,
                truth: t.body.unwrap_or_default(),
            });
        }
    } else {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("expected.html").is_file() && p.join("source.html").is_file())
            .collect();
        dirs.sort();
        for d in dirs {
            let truth = visible_text(
                &std::fs::read_to_string(d.join("expected.html")).map_err(|e| e.to_string())?,
            );
            let html = std::fs::read(d.join("source.html")).map_err(|e| e.to_string())?;
            let id = d.file_name().unwrap().to_string_lossy().into_owned();
            pages.push(Page {
                id,
                html,
                url: None,
                truth,
            });
        }
    }
    Ok(pages)
}

fn html_bench(what: &str, args: &[String]) -> ExitCode {
    let dir = arg_value(args, "--corpus")
        .map(PathBuf::from)
        .unwrap_or_else(|| shared().join(what));
    let pages = match load_pages(what, &dir) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let cleaner = unappeal::Cleaner::new();
    let dump = arg_value(args, "--dump").map(PathBuf::from);
    if let Some(d) = &dump {
        std::fs::create_dir_all(d).expect("create dump folder");
    }
    let verbose = args.iter().any(|a| a == "--verbose");
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    let (mut bytes, mut secs, mut exact) = (0usize, 0.0f64, 0usize);
    // `--selectors`: every removal's selector must select exactly one element of the page.
    let check_selectors = args.iter().any(|a| a == "--selectors");
    let (mut selectors_checked, mut selectors_failed) = (0usize, 0usize);
    let mut per_page = Vec::new();
    for page in &pages {
        let t0 = Instant::now();
        let cleaned = cleaner.clean_html_bytes(&page.html, page.url.as_deref());
        secs += t0.elapsed().as_secs_f64();
        let pred = match cleaned {
            Ok(c) => {
                if check_selectors {
                    let (n, bad) = selectors_select_back(&page.html, &c);
                    selectors_checked += n;
                    selectors_failed += bad;
                }
                c.into_text()
            }
            Err(e) => {
                eprintln!("{}: {e}", page.id);
                String::new()
            }
        };
        bytes += page.html.len();
        let x = tp_fp_fn(&page.truth, &pred);
        if x.0 + x.1 > 0.0 {
            ps.push(precision(x));
        }
        if x.0 + x.2 > 0.0 {
            rs.push(recall(x));
        }
        if tokens(&page.truth) == tokens(&pred) {
            exact += 1;
        }
        per_page.push((precision(x), recall(x), page.id.clone()));
        if let Some(d) = &dump {
            std::fs::write(d.join(format!("{}.txt", page.id)), &pred).expect("write prediction");
        }
    }
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    if verbose {
        per_page.sort_by(|a, b| (a.0 + a.1).total_cmp(&(b.0 + b.1)));
        for (p, r, id) in per_page.iter().take(25) {
            println!("  {id}: P={p:.3} R={r:.3}");
        }
    }
    println!(
        "{what}: pages={} F1={f1:.4} P={p:.4} R={r:.4} exact={:.3} {:.1} MB/s",
        pages.len(),
        exact as f64 / pages.len().max(1) as f64,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    if check_selectors {
        println!(
            "selectors: {selectors_checked} removals checked, {selectors_failed} select other than exactly their element"
        );
        if selectors_failed > 0 {
            return gate("every removal's selector selects its element", false);
        }
    }
    if let Some(min) = gate_value(args) {
        return gate(&format!("F1 >= {min}"), f1 >= min);
    }
    ExitCode::SUCCESS
}

/// Parses the page again with `scraper` and selects each removal's selector: (checked, the
/// ones that select no element or more than one).
fn selectors_select_back(html: &[u8], cleaned: &unappeal::Cleaned) -> (usize, usize) {
    let doc = scraper::Html::parse_document(&String::from_utf8_lossy(html));
    let (mut n, mut bad) = (0, 0);
    for r in cleaned.removals() {
        let Some(sel) = r.selector() else { continue };
        n += 1;
        let ok = scraper::Selector::parse(sel).is_ok_and(|s| doc.select(&s).take(2).count() == 1);
        if !ok {
            bad += 1;
        }
    }
    (n, bad)
}
