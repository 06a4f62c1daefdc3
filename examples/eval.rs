//! Evaluates unappeal on the corpora in `../shared/corpus` with the corpora's own metrics.
//!
//! ```text
//! cargo run --release --example eval -- appeals     [--corpus FILE] [--dump OUT.jsonl] [--gate] [--languages CODES]
//! cargo run --release --example eval -- scrapinghub [--corpus DIR]  [--dump DIR] [--gate F1]
//! cargo run --release --example eval -- readability [--corpus DIR]  [--dump DIR] [--gate F1]
//! cargo run --release --example eval -- trafilatura [--corpus DIR]  [--dump DIR] [--gate F1]
//!                                                   [--folds K (--fold I | --skip-fold I)] [--verbose]
//! ```
//!
//! `appeals` prints the share of labelled boilerplate tokens removed, of body tokens kept, and
//! of negatives left untouched, as `../shared/tools/score_appeals.py` computes them; `--gate`
//! exits 1 when removed < 0.95, body kept < 0.995 or negatives untouched < 0.97, and
//! `--gate-at R,K,N` when they are below the levels given (for other files, such as the probe
//! sets in `probes/`; `--corpus` repeats). `--cross-validate --cv-gate R,K,N`
//! gates the cross-validated figures the same way. `--explain ID` prints one record's blocks
//! with what was cut and why (`--verbose`: the features that moved the model), read with the
//! weights the same run scores with; `--in-sample` scores a set that `probes/TRAINING` lists
//! with the built-in weights instead of weights fitted without it.
//! `scrapinghub` and `readability` print mean precision, recall and F1 over token 4-gram
//! shingles, as the scrapinghub article-extraction benchmark (`../shared/tools/score.py`)
//! computes them; `--gate F1` exits 1 when F1 is below the given value.
//!
//! `trafilatura` scores the snippet set in `../shared/corpus/trafilatura` (`html/` and
//! `eval.json`) as `../shared/tools/score_snippets.py` does: each `with` and `without` snippet,
//! whitespace collapsed, is looked up as a substring of the whitespace-collapsed text; it prints
//! precision, recall and F1 over all snippets, the leak rate of the `without` snippets the
//! script's keyword heuristic calls boilerplate, and the pages where no `with` snippet was
//! found. `--folds K --fold I` scores only the sites (hosts) whose hash falls in fold I of K,
//! `--folds K --skip-fold I` all the others; `--gate F1` exits 1 below the given F1.
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

