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

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::LazyLock;
use std::time::Instant;

use regex::Regex;
use serde::Deserialize;

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").unwrap());

fn tokens(s: &str) -> Vec<&str> {
    WORD.find_iter(s).map(|m| m.as_str()).collect()
}

fn counts<'a>(toks: impl IntoIterator<Item = &'a str>) -> HashMap<&'a str, i64> {
    let mut m = HashMap::new();
    for t in toks {
        *m.entry(t).or_insert(0) += 1;
    }
    m
}

#[derive(Deserialize)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct Record {
    id: String,
    text: String,
    spans: Vec<Span>,
}

fn arg_value(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
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
        other => {
            eprintln!("unknown corpus {other}");
            ExitCode::from(2)
        }
    }
}

fn appeals(args: &[String]) -> ExitCode {
    let path = arg_value(args, "--corpus")
        .map(PathBuf::from)
        .unwrap_or_else(|| shared().join("appeals/dev.jsonl"));
    let verbose = args.iter().any(|a| a == "--verbose");
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let cleaner = unappeal::Cleaner::new();
    let (mut tb, mut kb, mut ta, mut la) = (0i64, 0i64, 0i64, 0i64);
    let (mut neg, mut neg_ok, mut perfect, mut n) = (0, 0, 0, 0);
    let mut dump = String::new();
    let mut bytes = 0usize;
    let mut secs = 0.0f64;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let rec: Record = serde_json::from_str(line).expect("corpus line is JSON");
        // Spans are in code points; turn them into byte offsets.
        let offsets: Vec<usize> = rec
            .text
            .char_indices()
            .map(|(i, _)| i)
            .chain([rec.text.len()])
            .collect();
        let (mut body, mut appeal) = (String::new(), String::new());
        let mut pos = 0;
        for s in &rec.spans {
            let (a, b) = (offsets[s.start], offsets[s.end]);
            body.push_str(&rec.text[pos..a]);
            body.push(' ');
            appeal.push_str(&rec.text[a..b]);
            appeal.push(' ');
            pos = b;
        }
        body.push_str(&rec.text[pos..]);
        let t0 = Instant::now();
        let cleaned = cleaner.clean_text(&rec.text);
        secs += t0.elapsed().as_secs_f64();
        bytes += rec.text.len();
        let out = cleaned.text();
        let (bc, ac, oc) = (
            counts(tokens(&body)),
            counts(tokens(&appeal)),
            counts(tokens(out)),
        );
        let b: i64 = bc.values().sum();
        let k: i64 = bc
            .iter()
            .map(|(t, &c)| c.min(*oc.get(t).unwrap_or(&0)))
            .sum();
        let a: i64 = ac.values().sum();
        let leak: i64 = ac
            .iter()
            .map(|(t, &c)| c.min((oc.get(t).unwrap_or(&0) - bc.get(t).unwrap_or(&0)).max(0)))
            .sum();
        let gained: i64 = oc
            .iter()
            .map(|(t, &c)| (c - bc.get(t).unwrap_or(&0) - ac.get(t).unwrap_or(&0)).max(0))
            .sum();
        tb += b;
        kb += k;
        ta += a;
        la += leak;
        n += 1;
        if rec.spans.is_empty() {
            neg += 1;
            if k == b && gained == 0 {
                neg_ok += 1;
            }
        }
        if k == b && leak == 0 {
            perfect += 1;
        }
        if verbose && (k < b || leak > 0) {
            println!(
                "{}: body kept {:.3}, appeal removed {:.3}",
                rec.id,
                k as f64 / b.max(1) as f64,
                1.0 - leak as f64 / a.max(1) as f64
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
        dump.push_str(&serde_json::json!({"id": rec.id, "text": out}).to_string());
        dump.push('\n');
    }
    if let Some(p) = arg_value(args, "--dump") {
        std::fs::write(&p, dump).expect("write dump");
    }
    let body_kept = kb as f64 / tb.max(1) as f64;
    let removed = 1.0 - la as f64 / ta.max(1) as f64;
    let untouched = if neg > 0 {
        neg_ok as f64 / neg as f64
    } else {
        1.0
    };
    println!(
        "appeals: docs={n} negatives={neg} {:.1} MB/s",
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    println!(
        "appeal_removed={removed:.4} body_kept={body_kept:.4} negatives_untouched={untouched:.4} perfect={:.4}",
        perfect as f64 / n.max(1) as f64
    );
    if args.iter().any(|a| a == "--gate") {
        let ok = removed >= 0.95 && body_kept >= 0.995 && untouched >= 0.97;
        println!(
            "gate (removed >= 0.95, body kept >= 0.995, negatives untouched >= 0.97): {}",
            if ok { "pass" } else { "FAIL" }
        );
        if !ok {
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

fn html_bench(_what: &str, _args: &[String]) -> ExitCode {
    eprintln!("not yet");
    ExitCode::from(2)
}