/// Weights fitted without the scored files, when the fit's probe list names any of them
/// (`None` when it names none). Without `../shared` the corpus the fit reads is
/// absent: the built-in weights score them then, and a notice says so.
fn held_out(
    cleaner: &unappeal::Cleaner,
    args: &[String],
    scored: &[String],
) -> Result<Option<unappeal::learn::Weights>, String> {
    let list = arg_value(args, "--training-list").map(PathBuf::from);
    let probes = appeals::training_probes(list.as_deref())?;
    let left: Vec<&str> = scored
        .iter()
        .filter(|f| probes.iter().any(|r| &r.file == *f))
        .map(String::as_str)
        .collect();
    if left.is_empty() {
        return Ok(None);
    }
    let dir = shared().join("appeals");
    if !dir.is_dir() {
        println!(
            "notice: {} is absent; the scored files that the fit reads are scored in sample",
            dir.display()
        );
        return Ok(None);
    }
    let mut corpus = appeals::load(&dir.join("dev.jsonl"))?;
    corpus.extend(appeals::load(&dir.join("dev-more.jsonl"))?);
    let weights = appeals::fit(
        cleaner,
        corpus
            .iter()
            .chain(probes.iter().filter(|r| !scored.contains(&r.file))),
    );
    println!(
        "held out: scored by weights fitted without {} (of the sets the fit reads)",
        left.join(", ")
    );
    Ok(Some(weights))
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

/// The gate of `--cv-gate` and `--gate-at`: `levels` is `REMOVED,BODY_KEPT,UNTOUCHED`, the
/// least of each figure.
fn levels_gate(option: &str, which: &str, levels: &str, all: &appeals::Score) -> ExitCode {
    let min: Vec<f64> = levels.split(',').filter_map(|x| x.parse().ok()).collect();
    if min.len() != 3 {
        eprintln!("{option} takes REMOVED,BODY_KEPT,UNTOUCHED");
        return ExitCode::from(2);
    }
    let ok = all.removed() >= min[0] && all.body_kept() >= min[1] && all.untouched() >= min[2];
    gate(
        &format!(
            "{which}removed >= {}, body kept >= {}, negatives untouched >= {}",
            min[0], min[1], min[2]
        ),
        ok,
    )
}

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(what) = args.first() else {
        eprintln!(
            "usage: eval appeals|scrapinghub|readability|trafilatura|bodies [--corpus PATH] [--dump PATH] [--gate [F1]] [--verbose]"
        );
        return ExitCode::from(2);
    };
    match what.as_str() {
        "appeals" => appeals(&args),
        "scrapinghub" | "readability" => html_bench(what, &args),
        "bodies" => bodies(&args),
        "trafilatura" => snippets(&args),
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
    // `--languages xx` leaves the language packs out (the symbols, payment and platform rows
    // stay): what a text in a language without a pack gets, with the model refitted so.
    let cleaner = match arg_value(args, "--languages") {
        Some(codes) => match unappeal::Cleaner::builder()
            .languages(codes.split(',').filter(|c| !c.is_empty()))
            .build()
        {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        },
        None => unappeal::Cleaner::new(),
    };
    // Whether the texts are read as no pack covers them (the block counts below use that
    // pair of weights; the cleaner decides per text).
    let bare = arg_value(args, "--languages").as_deref() == Some("xx");
    let file_names: Vec<String> = records.iter().fold(Vec::new(), |mut v, r| {
        if !v.contains(&r.file) {
            v.push(r.file.clone());
        }
        v
    });
    let cv = args.iter().any(|a| a == "--cross-validate");
    let tune = args.iter().any(|a| a == "--tune");
    let lockbox = args.iter().any(|a| a == "--lockbox");
    // A probe set that the fit reads (`probes/TRAINING`, or `--training-list`) is scored by
    // weights fitted without it, so that its gate stays a held-out measure: the corpus and
    // the other listed sets, as `train` reads them (`--in-sample`: the built-in weights).
    let refit = if cv || tune || lockbox || args.iter().any(|a| a == "--in-sample") {
        None
    } else {
        match held_out(&cleaner, args, &file_names) {
            Ok(w) => w,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
    };
    let cleaner = match &refit {
        Some(w) => unappeal::learn::with_weights(&cleaner, w),
        None => cleaner,
    };
    if let Some(id) = arg_value(args, "--explain") {
        let weights = refit.unwrap_or_else(unappeal::learn::Weights::builtin);
        return explain(&cleaner, &weights, &records, &id, verbose);
    }
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
    if cv || tune || lockbox {
        // Every fold's fit reads the probe sets `probes/TRAINING` lists (or the file
        // `--training-list` names), as `train` does, and scores none of them (`--no-probes`:
        // the corpus alone).
        let probes = if args.iter().any(|a| a == "--no-probes") {
            Vec::new()
        } else {
            let list = arg_value(args, "--training-list").map(PathBuf::from);
            match appeals::training_probes(list.as_deref()) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            }
        };
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
                .chain(&probes)
                .collect();
            let test: Vec<&appeals::Record> = records
                .iter()
                .filter(|r| appeals::fold(&r.publisher, k) == f)
                .collect();
            let weights = appeals::fit(&cleaner, train.iter().copied());
            for (x, y, _) in appeals::samples(&cleaner, test.iter().copied()).0 {
                let z = weights.logit(bare, &x);
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
            return levels_gate("--cv-gate", "cross-validated ", &v, &all);
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
    if let Some(v) = arg_value(args, "--gate-at") {
        return levels_gate("--gate-at", "", &v, &all);
    }
    if args.iter().any(|a| a == "--gate") {
        let ok = all.removed() >= 0.95 && all.body_kept() >= 0.995 && all.untouched() >= 0.97;
        return gate(
            "removed >= 0.95, body kept >= 0.995, negatives untouched >= 0.97",
            ok,
        );
    }
    ExitCode::SUCCESS
}

/// `appeals --explain ID`: every block of one record, with its label (`B` boilerplate,
/// `.` body), whether the cleaner cut it (`-`) or kept it (`K`), whether it is a wall, the
/// hand rules' score and the model's log-odds (the wall model's for walls), with the weights
/// that a run over the same `--corpus` files scores with (fitted without the set where
/// `probes/TRAINING` lists it, else the built-in ones; `--in-sample`: the built-in ones); with
/// `--verbose`, under each block the features that move its log-odds by a quarter or more (the
/// model is linear: a feature's share is the log-odds less the log-odds without it).
fn explain(
    cleaner: &unappeal::Cleaner,
    weights: &unappeal::learn::Weights,
    records: &[appeals::Record],
    id: &str,
    verbose: bool,
) -> ExitCode {
    let Some(rec) = records.iter().find(|r| r.id == id) else {
        eprintln!("no record {id:?}");
        return ExitCode::from(2);
    };
    let hand = unappeal::learn::FEATURES
        .iter()
        .position(|&n| n == "hand_score")
        .expect("a hand_score feature");
    let cleaned = cleaner.clean_text_at(&rec.text, rec.url.as_deref());
    let cut: Vec<std::ops::Range<usize>> = cleaned
        .removals()
        .iter()
        .filter_map(|r| r.range())
        .collect();
    for s in unappeal::learn::samples(cleaner, &rec.text, rec.url.as_deref()) {
        let z = if s.wall {
            weights.wall_logit(s.bare, &s.features)
        } else {
            weights.logit(s.bare, &s.features)
        };
        let label = rec
            .spans
            .iter()
            .any(|sp| sp.start < s.range.end && s.range.start < sp.end);
        let gone = cut
            .iter()
            .any(|c| c.start <= s.range.start && s.range.end <= c.end);
        let text: String = rec.text[s.range.clone()].chars().take(100).collect();
        println!(
            "{} {} {} hand={:+.2} z={:+.2} | {text}",
            if label { 'B' } else { '.' },
            if gone { '-' } else { 'K' },
            if s.wall { "wall" } else { "    " },
            s.features[hand] * 6.0,
            z
        );
        if verbose {
            let mut shares: Vec<(f32, &str)> = (0..unappeal::learn::N)
                .filter(|&i| s.features[i] != 0.0)
                .map(|i| {
                    let mut without = s.features;
                    without[i] = 0.0;
                    let z0 = if s.wall {
                        weights.wall_logit(s.bare, &without)
                    } else {
                        weights.logit(s.bare, &without)
                    };
                    (z - z0, unappeal::learn::FEATURES[i])
                })
                .filter(|(d, _)| d.abs() >= 0.25)
                .collect();
            shares.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()));
            let line: Vec<String> = shares.iter().map(|(d, n)| format!("{n} {d:+.2}")).collect();
            println!("        {}", line.join(", "));
            if !s.rules.is_empty() || s.body != 0.0 {
                let hits: Vec<String> = s
                    .rules
                    .iter()
                    .map(|(n, w)| format!("{n} {w:+.1}"))
                    .collect();
                println!("        rules: {} | body {:+.1}", hits.join(", "), s.body);
            }
        }
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
                        "  {what}/{}: [{}] {} ({} bytes) :: {:.80}",
                        page.id,
                        r.kind(),
                        r.rule(),
                        r.text().len(),
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
                        "  trafilatura/{name}: [{}] {} ({} bytes) :: {:.80}",
                        r.kind(),
                        r.rule(),
                        r.text().len(),
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
    let doc = unappeal::parse_html(&String::from_utf8_lossy(html));
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

/// The boilerplate kinds of `score_snippets.py` (`APPEAL_KINDS`, the first seven of its
/// `KINDS`, so a snippet is one of them when any of these matches), ported verbatim.
const APPEAL_KINDS: &[(&str, &str)] = &[
    (
        "cookie/consent",
        r#"cookie|datenschutz|privacy|consent|einwillig|\brodo\b|prywatno|confidentialit|privacidad|gdpr|dsgvo|tracking"#,
    ),
    (
        "donate/support",
        r#"\bdonat|spende|spenden|unterst[üu]tz|support (us|our)|patreon|paypal|steady|wesprzyj|wspier|wspom[óo]ż|faire un don|\bun don\b|\bdonar\b|\bdona(ci[óo]n|tivo)|contribut|kaffee spendier|buy me a coffee|ko-fi|flattr|f(ö|oe)rder(mitglied|verein|er\b|n\b)"#,
    ),
    (
        "newsletter/sign-up",
        r#"newsletter|sign ?up|inbox|e-?mail (updates|alerts|benachrichtig)|per e-?mail|via e-?mail|by e-?mail|bleiben sie informiert|stay (informed|updated|in touch)|keep up|get (updates|the latest|our)|don'?t miss|verpassen sie|nichts (mehr )?verpassen|suscr[ií]b|suscripci|inscri|zapisz si|benachrichtig|kostenlos(e|en)? (e-?book|news)|ebook|e-book|wollen (sie )?mehr|want more|registrier|\bregist(er|ering|ration)\b|create an account|konto erstellen"#,
    ),
    (
        "subscription/paywall/login",
        r#"subscri|abonn|\babo\b|abo-|\babos?\b|premium|\bplus-?(abo|artikel|inhalt)|\w\+ ?abo|mitglied werden|mitgliedschaft|become a member|membership|\bmembers? (only|area|login)|paywall|prenumer|log ?in|log-in|sign ?in|anmeld|einloggen|zaloguj|freischalt|digital access|weiterlesen mit|jetzt lesen|testen sie|gratis testen|free trial|iniciar sesi|connexion"#,
    ),
    (
        "app/promo",
        r#"\bapps?\b|app store|google play|download|herunterladen|jetzt (kostenlos|gratis|testen|entdecken|finden|sichern|bestellen)|gutschein|rabatt|angebot|gewinnspiel|podcast"#,
    ),
    (
        "share/social/follow",
        r#"\bshare|sharen|teilen|geteilt|facebook|twitter|tweet|whats ?app|pinterest|linkedin|instagram|telegram|tiktok|youtube|xing|reddit|udost[ęe]pnij|partag|compart|folg(en|t) (sie |uns)|follow (us|me)|obserwuj|s[íi]guenos|gef[äa]llt( mir| das)|drucken|\bprint|imprimir|e-?mail an|per mail|\brss\b|social"#,
    ),
    (
        "related/read-more",
        r#"related|read (more|also|next)|more (from|on|about|stories|news|articles)|you (may|might) (also )?like|recommended|recommend|popular|trending|most read|latest|recent|top (stories|news|meldungen|artikel)|lesen sie (auch|hier|mehr|weiter)|auch interessant|k[öo]nnte (sie|dich) (auch )?interessieren|mehr zum thema|zum thema|weitere (artikel|beitr[äa]ge|nachrichten|meldungen|themen|links|news)|weiterf[üu]hrende|verwandte|[äa]hnliche|empfehl|empfohlen|meistgelesen|neueste|neue(ste)? beitr[äa]ge|aktuelle (artikel|beitr|nachrichten|news)|mehr (aus|von|zu|news|artikel|nachrichten)|auch lesen|lesetipp|weiterlesen|czytaj (te[żz]|wi[ęe]cej|tak[żz]e)|zobacz (te[żz]|tak[żz]e|wi[ęe]cej)|najnowsze|polecamy|popularne|przeczytaj|lea (tambi[ée]n|m[áa]s)|le puede interesar|relacionad|tamb[ié]m|leia (tamb|mais)|[àa] lire aussi|voir aussi|sur le m[êe]me sujet|plus lus|empfiehlt|top posts|\bmore\b.*\bnews\b|see also|siehe auch"#,
    ),
];

static APPEAL_RX: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    APPEAL_KINDS
        .iter()
        .map(|(_, rx)| Regex::new(&format!("(?i){rx}")).unwrap())
        .collect()
});

/// Every whitespace run collapsed to one space, both ends trimmed (the script's `norm`).
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The page's site: the host of its canonical link or `og:url`, without `www.`.
fn page_host(html: &[u8]) -> Option<String> {
    static CANON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"(?i)<link[^>]*rel=["']?canonical["']?[^>]*href=["']?(?:https?:)?//([^/"'\s>:]+)|<link[^>]*href=["']?(?:https?:)?//([^/"'\s>:]+)[^>]*rel=["']?canonical|<meta[^>]*property=["']?og:url["']?[^>]*content=["']?(?:https?:)?//([^/"'\s>:]+)|<meta[^>]*content=["']?(?:https?:)?//([^/"'\s>:]+)[^>]*property=["']?og:url"#,
        )
        .unwrap()
    });
    let text = String::from_utf8_lossy(html);
    let caps = CANON.captures(&text)?;
    let host = (1..=4)
        .find_map(|i| caps.get(i))?
        .as_str()
        .to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

/// FNV-1a: a hash that stays the same across builds and platforms, for the site folds.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Deserialize)]
struct Snippets {
    with: Vec<String>,
    without: Vec<String>,
}

fn snippets(args: &[String]) -> ExitCode {
    let dir = arg_value(args, "--corpus")
        .map(PathBuf::from)
        .unwrap_or_else(|| shared().join("trafilatura"));
    let eval_path = dir.join("eval.json");
    let data: std::collections::BTreeMap<String, Snippets> =
        match std::fs::read_to_string(&eval_path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{}: {e}", eval_path.display());
                return ExitCode::from(2);
            }
        };
    let num = |name: &str| arg_value(args, name).and_then(|v| v.parse::<u64>().ok());
    let folds = num("--folds").unwrap_or(1).max(1);
    let (fold, skip) = (num("--fold"), num("--skip-fold"));
    let dump = arg_value(args, "--dump").map(PathBuf::from);
    if let Some(d) = &dump {
        std::fs::create_dir_all(d).expect("create dump folder");
    }
    let verbose = args.iter().any(|a| a == "--verbose");
    let cleaner = unappeal::Cleaner::new();
    let (mut tp, mut fn_, mut fp, mut tn) = (0usize, 0usize, 0usize, 0usize);
    let (mut bp, mut bp_leaked) = (0usize, 0usize);
    let (mut pages, mut sites, mut none_found) = (0usize, HashMap::new(), Vec::new());
    let (mut bytes, mut secs) = (0usize, 0.0f64);
    for (name, snips) in &data {
        let path = dir.join("html").join(name);
        let html = match std::fs::read(&path) {
            Ok(h) => h,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        let host = page_host(&html).unwrap_or_else(|| name.clone());
        let f = fnv1a(&host) % folds;
        if fold.is_some_and(|i| f != i) || skip.is_some_and(|i| f == i) {
            continue;
        }
        pages += 1;
        *sites.entry(host).or_insert(0usize) += 1;
        let t0 = Instant::now();
        let pred = match cleaner.clean_html_bytes(&html, None) {
            Ok(c) => c.into_text(),
            Err(e) => {
                eprintln!("{name}: {e}");
                String::new()
            }
        };
        secs += t0.elapsed().as_secs_f64();
        bytes += html.len();
        if let Some(d) = &dump {
            std::fs::write(d.join(format!("{name}.txt")), &pred).expect("write prediction");
        }
        let text = collapse(&pred);
        let mut found = 0;
        let mut report = Vec::new();
        for s in &snips.with {
            if text.contains(&collapse(s)) {
                tp += 1;
                found += 1;
            } else {
                fn_ += 1;
                report.push(format!("    missed: {s:.90}"));
            }
        }
        for s in &snips.without {
            let s = collapse(s);
            let appeal = APPEAL_RX.iter().any(|rx| rx.is_match(&s));
            bp += usize::from(appeal);
            if text.contains(&s) {
                fp += 1;
                bp_leaked += usize::from(appeal);
                report.push(format!("    leaked: {s:.90}"));
            } else {
                tn += 1;
            }
        }
        if found == 0 && !snips.with.is_empty() {
            none_found.push(name.clone());
        }
        if verbose && !report.is_empty() {
            println!("  {name} ({} bytes out)", pred.len());
            for r in report {
                println!("{r}");
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(tp, tp + fp), ratio(tp, tp + fn_));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    if verbose {
        for name in &none_found {
            println!("  no main content: {name}");
        }
    }
    println!(
        "trafilatura: pages={pages} sites={} TP={tp} FN={fn_} TN={tn} FP={fp} {:.1} MB/s",
        sites.len(),
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    println!(
        "trafilatura: F1={f1:.4} P={p:.4} R={r:.4} boilerplate_leak={:.4} ({bp_leaked}/{bp}) no_content_pages={} ({:.3})",
        ratio(bp_leaked, bp),
        none_found.len(),
        ratio(none_found.len(), pages)
    );
    if let Some(min) = gate_value(args) {
        return gate(&format!("F1 >= {min}"), f1 >= min);
    }
    ExitCode::SUCCESS
}
